import { runSteps, type Step } from './support/botHarness';

// "Should I worry?" and "when do I go?" ask when to act and whom to see: the answer is the routine
// "book a doctor or physio if..." one with the few emergency signs said briefly, not the emergency list
// alone. Asking what would make it an emergency still gets that list; a relative's illness keeps its own
// answer; a worry about money while off work is the can't-stop-working answer, not reassurance about harm.
const EMERGENCY_LIST = /foot that drags/;

describe('a worry or a "when do I go" gets the when-to-see-whom answer', () => {
  test.each<[string, Step[], string?]>([
    ['a bare worry question', [
      ['do I need to worry about this back of mine?', [/nothing to worry about/, /routine|few weeks/], [EMERGENCY_LIST, /frightening/]],
    ]],
    ['"when should I worry" asked alone', [
      ['at what stage would I need to start worrying', [/nothing to worry about/, /Book a GP or physio/], [EMERGENCY_LIST]],
    ], 'en-GB'],
    ['a worry after months of morning stiffness keeps the routine visit first', [
      ['my lower back has been stiff first thing every day for several months', [/routine visit, not urgent/]],
      ['is it something to be concerned about?', [/routine visit, not urgent/, /nothing to worry about/], [EMERGENCY_LIST]],
    ], 'en-NZ'],
    ['"when do I go" after the physio answer is when to book one', [
      ['is it worth paying to see a physio for my back?', [/exercise plan/]],
      ['and when to go?', [/routine visit, not urgent/, /few weeks/], [EMERGENCY_LIST]],
    ], 'en-AU'],
    ['asking what would make it an emergency still gets the emergency signs', [
      ['what kind of thing would make it a trip to the ER for my back', [/Call 911/, /both legs/]],
    ]],
    ['a relative\'s illness beside the worry keeps its own answer', [
      ['my aunt had bone cancer, should I worry about my sore back?', [/relative's illness/], [/nothing to worry about/]],
    ]],
    ['a money worry while self-employed is the working-through-it answer', [
      ["I'm a self-employed plumber and I'm worrying about money", [/Working through it/], [/nothing to worry about/, EMERGENCY_LIST]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});


import { runSteps, type Step } from './support/botHarness';

// A condition the person says is fine is not theirs: its warning does not lead the answer.
describe('a condition denied right after its name', () => {
  test.each<[string, Step[], string?]>([
    ['kidneys said to be fine: the general painkiller answer, no kidney warning', [
      ['my kidneys are fine, is ibuprofen ok for a sore back?', [/ibuprofen/i], [/With kidney disease/]],
    ], 'en-GB'],
    ['fine on the tablets is still the condition: the blood pressure warning stays', [
      ["my blood pressure's fine on my pills, is ibuprofen ok for my back?", [/blood pressure/]],
    ], 'en-GB'],
    ['a heart said to be fine after a painkiller answer: no heart-attack signs', [
      ['which painkiller is best for a back spasm?', [/./]],
      ['my heart is perfectly fine by the way', [/./], [/chest pain/, /With heart disease/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// Read as a wish for help, but asking what helps the back in a conversation about it: the first steps, not the topic list.
describe('what helps, asked in a conversation about the back', () => {
  test.each<[string, Step[], string?]>([
    ['after the heat answer: the first steps, then more of them', [
      ['should I use heat or ice on my back?', [/better evidence/]],
      ['so while it settles down, what helps', [/self-care/], [/Topics I know about/]],
      ['and what else actually works', [/walking|stretches/], [/Topics I know about/]],
    ], 'en-GB'],
    ['a bare call for help still gets the list of topics', [
      ['should I use heat or ice on my back?', [/better evidence/]],
      ['help', [/Topics I know about/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A job on one's feet steers the work answer to managing the standing, not the general "stay at work" or desk tips.
describe('a job on one\'s feet', () => {
  test.each<[string, Step[], string?]>([
    ['told with the question', [
      ['should I go in to work with my back like this? I work behind a till', [/on your feet/]],
    ], 'en-GB'],
    ['told after the work answer', [
      ['is it ok to keep working with a back spasm?', [/[Ss]taying at work/]],
      ["I'm a waitress so I'm on my feet for hours", [/on your feet/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// Something tried that is not helping: what to do then, not the same advice again.
describe('what was tried is not helping', () => {
  test.each<[string, Step[], string?]>([
    ['heat tried for days: what to do when heat does little', [
      ['is heat or cold better for back pain?', [/better evidence/]],
      ["had the wheat bag on every evening since Sunday and it's made no difference", [/heat does little/], [/As I said/]],
    ], 'en-GB'],
    ['tablets that do nothing: the painkillers-not-helping answer', [
      ['what can I take for a back spasm?', [/./]],
      ["the naproxen I've got is doing nothing", [/only take the edge off/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A follow-up about another property of what the last answer spoke of: how long the drowsiness lasts is not how long the pain lasts.
describe('how long the drowsiness lasts', () => {
  test.each<[string, Step[], string?]>([
    ['after the driving answer', [
      ['am I safe to drive on codeine?', [/drowsy/]],
      ['how long does the drowsy feeling last', [/depends on the medicine/], [/few weeks/]],
    ], 'en-GB'],
    ["the pain's own course is still asked about by its words", [
      ['am I safe to drive on codeine?', [/drowsy/]],
      ['how long will my back take to get better', [/few weeks/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A short follow-up that picks up a word the answer just given said asks about that part of it: its line again, never "no answer".
describe('a follow-up about a part of the answer just given', () => {
  test.each<[string, Step[], string?]>([
    ['positions, after the answer that named them', [
      ['is sex ok while my back is in spasm?', [/positions/]],
      ['haha got any gentler positions', [/positions such as/], [/don't have an answer/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// "When should I worry?" asks for the signs that matter, in the answer itself, not when to book a visit.
describe('when to worry', () => {
  test.each<[string, Step[], string?]>([
    ['after a stretches answer', [
      ['what stretches are good for a tight lower back?', [/./]],
      // A worry gets the routine when-to-book answer with the emergency signs said briefly (answers38), not the emergency list alone.
      ['right, so when do I need to worry', [/nothing to worry about/, /Book a/, /numbness between your legs/, /call 000/]],
    ], 'en-AU'],
    ['when to book is still its own question', [
      ['if it is not urgent, when should I get it looked at?', [/Book a/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

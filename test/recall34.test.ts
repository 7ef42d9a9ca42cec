import { runSteps, type Step } from './support/botHarness';

// Round 34 (recall): the conversation remembers what it said and what it was told; no reply pastes the text of one
// of the last few replies again. Our own phrasings.

describe('an answer just shown is not pasted again', () => {
  test.each<[string, Step[], string?]>([
    ['the same question a turn after its answer was given in full: the main advice named, not the text again', [
      ['how long will this spasm last?', [/few weeks/]],
      ['how long will this spasm last?', [/./]],
      ['is it likely to come back?', [/comes back/]],
      ['how long will it last', [/main advice I have/], [/As I said/, /^Most people are much better/]],
    ], 'en-GB'],
    ['asked again straight after its more was given: never "As I said"', [
      ['best position to sleep in with a bad back?', [/side/]],
      ['more', [/./]],
      ['what position should I sleep in', [], [/As I said/]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('someone still on the floor: the steps are not said word for word twice in a row', () => {
  test.each<[string, Step[], string?]>([
    ['writing for someone on the floor: told again, the steps still stand in a line; a medicine asked about is answered', [
      ['my wife twisted her back hoovering and she is lying on the carpet, she says she cannot get up', [/Don't try to lift them/]],
      ['she says nothing is numb, it just hurts a lot', [/steps I just gave still stand/], [/Don't try to lift them/]],
      ['she is asking whether she can have a couple of paracetamol', [/[Pp]aracetamol/], [/steps I just gave/, /Don't try to lift them/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('a detail told beside the answer to a warning-sign question is kept for the check', () => {
  test.each<[string, Step[], string?]>([
    ['a score given while a sign question waits is not asked for again when the check starts', [
      ['my lower back is sore across both sides, from hauling feed sacks all week', [/./]],
      ['do you have pain or tingling in both legs', [/./]],
      ['no idea, a 4 maybe, 6 when it flares', [/./]],
      ['no, none of that. check my symptoms', [/./], [/from 0 \(no pain\) to 10/]],
    ], 'en-NZ'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

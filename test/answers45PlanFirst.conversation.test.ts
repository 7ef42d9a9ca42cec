import { runSteps, type Step } from './support/botHarness';

// Round 45, answers. The answer's first message says what the person needs for their own situation:
// a question about when to go to a doctor always carries the threshold (a few weeks, worse, coping),
// and "when should we worry" names the signs that need an emergency call in the answer itself, not
// only in the closing safety net. Wordings are this file's own.

const THRESHOLD = /(no better|isn't better) (after|in) a few weeks/;

describe('a when-to-go or when-to-worry question gets the signs and the threshold in its first message', () => {
  test.each<[string, Step[], string?]>([
    ['a doctor asked about if it drags on', [
      ['hurt my lower back reaching for a box', [/./]],
      ['suppose it is still bad in ten days, do I book the doctor then?', [THRESHOLD]],
    ], 'en-GB'],
    ['no appointment for weeks', [
      ['I cannot get a GP appointment for my back for two weeks', [THRESHOLD], [/there's no need/]],
    ], 'en-GB'],
    ['worry asked for someone else', [
      ['my sister has a back spasm', [/./]],
      ['so at what point do we start worrying', [/nothing to worry about/, /Call 111 only for numbness between/]],
    ], 'en-NZ'],
    ['worry asked for oneself', [
      ['what should make me worried about my back', [/Call 911 only for numbness between your legs/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

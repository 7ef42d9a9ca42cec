import { runSteps, type Step } from './support/botHarness';

// A "how long" about the pain's own course (eases, settles, gets better) after a medicine answer asks how long the pain
// goes on, not how long the medicine's effect does; naming the medicine or its effect still asks about that.
// Each table is a conversation: [user says, the reply must match all of these, and none of these].
const COURSE = /much better within a few weeks/;
const EFFECT = /depends on the medicine/;

describe('how long the pain goes on, asked after a medicine answer', () => {
  test.each<[string, Step[], string?]>([
    ['after a blood-thinner answer and a gel answer, "eases" asks about the pain', [
      ['I take warfarin every day. Which painkillers are safe for my back?', [/blood thinner/]],
      ['Would Voltarol gel be all right?', [/gel/i]],
      ['How long before it eases?', [COURSE], [EFFECT]],
    ], 'en-GB'],
    ['an age told beside it does not make it a question about the gel', [
      ['I am on apixaban, which painkiller can I have for my back?', [/blood thinner/]],
      ['is an ibuprofen gel any better?', [/gel/i]],
      ['How long until it eases off, I am 80.', [COURSE], [EFFECT]],
    ], 'en-IE'],
    ['after a sedating medicine answer, "gets better" asks about the pain', [
      ['is it safe to drive after taking codeine?', [/drows/i]],
      ['how long before it gets better?', [COURSE], [EFFECT]],
    ], 'en-AU'],
    ['naming the drowsiness still asks how long the effect lasts', [
      ['is it safe to drive after taking codeine?', [/drows/i]],
      ['how long before the drowsiness eases?', [EFFECT], [COURSE]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

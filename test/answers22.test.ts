import { runSteps, type Step } from './support/botHarness';

// A question that names an everyday activity and a medicine gets the medicine's
// answer; the next remark is read against the activity's passages too, not only
// the medicine topic (feeling fine on a drowsy medicine is about driving on it).
// A question in the last clause of a message that opens "a bit of ..." is asked,
// not an update on the pain. Phrasings are this file's own.

describe('a follow-up after an activity question answered by a medicine passage', () => {
  test.each<[string, Step[], string?]>([
    ['feeling fine after a relaxant question about the car', [
      ['am I ok to drive the car to work on muscle relaxants', [/drowsy/]],
      ['to be fair I feel totally normal on the tablets', [/pharmacist|GP|doctor/, /drowsy, dizzy or slow/], [/paracetamol and ibuprofen/i]],
    ], 'en-GB'],
    ['codeine and a motorbike', [
      ['can I ride my motorbike after taking codeine?', [/drowsy|drive|driving/i]],
      ['I honestly feel totally alert on it', [/drowsy, dizzy or slow/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('a question at the end of a message that tells of one-leg pain', () => {
  test.each<Step>([
    ['a bit of a twinge down my left calf, nothing else, what exercises help', [/stretch|exercise/i], [/^Pain going down one leg/]],
  ])('%s', async (...step) => {
    await runSteps([step], 'en-GB');
  });
});

describe('readings the words alone fit too weakly are not promoted, and a dose question stays one', () => {
  test.each<[string, Step[], string?]>([
    ['a stretch that hurts after the stretches answer', [
      ['which stretches can I do for my lower back', [/stretch/i]],
      ['hugging my knees to my chest is sore', [/[Ss]top/], [/I don't have an answer/]],
    ]],
    ['how many of a prescribed relaxant before a shift', [
      ['my GP put me on diazepam for the spasm, is it any good?', [/relaxant|drows/i]],
      ['how many could I have so I can manage work', [/label|dose/i], [/ibuprofen \(Nurofen\) if it's safe for you, can make/]],
    ], 'en-GB'],
    ['a medicine named after the self-care answer is a medicine question', [
      ["I'm on amlodipine for my blood pressure. what's the best way to treat my back?", [/blood pressure/]],
      ['how about a few Aleve tablets over the weekend?', [/NSAIDs|naproxen|Aleve/, /blood pressure/], [/physiotherapist can give you an exercise plan/]],
    ], 'en-US'],
    ['a game this week after a spasm', [
      ['can I play squash on Thursday?', [/run, twist and bend without sharp pain/, /sit it out/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

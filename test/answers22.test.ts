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

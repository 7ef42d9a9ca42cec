import { runSteps, type Step } from './support/botHarness';

// A short follow-up that goes on ("and ...", "what about ...") to a thing the last answer spoke of asks about it
// there: the line of that answer that speaks of it, then what it had not said yet, not another answer whose words
// happen to fit the thing (lifting heavy again for the bags of a trip, the sports-comeback answer for a TENS machine
// the devices answer named). Readers of their own (a medicine) still answer what they read.
// The wordings are our own, not the spent sets'.

describe('a follow-up about a thing the last answer spoke of', () => {
  test.each<[string, Step[], string?]>([
    ['"and the heavy bags?" after the travel answer: its line on bags, then its more, not when to lift heavy again', [
      ["I've got a long flight on Monday with my back like this, should I still go?", [/travel/, /bags/]],
      ['and the heavy bags?', [/Check heavy bags in/, /heavy case/], [/no fixed date/]],
    ]],
    ['"and the TENS machines?" after the devices answer: its line on TENS first, not only the belt text of its more', [
      ['should I wear a back brace?', [/TENS/]],
      ['and the TENS machines?', [/advises against TENS machines/]],
    ], 'en-GB'],
    ['"and deadlifts?" after the gym answer: its line on deadlifts, not the keep-moving answer', [
      ['can I still go to the gym this week?', [/gym/, /deadlifts/]],
      ['and deadlifts?', [/deadlifts/], [/short walks, often/]],
    ]],
    ['a medicine named after the travel answer is the medicine question, not the travel answer again', [
      ["I've got a long flight on Monday with my back like this, should I still go?", [/travel/]],
      ['and can I take ibuprofen on the plane?', [/ibuprofen/], [/aisle seat|heavy case/]],
    ]],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

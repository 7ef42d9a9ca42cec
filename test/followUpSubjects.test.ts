import { runSteps, type Step } from './support/botHarness';

// Issue 12: a short follow-up is read against the answer just given: an everyday activity's answer
// (a bath) is filed under its subject (heat), so "how long?" after it is about the activity, and a
// follow-up that asks what the offered next answer asks ("Heat at night?") gets that answer.
// The wordings are our own, not the spent sets'.

describe('follow-ups read against the last answer', () => {
  test.each<[string, Step[], string?]>([
    ['how long after a bath answer is about the bath (heat), not the course of the pain', [
      ['is it alright to have a bath with my back like this?', [/bath/]],
      ['how long should I soak for', [/15 to 20 minutes/], [/within a few weeks/]],
    ]],
    ['"overnight?" after the heat timing answer is about heat at night', [
      ['heat pack or ice for my back?', [/Heat has the better evidence/]],
      ['how long for', [/15 to 20 minutes/]],
      ['ok, overnight?', [/not while you sleep|never fall asleep/], [/needs a (doctor|GP) today/]],
    ], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

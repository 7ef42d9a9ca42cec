import { runSteps, type Step } from './support/botHarness';

// At a grouped warning-sign question, a yes pointing at a sign with a calm note
// ("the coughing bit, yes coughing makes it worse") is no yes to this question's signs:
// the calm note, and which of these it is, if any. A yes naming none still escalates.
const TO_GROUP: Step[] = [
  ['can you run the symptom check for me', [/Where is the pain/]],
  ['lower back, since Tuesday, carrying shopping, 5 out of 10', [/new trouble peeing or leaking/]],
];

describe('a calm sign pointed at during the check', () => {
  test.each<[string, Step[]]>([
    ['the calm note and which, never the alarm', [
      ...TO_GROUP,
      ['the coughing bit, yes coughing makes it worse', [/cough/i, /Which of these is it/], [/^Please call 999 now/m]],
    ]],
    ['a plain yes to the question still escalates', [
      ...TO_GROUP,
      ['yes', [/Please call 999 now|Which of these/]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps, 'en-GB');
  });
});

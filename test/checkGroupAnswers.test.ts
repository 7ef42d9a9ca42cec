import { runSteps, type Step } from './support/botHarness';

// The grouped warning-sign question: a yes names the group it answered, and "yes, go on"
// after an aside is the person carrying on, not a yes to the signs.
const TO_GROUP: Step[] = [
  ['please run the symptom check', [/Where is the pain/]],
  ['low back, started yesterday lifting a crate, about 5 out of 10', [/new trouble peeing or leaking/]],
];

describe('answers to the grouped warning-sign question', () => {
  test.each<[string, Step[]]>([
    ['a yes escalates, naming every sign it may be, not only the first', [
      ...TO_GROUP,
      ['yes', [/^Please call 999 now/, /you mentioned one of these: new trouble peeing or leaking urine, .* or new problems with erections/]],
    ]],
    ['"yes go on" is no answer: the question again, no alarm', [
      ...TO_GROUP,
      ['alright, yes go ahead', [/yes, no or not sure/, /new trouble peeing or leaking/], [/^Please call/]],
      ['no to all of those', [], [/^Please call/]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps, 'en-GB');
  });
});

import { runSteps, type Step } from './support/botHarness';

// mend47b: words that name an activity only in some senses. "Ride it out" waits the pain out (no motorbike advice);
// "haul" as a verb lifts a bag, so a bag hauled gets no driving answer.
// Our own wordings.
const RIDE_OR_DRIVE = /You can (ride|drive)/;

describe('activity words read in their sense', () => {
  test.each<[string, Step[], string]>([
    ['waiting it out is no ride', [['sore low back since monday, a dull ache, nothing else. can I ride it out?', [], [RIDE_OR_DRIVE]]], 'en-NZ'],
    ['a bag hauled is no drive', [['tomorrow I need to haul my sports bag into the gym locker', [], [RIDE_OR_DRIVE]]], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await runSteps(steps, locale);
  });
});

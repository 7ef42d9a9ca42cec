// Practical asks that had no passage (issue 12, part 1: passages, not cards): each question
// must reach its new passage, and the near questions beside them must keep the passage they
// had. Phrasings are this suite's own (none is a passage example, none from a blind round).
import { wholeBotSay } from './support/botHarness';
import { describePassageTables } from './support/passageTables';

const REACH: [string, string][] = [
  ['would a lumbar pillow on my desk chair make sitting easier', 'rest-sitting-support'],
  ['where should a cushion go when i sit down', 'rest-sitting-support'],
  ['can i kneel down to do jobs near the floor', 'rest-kneeling-floor'],
  ['is it ok to kneel with a sore back', 'rest-kneeling-floor'],
  ['i sleep in the daytime because i work nights, how should i lie', 'sleep-day-after-nights'],
  ['tips for daytime sleep on night shifts with my back', 'sleep-day-after-nights'],
  ['should i have something to eat before my ibuprofen', 'med-with-food'],
  ['can i take advil on an empty stomach', 'med-with-food'],
  ['will nurofen interact with my other prescriptions', 'med-other-medicines'],
];

const KEEP: [string, string][] = [
  ['tips for a long car journey with my back', 'rest-long-sitting'],
  ["i'm stuck on the floor and cant get up", 'getting-up-floor'],
  ['best sleeping position with back spasm', 'sleep-positions'],
  ['i had an ulcer, is ibuprofen ok', 'med-stomach'],
  ['im on warfarin can i have nurofen', 'med-blood-thinners'],
  ['can i take ibuprofen with my blood pressure tablets', 'med-blood-pressure'],
  ['can i drink alcohol with ibuprofen', 'med-alcohol'],
  ['what painkiller should i take', 'med-first'],
  ["could a chemist say whether it's fine with my tablets, or do i need the gp", 'doctor-pharmacist'],
];

describePassageTables('practical asks reach their own passage', REACH, KEEP);

describe('the new passages in the whole bot', () => {

  test('the whole bot answers a first message with the new passage, in the locale\'s words', async () => {
    const us = await wholeBotSay('en-US')('would a lumbar pillow on my desk chair make sitting easier');
    expect(us.map((a) => a.text ?? '').join(' ')).toContain('a rolled dish towel behind the small of your back');
    const gb = await wholeBotSay('en-GB')('can i take advil on an empty stomach');
    expect(gb.map((a) => a.text ?? '').join(' ')).toContain('Follow the label: ibuprofen (Nurofen)');
  });
});

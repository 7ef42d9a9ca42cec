import { wholeBotSteps, type Step } from './support/botHarness';

// A sign told inside the symptom check as part of an answer to another question ("what have you
// tried?", "how did it start?") is read like any message: the check does not take the bottom
// named in it for the pain's place and go on asking. Our own wordings, both directions.
const EMERGENCY = /^Please call/i;

describe('a saddle sign told while answering the check', () => {
  test.each<[string, Step[]]>([
    ['not feeling the seat under the bottom, told with what was tried', [
      ['my back hurts, can you check my symptoms', []],
      ['it went when I bent to pick up the cat on friday', [], [EMERGENCY]],
      ['ibuprofen gel and a long soak in the bath. climbing out I realised I could not really feel the side of the bath under my bottom, it has stayed like that since', [EMERGENCY]],
    ]],
    ['the same answer with only the pain placed near the bottom asks on', [
      ['my back hurts, can you check my symptoms', []],
      ['it went when I bent to pick up the cat on friday', [], [EMERGENCY]],
      ['ibuprofen gel and a long soak in the bath. climbing out I felt the ache low down just above my bottom, it has stayed like that since', [], [EMERGENCY]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

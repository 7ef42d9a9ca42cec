import { wholeBotSteps } from './support/botHarness';

// mend44a (own wording): a remark mid-conversation that no answer reads is met as a limit
// ("nothing here is a must") only when it tells a limit or a refusal; a report of how it is
// going is heard and helped with, never answered as push-back.

const PUSHBACK = /nothing here is a must/i;
const OFF_TOPIC = /not something I can help with/i;
const OPENING: [string, RegExp[]] = ['my lower back went into spasm this morning, what can I do?', [/./]];

describe('a remark after advice about the back', () => {
  test.each([
    "made it halfway but honestly it's horrible",
  ])('told with no limit is heard, not pushed back on: %s', async (text) => {
    await wholeBotSteps([OPENING, [text, [/thanks for telling me/i], [PUSHBACK, OFF_TOPIC]]]);
  });

  test('a limit told still gets the self-care that fits round it', async () => {
    await wholeBotSteps([OPENING, ['my supervisor will not let me take breaks', [PUSHBACK], [OFF_TOPIC]]]);
  });
});

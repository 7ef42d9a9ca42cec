import { wholeBotText } from './support/botHarness';

// A symptom check about someone the writer helps: its questions ask of that person ("does he
// have ...?", "have they had ...?"), as the escalation already speaks of them; the writer's own
// check still asks "do you". Phrasings our own.

const bot = () => wholeBotText('en-GB');

/** Plays the messages and returns the last reply. */
async function play(messages: readonly string[]): Promise<string> {
  const say = bot();
  let reply = '';
  for (const m of messages) reply = await say(m);
  return reply;
}

describe('the check questions speak of the person helped', () => {
  test.each([
    // them: a friend named with no he or she
    [['my friend has a sore back and had a cyst taken off it years ago', 'low down', 'since monday', '4', 'no'], /\bhave they had any new trouble peeing\b/, /\bhave you had\b/],
    [['my friend has a sore back and had a cyst taken off it years ago', 'low down', 'since monday', '4', 'no', 'no'], /^Do they have numbness/m, /^Do you have/m],
  ] as const)('%j', async (messages, expected, notExpected) => {
    const reply = await play(messages);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(notExpected);
  });

  test("the writer's own check still asks of them", async () => {
    const reply = await play(['my back went on monday, can you check my symptoms', 'low down', 'since monday', '4', 'no', 'no']);
    expect(reply).toMatch(/^Do you have numbness/m);
  });
});

import { wholeBotSteps } from './support/botHarness';

// After an alarm raised for the writer, the writer says the signs are someone else's, named in
// the message ("no, it's my wife, not me"): the alarm follows that person ("call 999 for her"),
// never dropped. A message that names someone only as a view on the writer's own signs, or a
// correction with no one named, leaves the alarm for the writer. Our own wording.

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');
const ALARM = /call 999/i;

describe('an alarm follows the person the signs belong to', () => {
  test('"it is my wife, not me" after a both-legs alarm: call 999 for her', async () => {
    await steps([
      ['my legs have both gone weak and tingly since lunch', [ALARM]],
      ['sorry, wrong way round, it is my wife, not me', [/call 999 for her/i]],
    ]);
  });

  test('"the peeing trouble is my dad\'s, I only have the back pain" after a bladder alarm: call 999 for him', async () => {
    await steps([
      ["I haven't been able to pee since yesterday and my back is killing me", [ALARM]],
      ["oh no, I mixed that up, the peeing trouble is my dad's, I only have the back pain", [/call 999 for him/i]],
    ]);
  });

  test('a person named only as a view on the writer\'s own signs leaves the alarm with the writer', async () => {
    await steps([
      ['my legs have both gone weak and tingly since lunch', [ALARM]],
      ['my husband reckons it is just a trapped nerve', [ALARM], [/for him/i]],
    ]);
  });
});

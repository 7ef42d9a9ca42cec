import { runSteps, type Step } from './support/botHarness';

// After "call the emergency number now", a wait of hours ("once my partner is
// home", "give it a couple of hours") is never agreed to, a lift included:
// the reply says not to wait and to call now. After "get seen today" a wait
// within the day is fine. A lift straight away stays a yes.

const EMERGENCY: Step = ["I've wet myself and my back is in spasm", [/Please call 911 now/]];
const URGENT: Step = ['I have a high fever and my back is killing me', [/get seen today/i]];
const AGREES = /^Yes|good plan|right plan/i;

describe('a wait of hours after an emergency escalation', () => {
  test.each<Step>([
    ["I'll hang on till my partner gets back in an hour, she can run me in", [/don't wait/i, /call 911 now/i], [AGREES]],
    ['going to give it a couple of hours and see', [/don't wait/i, /call 911/i], [AGREES]],
    ["my brother can drive me once he's home tonight", [/don't wait/i, /call 911/i], [AGREES]],
    ['my son will pick me up when he finishes work', [/don't wait/i, /call 911/i], [AGREES]],
    ["could my daughter take me in once she's off work in an hour?", [/don't wait/i, /911/], [AGREES]],
  ])('"%s"', async (...step) => runSteps([EMERGENCY, step]));

  test('a short pause ("back in a sec") keeps the instruction, not "no rush"', async () => {
    await runSteps([EMERGENCY, ['back in a sec, someone at the door', [/911/], [/no rush/i]]]);
  });

  test('a question about later, for when they are back from hospital, is not read as a wait', async () => {
    await runSteps([EMERGENCY, ['what pillow should I use for when I get back home?', [/911/], [/don't wait, even/i]]]);
  });

  test('a lift straight away is still the plan', async () => {
    await runSteps([EMERGENCY, ['my neighbour can drive me to the ER right now', [/go now/i], [/don't wait, even/i]]]);
  });
});

describe('a wait of hours after a same-day escalation', () => {
  test('later the same day is fine', async () => {
    await runSteps([URGENT, ['my daughter can take me this evening when she gets home', [/later today is fine|good plan/i, /today/i], [/don't wait, even/i]]], 'en-GB');
  });
});

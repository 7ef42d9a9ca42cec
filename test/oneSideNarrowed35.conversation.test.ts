import { wholeBotSteps } from './support/botHarness';
import { levels } from './support/screenTables';
import { ASK } from './support/triageQuestions';

// One leg is the sciatica advice; both legs is the emergency. A both-legs sign
// echoed back as a question and then answered with one side is read by its
// answer; after a both-legs alarm, a correction or a no that names one side
// takes the alarm back with the one-leg advice and its safety net. A room's
// floor is where someone is, not a trip to the toilet. Our own wording.

const ALARM = /call 999 (now|for him now|or go)/i;
const ONE_LEG = /that changes things.*one leg only/i;
const NET = /spreads to both legs/i;
const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');

describe('a both-legs sign echoed as a question, answered with one side', () => {
  levels(
    [
      ['weak legs? a bit, just my left calf now and then', 'none'],
      ['tingly legs? kind of, only the right foot some evenings', 'none'],
      // said yes to the echo itself, or both sides named: still both legs
      ['weak legs? yes, and my left calf is tingly', 'emergency'],
      ['tingly legs? kind of, both feet some evenings', 'emergency'],
      ['numb legs? a bit, my left foot and my right calf', 'emergency'],
      // another sign told in the answer is still read
      ["weak legs? a bit, just my left calf, and I can't pee since last night", 'emergency'],
    ],
    '"%s": %s',
  );

  test('at the bladder question of the symptom check, the check carries on', async () => {
    await steps([
      ['check my symptoms', [ASK.location]],
      ['lower back, a bit to the left', [ASK.onset]],
      ['about four days ago', [ASK.severity]],
      ['5 or so', [/set it off/i]],
      ['nothing obvious', [ASK.bladder]],
      ['weak legs? a bit, just my left calf now and then', [/./], [ALARM]],
    ]);
  });
});

describe('after a both-legs alarm, a correction to one side', () => {
  test.each<string>([
    "sorry, I typed that wrong, it's only my left leg, the right one is fine",
    'no, just the right leg. nothing else',
  ])('"%s" takes the alarm back with the one-leg advice', async (correction) => {
    await steps([
      ['both my legs are tingling since this morning', [ALARM]],
      [correction, [ONE_LEG, NET], [ALARM]],
    ]);
  });

  test('for someone else, relayed', async () => {
    await steps([
      ["my brother's back went, both his legs are tingling", [ALARM]],
      ['sorry he got it wrong by mistake, it is only his left leg, the right one is fine', [ONE_LEG, NET], [ALARM]],
    ]);
  });

  test.each<string>([
    'sorry, I meant the left leg is numb and the right one is weak',
    "no, it's both legs now",
  ])('"%s" keeps the alarm', async (reply) => {
    await steps([
      ['both my legs are tingling since this morning', [ALARM]],
      [reply, [/999/], [ONE_LEG]],
    ]);
  });
});

describe('a room named as a place', () => {
  levels(
    [
      ["my back locked this morning, I'm stuck on the bathroom floor", 'none'],
      ["she's lying on the loo floor and can't get up, her back went", 'none'],
      // a sign told on that floor is still read
      ["I wet myself on the bathroom floor and didn't even notice", 'emergency'],
    ],
    '"%s": %s',
  );
});

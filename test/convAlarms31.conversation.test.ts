import { wholeBotSteps, type Step } from './support/botHarness';

// Alarms across a conversation, in our own wording: a sign told with a hedge gets its one
// plain question (no alarm, no dismissal); pain that eases when they turn or move takes a
// same-day alarm for night pain back; a first bout over 50 with a clear cause told is no
// same-day alarm; only the person's own clear denial takes an alarm back (a guess or someone
// else's "he's fine" never does); watch-for lists follow the notes' levels.

const SAME_DAY = /get seen today|seen by a doctor today/i;
const TAKEN_BACK = /don't need to (get seen today|call)/i;
const ONE_QUESTION = /just to check/i;

const cases: Array<[name: string, locale: string, steps: Step[]]> = [
  [
    'a hedged night pain is asked about once, and a no with easing on turning is the end of it',
    'en-GB',
    [
      ['my lower back has been sore for a week since I was digging the garden', [/./], [SAME_DAY]],
      ['perhaps it is a bit worse when I am in bed at night?', [ONE_QUESTION, /night/i], [SAME_DAY]],
      ['no, it settles once I roll over', [/good to hear/i], [SAME_DAY]],
      ['cheers', [/./], [SAME_DAY]],
    ],
  ],
  [
    'night pain that eases on shifting position takes the same-day alarm back',
    'en-GB',
    [
      ['my back is really bad at night, can I use a heat pad?', [SAME_DAY]],
      ['it gets better when I shift onto my side though', [TAKEN_BACK, /999/]],
      ['thanks', [/./], [SAME_DAY]],
    ],
  ],
  [
    'a fever alarm is not taken back by other signs denied beside feeling drained',
    'en-GB',
    [
      ['I have had a temperature of 38.5 since last night and my back aches', [SAME_DAY]],
      ['no shaking, just feel a bit drained', [SAME_DAY], [TAKEN_BACK]],
    ],
  ],
  [
    "a partner's guess that it is nothing takes no emergency back",
    'en-GB',
    [
      ["my husband's foot has started dragging since this morning with his back pain", [/call 999/i]],
      ["he says it's probably just stiff, he's fine", [/999/], [TAKEN_BACK]],
    ],
  ],
  [
    'a first bout over 50 after a clear cause told earlier is no same-day alarm',
    'en-US',
    [
      ['hurt my back two days ago lifting bags of mulch, it is about a 5', [/./], [SAME_DAY]],
      ["I'm 63 and I've never had back trouble before, should I worry?", [/ordinary strain/i, /911/], [SAME_DAY, /please get seen/i]],
      ['thanks', [/./], [SAME_DAY]],
    ],
  ],
  [
    'a clear cause told after the alarm for a first bout over 50 takes it back',
    'en-GB',
    [
      ["I'm 66 and this is the first time my back has ever hurt", [SAME_DAY]],
      ["I'd been digging the allotment all weekend", [/ordinary strain/i, /999/], [SAME_DAY]],
    ],
  ],
  [
    'a first bout over 50 with no cause told still gets the same-day advice',
    'en-GB',
    [["I'm 70 and never had back pain in my life, it came on for no reason", [SAME_DAY]]],
  ],
  [
    'pain on coughing gets routine advice, never a same-day visit beside "common"',
    'en-GB',
    [
      ['pulled my back moving a sofa yesterday', [/./]],
      ['it stabs when I cough', [/common/i, /isn't settling/i], [/within a day/i, SAME_DAY]],
    ],
  ],
  [
    'asked whether a same-day sign is serious: emergency signs only in the call-now list',
    'en-GB',
    [
      ["I've lost a stone without trying and my back hurts", [SAME_DAY]],
      ['how would I know if it is something serious', [/rare/i, /999/], [/pain becomes severe/i]],
    ],
  ],
  [
    'while waiting after a serious fall, the advice is to move as little as possible',
    'en-GB',
    [
      ['I fell off the roof this morning and landed on my back', [/call 999/i]],
      ['can I do some stretches while I wait', [/as little as you can|keep as still/i], [/whatever position/i]],
    ],
  ],
];

describe('alarms across a conversation', () => {
  test.each(cases)('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });
});

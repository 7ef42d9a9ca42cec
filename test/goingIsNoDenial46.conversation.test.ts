import { wholeBotSteps } from './support/botHarness';

// After an emergency read from the person's own words, "fine" and "ok" are as often a yes to
// the advice or a request as a denial: "my wife can drive me in if that's ok" is going for help,
// "that's fine, I'll go" agrees, and "can I shower first if that's ok" puts it off. None of them
// takes the alarm back; the sign said to be normal where it is still does. Our own wording.

const ALARM = /call 999 now/i;
const TAKEN_BACK = /taken your answer as no/i;
const DRIVEN = /if someone can take you to the emergency department straight away, go now/i;
const AGREED = /right thing to do/i;
const SIGN = "I've got no feeling at all when I wipe since my back went";

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');

describe('going for help, agreeing or asking leave is no denial', () => {
  test.each<[string, RegExp]>([
    ['my partner is able to run me in to A&E right away, thats ok?', DRIVEN],
    ['my daughter is able to drive me there now, is that ok?', DRIVEN],
    ["ok that's fine, I'll go", AGREED],
    ["right, we're heading to a&e now", AGREED],
    // a shrug beside the lift is no everyday cause to ask about: the lift is the answer
    ["it'll be fine, my brother can drive me in now if that's alright", DRIVEN],
  ])('%s', async (reply, expected) => {
    await steps([
      ['my lower back seized up this afternoon', [/./]],
      [SIGN, [ALARM]],
      [reply, [expected], [TAKEN_BACK, /one direct question/i]],
    ]);
  });

  test.each<string>(['can I have a quick shower first if thats ok', 'ok thats fine thanks', "I'll go to A&E in the morning if that's ok"])(
    '%s keeps the alarm',
    async (reply) => {
      await steps([
        ['my lower back seized up this afternoon', [/./]],
        [SIGN, [ALARM]],
        [reply, [/999|emergency department|just to check/i], [TAKEN_BACK, AGREED]],
      ]);
    },
  );
});

describe('the sign said to be normal where it is still takes the alarm back', () => {
  test('"it is all fine down there, I misread my own message"', async () => {
    await steps([
      ['my lower back seized up this afternoon', [/./]],
      [SIGN, [ALARM]],
      ["sorry, it's all fine down there, I typed that wrong", [TAKEN_BACK]],
    ]);
  });
});

// An emergency for someone the writer is with: a lift by anyone else is the plan, said of them; the writer
// offering to drive them is not, as the alarm's own instruction says.
describe('a lift for the person written for', () => {
  const FEVER = 'my wife is burning up with a fever, shaking and muddled, and her back has been bad all week';
  test.each<[string, RegExp, RegExp]>([
    ['our son is coming round with the car, we are off to the hospital', /someone else can take her to the emergency department straight away/i, /unlock the door/i],
    ['her sister is picking us up now', /someone else can take her/i, /take you/i],
    ["I'll drive her in myself", /don't drive her there yourself/i, /^Yes/],
  ])('%s', async (reply, expected, not) => {
    await steps([
      [FEVER, [/call 999 for her/i]],
      [reply, [expected], [not]],
    ]);
  });
});

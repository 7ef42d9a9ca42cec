import { wholeBotSteps } from './support/botHarness';

// An emergency raised from the person's own words holds when they play it down:
// an everyday cause that cannot account for the sign gets the advice again (not
// the sign's question, which they just answered); an ordinary cause of that sign
// still gets its one direct question, and a clear no still takes the alarm back.
// An emergency is never lowered by a later same-day sign, and while they call no
// further question is asked. Our own wording throughout.

const ALARM = /call 999 (now|or go)/i;
const FOR_HER = /call 999 for her/i;
const HELD = /can't be ruled out over chat.*advice stays the same: please call 999/i;
const NO_DRIVE = /don't drive/i;
const ASKED = /one direct question|just to check/i;
const TAKEN_BACK = /taken your answer as no/i;
const SAME_DAY = /seen (by a doctor )?today|urgent appointment/i;
const CALLING = /right thing to do/i;
const STILL_NEED = /still need to know|just to check/i;

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');

describe('an everyday cause that cannot account for the sign: the advice holds', () => {
  test.each<[string, string]>([
    ["I haven't managed to wee since I got up", 'probably just because I slept awkwardly'],
    ['both my legs have gone numb and heavy', "sorry, don't want to overreact, probably from sitting on the sofa too long"],
    ['my chest feels tight and I keep sweating', "i reckon it's from lying on it funny"],
  ])('%s / %s', async (sign, explanation) => {
    await steps([
      ['my back went this morning', [/./]],
      [sign, [ALARM]],
      [explanation, [HELD, NO_DRIVE], [ASKED, TAKEN_BACK]],
    ]);
  });

  test('told for someone else, their explanation relayed', async () => {
    await steps([
      ["my mum's back went and she can't pee since this morning", [FOR_HER]],
      ['she thinks it is from lying in bed all day', [/advice stays the same: please call 999 for her/i, /don't drive her/i], [ASKED]],
    ]);
  });

  test('a clear no after the hold still takes the alarm back', async () => {
    await steps([
      ["I haven't managed to wee since I got up", [ALARM]],
      ['probably because I slept funny', [HELD]],
      ['no, actually peeing is fine', [TAKEN_BACK]],
    ]);
  });
});

describe('an ordinary cause of that very sign: its one direct question', () => {
  test('drinking little for weeing little, then a clear no takes it back', async () => {
    await steps([
      ["I haven't managed to wee since I got up", [ALARM]],
      ["that's only because I've barely had a drink all day", [ASKED], [HELD]],
      ['no', [TAKEN_BACK]],
    ]);
  });
});

describe('a later same-day sign never lowers an emergency', () => {
  test('for someone else: one more reason, the emergency instruction kept', async () => {
    await steps([
      ['my mum is 81, she tumbled down the stairs this morning and her back is agony', [FOR_HER]],
      ['she has osteoporosis as well', [/one more reason/i, FOR_HER], [SAME_DAY]],
    ]);
  });
});

describe('while they call, no question is pressed', () => {
  test('a call under way after the direct question', async () => {
    await steps([
      ["I haven't managed to wee since I got up", [ALARM]],
      ["that's only because I've barely had a drink all day", [ASKED]],
      ['ok calling', [CALLING], [STILL_NEED]],
    ]);
  });
});

// A shrug is no denial: a guess at the sign's weight or cause with "it's fine" beside it
// ("probably nothing, it's ok") takes nothing back; the sign denied in its own words still does.
describe('a shrug after an emergency: the advice holds', () => {
  test.each<[string, string]>([
    ['since lunch my left foot flops down and I trip on the kerb', "nah it'll prob just be cramp, its fine"],
    ['since lunch my left foot flops down and I trip on the kerb', "its probably just cramp, its fine"],
    ['since lunch my left foot flops down and I trip on the kerb', "its ok, prolly nothing lol"],
    ['both my legs went numb and wobbly on the stairs', "prob nothing tbh, it's alright"],
    ['both my legs went numb and wobbly on the stairs', "i think its just tiredness, all fine"],
    ['both my legs went numb and wobbly on the stairs', "its prob just from the cold, its fine"],
  ])('%s / %s', async (sign, shrug) => {
    await steps([
      ['my back has been bad since the weekend', [/./]],
      [sign, [ALARM]],
      [shrug, [/call 999/i], [TAKEN_BACK, ASKED]],
    ]);
  });
});

describe('what still takes the alarm back, or asks', () => {
  // "it's fine" alone is as often a yes to the advice ("that's fine, I'll go") as a denial, so beside the
  // sign's own words it gets the one direct question; the no to it takes the alarm back.
  test('the sign denied in its own words beside the shrug', async () => {
    await steps([
      ['my back has been bad since the weekend', [/./]],
      ["I haven't had a wee since last night", [ALARM]],
      ['i think its fine, i just went and peed normally', [ASKED], [HELD, TAKEN_BACK]],
      ['no', [TAKEN_BACK]],
    ]);
  });

  test('an everyday cause of that very sign: its one direct question', async () => {
    await steps([
      ['my back has been bad since the weekend', [/./]],
      ["I haven't had a wee since last night", [ALARM]],
      ["ok its just because i drank hardly anything today", [ASKED], [HELD, TAKEN_BACK]],
    ]);
  });
});

import { wholeBotSteps } from './support/botHarness';

// An emergency raised from the person's own words is not taken back by a shrug: a guess at
// the sign's weight or cause with "it's fine" beside it ("probably nothing, it's ok") denies
// nothing, so the advice is held. The sign denied in its own words still takes it back, and an
// everyday cause of that very sign still gets its one direct question. Our own wording.

const ALARM = /call 999 (now|or go)/i;
const HELD = /advice stays the same: please call 999/i;
const TAKEN_BACK = /taken your answer as no/i;
const ASKED = /one direct question|just to check/i;

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');

describe('a shrug after an emergency: the advice holds', () => {
  test.each<[string, string]>([
    ['since lunch my left foot flops down and I trip on the kerb', "nah it'll prob just be cramp, its fine"],
    ['since lunch my left foot flops down and I trip on the kerb', "its ok, prolly nothing lol"],
    ['both my legs went numb and wobbly on the stairs', "prob nothing tbh, it's alright"],
    ['both my legs went numb and wobbly on the stairs', "i think its just tiredness, all fine"],
  ])('%s / %s', async (sign, shrug) => {
    await steps([
      ['my back has been bad since the weekend', [/./]],
      [sign, [ALARM]],
      [shrug, [HELD], [TAKEN_BACK]],
    ]);
  });
});

describe('what still takes the alarm back, or asks', () => {
  test('the sign denied in its own words beside the shrug', async () => {
    await steps([
      ['my back has been bad since the weekend', [/./]],
      ["I haven't had a wee since last night", [ALARM]],
      ['i think its fine, i just went and peed normally', [TAKEN_BACK], [HELD]],
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

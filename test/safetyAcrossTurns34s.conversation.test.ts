import { wholeBotSteps, type Step } from './support/botHarness';

// Safety read over a conversation, not one message at a time. Our own wordings, both directions:
// - heart-attack signs told a piece at a time (pain between the shoulder blades, then sweating, then a
//   heavy left arm) become an emergency on the turn the picture is complete, even with chest pain denied;
// - someone writing for a named person: "she had cancer" is that person's own history (an urgent sign),
//   while a relative's cancer beside the writer's own back is not;
// - a leg-weakness question answered with the legs said to be fine is a no, even when the
//   helper passes on that the person says he is fine.
const EMERGENCY = /^Please call|call 911 for (him|her) now|call 999 for (him|her) now|call 000 for (him|her) now/i;
const SAME_DAY = /get (her|him|seen) (seen )?today|urgent appointment/i;
const ANY_ALARM = /^Please call|Please get (him|her) seen today|urgent appointment|emergency department by ambulance/i;

describe('heart-attack signs told across turns', () => {
  test.each<[string, string, Step[]]>([
    ['sweating told after pain between the shoulder blades, chest pain denied', 'en-US', [
      ['my brother has had a nagging pain between his shoulder blades since this morning, thinks he slept on it funny', [SAME_DAY], [EMERGENCY]],
      ['he is rather sweaty, though the kitchen is hot. his chest does not hurt', [EMERGENCY]],
    ]],
    ['a heavy left arm played down, after upper back pain', 'en-GB', [
      ['my dad says his upper back, between the shoulder blades, started aching an hour ago', [SAME_DAY], [EMERGENCY]],
      ['he now says his left arm feels a little bit heavy', [EMERGENCY]],
    ]],
    ['sweating with low back pain and no upper back pain stays no emergency', 'en-US', [
      ['my lower back has been stiff since I moved the sofa yesterday', [], [EMERGENCY]],
      ['I am a bit sweaty, it is a hot day here', [], [EMERGENCY]],
    ]],
  ])('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a past cancer told of the person written for is theirs', () => {
  test.each<[string, Step[]]>([
    ["the named person's own cancer history is a same-day sign", [
      ['my grandma, 81, has had a new ache low in her back for a week, she had ovarian cancer six years ago', [SAME_DAY], [EMERGENCY]],
    ]],
    ["a relative's cancer beside the writer's own back is not", [
      ['I tweaked my lower back digging the garden yesterday, my uncle had bowel cancer', [], [ANY_ALARM]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-US');
  });
});

describe('a leg question answered with the legs fine', () => {
  test.each<[string, Step[]]>([
    ['legs said fine after a soft slip, with "he says" in it, raises nothing', [
      ["my son is stuck on the hallway floor with his back in spasm, he can't get up and I can't lift him", []],
      ['he tripped on the mat but says he landed softly. his legs are ok', [], [ANY_ALARM]],
    ]],
    ['a leg giving way told at the question is still an emergency', [
      ["my son is stuck on the hallway floor with his back in spasm, he can't get up and I can't lift him", []],
      ['yes, his left leg keeps giving way when he tries to stand', [EMERGENCY]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-AU');
  });
});

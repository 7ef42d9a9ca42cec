import { runSteps, type Step } from './support/botHarness';

// A time of day said about a medicine just discussed ("only before bed") asks about taking that medicine then, not
// about pain at night or heat in bed. Yoga poses named in Sanskrit or
// English are the gentle-practice answer (what to keep to and what to skip). Each table is a conversation:
// [user says, the reply must match all of these, and none of these].
describe('a drowsy medicine taken at night, and yoga poses by name', () => {
  test.each<[string, Step[], string?]>([
    ['a relaxant taken only before bed: the next-morning drowsiness, not night pain', [
      ['the GP put me on diazepam for the spasms, I drive a delivery van, am I ok to work?', [/drowsy/]],
      ['and if I just have it before bed?', [/next morning/, /alert/], [/worse at night/, /heating pad/]],
    ], 'en-GB'],
    ['codeine kept for the evening: the next-morning drowsiness, not a thank-you', [
      ['picked up some co-codamol at the chemist, is that alright for my back?', [/codeine/]],
      ['I would only have them in the evening', [/next morning/], [/Thanks, that helps/]],
    ], 'en-GB'],
    ['a relaxant at bedtime asked as a question: the night-time dose answer, not the relaxant answer again', [
      ['my doctor prescribed cyclobenzaprine, does it actually work for a back spasm?', [/Muscle relaxants/]],
      ['can i take it at bedtime only', [/next morning/], [/As I said/]],
    ]],
    ['a sleeping tablet before a night journey is the night-time dose answer, not heat in bed', [
      ['can i take a sleeping tablet before a long night bus with this back?', [/drowsy|slow/], [/heating pad/, /hot water bottle/]],
    ], 'en-AU'],
    ['a yoga pose in Sanskrit is the gentle-practice answer, not a menu or the work answer', [
      ['I do yoga most mornings and my back went into spasm on Monday', []],
      ['what about trikonasana?', [/trikonasana/i, /skip deep forward bends/], [/don't have an answer/, /lighter duties/]],
    ], 'en-IN'],
    ['a pose asked helpful or harmful gets the verdict of the gentle-practice answer', [
      ['is bhujangasana helpful or harmful for a back in spasm?', [/bhujangasana/i, /gentle/], [/don't have an answer/]],
    ], 'en-IN'],
    ['sun salutations by their Sanskrit name', [
      ['my lower back is in spasm, is surya namaskar ok this week?', [/surya namaskar/i, /gentle/], [/don't have an answer/]],
    ], 'en-IN'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

import { level, levels, quiet, screen } from './support/screenTables';

// Issue 15 (phrasings our own): the KINDS of miss round 13 showed. Raised: wetting
// told as what was found (wet sheets, damp underwear, "wet twice"), a changed
// feeling "gone asleep" (not gone away), belly and back named together as one
// sudden pain, and a relative's history told "he has now had" (brought up to now).
// Not raised: a supposition opened by "say"/"suppose" over "and ...", an if-clause
// with "to the point where", someone else named by a group ("one of the ... at my
// club") or on screen, a mind running to a disease, "nearly"/"almost" wetting,
// numbness from the cold, "crash mats", a figurative fever and a denied night waking.

describe('raised', () => {
  levels([
    ['my sheets were soaked when I got up and I have no idea how, back has been sore since Monday', 'emergency'],
    ['keep noticing damp underwear through the day, only since my back started hurting', 'emergency'],
    ['I look after my uncle, 70, his back has been bad for days and he has been wet twice since lunch', 'emergency'],
    ['my bottom and inner thighs have gone asleep and stay like that, back is agony', 'emergency'],
    ['out of nowhere a terrible tummy and back ache, really came on all at once', 'emergency'],
    ['my mum had breast cancer a few years back and she has now got low back pain that is not shifting', 'urgent'],
    // position makes no difference: pain that does not ease with changing position
    ['it does not matter whether I sit or lie down, the ache stays exactly the same all day', 'urgent'],
  ], '%s');
});

describe('not raised', () => {
  quiet([
    'suppose I get up on Monday and my legs feel numb, is that a hospital thing?',
    'if things got to the stage where I could not walk, or both legs went weak, would I call an ambulance or the GP? fine for now',
    'one of the regulars at my gym, a plumber, broke his back falling off a roof. mine is just a stiff back from deadlifts',
    'a character on a hospital drama had a burst aneurysm that looked like back pain, mine is just a sore back from digging',
    'my head keeps going straight to cancer even though my back only aches after sitting at my desk',
    'the baby kicked my bladder so hard I almost wet myself, then my back twinged',
    'fingers and toes went numb with the cold on the ski lift, my lower back aches from the falls on the nursery slope',
    'bouncing onto the foam crash mats at the trampoline park has left my lower back a bit stiff',
    'got a real fever of excitement about the marathon but my back is tight after training',
  ]);

  test('a denied night waking is at most asked about', () => {
    expect(['none', 'check']).toContain(level('it never wakes me up in the night, it only aches after standing all day at the counter'));
  });
});

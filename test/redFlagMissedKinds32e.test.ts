import { quietEach, raisesEach, screen } from './support/screenTables';

// Kinds of missed emergencies and urgents from round 32, each mended by a general reading:
// a sign told as not done "since I was little" (new, not past: a pseudo-trigger, so the
// denial and the childhood time around "done"/"happened" scope nothing), for the writer or
// for a child beside them; erection trouble named by the noun, in shorthand; a "+" between
// words read as "plus" by the language layer (it ends a denial: "no X + Y" tells Y); long-term
// steroids told without "for" in learners' English; injecting told as a habit with the bare
// verb. Every reading has twins that must stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['my lower back went yesterday and this morning I had wet myself, which I have not done since I was a little girl', 'bladder'],
  ['I soiled myself in my sleep, which has not happened since I was a toddler, and my back is terrible', 'bowel'],
  ['strained my back and wet the bed last night, not since I was a kid', 'bladder'],
  ['sudden erection trouble + sore lower back, should I be worried?', 'sexual_dysfunction'],
  ['back pain since friday + problems with my erections, is that a thing?', 'sexual_dysfunction'],
  ['no temperature + numb between my legs since lunch, back is sore', 'saddle_numbness'],
]);

describe('a parent telling of a child beside them: the child is the patient, the sign new', () => {
  test('a bed wet "for the first time since she was small" is her emergency', () => {
    const r = screen.detect('my daughter is 14 and strained her back at netball. Last night she wet the bed, something she has not done since she was small. She is sitting beside me.');
    expect(r?.level).toBe('emergency');
    expect(r?.flags).toContain('bladder');
    expect(r?.subject).toBe('other_present');
  });
});

raisesEach('urgents told in the kinds the screen missed', 'urgent', [
  ['I use steroid tablet long time because of my asthma. back is hurting now', 'immunosuppression'],
  ['prednisone 6 years for my joints. Now pain in my low back, what can I do', 'immunosuppression'],
  ['my back hurts, I have steroid pills from 3 years for my lungs', 'immunosuppression'],
  ['I do still inject from time to time, my back has been sore for ten days', 'iv_drug_use'],
  ['I occasionally inject, and my back has been bad since monday', 'iv_drug_use'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // a denial of the sign itself, dated from childhood
  'I have not wet the bed since I was small, my back is just stiff',
  'I have not had a temperature since I was a kid, my back is sore',
  'my back is sore, I have never had numbness since I was born',
  // denied on both sides of a "+"
  'no erection problems + just a stiff lower back',
  'no numbness + no fever, just back pain',
  // a short or long-past course, a medicine injected, someone else's habit
  'I had a short course of steroid tablets 3 years ago, back aches now',
  'I still inject my insulin every morning, back is sore from gardening',
  'my friend still injects now and then, my back is sore from helping her move',
], 'none');

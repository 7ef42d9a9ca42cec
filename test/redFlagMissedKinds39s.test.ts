import { quietEach, raisesEach, screen } from './support/screenTables';

// Kinds of urgent and emergency signs the screen missed in spent round 38, each mended by a
// general reading: pain at night told with the night first and how bad it gets after it, no
// position in bed that eases it, sleep moved to a chair because lying does not ease it;
// injecting told as a habit; a medicine that must not clash with one taken (the one taken is
// told, not denied); regional slang for the seat area with its possessive; and someone else's
// urgent signs told now, whose back is told plainly ("she has a sore back"), not set apart.
// A supposition's example asked in the conditional stays a supposition. Phrasings our own.

raisesEach('night pain told in the writer\'s own words', 'urgent', [
  ['my lower back is okay through the day but at night it is agony', 'night_pain'],
  ['my lower back is bearable in the day but come nighttime it is unrelenting', 'night_pain'],
  ['no position in bed helps my back, it has been like this for a fortnight', 'night_pain'],
  ['I have been dozing in the armchair for days as lying flat makes it worse, my back is wrecked', 'night_pain'],
]);

raisesEach('a habit of injecting, and a medicine taken told beside one asked for', 'urgent', [
  ['my back has ached for days, I mainly inject these days, what is safe to take?', 'iv_drug_use'],
  ['what painkiller will not interfere with my methadone? my back is sore', 'iv_drug_use'],
  ['can you suggest something that does not interact with my chemo, my back is aching', 'immunosuppression'],
]);

raisesEach('slang for the seat area with its possessive', 'emergency', [
  ['my back went yesterday and now me bahookie has gone numb', 'saddle_numbness'],
  ['since my back went there is no feeling round my date at all', 'saddle_numbness'],
]);

raisesEach('someone else\'s urgent signs told now, their back told plainly', 'raised', [
  ['my partner has a sore back on the left, her wee stings and she has a temperature of 38.5', 'urinary_infection_signs'],
  ['my brother has a stiff back and a fever of 39 since last night', 'fever'],
]);

describe('the person told of is the one the advice is for', () => {
  test.each([
    'my partner has a sore back on the left, her wee stings and she has a temperature of 38.5',
    'my wife\'s back is at its worst when she lies down, she naps in the recliner because no position in bed eases it',
  ])('%s', (text) => {
    const r = screen.detect(text);
    expect(r && r.level !== 'check').toBeTruthy();
    expect(r?.subject).toBe('other_present');
  });
});

quietEach('the same words that tell no sign stay quiet', [
  // the night fine, or only tired at bedtime
  'at night my back is fine, it is stiff first thing in the morning',
  'come bedtime I am shattered, my back just aches after work',
  // a chair for another reason
  'I nap in the armchair because my husband snores, my back is a bit stiff',
  // a medicine with no drug named that weakens immunity or is taken for drug use
  'what can I take that will not interact with my blood pressure tablets? my back is killing me',
  // insulin injected
  'I am type 1 diabetic, mostly injecting in my tummy, and my back hurts after gardening',
  // the slang word without the sign
  'round me date is a bit sweaty after the gym, back is fine',
  // someone else's back told plainly with nothing urgent
  'my wife has a sore back from the garden, what stretches help?',
  // a supposition, with an example asked in the conditional
  'if my legs ever went weak how would I know? like would my knees buckle on the stairs? walking fine at the moment',
], 'none');

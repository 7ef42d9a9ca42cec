import { parseTrigger } from '../src/triage/trigger';
import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed signs from round 30's first run, each mended by a general reading: the saddle
// area typed run together or misspelt ("bumcheeks", "inner thys"), a count of wees played down
// beside how long it took, a leg "dead weak" (the spoken "very"), the day set against the night,
// the shoulder-blade site told after a comma and narrowed ("..., mostly between"), and a
// relative's back told with a possessive ("my mum's back pain wakes her"). Twins stay quiet.
// Phrasings our own.

raisesEach('saddle-area words typed run together or misspelt', 'emergency', [
  ['my bumcheeks have gone numb since last night and my back is in bits', 'saddle_numbness'],
  ['cant feel my inner thys or bum properly, back agony', 'saddle_numbness'],
]);

raisesEach('urination cut down to once or twice, told with the effort', 'emergency', [
  ['prob nothing but i have only weed twice since yesterday and each time it took ages', 'bladder'],
  ['only been able to pee once this whole day, back aches from the garden', 'bladder'],
]);

raisesEach('one leg "dead weak" with the back told after', 'emergency', [
  ["my right leg's gone dead weak, can't get myself out of the armchair, back's wrecked", 'progressive_weakness'],
]);

raisesEach('night pain in everyday words, and a relative\'s back told with a possessive', 'urgent', [
  ['manageable through the day but come bedtime it is brutal', 'night_pain'],
  ['my mum\'s back pain wakes her every night', 'night_pain'],
  ['my dad\'s back ache is worse at night', 'night_pain'],
]);

raisesEach('shoulder-blade pain told after a comma, narrowed', 'urgent', [
  ['a nagging upper back, mostly between my shoulder blades, for twelve days', 'thoracic_pain'],
  ['my back is achy, particularly between the shoulder blades. no chest pain', 'thoracic_pain'],
]);

quietEach('the same words that tell no sign stay quiet', [
  'i only pee once in the night, is that normal?',
  'my leg went dead weak after a long run but back to normal now, lower back is stiff',
  'i work days but at night i sleep like a log, my back is only stiff',
  'my lower back is stiff, not between my shoulder blades',
]);

describe('a change in body weight is no lifting trigger', () => {
  test.each([
    ['she has lost loads of weight lately', undefined],
    ['I put on a lot of weight over christmas', undefined],
    ['he dropped a bit of weight this year', undefined],
    ['lifting weights at the gym', 'lifting'],
    ['lost my footing while carrying loads of boxes', 'lifting'],
    ['lost my grip lifting the bin', 'lifting'],
  ])('"%s" -> %s', (text, kind) => {
    expect(parseTrigger(text)?.trigger).toBe(kind);
  });
});

import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies from the twenty-fifth round, mended generally: a new subject
// told without "my" after a comma ("..., legs are ...") starts its own clause, so the
// first clause's "not" does not deny it; a bed found wet on waking, told bed first; and
// learners' "good" or "well" for thinking clearly, a confusion sign beside a fever.
// Phrasings our own.

raisesEach('emergencies told in the kinds round 25 missed', 'emergency', [
  ['my brother hurt his back, he can not get up, legs are not working since this morning', 'progressive_weakness'],
  ['not able to climb the stairs, legs are not having strength', 'progressive_weakness'],
  ['my housemate has hurt her back and she woke up with the mattress soaked, she is mortified', 'bladder'],
  ['since my back went I woke up with my bed wet twice', 'bladder'],
  ['I have a high temperature and my back is agony, I am not able to think good', 'fever_unwell'],
  ['temperature 39 and sore back, I can not think well today', 'fever_unwell'],
]);

quietEach('the same words that tell no emergency stay quiet', [
  'no numbness anywhere, legs are fine, just a stiff back',
  'I have no weakness, legs are strong, the back is sore though',
  'woke up with the sheets soaked through with sweat after a hot night',
  'I can not think well of that physio, he rushed me, my back is still stiff',
  'I can not think of anything that helps my back',
], 'urgent');

import { quietEach, raisesEach } from './support/screenTables';

// A helper's report of someone now, with a relative of that person's in hospital or ill in
// the background ("a hard week with his sister in hospital"): the relative's story dates
// nothing of the patient's, so the patient's signs now are still raised. The writer's own
// relative, or the patient's story told as over, stays quiet. Phrasings our own.

raisesEach("the patient's signs now, beside their relative's hospital stay", 'emergency', [
  ["My dad is 70 and his back has ached all day. It's been a hard week with his sister in hospital. He now says his chest feels crushed and his left arm is heavy", 'chest_pain'],
  ['my wife is 58, back sore since lunch. her brother was admitted on monday so she has been run ragged. she just told me her chest is tight and she is clammy and feels sick', 'chest_pain'],
]);

quietEach('the story told as over, or the writer asking for themselves', [
  'my dad was in hospital last year with chest pain, he is fine now. my own back is sore from gardening',
  "my husband's mum is in hospital with a broken hip, and I've put my back out lifting her wheelchair",
]);

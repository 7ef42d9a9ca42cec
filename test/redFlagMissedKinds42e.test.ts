import { levelsAt, quietEach, raisesEach, screen } from './support/screenTables';

// Kinds of missed emergencies and urgents from spent round 42 and set 34, each mended by a general
// reading: the need to pass urine not had at all since a time; loss told with "zero", and a loss that
// opens with its own "can not" after a conjunction (the denial before it is another thing's); a leg
// that no longer obeys, told with a softener or as not doing what it is told; the legs' feeling told
// in two words joined; a person said to be sitting here, doing something, whose past cancer and new
// back pain are theirs; a nurse or carer for one person named by who they are. Each has twins that
// must stay quiet: denied, supposed, someone not present, the writer's own back. Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['my back has been bad since monday and I have not needed to go for a wee at all since breakfast', 'bladder'],
  ['lumbar pain three days, not had to wee once since last night though I keep drinking, tummy feels swollen', 'bladder'],
  ['back agony for days and zero feeling during sex now', 'sexual_dysfunction'],
  ['since the disc went: zero appetite and can not keep an erection', 'sexual_dysfunction'],
  ['not much strength in me and I cannot lift my feet properly since the back went', 'progressive_weakness'],
  ['my back went on friday and my left leg just will not work on the stairs tonight', 'progressive_weakness'],
  ['sore back from digging, but my left leg is not doing what I tell it and it is worse than at lunch', 'progressive_weakness'],
  ['back has been grim, I am feverish now and my legs feel weird and numb', 'bilateral_leg_symptoms'],
  ['my legs have gone odd and tingly, both of them, and my back aches', 'bilateral_leg_symptoms'],
]);

raisesEach('a present person\'s own past cancer with their new back pain', 'urgent', [
  ['Mum had treatment for a breast tumour in 2019. Her back began hurting last week for no reason. She is sat here saying I fuss too much.', 'cancer_history'],
  ['Grandad had bowel cancer, all treated. His back has ached for a fortnight now and he is sitting here watching me type this.', 'cancer_history'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // denied, or the need still there
  'I have not needed a wee at all since breakfast because I have not drunk anything, back is fine otherwise',
  'plenty of feeling during sex, it is just my lower back that is stiff',
  'no trouble at all and can still keep an erection fine, only the back hurts',
  // supposed
  'what if my leg stops doing what I tell it, could a slipped disc do that?',
  'could zero feeling during sex ever come from a back problem? asking out of interest, all fine here',
  // legs after effort, and furniture
  'my legs are tired and heavy after the half marathon, back a bit stiff too',
  // someone not present, and the writer's own back beside the person there
  'My aunt had cancer years ago. My own back has hurt since the gym on Monday.',
  'My father was treated for prostate cancer long ago. He is sat here telling me my back pain is from slouching.',
], 'check');

// A nurse for one person named by who they are is writing for that person, whose later
// words are read as theirs ("he had prostate cancer, treated" is his history).
levelsAt('none', ['I am the live-in carer for an old man on blood thinners, his lower back stiffened up yesterday']);
test.each([
  ['I am the live-in carer for an old man on blood thinners, his lower back stiffened up yesterday', 'him'],
  ['I am a private nurse to an elderly lady, her back seized up this morning', 'her'],
])('a nurse for one person named by who they are writes for them: %s', (text, pronoun) => {
  expect(screen.helperOf(text)).toBe(pronoun);
});
test('that person\'s treated cancer, told later in their pronoun, is read as theirs', () => {
  expect(screen.readAsPatient('No temperature. He had bowel cancer some years back, treated. Does that matter?', 'him')?.flags).toContain('cancer_history');
});

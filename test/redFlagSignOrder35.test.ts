import { quietEach, raisesEach, screen } from './support/screenTables';

// A person's sign told as going on now ("my wife is sweating", "grandad's gone all clammy") makes
// them the patient in whatever order the message tells the rest: with pain high between the
// shoulder blades it is the heart row's combination, told first or last. Verbs in -ing that tell
// no sign ("is going to", "is recovering") and dated stories stay someone else's. Our own wordings.

raisesEach('a sign of now told of someone, then the upper back pain', 'emergency', [
  ['my partner is sweating loads and has got an ache between her shoulder blades', 'chest_pain'],
  ['my brother is still perspiring heavily, and says there is a dull pain between his shoulder blades', 'chest_pain'],
  ["my mum's all clammy and has a nagging ache between her shoulder blades", 'chest_pain'],
  ['grandpa looks clammy and his back hurts between the shoulder blades', 'chest_pain'],
  ['my fiance is dripping with sweat and she has pain between her shoulder blades', 'chest_pain'],
  // the other order still raises
  ['my partner has got an ache between her shoulder blades and she is sweating loads', 'chest_pain'],
]);

quietEach('a verb in -ing that tells no sign, or a dated story, stays quiet', [
  'my sister is going to the gym tonight and my lower back is a bit stiff from gardening',
  'my husband is recovering from a sprained ankle, I did my back in carrying the shopping',
  'my daughter is learning to ride a bike and I hurt my lower back holding the saddle',
  'my dad was sweating a lot years ago when he had malaria, my back aches from the garden',
], 'check');

describe('who the reading is about', () => {
  test.each<[string, string]>([
    ['my uncle is sweating and has a pain between his shoulder blades', 'him'],
    ['my aunt is clammy with a pain between her shoulder blades', 'her'],
  ])('%s -> the patient is %s', (text, pronoun) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('emergency');
    expect(r?.subject).toBe('other_present');
    expect(r?.pronoun).toBe(pronoun);
  });
});

// A relative's sign told in the past beside the writer's own ordinary pain is not theirs now because
// a present word sits in the writer's own clause ("my back aches right now"); nor is someone told
// as no longer living. Present words in a clause with the person in it still count.
quietEach("a present word in the writer's own clause, or a person no longer living", [
  'my cousin had foot drop after a disc operation, she wore a splint for a year. my back aches right now from painting, but my feet are normal',
  'my granny, rip, had myeloma in her spine, so I fret about every twinge. my back is sore today from shifting logs',
], 'check');

raisesEach('present words told with the person in the clause still make them the patient', 'emergency', [
  ["my brother came off his motorbike, i'm with him right now and he can't move his legs", 'major_trauma'],
  ["my nan can't feel her legs, i'm sat beside her at the moment", 'bilateral_leg_symptoms'],
]);

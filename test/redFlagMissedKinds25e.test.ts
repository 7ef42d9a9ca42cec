import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from the twenty-second round, each mended by a
// general mechanism: pronoun contractions typed without an apostrophe in the helper reading,
// "watching ... about" before an amount is no topic, a reassurance the writer would give
// someone else is not the writer setting their own back apart, staff framing of a resident,
// and lexicon compositions (a likeness of two sharp actions, lost leg power, trouble in bed
// with nothing rising, an overturned vehicle, pain high up in the back, worse lying at night).
// Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  // a helper's report with "hes" / "shes" for "he's" / "she's"
  ['my grandad is clutching his left arm and hes gone pale and clammy, pain across his upper back', 'chest_pain'],
  ['my nan says her chest feels tight and shes sweating buckets, her back aches', 'chest_pain'],
  // an onset dated "about twenty minutes ago" while watching something is not a topic read about
  ['was watching the football about ten minutes ago and a sudden ripping pain shot between my shoulder blades', 'tearing_pain'],
  ['out of the blue my upper back went, like a blade stabbing and ripping through me', 'tearing_pain'],
  // a reassurance the writer wants to give the patient does not set the writer's own back apart
  ['my husband keeps wetting himself since his back went, how do I persuade him it is only a pulled muscle', 'bladder'],
  ['pished masel on the way to the shops and never felt a thing, my back is murder', 'bladder'],
  ['since my back went I have trouble in bed with my husband, it will not get hard any more', 'sexual_dysfunction'],
  ['since lunch there is no power in my right leg and my back is bad', 'progressive_weakness'],
  // staff framing: a person they support, then what happens to him now
  ['we support a lady in her own flat, since this morning her legs keep buckling and she needs two of us to stand', 'progressive_weakness'],
  ['last week my pickup flipped onto its roof on the highway, I climbed out fine but now my back is sore', 'major_trauma'],
]);

raisesEach('urgents told in the kinds the screen missed', 'urgent', [
  ['may lagnat ako since last night and my lower back hurts', 'fever'],
  ['it gets much worse when I lie flat at night, nothing I do helps', 'night_pain'],
  ['my dad has a dull ache high up in his back for a week now, can he use a heat pad', 'thoracic_pain'],
  ['one of our residents injects and he has had a sore back for a week', 'iv_drug_use'],
]);

quietEach('ordinary messages near those words stay calm', [
  ['I was reading about back stretches and my lower back feels a bit better'],
  ['the car rolled into the garage door slowly, I pushed it back and pulled my back'],
  ['my brother who injects insulin has a sore back from the gym'],
  ['I feel like a wreck today, my back is stiff from decorating'],
  ['got absolutely pished on saturday and slept on the sofa, now my back is sore'],
  ['had trouble in bed last night, could not get comfy, my back is stiff'],
], 'urgent');

import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from round 28, each mended by a general reading:
// a helper's report that carries the patient's own view of it ("he says it's just stiff"),
// the writer asking "for him" after naming him, a present time told after an old scan, and
// lexicon kinds: leaking told as plumbing, the bottom that cannot tell it is shut, the seat
// that is not there, a nickname for the penis gone off duty, the floor not felt with either
// foot, a fall at speed, a car into a tree, walking the house at night, worse in bed, and
// weight lost in spite of eating. Every reading has twins that stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds round 28 missed', 'emergency', [
  // a helper's report with the patient's own view of it
  ['my nan fell down the stairs this morning, she insists her back is only a bit sore', 'major_trauma'],
  ['my dad came off a ladder today and he reckons his back is just bruised', 'major_trauma'],
  // the writer asking for the person already named
  ['my son says his privates have gone numb since he hurt his back, he is too shy so I am asking for him', 'saddle_numbness'],
  // an old finding, then a present time told of the person
  ['my uncle had a scan years ago that found a bulge on his aorta. tonight he suddenly has dreadful pain in his back and belly and looks grey and clammy', 'abdominal_aortic'],
  ['the plumbing down there has started leaking since my back went', 'bladder'],
  ['a dripping tap problem down below since my back pain began', 'bladder'],
  ["my back passage can't tell if it's shut any more, back went on friday", 'bowel'],
  ["it feels as if I'm sat on a pillow that isn't there, my back has been bad since sunday", 'saddle_numbness'],
  ['my little fella has clocked off since I did my back', 'sexual_dysfunction'],
  ["my old chap's gone on strike since my back went", 'sexual_dysfunction'],
  ["I can't feel the ground under either foot since my back gave out", 'bilateral_leg_symptoms'],
  ['came a cropper snowboarding at full speed, back hurts now', 'major_trauma'],
  ['my daughter went into a lamppost in her car last night and now her back hurts', 'major_trauma'],
]);

raisesEach('urgents told in the kinds round 28 missed', 'raised', [
  ['I pace up and down the landing at night because of my back', 'night_pain'],
  ['my lower back is always worse in bed', 'night_pain'],
  ["in spite of all the chips I've dropped half a stone, and my back aches", 'weight_loss'],
  ['despite eating loads I have dropped 5 kilos, back is sore', 'weight_loss'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // someone else's, long ago, or the writer's own ordinary back
  'my nan fell down the stairs years ago and she is fine now, my back is sore from gardening',
  'my uncle had a scan years ago for his aorta, it was all clear. today I hurt my back lifting',
  // a figure of speech or an object
  'we have a dripping tap problem in the kitchen and my back hurts from fixing it',
  'my little fella clocked off from nursery early today, my back hurts from carrying him',
  "my son's little guy team is on strike from training, my back is stiff",
  'I can feel the ground fine under either foot, only my back hurts',
  'I skied at speed all week with no falls, my back is just tired',
  'I hit the wall at mile twenty and my back aches from the run',
  // the writer asking for someone with nothing wrong told of them
  'my husband wants to know about stretches, I am asking for him, his back is a bit stiff',
  // eased by movement, not at night; weight lost on purpose
  'I walk round the park in the morning and my back feels better',
  'despite the diet I lost 5 kilos and my back hurts',
]);

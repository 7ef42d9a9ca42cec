import { levels, quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from spent round 45, each mended by a general
// reading: the need to go not told apart, with a time word before its "if" and in a helper's
// words ("if he needs": helpers.yaml grammar gives the first person's "need"); the urge felt
// and then not knowing whether anything passed, or nothing coming (a combination of signs);
// found wet with no knowing it happen; a fall's height told as an aside past a comma, and a
// child's play structure as a height; not feeling what presses against the bottom; and a
// distant time that dates an event of its own ("had a stone years ago") no longer reaching
// back over the signs told before it. Every reading has twins that stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds round 45 missed', 'emergency', [
  ["I can't tell anymore if I need to go to the loo, back seized on saturday", 'bladder'],
  ['I honestly cannot tell any more whether I need to go to the bathroom, my back seized on saturday', 'bladder'],
  ['my dad is here, he cant tell these days if he needs a wee, his back went last week', 'bladder'],
  ["I keep feeling I need to go, then I'm not certain if I've been or not, back is bad", 'bladder'],
  ['I feel as if I have to go all day, then afterwards I am not sure whether I have been or not, my back is bad', 'bladder'],
  ['since the spasm I end up wet and not realising it until later', 'bladder'],
  ['my lower back is in bits and I keep finding I am damp without noticing it happen', 'bladder'],
  ['I toppled off the garden swing frame, a good 2 metres, back really hurts', 'major_trauma'],
  ['I fell from the loading ramp, maybe 8 feet, my lower back is killing me', 'major_trauma'],
  ['my niece fell off the climbing frame and she is on the grass crying that her back hurts', 'major_trauma'],
  ['my girl fell out of her tree house onto her back and is lying still', 'major_trauma'],
  ['since my back went I cant really sense the toilet seat beneath my bottom', 'saddle_numbness'],
  ['sitting in the car I could not feel the seat belt buckle under my bum, back went yesterday', 'saddle_numbness'],
]);

raisesEach('urgents told before a history dated of its own', 'urgent', [
  ['gripping ache in my flank that builds and fades, my wee is red, passed a stone a decade ago', 'urinary_infection_signs'],
  ['my wee is pink with blood, got gallstones about ten years ago', 'urinary_infection_signs'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // a need to go somewhere else
  'I cannot tell any more if I need to go to work or rest this back',
  'I feel like I need to go back to bed, my back is stiff',
  // not sure whether the writer went somewhere
  'not sure if I went to the physio or not last year, my back is sore',
  // wet from the weather or a shower
  'I got wet at the bus stop and my back seized with the cold',
  // distances, not heights
  'I tripped over the hose, about 5 metres from the door, and my back twinged',
  'fell behind on my stretches, about 2 weeks now, and my back is stiff',
  // not feeling a thing under the feet, or the back pressed on a pad
  'I cannot feel the heat pad against my back any more, is it broken?',
  // the time reaches back over signs taken up by a pointer, or a run of words without a comma
  'numb bum and wet myself, had an operation for that years ago',
  'could not pee after I had an operation years ago, my back is sore from digging',
]);

levels([
  // a distant time with nothing before it stays the past
  ['I had a kidney stone five years ago', 'none'],
]);

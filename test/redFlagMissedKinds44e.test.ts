import { levels, quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from spent round 44, each mended by a general
// reading: the urine stream pushed to get going or stopping and starting, with "stream" as
// its only word; little passed with the belly pressed or the bladder felt full (not beside a
// stool or constipation: a combination's `none` part); urine leaving "alone" or "itself" in a
// learner's words; an escape known only after, told as "gone"; legs that will not hold the
// person up, with no object or of the person written for; an accident told with its vehicle
// after it ("accident with motorbike"); a safety device that failed ("the rope didn't catch
// me"), whose "not" denies nothing of the fall after it; a lump told with its size before
// where it sits beside the spine. Every reading has twins that stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds round 44 missed', 'emergency', [
  ['since my back seized I need to strain hard to get the stream started', 'bladder'],
  ['back went on tuesday, now I have to physically push to get the flow out', 'bladder'],
  ['my lower back is wrecked and the stream keeps stopping and starting', 'bladder'],
  ['I constantly feel full yet hardly a drop comes out, back has been bad since sunday', 'bladder'],
  ['back gone since the move, I end up pressing on my lower belly because barely anything comes out', 'bladder'],
  ['I am 47, backache from the factory. This morning the pee come out automatic, I not control my bladder', 'bladder'],
  ['my back hurts since monday and urine goes out itself, it never did before', 'bladder'],
  ['a little accident at the bus stop, I had no idea I had gone till I got home, my back is terrible', 'bowel'],
  ['my nan is 77, her back is bad and her legs are not holding her since lunch', 'progressive_weakness'],
  ['lower back is awful and my legs are not supporting any more', 'progressive_weakness'],
  ['my aunt is 58 and her back has gone, her legs will not hold her.', 'progressive_weakness'],
  ['I have accident with my scooter on monday, back pain is very big now', 'major_trauma'],
  ['had a crash on the motorbike this morning and my back is agony', 'major_trauma'],
  ['the auto belay did not catch me, fell about 5 metres onto my back', 'major_trauma'],
  ['the parachute failed to open properly, landed hard from a height onto my back', 'major_trauma'],
]);

raisesEach('urgents told in the kinds round 44 missed', 'urgent', [
  ['my husband noticed a firm bump roughly the size of a walnut just to the right of my spine, back aches', 'back_lump'],
  ['there is a swelling roughly the size of a plum beside my backbone and my back has ached for weeks', 'back_lump'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // not the urine stream
  'I have to push to get the stream going on twitch each night and my back aches from the chair',
  'I had no trouble getting the stream started, it is only my lower back',
  'my flow stops and starts this cycle, period cramps and a sore back',
  // constipation told beside little passed
  'constipated from the painkillers, hardly anything comes out and I press on my belly, back is sore',
  // full after eating
  'I feel full after lunch and my lower back is tight',
  // gone somewhere, not an escape
  'I had no idea I had gone that far on my walk, my back is stiff now',
  'I had no idea the pain had gone so deep, my back still aches',
  // not the urine, or denied
  'I not control the pain, it is very strong in my back',
  'my urine is not going out alone, I control it fine, just back pain',
  // furniture, or legs fine
  'the bed legs are not holding up so I hurt my back fixing them',
  'my legs are supporting me fine, only my back is sore',
  'my legs are not holding up well after the half marathon, back is tight too',
  // a small knock, someone else, or a supposition
  'a small bump with the car in the car park, nobody hurt, my back is stiff from driving',
  'what would happen if I had an accident on my bike with this back?',
  'my cousin had a crash on his motorbike years ago, my back hurts from gardening',
  // the device failing at an everyday task
  'the rope did not hold the tarp so I lifted it myself and hurt my back',
  'the brakes did not work on the wheelbarrow so I strained my back stopping it',
  // no lump, or a muscle knot away from the spine
  'no lump at all beside my spine, just aching',
]);

levels([
  // the stream words with nothing about it being hard: no sign
  ['I like to walk by the stream when my back is stiff', 'none'],
]);

import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed signs from round 24, each mended by a general mechanism: the seat area
// told as what one sits on a bike or horse with, or as the top of the inner thighs; numbness
// told as a wrapping film or as pressure felt without touch; "not really" before a bladder
// that has not been needed, "nothing much" for nothing coming; a lump beside the spine and on
// the small of the back; an age in compound number words; a helper's "she's got" bringing a
// past illness up to now; the writer's verdict drawn from a reason ("so it's fine") ending no
// accident. Phrasings our own.

raisesEach('emergencies told in the kinds round 24 missed', 'emergency', [
  [
    'quick one about office chairs. My back went on Tuesday lifting a sofa, I have been using ice and ibuprofen and walking a little. ' +
      'Odd thing is the inner part of both thighs right at the top feels like it is covered in cellophane since last night. Which chair should I buy?',
    'saddle_numbness',
  ],
  ['my lower back has been agony since Monday and between my legs I can feel pressure but not really touch', 'saddle_numbness'],
  ['the part you sit on a horse with has felt dead since lunchtime and my back is bad', 'saddle_numbness'],
  [
    'Long week! Back went while gardening, doing heat and paracetamol, the dog still needs walking. I have drunk lots of tea ' +
      'but I have not really needed a wee since breakfast, and when I went nothing much came. Any tips for sleeping?',
    'bladder',
  ],
  ['I came off my motorbike at speed on Friday, but I had all my gear on so it is fine. My back aches though', 'major_trauma'],
]);

raisesEach('urgents told in the kinds round 24 missed', 'raised', [
  ['my husband noticed a firm bump just to the side of my spine while he was rubbing my back, and it aches', 'back_lump'],
  ['a squishy swelling has appeared on the small of my back and the area is sore', 'back_lump'],
  ["I'm sixty-four and this is the first time my back has ever gone", 'age_first_episode'],
  ['Eighty-two, and never had a bad back in my life. It has ached for a week now.', 'age_first_episode'],
  ["my mum had bowel cancer a few years ago, she's got a new ache in her lower back this week", 'cancer_history'],
  ["my husband was treated for prostate cancer last year and he's got a sore back now, is it worth a check?", 'cancer_history'],
]);

quietEach('the same words that tell no sign stay quiet', [
  "I'm sixty-four and my back has been dodgy on and off for years, what stretches help?",
  "my wife had a cold last week, she's got her sister staying now, and my back is stiff from the spare bed",
  'the small of my back is sore after a day of weeding',
  'can I wrap a heat pack in cling film and put it on my back?',
]);

import { levelsEach } from './support/screenTables';

// Round 31 (helper alarm31), false alarms of the screen on one message, by kind, phrasings our own:
// - a number said with a dose, a unit or an age is no temperature for the learned stage
//   (model-cues.yaml numberWords, redFlagFeatures): "omeprazole 40 once a day", "38 years a nurse";
// - an everyday thing named with a sign's word (a dip in the sofa, scrubbing the toilet, dozing
//   off on the settee after a party): context.yaml figureWhole, so the learned stage does not
//   read those words, and a check's anchor must be a word the model read (screenStages);
// - an urgent flag's place named only to deny it ("low down, not up by my shoulder blades"):
//   no anchor for its check question (CheckAnchors.anchorsTold);
// - over 50 with a strain named as the cause (lifting, digging): ordinary-causes.yaml
//   age_first_episode (clinical-notes: a first bout over 50 with no obvious cause).
// - hot, red or sweaty from heat the writer names (a hot bath, a sauna), with no word of a fever:
//   ordinary-causes.yaml fever and named_fever.
// Each kind with twins of the same shape that tell a real sign and must still be raised.
levelsEach([
  [
    'a number that counts a dose, a time or an age',
    [
      ['I take pan 40 daily. Back is paining since yesterday after bending', 'none'],
      ['I take 40 mg daily of my acid tablet and my back aches', 'none'],
      ['I take lansoprazole 40 once a day for my stomach, and now my lower back is stiff', 'none'],
      ['on prednisolone 40 mg daily for 6 months, back pain', 'urgent'],
      ['my temperature is 39 tonight and my back is really sore', 'urgent'],
      ['burning up, thermometer said 40, and my back aches', 'urgent'],
    ],
  ],
  [
    'an everyday thing named with a sign word',
    [
      ["there's a lump in the mattress right where my hips go and my back aches every morning", 'none'],
      ['there is a huge dip in the middle of the sofa and I think it is why my back hurts', 'none'],
      ['a lump in my pillow keeps waking me and my back is stiff in the mornings', 'none'],
      ['spent the day scrubbing the toilet and tiling the bathroom, now my back is stiff', 'none'],
      ['passed out on the sofa after a heavy night on the beers and my back is twisted and sore, hungover too', 'none'],
      ['passed out drunk on the couch, woke up with back pain and a sore stomach', 'none'],
      ['there is a new lump on my spine that was not there last week', 'urgent'],
      ['I fainted in the kitchen and now my belly and back are in agony', 'emergency'],
      ['I cannot pee at all since this morning and my back is agony', 'emergency'],
    ],
  ],
  [
    "an urgent flag's place named only to deny it",
    [
      ['all at the bottom of my spine, not up in my upper back. no lumps. sore from the allotment', 'none'],
      ['it is all at the base of my spine, not up by my shoulder blades, just achy after digging', 'none'],
      ['the pain is right between my shoulder blades since yesterday', 'urgent'],
      ['all at the bottom of my spine and up in my upper back too. sore from the allotment', 'urgent'],
    ],
  ],
  [
    'over 50 with a strain named as its cause',
    [
      ['Sir I am 59 years, back pain since I shifted heavy almirah on Sunday. Kindly suggest balm.', 'none'],
      ['I am 58, my back went yesterday when I lifted a heavy box into the loft', 'none'],
      ['aged 63, back pain since I was digging the vegetable patch on Sunday', 'none'],
      ['I am 66 and I have never had back pain before, it just came on out of nowhere last month', 'urgent'],
    ],
  ],
  [
    'hot and sweaty from heat the writer names',
    [
      ['sat in the sauna, came out hot and sweaty, back feels better. is that ok', 'none'],
      ['had a long hot bath, came out red and sweating from the steam, back a bit easier now', 'none'],
      ['after my hot bath I am shivering and burning up and my back aches', 'urgent'],
    ],
  ],
]);

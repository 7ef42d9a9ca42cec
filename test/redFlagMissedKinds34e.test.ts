import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from spent round 34, each mended by a general
// reading: numbness told by a likeness (a dead material, an anaesthetic block, someone else's
// body), the urine's flow not felt, not having been at all with no urge, a leak on getting up,
// not knowing whether the bowels emptied, the back said to stop the function, a failed try,
// a foot that trips the writer up told with "own" or "sort of", a long cartwheeling tumble,
// a lump found over the sore place, the age told after what the writer does; "is it normal
// that you can't ...?" asked of the writer's own body; "nothing was happening" as the report
// itself, not a denial of what follows it; and a helper who asks because the person will not.
// Every reading has twins that must stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['the area I sit on has gone kind of cardboardy since this morning', 'saddle_numbness'],
  ['my backside feels sort of leathery since yesterday, I can prod it and hardly feel it', 'saddle_numbness'],
  ['odd since tea time: down below there is zero feeling. back went at the weekend', 'saddle_numbness'],
  ['since lunch my privates have felt odd, sort of like I have had a spinal block. back is sore', 'saddle_numbness'],
  ['is it normal that sitting on the toilet feels like sitting on somebody elses backside? back is killing me', 'saddle_numbness'],
  ['when I pee I cant really feel it happening, back been sore since monday', 'bladder'],
  ['not been to the loo since lunchtime yesterday and I do not even feel like I need to go. back went on friday', 'bladder'],
  ['is it normal to wee a little whenever I stand up? back is agony and I did not notice until after', 'bladder'],
  ['he wet the bed in the night without waking, my husband has had a bad back since sunday', 'bladder'],
  ['I cannot tell whether I have finished on the loo any more, my back has been bad all week', 'bowel'],
  ['is it normal that you cant tell if you have finished on the loo? got a bad disc', 'bowel'],
  ['is it normal for a slipped disc to stop you being able to get hard? started the day my back went', 'sexual_dysfunction'],
  ['tried to climax with my wife last night and just could not, my back has been awful', 'sexual_dysfunction'],
  ['we tried, and nothing was happening, could not get it up at all. back went on the weekend', 'sexual_dysfunction'],
  ['since sunday I keep tripping over my own right foot, it just sort of flops down, back still sore', 'progressive_weakness'],
  ['came off my mountain bike and went rolling a long way down the bank, my back is agony', 'major_trauma'],
  ['caught a ski edge and went cartwheeling a good way, my back has been in spasm since', 'major_trauma'],
  ['my husband will not ask himself so I will. he put his back out on sunday, and this morning he found he had wet himself overnight', 'bladder'],
]);

raisesEach('urgents told in the kinds the screen missed', 'urgent', [
  ['my partner massaged my back on sunday and found a hard lump over the achy part', 'back_lump'],
  ['I am a retired bus driver, 68, and I have never had back trouble, it started a month ago for no reason', 'age_first_episode'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // the generic "you" supposing, not reporting
  'is it normal that you would lose bladder control with a disc? asking in general, I am fine',
  'how would you know if you had cauda equina? just curious, my back is fine',
  // a supposition of a lost function
  'could a disc problem ever stop me getting an erection? just wondering, my back is only a pulled muscle',
  // prevention, not a lost function
  'what exercises can I do to stop me getting sciatica again?',
  // a failed try at something else, a long way down a table, a muscle knot, an age that is not one
  'tried to finish the painting but could not, back too sore',
  'I tumbled a long way down the rankings this season and my back hurts from training',
  'I found a knot right over the sore bit when I massaged it',
  'I am a keen runner, 34, back sore after a long run',
  // someone too shy to ask, with no sign told
  'my son is too shy to ask, so I am. he strained his back at rugby and he is fine otherwise. any stretches?',
]);

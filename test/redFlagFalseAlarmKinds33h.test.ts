import { level, levelsEach } from './support/screenTables';

// Round 33 (helper h), false alarms by kind, phrasings our own: red-flag words in their
// everyday senses said whole (context.yaml figureWhole: a drink made weak, standing at work,
// a gym session named for a body part, a fall of snow or rain) and a lumpy bed or seat
// (red-flags.yaml back_lump except). Each kind with twins of the same shape that tell a
// real sign beside it and must still be raised.

levelsEach([
  [
    'a drink made weak, or standing at work, is no weakness of the legs',
    [
      ['the tea at the depot is so weak you can see the bottom of the mug, and I\'m on my feet 12 hours a shift on a hard floor. My back aches by home time, would better shoes help?', 'none'],
      ['the tea in this office is always too weak and my back is stiff by lunchtime', 'none'],
      ['had a watery cuppa at my nan\'s, my lower back is sore from gardening', 'none'],
      ['I am stood on my feet all shift at the warehouse and my lower back aches by home time', 'none'],
      ['on my feet twelve hours a day at the salon, my back is killing me, are cushioned mats worth it?', 'none'],
      ['the tea here is too weak and both my legs have gone weak and wobbly since this morning', 'emergency'],
      ['I am on my feet all day at work and now both legs are getting weaker by the hour', 'emergency'],
    ],
  ],
  [
    'a gym session named for a body part is no sign there',
    [
      ['Did chest day on Tuesday and today my lower back aches, probably from arching too much on the bench press. Is that bad form?', 'none'],
      ['Went hard on chest day yesterday and my low back is sore from arching on the incline bench, is that technique?', 'none'],
      ['did leg day on Monday and my lower back has been tight ever since', 'none'],
      ['after arm day my lower back feels tweaked, was it the curls?', 'none'],
      ['did chest day yesterday and today my chest is crushing and I am sweating buckets', 'emergency'],
      ['after leg day both my legs went numb and I can not feel my bum', 'emergency'],
    ],
  ],
  [
    'a fall of snow or rain is the weather, not a fall',
    [
      ['we had a heavy fall of snow last night and I spent the morning digging out the car. Now my lower back is killing me. Legs are fine.', 'none'],
      ['there was a heavy fall of snow so I cleared the path for an hour, now my back aches', 'none'],
      ['after that big fall of snow I was out with the shovel all morning and my back is stiff', 'none'],
      ['after the fall of snow I slipped off the roof onto the patio and landed on my back', 'emergency'],
      ['we had a huge fall of snow and I had a bad fall on the ice, my back is agony', 'emergency'],
    ],
  ],
  [
    'a lumpy bed or seat is not a lumpy back',
    [
      ['the tingling in my fingers from lying on my arm went in a minute, but my lower back is sore from the lumpy sofa bed at my sister\'s', 'none'],
      ['my back is stiff from the lumpy hotel mattress, any stretches?', 'none'],
      ['my back is stiff from the bumpy old futon at my brother\'s', 'none'],
      ['my lower back is sore after a night on a lumpy sofa bed', 'none'],
      ['my back is stiff from the lumpy futon and there is a new lump on my spine the size of a grape', 'urgent'],
      ['my spine has gone lumpy and sticks out at the bottom', 'urgent'],
    ],
  ],
  [
    'weight aimed lower in other words is weight lost on purpose',
    [
      ['I am 17 stone and trying to get my weight down a bit with swimming, my back twinges after', 'none'],
      ['been slimming down since the new year and my lower back aches after the gym', 'none'],
      ['I have been slimming down on purpose, but I have lost two stone this month without changing anything and my back aches at night', 'urgent'],
      ['my weight has dropped by a stone and a half without me trying and my back aches', 'urgent'],
    ],
  ],
  [
    'someone else\'s sign beside the writer\'s own "fine in that department", or a teammate\'s',
    [
      ['My colleague told me she lost control of her bladder when her disc went and had an operation. I\'m totally fine on that front, just stiff. Is that common?', 'none'],
      ['My teammate\'s feet went numb after a scrum and they carried him off. He\'s fine now. My lower back is just sore from the game, nothing like that. Heat or ice?', 'none'],
      ['my sister in law wet herself when her disc went and needed an operation. I am completely fine on that front, just achy. Does that happen a lot?', 'none'],
      ['my teammate\'s bladder packed in after a bad tackle last season. I am fine in that regard, only a stiff back from training', 'none'],
      ['my workmate\'s feet went numb after lifting a pallet, he is fine now. Mine is just a sore lower back', 'none'],
      ['my teammate wet himself after a tackle. I am fine in that department but my bum has gone numb since the match', 'emergency'],
      ['my teammate\'s legs went numb after a tackle and now both my legs are numb too', 'emergency'],
      ['I am fine on that front but I have wet myself twice today without feeling it', 'emergency'],
    ],
  ],
  [
    'asked whether a course counts as steroids, not told as taken',
    [
      ['I had a course of prednisolone for a week as a kid for a chest thing. Ages ago now. Would that still count as being on steroids? My back is sore from gardening.', 'none'],
      ['I had a week of prednisolone for a chest infection years back, would that count as being on steroids? my back is stiff', 'none'],
      ['does a short burst of pred count as taking steroids? my back went lifting boxes', 'none'],
      ['I have been on prednisolone every day for three years for my lungs and my back is sore', 'urgent'],
    ],
  ],
  [
    'a clinician\'s questions told with the writer\'s "no", said to hold still',
    [
      ['Doctor asked me on Monday about numbness in my bum and my waterworks, I said no and that is still true. Still stiff though. Is 2 weeks normal?', 'none'],
      ['the physio asked about tingling in both legs and any bladder trouble, I said no, still the same. Back is slowly easing, how long does it take?', 'none'],
      ['The GP asked about numbness in my bum, I said no and that is still the case, but since this morning I can not pee at all', 'emergency'],
      ['The GP asked if I had numbness down below, I said no, but since yesterday my bum has gone numb', 'emergency'],
    ],
  ],
  [
    'what a relative\'s condition is, asked by name: the learned stage\'s fragile-bones guess needs a word of bones, steroids, a fall or age',
    [
      ['What\'s degenerative disc disease? my cousin has it and she explained it badly', 'none'],
      ['What\'s degenerative disc disease? my cousin has it and she explained it badly. my bones have always been fragile and my back went on a cough', 'urgent'],
      ['I have thin bones on my scan and my back went suddenly when I sneezed', 'urgent'],
    ],
  ],
]);

// PERFORMANCE TRAP: the new phrases have no gaps; a long message of their words repeated is read in one pass.
test('a long repeated message of everyday senses is read', () => {
  const long = 'weak tea on my feet all day chest day fall of snow lumpy futon my back is '.repeat(200);
  expect(['none', 'check', 'urgent', 'emergency']).toContain(level(long));
});

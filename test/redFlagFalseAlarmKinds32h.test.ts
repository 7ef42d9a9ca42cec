import { levelsEach } from './support/screenTables';

// Round 32 (helper h), false alarms by kind, phrasings our own: a sign asked about in
// general beside the writer's own ordinary back (context.yaml askedApart), an illness
// told with a season gone by (pastAnchors), the urine said to look as it should (able),
// a drink spilled on the writer's clothes (figureCause), and money and flooring idioms
// (figureWhole). Each kind with twins of the same shape that tell a real sign and must
// still be raised.

levelsEach([
  [
    '"is it bad when ...?" asked of anyone, the writer\'s own back set apart',
    [
      ['is it serious when you lose feeling around your backside? just wondering, mine is only a stiff lower back', 'none'],
      ['is it serious when you go numb round your bum? just asking, mine is only a stiff lower back', 'none'],
      ['would it be bad if the pain went down both legs? mine is just a tight back from gardening', 'none'],
      // asked alone, it is often the writer's own sign
      ['is it bad when you go numb around your bum with a bad back?', 'emergency'],
      ['is it bad when you go numb around your bum with a bad back? asking as mine is only a stiff back', 'none'],
      // the writer's own sign told beside the question keeps its reading
      ['is it serious when you lose feeling around your backside? mine is only a stiff back but since lunch I can not feel my bottom on the toilet seat', 'emergency'],
      ['is it bad if pain goes into both legs? mine is just a sore back, but both my legs have gone weak today', 'emergency'],
    ],
  ],
  [
    'an illness with a temperature told as a season gone by',
    [
      ['Last summer I had a bad temperature with my back, it was a chest bug and it went. This week I tweaked my back gardening, no temperature now', 'none'],
      ['I had a sore back and a temperature once but it was just a cold and it went in a few days, that was last summer. Now I have hurt my back moving a wardrobe, no temperature. What helps?', 'none'],
      ['my back has been sore since last summer and now I have a temperature of 39 and the shivers', 'urgent'],
      ['Last winter I had a temperature for a week. I have had a temperature since yesterday and my back aches', 'urgent'],
      ['Last summer I had a chest bug. Today I have a temperature of 39 and my back is killing me', 'urgent'],
    ],
  ],
  [
    'the urine said to look as it should, after a kidney stone long past',
    [
      ['I had a kidney stone years ago. My back is sore from shifting furniture, my pee looks normal', 'none'],
      ['I had a kidney stone years ago. My pee looks normal but I can not tell when my bladder is full any more', 'emergency'],
      ['my pee looks normal but I have wet myself twice today without noticing', 'emergency'],
    ],
  ],
  [
    'a drink spilled over the writer, its wet patch beside it',
    [
      ['knocked a cup of tea over my trousers at work and sat with a damp patch for hours, now my back is stiff from the desk', 'none'],
      ['knocked a cup of tea over my trousers, and then I wet myself without feeling it', 'emergency'],
      ['I keep finding a damp patch on the sheets in the morning and my back hurts', 'emergency'],
    ],
  ],
  [
    'overcharged or working on the floor, not an injury',
    [
      ['The builder totally ripped me off, so I am pulling up the old landing carpet myself and my back is aching', 'none'],
      ['what a rip off the quote was, I have been ripping out the kitchen units all week and my lower back is sore', 'none'],
      ['got ripped off by the roofer, then fell off the ladder onto the patio from the top rung', 'emergency'],
      ['ripping up the carpet when a van crashed through the front window and hit me', 'emergency'],
    ],
  ],
]);

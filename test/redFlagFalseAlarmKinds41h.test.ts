import { levelsEach } from './support/screenTables';

// Round 41 (mend helper h), false alarms by kind, phrasings our own: another person's sign told
// beside the writer's own plain spasm ("mine's a standard spasm", someone named with the place the
// writer works, someone back at work now), an old fever said to be absent now, and water from a
// vessel or the building on a bed, a trolley leant on like a walking frame. Each kind with twins where the writer also tells a real sign,
// which must still be raised.

levelsEach([
  [
    '"mine" told as a plain spasm or strain after someone else\'s sign',
    [
      ['my old boss had a heart attack. Mine\'s a simple muscle spasm from moving the wardrobe, is heat ok?', 'none'],
      ['my uncle got chest pains on a hike last spring. mine is a regular back strain from the garden', 'none'],
      ['my neighbour had a stroke, mine\'s just a back spasm but I\'ve got crushing chest pain spreading to my arm right now', 'emergency'],
      ['a lady on the ward where I work collapsed with chest pain last month. mine\'s a standard back spasm but now I can\'t feel my bum when I wipe', 'emergency'],
    ],
  ],
  [
    'someone named with the place the writer works or trains, as a relative clause',
    [
      ['a lady at the day centre where I volunteer wet herself today. my back is just sore from lifting chairs', 'none'],
      ['one of the patients at the surgery where I volunteer lost control of her bladder, and I have wet myself twice today too and my back is agony', 'emergency'],
    ],
  ],
  [
    'someone else back at work now, beside the writer\'s ordinary stiffness',
    [
      ['a guy at the gym where I train had numb legs after deadlifts, he\'s back at work now. I\'m just stiff from the same session', 'none'],
      ['my brother in law had a slipped disc and both legs went numb, he\'s back at work now. today both my legs have gone numb too', 'emergency'],
    ],
  ],
  [
    'an old fever said to be absent now',
    [
      ['I had a chest infection and a temperature in 2019, but nothing like that now. Lower back seized up hoovering the stairs', 'none'],
      ['years ago I had a temperature with a bad back, nothing like that now, but my bum has gone numb since this morning', 'emergency'],
    ],
  ],
  [
    'a wetting feared, answered "no", then put down to the vessel that leaked',
    [
      ['woke up with the bed wet and thought I\'d peed, but nope, it was my ice pack that burst. back still sore', 'none'],
      ['I woke up soaked and thought I\'d wet myself, but no, it was the hot water bottle. But I also can\'t feel when I need to pee now', 'emergency'],
    ],
  ],
  [
    'water leaking from the building onto the bed',
    [
      ['the ceiling was leaking onto my bed all night so I slept on the floor and my back has locked', 'none'],
      ['rain pouring in through the skylight soaked the duvet, hauling it downstairs tweaked my lower back', 'none'],
      ['water dripping through the ceiling onto the sofa, then I lifted the sofa and now I\'ve wet myself without feeling it', 'emergency'],
    ],
  ],
  [
    'a trolley leant on like a walking frame, the spasm\'s stoop told as a likeness',
    [
      ['hobbled round the supermarket leaning on the trolley like a walker because my back went lifting the crate of beer. any tips?', 'none'],
      ['my legs keep giving way, I had to lean on the trolley like a zimmer frame to get round the shop', 'emergency'],
      ['had to push the trolley like an old man round the shop after my back went, both legs numb and weak since', 'emergency'],
    ],
  ],
]);

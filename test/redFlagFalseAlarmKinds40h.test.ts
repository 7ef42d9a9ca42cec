import { levelsEach } from './support/screenTables';

// Round 40 (mend helper h), false alarms and check questions by kind, phrasings our own:
// an everyday phrase whose words anchor no check (check-anchors.yaml `everyday`), a normal
// thermometer reading that answers the fever question (`measured`), a twin's sign, someone's
// questions given as examples ("such as whether ..."), an urgent sign whose words are all in
// the distant past, a wetting explained by a vessel that gave way, and a past sign asked about
// as such ("does that old ... matter"). Each kind with twins that tell a real sign and must
// still be raised or asked.

levelsEach([
  [
    'time off work or a pain said to settle over weeks anchors no check question',
    [
      ['my lower back is that bad I phoned in sick today, it went after lifting at football practice', 'none'],
      ['off sick with my back since Tuesday, I feel useless. when can I lift again?', 'none'],
      ['been weepy all afternoon with my back, my GP said it should ease within a fortnight. tips to cope?', 'none'],
      ['I feel sick and my chest is tight and my back aches', 'emergency'],
    ],
  ],
  [
    'a thermometer reading in the normal range answers the fever question',
    [
      ['no temperature, checked it twice with the ear thermometer, 36.6 and 36.9. my back is sore from digging the allotment', 'none'],
      ['my back is sore and I feel hot, thermometer says 38.9', 'urgent'],
    ],
  ],
  [
    'a twin is someone else',
    [
      ['my twin brother had weak legs after his disc went last year. my back is stiff after squats, nothing in my legs', 'none'],
      ['my twin and I both hurt our backs lifting a sofa, and now both my legs have gone numb', 'emergency'],
    ],
  ],
  [
    'a clinician\'s questions given as examples after "such as" or "like" are asked, not told',
    [
      ['the nurse at the walk in centre asked me loads of things, such as whether I had any numbness around my bottom. it was just a pulled muscle', 'none'],
      ['the nurse asked if anything had changed, and yes, my bottom has gone numb since this morning', 'emergency'],
    ],
  ],
  [
    'an urgent sign whose words are all told in the distant past',
    [
      ['when I was at uni I got very thin for a few months, it was an overactive thyroid. I am 44 now and my back is stiff from rowing', 'none'],
      ['I have lost nearly two stone without trying since the summer and my back aches at night', 'urgent'],
    ],
  ],
  [
    'a wetting feared, then explained by a vessel that gave way',
    [
      ['jumped out of bed in a panic thinking I had wet myself. Turned out the ice pack had split under me. my back is still stiff', 'none'],
      ['woke up soaked and panicked I had wet myself, but the water bottle had leaked in the bed. back is achy', 'none'],
      ['I woke up and had wet the bed without knowing, my back is killing me', 'emergency'],
    ],
  ],
  [
    'a past sign asked about as such',
    [
      ['years ago after my second baby I had some numbness down below for a while, it went. my back hurts from gardening now. would that old numbness be relevant?', 'none'],
      ['my bum has gone numb since yesterday and I can not feel the toilet paper', 'emergency'],
    ],
  ],
  [
    'a numbness whose part is said to come back ("it" read as that part)',
    [
      ['sat on the coach for five hours and my backside went numb, but it came back after a stroll round the car park. back is stiff', 'none'],
      ['my bottom went numb on the coach and it came back worse after I walked, I can not feel the toilet paper', 'emergency'],
    ],
  ],
  [
    'a web search that always lands on a disease is a worry, not a history',
    [
      ['whatever I search online it comes up with a tumour, my back has ached since I moved desks. how worried should I be?', 'none'],
      ['I had bowel cancer three years ago and my back has ached for a month', 'urgent'],
    ],
  ],
  [
    'how much of a sign counts, asked in general',
    [
      ['my friend asked me this and I did not know: does it have to be a high temperature, or is a slight one with back pain enough to see someone?', 'none'],
      ['I have got a slight temperature and shivers and my back is killing me', 'urgent'],
    ],
  ],
  [
    'the heel-and-toe walk told as done, both halves, says the feet are strong',
    [
      ['sciatica down my left leg since Sunday. I can stand on my toes and on my heels, no problem. how long will it go on?', 'none'],
      ['I can walk on my toes but not on my heels, and my foot keeps slapping down', 'emergency'],
    ],
  ],
]);

import { level, levelsEach } from './support/screenTables';

// Round 28 (helper s), false alarms by kind, phrasings our own from the clinical notes'
// vocabulary: a sign's name asked about as a term in any order (context.yaml
// signQuestion.terms), the chest's muscles sore from use and a collapse onto soft
// furniture (red-flags.yaml excepts). Each kind with twins of the same shape that tell
// a real sign and must still be raised.

levelsEach([
  [
    'a sign\'s name asked about as a term, the question after it or around it',
    [
      ['drop foot, what is that?', 'none'],
      ['drop foot? never heard of that one', 'none'],
      ['saddle numbness, what is that when it is at home', 'none'],
      ['saddle anaesthesia, what does that even mean in plain english', 'none'],
      ['is cauda equina the one where you can not wee', 'none'],
      ['is CES the thing where you cant feel your bum', 'none'],
      ['I have never heard of foot drop, is it the thing where your foot slaps down?', 'none'],
      ['what is foot drop', 'none'],
      ['my foot drops when I walk', 'emergency'],
      ['I have got drop foot since Monday, what does that mean?', 'emergency'],
      ['drop foot, what is that? my right foot keeps slapping the floor when I walk', 'emergency'],
      ['my bum went numb this morning, is that the thing called saddle anaesthesia?', 'emergency'],
      ['cauda equina, what is that? I can not pee at all today', 'emergency'],
    ],
  ],
  [
    'the chest\'s muscles named as sore from use, beside a back ache',
    [
      ['my chest muscles are sore from the gym and my back aches', 'none'],
      ['after push ups my chest muscles are tight and sore, and my back is stiff', 'none'],
      ['my chest is sore from all the coughing this week and my back aches', 'none'],
      ['my chest is tight and heavy and my back aches', 'emergency'],
      ['my chest muscles feel tight and I am short of breath, back hurts', 'emergency'],
      ['my chest is sore and the ache is going into my left arm', 'emergency'],
    ],
  ],
  [
    'a collapse onto soft furniture is flopping down, not a faint',
    [
      ['got in from my shift and collapsed onto the cushions, now my back twinges when I roll over', 'none'],
      ['collapsed into the armchair after the school run, my lower back is stiff', 'none'],
      ['I collapsed in the kitchen and my belly and back hurt', 'emergency'],
      ['I nearly collapsed, pale and clammy, with a pain in my belly and back', 'emergency'],
    ],
  ],
  [
    'a list of signs after its frame\'s colon or dash is the source\'s list, not the writer\'s signs',
    [
      ['my physio gave me a card with the red flags on it - numbness in the saddle area, bladder or bowel changes, weakness in both legs', 'none'],
      ['the discharge letter lists things to keep an eye out for: numb bum, trouble weeing, weak legs', 'none'],
      ['things to look out for: I can not pee and my bum is numb', 'emergency'],
      ['red flags on the card: numb bum, weak legs. my legs are weak and wobbly today', 'emergency'],
      ['warning signs: numb bum, but I have had that since this morning', 'emergency'],
    ],
  ],
  [
    'the learned stage alone raises a back lump or, beside a figure of wearing away, a tearing pain only on a clause with a body part and the sign',
    [
      ['Our mattress has really changed shape, there is a dip on my side. Could that be why I wake up with a stiff back?', 'check'],
      // mend46h: no longer asked about: a tearing question needs a word of tearing, a sudden start or the chest (check-anchors.yaml)
      ['I keep picturing the worst, like my spine is crumbling to bits. The GP says its a pulled muscle.', 'none'],
      ['there is a new lump on my back the size of a grape', 'urgent'],
      ['my spine has changed shape, there is a bump sticking out', 'urgent'],
      ['my back feels like it is crumbling and there is a sudden tearing pain between my shoulder blades', 'emergency'],
      ['on deadlifts I felt something like a rope snapping between my shoulder blades, and the pain hit instantly, the worst I have ever felt', 'emergency'],
    ],
  ],
]);

// PERFORMANCE TRAP: the term reading walks tokens, no pattern with gaps; a long message of
// names and cues repeated is read in one pass (jest's own time-out fails it otherwise).
test('a long repeated message of names and cues is read', () => {
  const long = 'foot drop what is that never heard of it the thing where '.repeat(200);
  expect(['none', 'check', 'urgent', 'emergency']).toContain(level(long));
  expect(['none', 'check', 'urgent', 'emergency']).toContain(level('x y '.repeat(200)));
});

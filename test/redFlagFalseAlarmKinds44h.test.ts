import { levelsEach, quietEach } from './support/screenTables';

// Round 44 (mend helper h), false alarms by kind, phrasings our own. Each kind with twins of
// the same shape that tell a real sign now and must still be raised.

levelsEach([
  [
    'shaking a thing out or off is a chore, not a body that shakes (red-flags.yaml very_unwell except)',
    [
      ['spent the morning shaking the doormats out and hanging washing, now my lower back aches. ice or heat?', 'none'],
      ['shook the duvet out this morning and felt my back twinge', 'none'],
      ['I have got a temperature and I am shaking all over, back is killing me', 'emergency'],
      ['been shaking out of control and feel hot and cold, back agony', 'emergency'],
    ],
  ],
  [
    'a sign said to be "also not there" is denied (context.yaml negation.post)',
    [
      ['fever is not there, just a stiff back from digging', 'none'],
      ['the feeling in my bum is not there since this morning', 'emergency'],
      ['there is a swelling on my spine that was not there last month', 'urgent'],
      ['found a hard lump by my spine, it is not there on the other side', 'urgent'],
      ['feeling down below is also not there and I can not pee', 'emergency'],
      ['I have a high fever and it is also not there in the mornings, it comes back at night with my back pain', 'urgent'],
    ],
  ],
  [
    'a question asked to learn, the writer saying it is not for them (generalQuestion.asking)',
    [
      ['for my own interest, is back pain in older folk ever a sign of thin bones or a tumour? I am 31 so not asking for me, just curious how it works', 'none'],
      ['just curious how it works: I was treated for bowel cancer five years back and now my back aches at night', 'urgent'],
    ],
  ],
  [
    'a sign named as what the websites keep on about is a topic (hypothetical.pre)',
    [
      ['every site I read harps on about numbness in the saddle area. I am 40, back sore from gardening. keep moving?', 'none'],
      ['the forums all go on about bladder trouble, mine is just a stiff back from the gym', 'none'],
      ['all the forums go on about bladder problems, and since this morning I cannot pee at all, back agony', 'emergency'],
    ],
  ],
  [
    'a sign first told as a belief, then checked and found normal (selfTest.doubts)',
    [
      ['I panicked because I thought my groin felt numb, but I gave myself a good prod and the feeling is completely normal. back still stiff from football', 'none'],
      ['I was worried my legs were weak, but I did a test walking on my heels and they are fine', 'none'],
      ['I thought it was just a pulled muscle but I checked and I can not feel my bum at all', 'emergency'],
      ['I thought my bum felt numb, and I checked and it is definitely numb', 'emergency'],
      ['was worried my bum was numb, but checked and it is still numb and tingling', 'emergency'],
      ['I thought my bum felt numb but I checked and I can feel it fine, although my legs are now weak and giving way', 'emergency'],
    ],
  ],
  [
    'a laugh given a reason, the pain among it, is no pain on laughing (cough_sneeze_strain except)',
    [
      ['my brother\'s clip of his tumble made me giggle because my back is wrecked from the gym', 'none'],
      ['every time I laugh it kills my back', 'urgent'],
      ['laughing kills my back, it catches me every single time', 'urgent'],
    ],
  ],
  [
    'the writer\'s reaction to someone else\'s sign ("gave me a fright") does not make it the writer\'s (context.yaml reaction)',
    [
      ['a man in the waiting room at A&E had a huge swelling on his back, gave me a fright. my back is only aching from the hard chairs', 'none'],
      ['the woman opposite on the ward had a lump on her spine, it scared me. I have found a lump on my own spine too and my back is sore', 'urgent'],
    ],
  ],
  [
    'someone else\'s medicine in a message where the writer asks for themselves (helpers.yaml ownBack)',
    [
      ['my housemate takes prednisolone for his asthma and has a bad back as well, we both hurt ourselves carrying a mattress upstairs. any exercises for me?', 'none'],
    ],
  ],
  [
    'pee problems named in everyday words are the bladder\'s, denied or told',
    [
      ['I have got peeing problems since this morning and my back is agony', 'emergency'],
    ],
  ],
]);

// A denial said after its sign is not raised; the learned stage may still ask its question
// (a denial after a sign is sometimes the lexicon's misreading of a real one).
quietEach('a sign "also not there" after a checklist of denials is not raised', [
  'hurt my back shifting a sofa. no numbness anywhere and no trouble with the toilet. high temperature is also not there. any stretches?',
]);

import { level, levelsEach } from './support/screenTables';

// Round 28 (helper n), false alarms by kind, phrasings our own: idioms said whole
// (context.yaml figureWhole: worn out "on my feet", a thrill's chills, money's "lump sum"),
// the star sign said as what one is (red-flags.yaml cancer_history except), a sign's
// name asked about with "how would you know if you had it" (signQuestion.terms cues) and
// a weight loss meant at the time (intended_weight_loss counts when told as history), a
// list's commas and "or" not counted in a negation's reach (contextScope) and a carer's
// "this message is about me, not him" (context.yaml selfContrast).
// Each kind with twins of the same shape that tell a real sign and must still be raised.

levelsEach([
  [
    'worn out, said as being dead or asleep on one\'s feet',
    [
      ['absolutely dead on my feet after three late shifts, lower back is stiff', 'none'],
      ['she was asleep on her feet by ten, and her back aches from the removal', 'none'],
      ['dead on my feet after the night shift and now both my legs are numb', 'emergency'],
      ['both feet have gone dead and tingly since this morning', 'emergency'],
    ],
  ],
  [
    'chills from a thrill or a fright, not a fever',
    [
      ['that ghost story gave me the chills, my back is stiff from the sofa though', 'none'],
      ['got shivers listening to the choir, then my back went lifting the chairs', 'none'],
      ['I have had the chills all night and my back is killing me', 'urgent'],
      ['shivers and sweats since yesterday and my back hurts', 'urgent'],
    ],
  ],
  [
    'money\'s lump sum, not a growth',
    [
      ['put the lump sum from my pension towards a better bed for my back', 'none'],
      ['there is a new lump on my spine that was not there last week', 'urgent'],
    ],
  ],
  [
    'the star sign said as what one is',
    [
      ['typical cancer me, I worry about everything and my back is tight', 'none'],
      ['as a July birthday I am a cancer, and stress goes straight to my lower back', 'none'],
      ['I am a cancer patient and my lower back has been sore for two weeks', 'urgent'],
      ['I am a cancer survivor and the back ache started last month', 'urgent'],
      ['my star sign is Leo and I had bowel cancer in 2019, my back hurts now', 'urgent'],
    ],
  ],
  [
    'a sign\'s name asked about with how anyone would know if they had it',
    [
      ['what is cauda equina and how would you know if you had it', 'none'],
      ['foot drop, how do people know if they have it?', 'none'],
      ['my foot keeps slapping down, what is foot drop and how would you know if you had it', 'emergency'],
      ['I have had foot drop since Tuesday, how would you know if you had it worse', 'emergency'],
    ],
  ],
  [
    'a weight loss meant at the time, told as past',
    [
      ['shed a stone a few years back on a low carb diet, and now my back is sore after gardening', 'none'],
      ['I dieted last year, but this month the weight has been falling off without trying and my back aches', 'urgent'],
    ],
  ],
  [
    'a denial that runs over a list, its last item past the usual reach',
    [
      ['I do not have any numbness, bowel trouble or fever, just a stiff back', 'none'],
      ['I have not had any tingling, bladder trouble or fever', 'none'],
      ['I do not have any numbness in my legs, but I have a fever', 'urgent'],
      ['no numbness, and both my legs have gone weak since this morning', 'emergency'],
    ],
  ],
  [
    'a carer saying the message is about them, not the person cared for',
    [
      ['I look after my gran, who has myeloma in her spine. This one is about me though, not her: my lower back is sore from lifting her', 'none'],
      ['I look after my gran, who has myeloma in her spine. This one is about me, not her: my lower back is sore and both my legs have gone numb', 'emergency'],
      ['I look after my gran, who has myeloma in her spine, and she has a fever tonight with her back in agony', 'urgent'],
      ['my husband has a fever and his back is agony, this message is about him', 'urgent'],
    ],
  ],
]);

// PERFORMANCE TRAP: the new phrases have no gaps; a long repeated message is read at once.
test('a long repeated message of the new phrases is read', () => {
  const long = 'dead on my feet gave me the chills lump sum i am a cancer '.repeat(200);
  expect(['none', 'check', 'urgent', 'emergency']).toContain(level(long));
});

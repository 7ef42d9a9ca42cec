import { toldAsOrdinary } from '../src/triage/denials';
import { levelsEach } from './support/screenTables';

// Round 37 (mend helper h), false alarms by kind, in our own wording: a learner's denial
// said as "no feeling lost" (red-flags.yaml except), a checklist typed as questions with
// labelled answers (list-answers.yaml `labels`), a supposition the writer disclaims in
// their own word order or as "only asking in theory" (context.yaml conditional.disclaim,
// "that" opening a clause inside the if-clause), shaking or sweating from nerves before an
// ordeal (context.yaml figureCause), a form's questions or a card's list told as such
// (context.yaml hypothetical). Each kind with twins that tell a real sign and must
// still be raised.

levelsEach([
  [
    'a learner\'s "no feeling lost" denies a loss of feeling',
    [
      ['my waterworks have no trouble and no feeling lost in my legs, only the back aches when I lift', 'none'],
      ['no sensation is lost in legs, just my lower back is sore from digging', 'none'],
      ['since this morning no feeling in my legs and they keep giving way', 'emergency'],
      ['I have lost the feeling in both legs since lunch', 'emergency'],
    ],
  ],
  [
    'a checklist of questions with labelled answers, each answered no',
    [
      ['Q: numb around the back passage? A: no. Q: any leaking of wee? A: none. so what stretches help?', 'none'],
      ['numbness between the legs? Answer: nope. bowels working? Answer: yes fine. what about heat?', 'none'],
      ['Q: numb around the back passage? A: yes, since last night. Q: any leaking? A: no', 'emergency'],
      ['Q: trouble weeing? A: I can not go at all today', 'emergency'],
    ],
  ],
  [
    'a supposition the writer disclaims in their own order, or asks only in theory',
    [
      ['if it happens that my legs go weak and I can not walk, I should ring 999? for now I only have a sore back from football', 'none'],
      ['if some day I get the back pain with strong belly pain and I feel faint, that is serious? now I have only mild pain in my back from mopping', 'none'],
      ['my brother says if your back goes and then you lose control of your bladder that means hospital? purely hypothetically asking, everything works as it should', 'none'],
      ['if it happens that my legs go weak and I can not walk, I should ring 999? since this morning my legs are weak and I can not walk', 'emergency'],
      ['I feel faint and my belly and back hurt badly, is that serious? now I have only this', 'emergency'],
      ['since lifting the wardrobe I have lost control of my bladder, is that serious?', 'emergency'],
    ],
  ],
  [
    'shaking from nerves before an ordeal is no fever',
    [
      ['I am shaking like a leaf before my driving test in the morning and my back is tight from sitting', 'none'],
      ['shivering with nerves before my big presentation, and my lower back is stiff', 'none'],
      ['I am shaking like a leaf and burning up, and my back is agony', 'emergency'],
      ['shaking like a leaf before my exam, and now I have a fever of 39 and feel awful with my back', 'emergency'],
    ],
  ],
  [
    'a form\'s questions and a poster\'s list are not the writer\'s answers',
    [
      ['the intake sheet at the clinic had a few questions, the first question was about leaking urine and the next one asked about numb skin between the legs', 'none'],
      ['there was a leaflet on the counter in the chemist listing weak legs and loss of bladder control, my back is just stiff from the garden', 'none'],
      ['the question was whether I had trouble peeing and yes, I can not go at all since yesterday', 'emergency'],
      ['saw a poster listing numb bum and I have exactly that since this morning, my bum is numb', 'emergency'],
    ],
  ],
]);

describe('eased by rest, or hurting in one posture, is the ordinary kind of pain at night', () => {
  test.each<[string, string[]]>([
    ['it settles once I lie down, a dull ache from being on my feet all day', ['night_pain']],
    ['it eases off if I sit for a bit, just a dull ache after my shift', ['night_pain']],
    // a bad back in general, set against the writer's own
    ['it wakes me at night, whereas usually with a bad back it settles once I lie down', []],
    ['not like my normal sore back which gets better when I lie down, this one is worse at night', []],
    ['lying on my front is agony since the weekend. what position is best?', ['night_pain']],
    // not eased, or every posture: the warning sign stays
    ['it does not ease when I lie down, it aches all night', []],
    ['my back is worse at night and resting does not help', []],
    ['lying on my side is agony and every other way too, all night long', []],
    // asked, not told
    ['is it fine if it settles once I lie down?', []],
  ])('%s', (text, ordinary) => {
    expect(toldAsOrdinary(text, ['night_pain'])).toEqual(ordinary);
  });
});

import { Language } from '../src/language';
import { level, named, quiet } from './support/screenTables';

// Mend of round 18's false alarms (phrasings our own): an ordinary cause the writer
// gives for a sign (drink, pregnancy, a heat rub, hot weather, a food), a back cracked
// for relief, questions about a flag in general, a friend named by where the writer
// knows them from, and exclamations read as what they mean. Each with the real sign
// kept beside it.

describe('an ordinary cause the writer gives in the next clause explains the sign', () => {
  quiet([
    'up to the loo four times a night, but i am 33 weeks pregnant and the midwife says that is normal. sleeping position for my back?',
  ], 'none');
  named([
    ['a cause told elsewhere does not explain a sign in its own sentence', 'i have been drinking loads of water for my back. since this morning i can not pee at all, nothing comes', 'emergency'],
    ['pregnancy does not explain a bladder that will not empty', 'i am 30 weeks pregnant and since last night i can not pass urine at all', 'emergency'],
    ['a cream for the back does not explain a numb bottom', 'i put some heat rub on my lower back yesterday. today my bum and between my legs have gone numb', 'emergency'],
  ]);
});

describe('a sign with its ordinary cause in the lexicon', () => {
  quiet([
    'dripping with sweat because it is 36 degrees and the air conditioning is broken, back sore from the sofa',
    'had a big beetroot salad and now my wee is pink, back is stiff from the garden',
    'clicked my back against the door frame and it felt great, is that bad for it?',
  ], 'none');
  named([
    ['sweat with a crushing chest is still the heart', 'dripping with sweat because it is hot and my chest feels crushed', 'emergency'],
    ['a back cracked in a fall is still an injury', 'fell off the loft ladder and cracked my spine', 'emergency'],
    ['pink urine with pain in waves in the side is still the kidney row', 'my wee has gone pink and the pain in my side comes in waves', 'urgent'],
    ['numb for a moment, normal again once up, is over', 'my backside went numb on the hard pew for a minute, fine again as soon as i stood up', 'none'],
    ['numb and still numb is not', 'my backside went numb on the hard pew and it is still numb now', 'emergency'],
  ]);
});

describe('questions about a flag in general, and other people', () => {
  quiet([
    'how likely is a tumour to be the cause of an aching back, really',
    'should you worry about sciatica that goes down both legs?',
    'my running buddy is on long term steroids and broke a vertebra, i just have a stiff back from squats',
    'my cousin back in my home town had a high fever with his back pain, mine is just a strain',
  ], 'none');
  test('the writer whose own pain went into both legs is still asked', () => {
    expect(level('how common is it for the pain to go into both legs, mine has')).toBe('emergency');
  });
});

describe('exclamations and idioms in the language layer', () => {
  const language = Language.fromDirectory();
  test('"oh crap" is surprise', () => {
    expect(language.words("oh crap, I didn't know that")).toEqual(['oh', 'i', 'did', 'not', 'know', 'that']);
    expect(level("oh crap I didn't know that, what stretches then")).toBe('none');
  });
  test('feeling rough said coarsely keeps its meaning', () => {
    expect(language.words('i feel like crap')).toEqual(['i', 'feel', 'awful']);
  });
  test('soiling oneself unnoticed is still the bowel row', () => {
    expect(level("i crapped myself and didn't notice till later")).toBe('emergency');
  });
});

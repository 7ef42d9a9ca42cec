import { levelsEach } from './support/screenTables';
import { agesThen, type AgeThenWords } from '../src/safety/ageThen';
import { Language } from '../src/language';

// Round 43 (mend helper h), false alarms by kind, phrasings our own. Each kind with twins of
// the same shape that tell a real sign now and must still be raised.

levelsEach([
  [
    'an age told for an accident, well before the age the writer tells now, is the distant past (context.yaml ageThen)',
    [
      ['fell off a roof at 22, smashed my ankle, it was pinned. I am 48 now and my back aches from digging the allotment', 'none'],
      ['I am 55. came off a motorbike at 20 and broke my arm, long healed. back stiff after a long drive', 'none'],
      ['fell off a roof this morning, I am 48 and my back is agony', 'emergency'],
      ['I am 48, fell off a roof at 10 this morning and my back is agony', 'emergency'],
      ['I am 48 and fell off a roof at 10. my back is agony', 'emergency'],
      ['came off my motorbike at 60, I can not feel my legs', 'emergency'],
      ['I am 30. hit by a lorry at 45 mph on the way home, back is agony', 'emergency'],
    ],
  ],
  [
    'a childhood story told after an ellipsis, lower case going on, is the same sentence',
    [
      ['wet the bed once... when i was 6 at my gran\'s haha. my back is sore from moving house', 'none'],
      ['wet myself this morning... i could not stop it. my back is sore', 'emergency'],
      ['i can not feel my bum... it started an hour ago', 'emergency'],
    ],
  ],
  [
    'emphasis inside a question about what a sign\'s name means (signQuestion.terms.cueFillers)',
    [
      ['the physio\'s letter says cauda equina, what does that really mean?', 'none'],
      ['spotted \'saddle anaesthesia\' on a poster in the surgery, what is that supposed to actually mean?', 'none'],
      ['I have had foot drop since Saturday, what does that actually mean?', 'emergency'],
    ],
  ],
  [
    'the bladder or bowels said to have nothing wrong with them, the denial before their names',
    [
      ['no problems with my waterworks or bowels, no tingling, no temperature. my lower back twinges when I bend to load the dishwasher', 'none'],
      ['nothing wrong with my bladder until today, now I can not pee at all', 'emergency'],
      ['no problems with my bladder but I keep leaking since yesterday', 'emergency'],
    ],
  ],
  [
    'why a medicine makes back pain a worry, asked by a writer who says they do not take it',
    [
      ['why would long term prednisolone make back pain more serious? I have never taken any, my back is from hoovering. do the bones go weak?', 'none'],
      ['why do steroids make back pain more serious? I have been on prednisolone for years and I slipped on the stairs today', 'urgent'],
    ],
  ],
  [
    'a relative\'s past heart trouble beside a plan for chest pain, the writer fine but for an ordinary back',
    [
      ['heart trouble runs in the family, so tell me straight: chest pain and sweats would mean ringing an ambulance, right? none of that going on now, I feel completely fine apart from my stiff back', 'none'],
      ['my dad had a heart attack last year. I feel fine apart from my back and this crushing chest pain', 'emergency'],
      // a helper's report of the person's own words reads the same in the first person: still theirs
      ['my grandad is 88 and tumbled down the stairs an hour ago. he says he is fine apart from his back, but he winces whenever he moves', 'emergency'],
    ],
  ],
]);

describe('agesThen: an age for an event, against the age told now', () => {
  const language = Language.fromDirectory();
  const words: AgeThenWords = {
    at: [['at'], ['at', 'the', 'age', 'of']],
    now: [['i', 'am']],
    nowAfter: new Set(['and', 'now']),
    atAfter: new Set(['and']),
    gap: 5,
    from: 13,
  };
  const ages = (text: string) => agesThen(language.tokens(text), words).length;
  test.each<[string, number]>([
    ['broke my leg at 19, I am 37 now', 1],
    ['broke my leg at the age of 19. I am 37', 1],
    ['broke my leg at 19', 0],
    ['I am 37 and broke my leg at 35.', 0],
    ['I am 37 and fell at 9.', 0],
    ['I am 37 and fell at 19:30', 0],
    ['I am 37 and fell at 19 mph', 0],
  ])('%s -> %d', (text, n) => {
    expect(ages(text)).toBe(n);
  });
});

describe('an ellipsis before a lower-case word is a pause, not a sentence end', () => {
  const language = Language.fromDirectory();
  test.each<[string, string[]]>([
    ['once... when i was 8', ['once', ',', 'when', 'i', 'was', '8']],
    ['once\u2026 when i was 8', ['once', ',', 'when', 'i', 'was', '8']],
    ['once... When I was 8', ['once', '.', 'when', 'i', 'was', '8']],
  ])('%s', (text, tokens) => {
    expect(language.tokens(text)).toEqual(tokens);
  });
});

import { Language } from '../src/language/language';
import { levelsEach } from './support/screenTables';

// Round 26 (mend n, second pass), false alarms by kind, phrasings our own: a question asked ahead or of everyone, people in the news,
// a carer's patient, how someone else's illness began, figures of speech (jelly legs
// at a match, a team that collapsed, a list-typed idiom, a road's hard shoulder), and
// paralysis asked about as a future. Each kind beside real signs that must still be raised.

levelsEach([
  [
    'a question asked ahead, or of everyone, is no report',
    [
      ['For future reference, would leg weakness together with back pain mean hospital?', 'none'],
      ['is numbness with back pain dangerous in general?', 'none'],
      ['is the numbness in my groin dangerous in general?', 'emergency'],
      ['my legs are weak and getting weaker since this morning', 'emergency'],
    ],
  ],
  [
    'people in the news, a carer\'s patient, and how another person\'s illness began',
    [
      ['I read in the paper that a cyclist collapsed with a burst aneurysm. My back only hurts from gardening.', 'none'],
      ['A resident in our care home had a fever and a sore back, it was a kidney infection, she is better now. My own back aches from lifting.', 'none'],
      ['My uncle in Leeds had a spinal infection, it began with back ache and a temperature. I only have back ache from sitting.', 'none'],
      ['My mate at football collapsed with chest pain, it was his heart. My back aches after training, that\'s only muscular, right?', 'none'],
      ['I am a healthcare assistant and I have a fever and back pain since yesterday', 'urgent'],
      ['I have chest pain and my back hurts, that\'s just muscles right?', 'emergency'],
      ['I collapsed in the kitchen and my back is agony', 'emergency'],
    ],
  ],
  [
    'figures of speech, and paralysis asked about as a future',
    [
      ['my legs went to jelly watching the cup final, and my back is stiff from the sofa', 'none'],
      ['our pub quiz team collapsed in the second half and my back is stiff from the bar stool', 'none'],
      ['we pulled onto the hard shoulder because my back seized while driving', 'none'],
      ['could a slipped disc lead to paralysis one day?', 'none'],
      ['my legs have been paralysed since the fall', 'emergency'],
      ['I am so scared that I will end up in a wheelchair, my legs are going weaker every day', 'emergency'],
    ],
  ],
], '"%s": %s');

describe('idioms typed as a list', () => {
  const language = Language.fromDirectory();
  test('an idiom of three or more words is read across the commas between its words', () => {
    expect(language.words('all that blood, sweat and tears')).toEqual(language.words('all that hard work'));
  });
  test('a two-word idiom is not read across a comma', () => {
    expect(language.words('tell me, back then')).toContain('me');
  });
  test('reads long repeated text in linear time', () => {
    const long = 'blood , sweat , and , more , '.repeat(2000);
    expect(language.tokens(long).length).toBeGreaterThan(10000);
  });
});

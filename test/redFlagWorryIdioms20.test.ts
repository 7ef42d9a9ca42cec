import { lacksEach, level, levelsAt } from './support/screenTables';

// Issue 10, after conversation set 12's first run (phrasings our own): a worry
// said in idiom ("freaking out that ...", "in a state that ...") is a worry, not
// the illness it names; a real sign beside the same idiom still escalates.

lacksEach('a worry in idiom names no illness', 'cancer_history', [
  "i'm freaking out that this is a tumour, is it?",
  'sore back for ten days and i am in a state that it might be cancer',
  'freaked out it could be something in my spine like cancer',
]);

describe('the same idiom beside a real sign still escalates', () => {
  levelsAt('emergency', [
    "i'm freaking out, i can't feel anything when i wipe",
    "in a state here, i've wet myself and both legs are going weak",
  ]);
  test('a history of cancer told plainly still counts', () => {
    expect(level('i had bowel cancer two years ago and now my back aches at night')).toBe('urgent');
  });
});

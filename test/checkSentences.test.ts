import { answerBeforeClose } from '../dialogs/checkSentences';
import { functionWords } from '../src/language';

// The answer the check keeps from a message that closes after it: one reader for a wish for the result and for a
// goodbye (they were twin functions in the check's asides).
describe('the answer said before a close', () => {
  test.each<[string, string | undefined]>([
    // a wish for the result after the answer: the sentences before it
    ['nope. just tell me what to do', 'nope.'],
    ["no to all that. so what's the verdict", 'no to all that.'],
    // a goodbye after the answer: the clauses before it, the thanks going with the goodbye
    ['none of those. cheers, got to run', 'none of those'],
    ['nothing like that. thanks, got to go', 'nothing like that'],
    // a thanks alone is no leaving, nor is an answer with another aside after it
    ['no thanks', undefined],
    ['thanks, gotta go', undefined],
    ['6. how many more?', undefined],
    ['no. can I go to work?', undefined],
  ])('%s -> %s', (text, answer) => {
    expect(answerBeforeClose(text, () => true)).toBe(answer);
  });

  test('a part that answers nothing waiting is no answer before the close', () => {
    expect(answerBeforeClose('nope. just tell me what to do', () => false)).toBeUndefined();
    expect(answerBeforeClose('none of those. cheers, got to run', (said) => said !== 'none of those')).toBeUndefined();
  });
});

describe("the language layer's function words", () => {
  test.each<[string, boolean]>([
    ['the', true],
    ['youre', true],
    ['can', true],
    ['pregnant', false],
    ['back', false],
  ])('%s -> %s', (word, isFunctionWord) => {
    expect(functionWords().has(word)).toBe(isFunctionWord);
  });
});

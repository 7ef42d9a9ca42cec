import { type SentenceOptions, sentencesAsTyped } from '../src/language/sentences';

// One sentence splitter for every reader that keeps sentences as typed; each reader's
// difference (which marks, whether a space must follow, what starts the next one) is an option.

const cases: Array<[string, string, SentenceOptions, string[]]> = [
  ['a mark and a space end a sentence, the mark stays with it', 'it hurts. can I walk?', {}, ['it hurts.', 'can I walk?']],
  ['a mark inside a word or number does not', 'took 2.5 mg e.g.ibuprofen! ok', {}, ['took 2.5 mg e.g.ibuprofen!', 'ok']],
  ['a run of marks is one end', 'really?! yes', {}, ['really?!', 'yes']],
  ['text ending in a mark and a space has an empty last sentence', 'fine. ', {}, ['fine.', '']],
  ['a reader may add its own marks', 'Sorry: that hurts. ok', { marks: '.!?:;' }, ['Sorry:', 'that hurts.', 'ok']],
  ['commas may end one too, space or not', 'thanks,what do you keep? and delete it', { marks: '.!?;', commaEnds: true }, ['thanks', 'what do you keep?', 'and delete it']],
  ['written answers start the next sentence with a capital, digit, quote or placeholder', 'Use heat, e.g. a pad. Then walk. {name} is', { nextStartsWith: '"\'A-Z0-9{' }, ['Use heat, e.g. a pad.', 'Then walk.', '{name} is']],
  ['without a space, a run of marks ends one where it stands', '...ok back.started sunday!! about a 5', { spaceAfter: false }, ['ok back.', 'started sunday!!', ' about a 5']],
  ['without a space, an empty text has no sentences', '', { spaceAfter: false }, []],
];

describe('sentencesAsTyped', () => {
  test.each(cases)('%s', (_, text, options, expected) => {
    expect(sentencesAsTyped(text, options)).toEqual(expected);
  });

  test('the options that need a space after the mark are refused without one', () => {
    expect(() => sentencesAsTyped('a. b', { spaceAfter: false, commaEnds: true })).toThrow(/spaceAfter/);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { answerNoPattern, answersFirst, listAnswerWords, withoutChecklistLabels } from '../src/language/listAnswers';
import { PATHS } from '../src/paths';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { readCues, RedFlagFeaturizer } from '../src/safety/redFlagFeatures';

// Bare answers after their items are one word list (knowledge/language/list-answers.yaml),
// read by the list rewriting, the lexicon's post-negation and the learned stage alike.
const words = listAnswerWords();

describe('one list of answers said after their items', () => {
  test('the lexicon term is the negative answers', () => {
    expect(answerNoPattern()).toBe(`(${words.negative.join('|')})`);
  });

  test('a list-only negative moves to the front only within a list', () => {
    const [lone] = words.negativeInLists;
    expect(answersFirst(`hip scan ${lone!}, tingling ${words.negative[0]!}`)).toBe(`${lone!} hip scan, ${words.negative[0]!} tingling`);
    expect(answersFirst(`hip scan ${lone!}`)).toBe(`hip scan ${lone!}`);
  });

  test.each(words.negative)('the lexicon reads "<finding> %s" as denied', (no) => {
    const detector = RedFlagDetector.fromDirectory(PATHS.safety);
    expect(detector.read(`since this morning both legs numb ${no}`).result).toBeNull();
  });

  test.each(words.negative)('the learned stage reads a piece closed by "%s" as negated', (no) => {
    const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
    const featurizer = new RedFlagFeaturizer(normalizer, readCues(path.join(PATHS.safety, 'model-cues.yaml')));
    expect(featurizer.features(`legs numb ${no}`).some((f) => f.startsWith('neg:'))).toBe(true);
  });

  // One step drops a checklist's labels for every reader (the safety screen's list of answers, the thing a question names).
  test.each([
    [`${words.questionLabels[0]!.toUpperCase()}: heat pack ok? ${words.labels[0]!.toUpperCase()}: dunno`, 'heat pack ok?  dunno'],
    [`walking fine.\n${words.questionLabels[0]!}: fever? ${words.labels[1]!}: ${words.negative[0]!}`, `walking fine.\nfever?  ${words.negative[0]!}`],
    // Only a label with its colon, opening a sentence or line: a word inside a sentence stays.
    [`is ${words.questionLabels[0]!}: ok`, `is ${words.questionLabels[0]!}: ok`],
    [`${words.questionLabels[0]!} tips`, `${words.questionLabels[0]!} tips`],
  ])('withoutChecklistLabels(%j)', (text, bare) => {
    expect(withoutChecklistLabels(text)).toBe(bare);
  });

  test('the red-flag data may not define the term itself', () => {
    const lexicon = parseYaml(fs.readFileSync(path.join(PATHS.safety, 'red-flags.yaml'), 'utf8')) as { terms?: Record<string, string> };
    const context = parseYaml(fs.readFileSync(path.join(PATHS.safety, 'context.yaml'), 'utf8')) as unknown;
    const withTerm = { ...lexicon, terms: { ...(lexicon.terms ?? {}), answerNo: '(no)' } };
    expect(() => RedFlagDetector.fromData(withTerm, context)).toThrow(/terms\.answerNo: is filled from knowledge\/language\/list-answers\.yaml/);
  });
});

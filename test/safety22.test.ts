import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { answerKind, readCheckDialogue } from '../src/safety/checkAnswers';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import { progressTakenOut } from '../src/triage/checkAsides';
import { deniedSigns } from '../src/triage/denials';
import { firstClause } from '../src/language';
import { opensWithPlainNo } from '../src/triage/yesNo';
import { answersFirst } from '../src/language/listAnswers';

// Safety round 22, in our own words: a side named at the both-legs question is a no to
// "both"; a progress report is no sign of its own; one reading of "the first clause is a
// plain no"; someone beside the writer now stays present when the writer turns to their back.

const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
const screen = RedFlagScreen.fromDirectory(PATHS.safety, normalizer, { withoutProgress: progressTakenOut });

describe('one side named at the both-legs question', () => {
  const dialogue = readCheckDialogue(PATHS.checkDialogue);
  const flag = 'bilateral_leg_symptoms';
  const question = screen.question(flag);
  const kind = (text: string) => answerKind(dialogue, text, question, !screen.detect(text) && deniedSigns(text, [], flag).has(flag));

  test.each(['left only', 'right leg only', 'right one only, the other is fine', 'just my right', 'right side only'])('%s -> no', (text) => {
    expect(kind(text)).toBe('no');
  });

  test.each(['right', 'yes', 'both', 'yes, and the left is the worst', 'yep, both, the right more than the left'])('%s -> yes', (text) => {
    expect(kind(text)).toBe('yes');
  });

  test('a leg getting weaker is its own sign, not a no', () => {
    expect(screen.detect('my right leg keeps getting weaker')?.level).toBe('emergency');
  });
});

describe('a progress report raises no unsure question of its own', () => {
  test.each([
    'a fortnight since my back went and its not really getting better',
    'since my back went it has not been improving much, is it time to see a physio',
  ])('%s', (text) => {
    expect(screen.detect(text)).toBeNull();
  });

  test('a sign told in other words beside it is still asked about', () => {
    const text = 'my back is not really getting better and since saturday nothing at all happens downstairs, i cannot feel it when i touch it';
    expect(screen.detect(text)).not.toBeNull();
  });

  test('the report is taken out, or undefined when there is none', () => {
    expect(progressTakenOut('it is not getting better at all')).not.toBe(undefined);
    expect(progressTakenOut('I lifted a heavy box')).toBeUndefined();
  });
});

describe('the first clause', () => {
  test.each([
    ['no, just the one side', 'no'],
    ['. nope! fine', 'nope'],
    ['no fever\nand legs ok', 'no fever'],
    ['', ''],
  ])('%j -> %j', (text, first) => {
    expect(firstClause(text)).toBe(first);
  });

  // Both callers' reading: the route's "no, ..." to an offered check and the screen's "no to another question".
  const deniedIn = (part: string) => deniedSigns(part, screen.denied(part));
  test.each<[string, boolean]>([
    ['no, it is only on one side', true],
    ['nah. I just wanted to ask about heat', true],
    ['no fever, no tingling', false],
    ['yes, a bit', false],
    ['my bladder is fine', false],
    ['', false],
  ])('%j opens with a plain no: %s', (text, plain) => {
    expect(opensWithPlainNo(text, deniedIn)).toBe(plain);
  });

  test('list answers split at the same breaks', () => {
    expect(answersFirst('waterworks no; groin no')).toBe('no waterworks; no groin');
    expect(answersFirst('temperature: no, groin no')).toBe('no temperature:, no groin');
  });
});

describe('someone with the writer now', () => {
  test.each([
    'my partner is sat with me, she cannot pee and her bottom has gone numb. unrelated, but my back is aching too',
    'my grandad is next to me, he fell down the stairs and is confused. separately, my own back is stiff',
  ])('%s -> their emergency', (text) => {
    const found = screen.detect(text);
    expect(found?.level).toBe('emergency');
    expect(found?.subject).toBe('other_present');
  });

  test.each([
    'my partner had numb legs and could not pee years ago. unrelated, but my back is aching',
    'my flatmate is here with me and has a cold. unrelated, but my back is stiff',
  ])('%s -> not raised for them', (text) => {
    expect(screen.detect(text)?.subject).not.toBe('other_present');
  });
});

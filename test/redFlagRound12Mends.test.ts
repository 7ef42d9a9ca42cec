import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';

// Issue 10, after round 12's first run (phrasings our own): an aside that holds a
// negation word but denies nothing ("not joking", "no word of a lie") opens no
// negation scope, for the lexicon (context.yaml pseudo) and the learned stage
// (model-cues.yaml notNegation); a general question about a sign may open with
// "please explain" or "tell me" (context.yaml signQuestion.lead).
const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
const level = (text: string) => screen.detect(text)?.level ?? 'none';

describe('an aside with a negation word denies nothing', () => {
  test.each([
    'not joking i wet myself at the checkout and never felt it happen, back is agony',
    'no word of a lie my whole bum has gone numb since the weekend',
    'not kidding i pooed myself in the car and did not know until i got out',
  ])('%s', (text) => {
    expect(level(text)).toBe('emergency');
  });

  test.each([
    'no joke, the pain is bad, but no numbness and my bladder is fine',
    'not gonna lie this spasm hurts; no trouble peeing, legs are fine',
  ])('a real denial beside the aside still denies: %s', (text) => {
    expect(level(text)).toBe('none');
  });
});

describe('a general question about a sign, asked politely', () => {
  test.each([
    'Please explain what is urinary retention and why does it matter for a bad back?',
    'kindly tell me what is loss of bowel control a sign of?',
  ])('%s', (text) => {
    expect(level(text)).toBe('none');
  });

  test('the same opening with the sign told as the writer\'s own is raised', () => {
    expect(level('please help, what do I do, I have not been able to pee since this morning?')).toBe('emergency');
  });
});

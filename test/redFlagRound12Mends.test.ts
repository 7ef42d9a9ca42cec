import { level, levelsAt, quiet } from './support/screenTables';

// Issue 10, after round 12's first run (phrasings our own): an aside that holds a
// negation word but denies nothing ("not joking", "no word of a lie") opens no
// negation scope, for the lexicon (context.yaml pseudo) and the learned stage
// (model-cues.yaml notNegation); a general question about a sign may open with
// "please explain" or "tell me" (context.yaml signQuestion.lead).

describe('an aside with a negation word denies nothing', () => {
  levelsAt('emergency', [
    'not joking i wet myself at the checkout and never felt it happen, back is agony',
    'no word of a lie my whole bum has gone numb since the weekend',
    'not kidding i pooed myself in the car and did not know until i got out',
  ]);

  quiet([
    'no joke, the pain is bad, but no numbness and my bladder is fine',
    'not gonna lie this spasm hurts; no trouble peeing, legs are fine',
  ], 'none', 'a real denial beside the aside still denies: %s');
});

describe('a general question about a sign, asked politely', () => {
  quiet([
    'Please explain what is urinary retention and why does it matter for a bad back?',
    'kindly tell me what is loss of bowel control a sign of?',
  ], 'none');

  test('the same opening with the sign told as the writer\'s own is raised', () => {
    expect(level('please help, what do I do, I have not been able to pee since this morning?')).toBe('emergency');
  });
});

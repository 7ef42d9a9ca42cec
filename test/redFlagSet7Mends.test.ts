import { PATHS } from '../src/paths';
import { answerKind, readCheckDialogue } from '../src/safety/checkAnswers';
import { level, levelsAt, quiet, screen } from './support/screenTables';

// False alarms of kinds seen after set 7's first run, in this file's own wording:
// a bodily-function flag raised by the learned stage from none of its own words,
// "slow to get going" said of the writer rather than of the wee, the knee-to-chest
// stretch read as chest pain, and "yeah nah" read as a yes at a check question.

describe('slow to get going is a wee only when the wee is named', () => {
  quiet([
    'mornings are the worst, it takes ages to get going before I can walk properly',
    'my lower back is so stiff when I wake, takes a long time to get started',
  ], 'none', '%s -> none');

  levelsAt('emergency', [
    'since my back went my pee takes ages to get going',
    'it takes minutes to start when I stand at the loo now, and my back is agony',
  ], '%s -> emergency');
});

describe('the knee-to-chest stretch is not chest pain', () => {
  quiet(['I tried pulling my knees to my chest and that stretch is sore', 'knee to chest hurts my lower back a bit'], 'none', '%s -> none');
  test('chest pain beside the stretch still counts', () => {
    expect(level('I get a crushing chest pain when I pull my knees up')).toBe('emergency');
  });
});

describe('the learned stage alone escalates a bodily-function flag only from its own words', () => {
  test('a message with no word of the bladder, bowel or saddle is at most asked about', () => {
    expect(['none', 'check']).toContain(level('did nothing to it at all, it was just like this when I got out of bed'));
  });
  test('the same stage still escalates a wet bed told in plain words', () => {
    expect(level('I wet myself in bed last night without knowing, back is awful')).toBe('emergency');
  });
});

describe('"yeah nah" at a check question is a no', () => {
  const d = readCheckDialogue(PATHS.checkDialogue);
  const bladder = screen.question('bladder');
  test.each(['yeah nah', 'yeah nah, all good there', 'yeah, no'])('%s -> no', (text) => expect(answerKind(d, text, bladder)).toBe('no'));
  test('a plain yeah is still a yes', () => expect(answerKind(d, 'yeah', bladder)).toBe('yes'));
});

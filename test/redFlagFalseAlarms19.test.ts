import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { answerKind, readCheckDialogue } from '../src/safety/checkAnswers';
import { readCues, RedFlagFeaturizer } from '../src/safety/redFlagFeatures';
import { deniedSigns } from '../src/triage/denials';
import { level, named, normalizer, quiet, screen } from './support/screenTables';

// Issue 10, after conversation set 11's first run (phrasings our own): a decade of
// life is no temperature; a job to finish is no sexual sign; a list of bare
// answers ("numb bum no, ...") denies each sign; numb feet put down to diabetes
// are no new both-legs sign; "only the one leg" answers the both-legs question no.

describe('the learned stage reads a decade as an age, not a temperature', () => {
  const featurizer = new RedFlagFeaturizer(normalizer, readCues(path.join(PATHS.safety, 'model-cues.yaml')));
  test.each(['my back has gone now and then since my 30s', 'it started back in the 90s'])('%s', (text) => {
    expect(featurizer.features(text)).not.toContain('%fever');
  });
  test('a temperature keeps its number', () => {
    expect(featurizer.features('my temperature was 39 this morning')).toContain('%fever');
  });
  test('a past decade told in passing raises nothing', () => {
    expect(screen.detect('my back has been on and off since my 50s, if that helps')?.flags ?? []).not.toContain('fever');
  });
});

describe('a job to be finished is not a sexual sign', () => {
  test('a deadline at work', () => {
    expect(screen.detect('no time off for me, there is a fence to finish by sunday')?.flags ?? []).not.toContain('sexual_dysfunction');
  });
  test('not being able to finish in bed still escalates', () => {
    expect(level("since my back went i can't finish when we have sex")).toBe('emergency');
  });
});

describe('a list of bare answers denies each sign', () => {
  quiet([
    'numbness down below no, peeing problems no, night pain no',
    'saddle numbness no, weak legs no, fever no',
  ], 'none');
  named([
    ['a yes in the list still counts', 'fever no, numbness around my bum yes since last night', 'emergency'],
    ['a bare "no" opening a message still leaves what follows', 'no, my legs keep buckling under me since this morning', 'emergency'],
  ]);
});

describe('numb feet put down to diabetes', () => {
  quiet(['he gets tingling in both feet because of his diabetes', 'numbness in both my feet from the sugar'], 'none');
  test('new numbness in both legs in a diabetic still escalates', () => {
    expect(level("i'm diabetic and since lunchtime both my legs have gone numb")).toBe('emergency');
  });
});

describe('an answer naming one leg only is a no to the both-legs question', () => {
  const d = readCheckDialogue(PATHS.checkDialogue);
  const flag = 'bilateral_leg_symptoms';
  const question = screen.question(flag);
  const denies = (text: string, asked?: string) => deniedSigns(text, [], asked).has(flag);
  test.each(['only the left, the right one is ok', 'just the one leg, nothing else', 'one side only'])('%s', (text) => {
    expect(answerKind(d, text, question, denies(text, flag))).toBe('no');
  });
  test('a yes is still a yes', () => {
    const text = 'yes, the right and now the left as well';
    expect(answerKind(d, text, question, denies(text, flag))).toBe('yes');
  });
  test('"just the one" denies both legs only as the answer to that question', () => {
    expect(denies('just the one', flag)).toBe(true);
    expect(denies('just the one')).toBe(false);
    expect(deniedSigns('just the one', [], 'bladder').has('bladder')).toBe(false);
  });
});

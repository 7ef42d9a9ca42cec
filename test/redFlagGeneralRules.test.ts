import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { RedFlagFeaturizer, readCues } from '../src/safety/redFlagFeatures';
import { FILES, RedFlagScreen } from '../src/safety/redFlagScreen';

// The general mechanisms of the redflags4 round: resolution phrases that reach
// back over clauses, the user as object after "someone", pronouns read as the
// user's own body part, figures of speech, and concept pairs in the learned stage.
const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
const detector = RedFlagDetector.fromDirectory(PATHS.safety, normalizer.language);
const lexicon = (text: string) => detector.detect(text)?.level ?? 'none';

describe('context rules (knowledge/safety/context.yaml)', () => {
  test('a resolution phrase makes an earlier symptom of its sentence history, even a clause or two back', () => {
    expect(lexicon('had a sore throat in the summer with a high temperature, all better now, today my back is stiff')).toBe('none');
    expect(lexicon('my feet went numb after the long drive, but that passed within the hour')).toBe('none');
    // The same symptoms as they are now stay findings.
    expect(lexicon('I have a high temperature and my back is stiff')).toBe('urgent');
    expect(lexicon('my feet have gone numb and my back hurts')).toBe('emergency');
  });

  test('a resolution phrase never reaches forward or into the next sentence', () => {
    expect(lexicon('the pins and needles went away, but now I can not pee at all')).toBe('emergency');
    expect(lexicon('my old knee injury is all healed now. I can not pee since lunch')).toBe('emergency');
  });

  test('"someone <did it to> me" is the user\'s finding; "someone <had it>" is not', () => {
    expect(lexicon('some driver rear ended me at the lights and my back hurts')).toBe('emergency');
    expect(lexicon('someone at work was rear ended last week, I just have a stiff back')).toBe('none');
  });

  test('a pronoun after "my <body part>" is read as it; after someone else\'s it is not', () => {
    expect(lexicon('my legs scare me, they keep buckling on the stairs')).toBe('emergency');
    expect(lexicon('my legs are fine, they just ache a bit')).toBe('none');
    expect(lexicon('his legs were the problem, they kept buckling')).toBe('none');
  });

  test('figures of speech: a bad week as a crash, tired legs after exercise', () => {
    expect(lexicon('this whole month has been a complete car crash and my back is tight')).toBe('none');
    expect(lexicon('my legs are like jelly after the squats session and my lower back aches')).toBe('none');
    expect(lexicon('I was in a car crash on the way home')).toBe('emergency');
    expect(lexicon('both my legs have gone numb since the gym')).toBe('emergency');
  });

  test('a month named as when it happened is history', () => {
    expect(lexicon('back in February I fell off a ladder, fully fine since, this is a new twinge')).toBe('none');
  });
});

describe('false alarms of the fifth round: questions in general, figures of speech, stories with an outcome', () => {
  const screen = RedFlagScreen.fromDirectory(PATHS.safety, normalizer);
  const level = (text: string) => screen.detect(text)?.level ?? 'none';

  test('a question about a sign in general, or about why someone asked, is not a finding', () => {
    expect(lexicon('can a tight lower back ever be a sign of a stroke or a heart attack?')).toBe('none');
    expect(lexicon('why would the physio check whether I had numbness around my bottom?')).toBe('none');
    // The user's own sign, asked about, stays a finding.
    expect(lexicon('I have numbness around my bottom, is that a sign of something serious?')).toBe('emergency');
    expect(lexicon('the physio asked and yes, I have numbness around my bottom')).toBe('emergency');
  });

  test('a general question from someone who says they are fine sets aside the sentences that do not speak of them', () => {
    const asked = 'Can you list the back symptoms that mean 999 for a club safety poster? Loss of bladder control, numb legs, crushing chest pain.';
    expect(level(`${asked} I am fine myself, just curious.`)).toBe('none');
    // Without the self-denial it is the same list, read as possibly the writer's.
    expect(level(asked)).toBe('emergency');
    // A sentence that speaks of the writer keeps its finding.
    expect(level(`${asked} I am fine myself, but I can not feel my bum today.`)).toBe('emergency');
  });

  test('figures of speech: a fright as a heart attack, paralysed by a mood, sweating from heat', () => {
    expect(level('the electricity bill almost gave my wife a heart attack, my back is stiff from the sofa')).toBe('none');
    expect(level('paralysed by procrastination all week, my back is stiff from the desk')).toBe('none');
    expect(level('sweating like mad because I just got out of the hot tub, my back feels looser')).toBe('none');
    expect(level('my chest feels crushed and I am sweating like mad')).toBe('emergency');
    expect(level('I think I am having a heart attack, my back and jaw hurt')).toBe('emergency');
  });

  test('"and it turned out to be ..." keeps the story someone else\'s; the learned stage does not raise what the lexicon set aside', () => {
    expect(level('my cousin had night sweats for weeks and it turned out to be lymphoma, he is doing well now. I just tweaked my back')).toBe('none');
    expect(level('my son crashed his scooter into a hedge, my back hurts from carrying him home')).toBe('none');
    expect(level('I lost a stone without trying and it turned out to be cancer last time, and the back pain is back')).not.toBe('none');
  });
});

describe('concept features of the learned stage (model-cues.yaml concepts)', () => {
  const featurizer = new RedFlagFeaturizer(normalizer, readCues(path.join(PATHS.safety, FILES.cues)));

  test('a body part and a change of feeling in one segment make a pair feature', () => {
    const f = featurizer.features('my crotch has gone fuzzy');
    expect(f).toEqual(expect.arrayContaining(['%saddle_area', '%feeling_changed', '%feeling_changed+saddle_area']));
  });

  test('a concept phrase holding a negation word is a finding, not a negation scope', () => {
    const f = featurizer.features('i can not feel my bottom');
    expect(f).toContain('%feeling_changed+saddle_area');
    expect(f.some((x) => x.startsWith('neg:'))).toBe(false);
  });

  test('concepts inside a negation or another person\'s scope are marked and make no pair', () => {
    const neg = featurizer.features('no numbness around my bottom');
    expect(neg).toContain('neg:%feeling_changed');
    expect(neg).not.toContain('%feeling_changed+saddle_area');
    const other = featurizer.features('my neighbour said her bum is numb');
    expect(other).not.toContain('%feeling_changed+saddle_area');
  });
});

describe('held-out check set (test/fixtures/red-flag-heldout.yaml, never trained on)', () => {
  type Case = { text: string; expect: 'emergency' | 'urgent' | 'none'; row: string };
  const screen = RedFlagScreen.fromDirectory(PATHS.safety, normalizer);
  const cases = (parseYaml(fs.readFileSync(path.join(__dirname, 'fixtures', 'red-flag-heldout.yaml'), 'utf8')) as { cases: Case[] }).cases;
  const got = cases.map((c) => ({ c, l: screen.detect(c.text)?.level ?? 'none' }));
  const share = (expect: Case['expect'], ok: (l: string) => boolean) => {
    const of = got.filter(({ c }) => c.expect === expect);
    return of.filter(({ l }) => ok(l)).length / of.length;
  };

  test('has at least 150 phrasings of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.expect))).toEqual(new Set(['emergency', 'urgent', 'none']));
  });

  // Floors a little under the figures measured when this round ended (docs/red-flags.md),
  // so that a change that loses ground on unseen wording fails here.
  test('keeps its recall and its low false-alarm rate', () => {
    expect(share('emergency', (l) => l === 'emergency')).toBeGreaterThanOrEqual(0.9);
    expect(share('emergency', (l) => l === 'emergency' || l === 'check')).toBeGreaterThanOrEqual(0.92);
    expect(share('urgent', (l) => l !== 'none')).toBeGreaterThanOrEqual(0.95);
    expect(share('none', (l) => l === 'emergency' || l === 'urgent')).toBeLessThanOrEqual(0.02);
    expect(share('none', (l) => l === 'check')).toBeLessThanOrEqual(0.05);
  });
});

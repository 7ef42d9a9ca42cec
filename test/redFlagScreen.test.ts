import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { redFlagSetup } from '../src/cli/trainRedFlags';
import { loadTrainingData } from '../src/nlu/trainingData';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { answerKind, isCorrection, readCheckDialogue } from '../src/safety/checkAnswers';
import type { RedFlagModelFile } from '../src/safety/redFlagModel';
import { FILES, RedFlagScreen, combine } from '../src/safety/redFlagScreen';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { borrowedNegatives, loadRedFlagExamples, redFlagDataHash } from '../src/safety/redFlagTraining';

const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
const level = (text: string) => screen.detect(text)?.level ?? 'none';

describe('red-flag screen (lexicon + learned stage)', () => {
  test('the shipped model is up to date with its training data (else run `npm run train:redflags`)', () => {
    const { setup, labels } = redFlagSetup();
    const examples = [
      ...loadRedFlagExamples(path.join(PATHS.safety, FILES.training), labels),
      ...borrowedNegatives(loadTrainingData(PATHS.intents).map((e) => e.text), (t) => setup.lexicon(t).result),
    ];
    expect(screen.modelDataHash).toBe(redFlagDataHash(examples, path.join(PATHS.safety, FILES.cues), PATHS.lexicon));
  });

  test('cross-validated figures recorded in the model file clear the floor they were trained to', () => {
    const file = JSON.parse(fs.readFileSync(path.join(PATHS.safety, FILES.model), 'utf8')) as RedFlagModelFile;
    expect(file.cv.screenEmergencyAsEmergencyOrCheckPct).toBeGreaterThanOrEqual(88);
    expect(file.cv.screenNegativeRaisedPct).toBeLessThanOrEqual(4);
    expect(file.cv.screenNegativeCheckPct).toBeLessThanOrEqual(5);
    expect(file.thresholds.check).toBeLessThanOrEqual(file.thresholds.flag);
  });

  test('the lexicon fixture still escalates every emergency and urgent case; few negatives get a flag or a check', () => {
    type Case = { text: string; expect: 'emergency' | 'urgent' | 'none' };
    const cases = (parseYaml(fs.readFileSync(path.join(__dirname, 'fixtures', 'red-flag-cases.yaml'), 'utf8')) as { cases: Case[] }).cases;
    const got = cases.map((c) => ({ c, l: level(c.text) }));
    expect(got.filter(({ c, l }) => c.expect === 'emergency' && l !== 'emergency').map(({ c }) => c.text)).toEqual([]);
    expect(got.filter(({ c, l }) => c.expect === 'urgent' && (l === 'none' || l === 'check')).map(({ c }) => c.text)).toEqual([]);
    const none = got.filter(({ c }) => c.expect === 'none');
    // A sign the notes say not to alarm about (pain on coughing) gets its calm note, never an alarm.
    const calmOnly = (text: string) => screen.detect(text)!.flags.every((f) => screen.calm(f) !== undefined);
    expect(none.filter(({ c, l }) => (l === 'emergency' || l === 'urgent') && !calmOnly(c.text)).length / none.length).toBeLessThanOrEqual(0.03);
    expect(none.filter(({ l }) => l === 'check').length / none.length).toBeLessThanOrEqual(0.05);
  });

  test.each([
    'I have no numbness anywhere and I can pee fine',
    'if my legs ever went numb would that be an emergency?',
    'my grandad had a tumour in his spine',
    'I was in a car crash in my twenties, this is just a spasm from gardening',
    'what does cauda equina feel like?',
    'my dog wets the bed when it thunders',
  ])('"%s" never escalates', (text) => {
    expect(['none', 'check']).toContain(level(text));
    expect(screen.detect(text)?.level === 'emergency' || screen.detect(text)?.level === 'urgent').toBe(false);
  });

  test('words the lexicon set aside as a general question, a hypothetical or the past bar the learned stage from that flag', () => {
    const lexicon = RedFlagDetector.fromDirectory(PATHS.safety);
    const read = (text: string) => lexicon.read(text);
    expect(read("would tingling round my backside be a worry? i haven't got it, just asking").dismissed).toContain('saddle_numbness');
    expect(read('ages ago my groin went numb after a long ride, it went away that evening').dismissed).toContain('saddle_numbness');
    // a combination built from a set-aside flag goes with it
    expect(read('which signs should send someone to hospital, like a fever or numbness? my back is fine').dismissed).toEqual(expect.arrayContaining(['fever', 'fever_unwell']));
    // the user's own finding is not set aside
    expect(read('my groin went numb this morning').dismissed).toEqual([]);
  });

  test('scope rules do not read a new symptom as resolved, past or hypothetical', () => {
    const lexicon = RedFlagDetector.fromDirectory(PATHS.safety);
    expect(lexicon.detect("sitting on the loo my bum feels odd, it's gone numb")?.flags).toContain('saddle_numbness');
    expect(lexicon.detect('wet the bed for the first time since i was little, back agony')?.level).toBe('emergency');
    expect(lexicon.detect('i take tablets to stop my liver transplant being rejected')?.flags).toContain('immunosuppression');
  });

  test('a fear of cancer is a worry, not a cancer history', () => {
    expect(screen.read("I'm really scared this is cancer")).toEqual({ redFlag: null, worry: true });
    expect(screen.read('I had breast cancer six years ago').redFlag?.flags).toContain('cancer_history');
  });

  test('someone writing for the person in pain is read as the patient, and the reply can speak to them', () => {
    expect(screen.detect("typing this for my dad, he can't feel his legs and he wet himself")).toMatchObject({
      level: 'emergency',
      subject: 'other_present',
      pronoun: 'him',
    });
    expect(screen.detect('my wife is on the floor, her legs keep giving way')).toMatchObject({ level: 'emergency', subject: 'other_present', pronoun: 'her' });
    expect(screen.detect("I can't pee since this morning")).toMatchObject({ level: 'emergency', subject: 'self' });
    // the user's own flag, with a helper present, is still the user's
    expect(screen.detect("I'm with my husband, I can't pee and my back is agony")).toMatchObject({ level: 'emergency', subject: 'self' });
    // another person's story, told without being with them now, stays theirs
    expect(screen.detect('my brother lost bladder control after his op last year')).toBeNull();
  });

  test.each([
    ["my uncle hasn't managed to pass urine since last night", 'him'],
    ['nan is stuck on the kitchen floor and her legs have gone numb', 'her'],
    ['my boyfriend has lost feeling around his bum and privates today', 'him'],
  ])('a named person with a symptom told in the present is the patient: "%s"', (text, pronoun) => {
    expect(screen.detect(text)).toMatchObject({ level: 'emergency', subject: 'other_present', pronoun });
  });

  test.each([
    'my uncle lost feeling in his legs years ago after a stroke',
    'my colleague wet herself once at a party back in 2015',
    'if I suddenly lose the feeling in my legs, what should I do?',
    'if at some point in the future I cannot hold my wee, what do I do',
    'a couple of weeks ago my legs felt numb for an hour, fine ever since',
    'I am frightened that my bladder will stop working, but at the moment it is fine',
    'my mate told a joke and I laughed so much I nearly wet myself',
  ])('dated stories, the future, fear and figures of speech do not escalate: "%s"', (text) => {
    expect(['emergency', 'urgent']).not.toContain(screen.detect(text)?.level ?? 'none');
  });

  test('combine: a lexicon finding as it is; the model alone gives its level above `flag`, `check` between the thresholds', () => {
    const t = { flag: 0.9, check: 0.6 };
    const levelOf = (f: string) => (f === 'fever' ? 'urgent' : 'emergency') as 'emergency' | 'urgent';
    const reading = (p: number, worry = 0) => ({ flag: 'saddle_numbness', probability: p, worry, anchored: true });
    expect(combine({ level: 'urgent', flags: ['fever'] }, reading(0.99), t, levelOf)).toEqual({ level: 'urgent', flags: ['fever'] });
    expect(combine(null, reading(0.95), t, levelOf)).toEqual({ level: 'emergency', flags: ['saddle_numbness'] });
    expect(combine(null, reading(0.7), t, levelOf)).toEqual({ level: 'check', flags: ['saddle_numbness'] });
    expect(combine(null, reading(0.5), t, levelOf)).toBeNull();
    expect(combine(null, reading(0.7, 0.8), t, levelOf)).toBeNull();
  });

  test('check answers: "not sure" is never a no; corrections are recognised', () => {
    const d = readCheckDialogue(PATHS.checkDialogue);
    expect(['Yes', 'yeah i have', 'y'].map((t) => answerKind(d, t))).toEqual(['yes', 'yes', 'yes']);
    expect(['No', 'nope', "no I haven't"].map((t) => answerKind(d, t))).toEqual(['no', 'no', 'no']);
    expect(['Not sure', 'no idea', 'no clue what that would even feel like', 'never mind'].map((t) => answerKind(d, t))).toEqual(['unsure', 'unsure', 'unsure', 'unsure']);
    expect(answerKind(d, 'banana')).toBe('unclear');
    expect(isCorrection(d, 'wait, I meant no')).toBe(true);
    expect(isCorrection(d, 'ok thanks')).toBe(false);
  });

  test('every flag has its check question and lay explanation, without jargon', () => {
    for (const flag of [...screen.flagIds(), ...screen.modelCategories()]) {
      expect(screen.question(flag)).toMatch(/^Just to check: .+\?$/);
      expect(screen.explain(flag)).toMatch(/\.$/);
      expect(screen.explain(flag)).not.toMatch(/neurological|deficit|cauda equina|dissection|aneurysm/i);
    }
  });

  test('huge and odd input is handled', () => {
    expect(screen.read('')).toEqual({ redFlag: null, worry: false });
    expect(() => screen.read('🙂'.repeat(5000))).not.toThrow();
    expect(() => screen.read('no. '.repeat(3000))).not.toThrow();
  });
});

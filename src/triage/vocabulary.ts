/**
 * The symptom parser's vocabulary, read from knowledge/triage/*.yaml (see its
 * README) and compiled once, on first use. A malformed file throws an error
 * naming the file and the entry, so a bad edit stops start-up.
 */
import { PATHS } from '../paths';
import { TextPatternCompiler } from '../language/patterns';
import { Language } from '../language/language';
import { control } from './checkControlWords';
import { type Obj, load } from './vocabularyFile';
import type { RegionPattern, ScreenGroup, ScreenItem, SeverityWords, TriageVocabulary, TriggerPattern } from './vocabularyTypes';
import type { TriggerKind } from './types';
import { writtenWords } from './writtenWords';

export type { RegionPattern, ScreenGroup, ScreenItem, ScreenLevel, SeverityWords, TriageVocabulary, TriggerPattern } from './vocabularyTypes';

function negation(dir: string): RegExp {
  const { raw, r } = load(dir, 'negation.yaml');
  r.object(raw, '(file)', ['window', 'words']);
  const window = raw.window;
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 0 || window > 8) r.fail('window', 'must be a whole number 0-8');
  const words = r.strings(raw.words, 'words');
  const c = new TextPatternCompiler();
  return r.compile('words', () => new RegExp(`(?:${words.map((w) => c.source(w)).join('|')})(?:\\s+[\\w']+){0,${window}}\\s*$`));
}

function yesNo(dir: string): TriageVocabulary['yesNo'] {
  const { raw, r } = load(dir, 'yes-no.yaml');
  r.object(raw, '(file)', ['acknowledgements', 'letters', 'unsure', 'asksMeaning', 'noAtStart', 'noAnywhere', 'yesAtStart', 'echoYes', 'echoClaims', 'yesAfterBut', 'progressReport']);
  const letters = new Map<string, boolean>();
  for (const [k, v] of Object.entries(r.object(raw.letters, 'letters', Object.keys((raw.letters ?? {}) as Obj)))) {
    letters.set(k, r.oneOf(v, `letters.${k}`, ['yes', 'no'] as const) === 'yes');
  }
  const c = new TextPatternCompiler();
  const list = (key: string) => r.strings(raw[key], key);
  return {
    letters,
    acknowledgements: r.compile('acknowledgements', () => c.atStart(list('acknowledgements'))),
    unsure: r.compile('unsure', () => c.any([...list('unsure'), ...list('asksMeaning')], '')),
    asksMeaning: r.compile('asksMeaning', () => c.any(list('asksMeaning'), '')),
    noAtStart: r.compile('noAtStart', () => c.atStart(list('noAtStart'))),
    noAnywhere: r.compile('noAnywhere', () => c.any(list('noAnywhere'), '')),
    yesAtStart: r.compile('yesAtStart', () => c.atStart(list('yesAtStart'))),
    echoYes: r.compile('echoYes', () => c.atStart(list('echoYes'))),
    echoClaims: r.compile('echoClaims', () => c.any(list('echoClaims'), '')),
    yesAfterBut: r.compile('yesAfterBut', () => c.any(list('yesAfterBut'), '')),
    progressReport: r.compile('progressReport', () => c.any(list('progressReport'), '')),
  };
}

const TRIGGER_KINDS = ['lifting', 'sport', 'sneeze_cough', 'sitting', 'sleeping', 'twisting', 'bending', 'housework_gardening', 'other'] as const;
const REGIONS = ['lower', 'middle', 'upper'] as const;

function triggers(dir: string): TriageVocabulary['triggers'] {
  const { raw, r } = load(dir, 'triggers.yaml');
  r.object(raw, '(file)', ['labels', 'groups', 'unknownAnswer', 'unknownStatement', 'aggravation', 'scoreWhen', 'scoreNotAfter', 'notAfter', 'onsetWords', 'doingCues', 'notDoing', 'doingStops', 'doingSkips', 'habitual']);
  const labelsRaw = r.object(raw.labels, 'labels', [...TRIGGER_KINDS, 'unknown']);
  const labels = {} as Record<TriggerKind, string>;
  for (const k of [...TRIGGER_KINDS, 'unknown'] as const) labels[k] = r.string(labelsRaw[k], `labels.${k}`);
  if (!Array.isArray(raw.groups) || raw.groups.length === 0) r.fail('groups', 'must be a list of groups');
  const c = new TextPatternCompiler();
  const groups = (raw.groups as unknown[]).map((g, gi) => {
    if (!Array.isArray(g) || g.length === 0) r.fail(`groups[${gi}]`, 'must be a list of triggers');
    return (g as unknown[]).map((t, ti): TriggerPattern => {
      const at = `groups[${gi}][${ti}]`;
      const o = r.object(t, at, ['kind', 'answerOnly', 'patterns']);
      if (o.answerOnly !== undefined && typeof o.answerOnly !== 'boolean') r.fail(`${at}.answerOnly`, 'must be true or false');
      const patterns = r.strings(o.patterns, `${at}.patterns`);
      return {
        kind: r.oneOf(o.kind, `${at}.kind`, TRIGGER_KINDS),
        answerOnly: o.answerOnly === true,
        re: r.compile(`${at}.patterns`, () => c.any(patterns, 'g')),
      };
    });
  });
  return {
    labels,
    groups,
    unknownAnswer: r.compile('unknownAnswer', () => c.any(r.strings(raw.unknownAnswer, 'unknownAnswer'), '')),
    unknownStatement: r.compile('unknownStatement', () => c.any(r.strings(raw.unknownStatement, 'unknownStatement'), '')),
    aggravationBefore: r.compile('aggravation', () => {
      const words = r.strings(raw.aggravation, 'aggravation').map((p) => c.source(p)).join('|');
      // "<word> (up to 2 words) when/if/to/while/on (up to 2 words)" right before the trigger word.
      return new RegExp(`(?:${words})\\s+(?:[\\w']+\\s+){0,2}?(?:when|whenever|if|to|while|on)\\s+(?:[\\w']+\\s+){0,2}$`);
    }),
    scoreWhenBefore: r.compile('scoreWhen', () => {
      const words = r.strings(raw.scoreWhen, 'scoreWhen').map((p) => c.source(p)).join('|');
      const times = r.strings(raw.scoreNotAfter, 'scoreNotAfter').join('|');
      // "<score> <condition>" then up to two words right before the trigger word: "seven if i sneeze"; not a clock time ("at 7 when").
      return new RegExp(`(?<!\\b(?:${times})\\s+)\\b(?:${words})\\s+(?:[\\w']+\\s+){0,2}$`);
    }),
    notAfter: r.compile('notAfter', () => {
      const words = r.strings(raw.notAfter, 'notAfter').map((p) => c.source(p)).join('|');
      // "<phrase>" right before the trigger word: "lost loads of weight".
      return new RegExp(`\\b(?:${words})\\s*$`);
    }),
    onsetWords: r.compile('onsetWords', () => c.any(r.strings(raw.onsetWords, 'onsetWords'), '')),
    doingCues: r.compile('doingCues', () => c.any(r.strings(raw.doingCues, 'doingCues'), 'g')),
    notDoing: new Set(r.strings(raw.notDoing, 'notDoing').map((w) => w.toLowerCase())),
    doingStops: new Set(r.strings(raw.doingStops, 'doingStops').map((w) => w.toLowerCase())),
    doingSkips: new Set(r.strings(raw.doingSkips, 'doingSkips').map((w) => w.toLowerCase())),
    habitual: r.compile('habitual', () => c.any(r.strings(raw.habitual, 'habitual'), '')),
  };
}

const SIDES = ['left', 'right', 'both', 'centre', 'centreOfRegion'] as const;

function regions(dir: string): Pick<TriageVocabulary, 'regions' | 'regionAnswers' | 'sides' | 'spreading'> {
  const { raw, r } = load(dir, 'body-regions.yaml');
  r.object(raw, '(file)', ['terms', 'regions', 'answers', 'sides', 'spreading']);
  const c = new TextPatternCompiler(r.terms(raw.terms, 'terms'));
  const read = (key: 'regions' | 'answers', whole: boolean): RegionPattern[] => {
    if (!Array.isArray(raw[key]) || (raw[key] as unknown[]).length === 0) r.fail(key, 'must be a list');
    return (raw[key] as unknown[]).map((e, i) => {
      const at = `${key}[${i}]`;
      const o = r.object(e, at, ['region', 'label', 'patterns']);
      const patterns = r.strings(o.patterns, `${at}.patterns`);
      const entry: RegionPattern = {
        region: r.oneOf(o.region, `${at}.region`, REGIONS),
        re: r.compile(`${at}.patterns`, () => (whole ? c.whole(patterns) : c.any(patterns, ''))),
      };
      if (o.label !== undefined) entry.label = r.string(o.label, `${at}.label`);
      return entry;
    });
  };
  const sp = r.object(raw.spreading, 'spreading', ['legWords', 'verbs', 'symptoms']);
  const source = (key: string) => {
    const src = r.string(sp[key], `spreading.${key}`);
    r.compile(`spreading.${key}`, () => new RegExp(c.source(src)));
    return c.source(src);
  };
  const spreading = { legWords: source('legWords'), verbs: source('verbs'), symptoms: source('symptoms') };
  const sidesRaw = r.object(raw.sides, 'sides', SIDES);
  const side = (key: (typeof SIDES)[number]): RegExp => {
    const o = r.object(sidesRaw[key], `sides.${key}`, ['patterns', 'answers']);
    const anywhere = r.compile(`sides.${key}.patterns`, () => c.any(r.strings(o.patterns, `sides.${key}.patterns`), ''));
    if (o.answers === undefined) return anywhere;
    const whole = r.compile(`sides.${key}.answers`, () => c.whole(r.strings(o.answers, `sides.${key}.answers`)));
    return new RegExp(`${anywhere.source}|${whole.source}`);
  };
  const sides = Object.fromEntries(SIDES.map((k) => [k, side(k)])) as Record<(typeof SIDES)[number], RegExp>;
  return { regions: read('regions', false), regionAnswers: read('answers', true), sides, spreading };
}

/** One list of patterns (`field`) of a file whose keys are `keys`, compiled to match anywhere. */
function patternList(dir: string, file: string, keys: readonly string[], field: string, flags: '' | 'g'): RegExp {
  const { raw, r } = load(dir, file);
  r.object(raw, '(file)', keys);
  return r.compile(field, () => new TextPatternCompiler().any(r.strings(raw[field], field), flags));
}

function severity(dir: string): SeverityWords {
  const { raw, r } = load(dir, 'severity.yaml');
  r.object(raw, '(file)', ['levels', 'intensifiers', 'diminishers', 'negators', 'scoreNow', 'scorePast', 'clockFor']);
  if (!Array.isArray(raw.levels) || raw.levels.length === 0) r.fail('levels', 'must be a list');
  const c = new TextPatternCompiler();
  const levels = (raw.levels as unknown[]).map((l, i) => {
    const at = `levels[${i}]`;
    const o = r.object(l, at, ['value', 'patterns']);
    const value = o.value;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) return r.fail(`${at}.value`, 'must be a whole number 0-10');
    return { value, re: r.compile(`${at}.patterns`, () => c.any(r.strings(o.patterns, `${at}.patterns`), 'g')) };
  });
  // The grammar around the listed words: right before a severity word.
  const before = (key: string, tail: string) =>
    r.compile(key, () => new RegExp(`(?:${r.strings(raw[key], key).map((p) => c.source(p)).join('|')})${tail}$`));
  return {
    levels: levels.sort((a, b) => b.value - a.value),
    intensifierBefore: before('intensifiers', '\\s*'),
    diminisherBefore: before('diminishers', '\\s*'),
    negatorBefore: before('negators', "\\s+(?:\\w+\\s+)?"),
    scoreNow: r.compile('scoreNow', () => c.any(r.strings(raw.scoreNow, 'scoreNow'), '')),
    scorePast: r.compile('scorePast', () => c.any(r.strings(raw.scorePast, 'scorePast'), '')),
    // "a shift at 4", "my appointment is at 10": the number after the thing and its time words is a clock time.
    clockBefore: before('clockFor', '\\s+(?:(?:is|starts|starting|begins|finishes|ends)\\s+)?(?:at|by)\\s+(?:(?:about|around)\\s+)?'),
  };
}

const MAX_SCREEN_GROUPS = 6;

function screen(dir: string): ScreenGroup[] {
  const { raw, r } = load(dir, 'screen.yaml');
  r.object(raw, '(file)', ['groups']);
  if (!Array.isArray(raw.groups) || raw.groups.length === 0) r.fail('groups', 'must be a list');
  // The promise to users: someone with none of the red flags answers at most 6 questions.
  if ((raw.groups as unknown[]).length > MAX_SCREEN_GROUPS) r.fail('groups', `at most ${MAX_SCREEN_GROUPS} groups`);
  return (raw.groups as unknown[]).map((g, gi) => {
    const at = `groups[${gi}]`;
    const o = r.object(g, at, ['id', 'question', 'describe', 'items', 'answerFrames']);
    if (!Array.isArray(o.items) || o.items.length === 0) r.fail(`${at}.items`, 'must be a list');
    const items = (o.items as unknown[]).map((it, ii): ScreenItem => {
      const iat = `${at}.items[${ii}]`;
      const io = r.object(it, iat, ['flag', 'level', 'label', 'why', 'reason', 'describe']);
      const item: ScreenItem = {
        flag: r.string(io.flag, `${iat}.flag`),
        level: r.oneOf(io.level, `${iat}.level`, ['emergency', 'urgent'] as const),
        label: r.string(io.label, `${iat}.label`),
        why: r.string(io.why, `${iat}.why`),
      };
      if (io.reason !== undefined) item.reason = r.string(io.reason, `${iat}.reason`);
      if (io.describe !== undefined) item.describe = r.string(io.describe, `${iat}.describe`);
      return item;
    });
    const group: ScreenGroup = { id: r.string(o.id, `${at}.id`), question: r.string(o.question, `${at}.question`), describe: r.string(o.describe, `${at}.describe`), items };
    if (o.answerFrames !== undefined) group.answerFrames = r.strings(o.answerFrames, `${at}.answerFrames`);
    return group;
  });
}

/** Reads and compiles every file of the vocabulary in `dir`. */
export function loadTriageVocabulary(dir: string = PATHS.triage, spelling: ReadonlyMap<string, string> = Language.fromDirectory().lists.spelling): TriageVocabulary {
  return {
    negationBefore: negation(dir),
    yesNo: yesNo(dir),
    triggers: triggers(dir),
    ...regions(dir),
    history: patternList(dir, 'history.yaml', ['patterns'], 'patterns', ''),
    future: patternList(dir, 'future.yaml', ['patterns', 'greetings'], 'patterns', ''),
    onsetEvents: patternList(dir, 'onset-events.yaml', ['patterns'], 'patterns', ''),
    greetings: patternList(dir, 'future.yaml', ['patterns', 'greetings'], 'greetings', 'g'),
    severity: severity(dir),
    control: control(dir),
    screen: screen(dir),
    words: writtenWords(dir, spelling),
  };
}

let loaded: TriageVocabulary | undefined;

/** The vocabulary from knowledge/triage, loaded on first use. */
export function vocabulary(): TriageVocabulary {
  loaded ??= loadTriageVocabulary();
  return loaded;
}

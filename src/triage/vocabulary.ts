/**
 * The symptom parser's vocabulary, read from knowledge/triage/*.yaml (see its
 * README) and compiled once, on first use. A malformed file throws an error
 * naming the file and the entry, so a bad edit stops start-up.
 */
import { PATHS } from '../paths';
import { TextPatternCompiler } from '../language/patterns';
import { wordsInText } from '../language/tokenizer';
import { control } from './checkControlWords';
import type { BackRegion, BackSide, TriggerKind } from './types';
import { type Obj, load } from './vocabularyFile';

export interface TriggerPattern {
  kind: Exclude<TriggerKind, 'unknown'>;
  /** Only in an answer to "what set it off?". */
  answerOnly: boolean;
  /** Global: one matchAll finds every mention (each is checked for negation). */
  re: RegExp;
}

export interface RegionPattern {
  region: BackRegion;
  label?: string;
  re: RegExp;
}

export interface TriageVocabulary {
  /** A negator within the last few words before the end of the text. */
  negationBefore: RegExp;
  yesNo: {
    letters: ReadonlyMap<string, boolean>;
    /** "ok", "oh", "so" opening a message without answering it. */
    acknowledgements: RegExp;
    unsure: RegExp;
    /** "what counts as numb?": the sign asked about; an unsure answer, never a no said beside it. */
    asksMeaning: RegExp;
    noAtStart: RegExp;
    noAnywhere: RegExp;
    yesAtStart: RegExp;
    /** "I have", "it does": a yes by echoing the question, unless the message ends by asking. */
    echoYes: RegExp;
    /** Words that make a question's words said back a claim, not an echo ("I've got numbness down there?"). */
    echoClaims: RegExp;
    yesAfterBut: RegExp;
    /** "no relief at all", "not much help": a negation about how relief went, not an answer. */
    progressReport: RegExp;
  };
  triggers: {
    labels: Readonly<Record<TriggerKind, string>>;
    groups: ReadonlyArray<readonly TriggerPattern[]>;
    unknownAnswer: RegExp;
    unknownStatement: RegExp;
    /** "hurts when I ...", "awful when I ...": what makes it worse, right before a match. */
    aggravationBefore: RegExp;
    /** "seven if I sneeze", "8/10 when I cough": a score and its condition right before a match, what makes it worse. */
    scoreWhenBefore: RegExp;
    /** A body-weight change right before the word: "lost loads of weight" is no lifting. */
    notAfter: RegExp;
    /** "started", "came on": between a pain word and "while" they make the clause the onset, not what makes it worse. */
    onsetWords: RegExp;
    /** "while", "went ...": what the person was doing follows, in an opening message, when no group names it. */
    doingCues: RegExp;
    /** Words ending in -ing that name no activity ("morning", "tingling"). */
    notDoing: ReadonlySet<string>;
    /** Words a doing clause's summary stops before: a joining word, a time, a score ("like a 5"). */
    doingStops: ReadonlySet<string>;
    /** Times skipped between a doing cue and its -ing word ("happened tuesday arvo pulling cable"). */
    doingSkips: ReadonlySet<string>;
  };
  regions: readonly RegionPattern[];
  regionAnswers: readonly RegionPattern[];
  /** Which side the text names (left, right, both, centre), and "the middle of my lower back". */
  sides: Readonly<Record<BackSide | 'centreOfRegion', RegExp>>;
  /** Regex sources (no flags) for pain spreading into the leg, embedded by location.ts. */
  spreading: { legWords: string; verbs: string; symptoms: string };
  /** "third time this year": the pain has happened before. */
  history: RegExp;
  /** "tomorrow", "next week": a plan, not an onset. */
  future: RegExp;
  /** "since the wedding", "after Diwali": a start told by an event the date recognizer cannot place. */
  onsetEvents: RegExp;
  /** "good evening": a greeting's time word, no time of the pain (global: every one is masked). */
  greetings: RegExp;
  severity: SeverityWords;
  /** Steering the check (check-control.yaml, checkControlWords.ts). Keys: one a line, in alphabetical order, so that branches adding keys merge without a conflict. */
  control: {
    /** "is this a real doctor?": who answers, asked of the bot. */
    aboutBot: RegExp;
    /** "a real person": the same, only with the act model's reading. */
    aboutBotHint: RegExp;
    /** "the other leg too": a place added, never one that replaces the place told before. */
    addedPlace: RegExp;
    alreadyNo: ReadonlyMap<string, RegExp>;
    /** "I asked", "I meant": after a missed answer, the words that open the question asked again. */
    askedAgainLead: RegExp;
    askingInside: RegExp;
    backAgain: RegExp;
    /** "thank you doctor": the bot called a clinician in passing. */
    calledClinician: RegExp;
    carryOn: RegExp;
    /** "actually I've changed my mind," before what they will do instead. */
    changedMind: RegExp;
    /** "does that change anything?" beside a correction. */
    changesAnything: RegExp;
    /** The words of the check-back frame (read from its patterns), beside the things it names. */
    confirmFrameWords: ReadonlySet<string>;
    /** "so both together is fine then?": the last answer checked back, the whole message. */
    confirmsLast: RegExp;
    /** Words that make a check-back a new question ("if", "not"). */
    confirmsLastNot: RegExp;
    correction: RegExp;
    correctionLead: RegExp;
    deniesSign: RegExp;
    details: RegExp;
    /** "I think you're wrong": the last answer disputed. */
    disagrees: RegExp;
    /** "so it's my fault?": blame heard in the advice. */
    feelsBlamed: RegExp;
    /** "and the tractor?": a follow-up question with no question word, only in a sentence ending in "?". */
    followUpStart: RegExp;
    howManyMore: RegExp;
    /** "I meant something else": words after "I meant" that name no value. */
    meantNothing: RegExp;
    /** "I meant", "make that": what follows is the new value, with no old one said. */
    meantValue: RegExp;
    /** "that doesn't answer my question": the last answer missed what was asked. */
    missedQuestion: RegExp;
    /** "no to all of them": every safety question left answered no. */
    noToEveryOne: RegExp;
    /** "did I press yes on that one?": a question about the person's own last answer. */
    ownAnswerAsked: RegExp;
    ownPain: RegExp;
    /** ", so", "and then": joining the change of mind to the plan. */
    planJoiners: RegExp;
    questionInside: RegExp;
    /** "also, wait," before a question's own opening words. */
    questionLead: RegExp;
    questionStart: RegExp;
    replaced: RegExp;
    skipOne: RegExp;
    skipRest: RegExp;
    startCheck: RegExp;
    startCheckNow: RegExp;
    stop: RegExp;
    whyAsk: RegExp;
  };
  screen: readonly ScreenGroup[];
  /** Every word the files write: the parser reads these as written, never "fixed" by the language layer's spelling list. */
  words: ReadonlySet<string>;
}

export interface SeverityWords {
  /** Highest value first; global: every mention is checked for a negator before it. */
  levels: ReadonlyArray<{ value: number; re: RegExp }>;
  /** An intensifier or diminisher right at the end of the text before a word. */
  intensifierBefore: RegExp;
  /** Words of the present and of the past or the worst moment, in a score's own clause ("a 5 now", "was an 8"). */
  scoreNow: RegExp;
  scorePast: RegExp;
  diminisherBefore: RegExp;
  /** A negator up to one word before the end of the text ("not really severe"). */
  negatorBefore: RegExp;
}

export type ScreenLevel = 'emergency' | 'urgent';

export interface ScreenItem {
  flag: string;
  level: ScreenLevel;
  /** Button text when asking which one. */
  label: string;
  /** Plain words for the escalation: "because you mentioned {why}". */
  why: string;
  /** What it can point to, for flags the red-flag lexicon does not define. */
  reason?: string;
}

export interface ScreenGroup {
  id: string;
  question: string;
  /** Everyday description for "not sure" and "what does that feel like". */
  describe: string;
  items: readonly ScreenItem[];
}

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
  r.object(raw, '(file)', ['labels', 'groups', 'unknownAnswer', 'unknownStatement', 'aggravation', 'scoreWhen', 'scoreNotAfter', 'notAfter', 'onsetWords', 'doingCues', 'notDoing', 'doingStops', 'doingSkips']);
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

function history(dir: string): RegExp {
  const { raw, r } = load(dir, 'history.yaml');
  r.object(raw, '(file)', ['patterns']);
  return r.compile('patterns', () => new TextPatternCompiler().any(r.strings(raw.patterns, 'patterns'), ''));
}

function future(dir: string): RegExp {
  const { raw, r } = load(dir, 'future.yaml');
  r.object(raw, '(file)', ['patterns', 'greetings']);
  return r.compile('patterns', () => new TextPatternCompiler().any(r.strings(raw.patterns, 'patterns'), ''));
}

function onsetEvents(dir: string): RegExp {
  const { raw, r } = load(dir, 'onset-events.yaml');
  r.object(raw, '(file)', ['patterns']);
  return r.compile('patterns', () => new TextPatternCompiler().any(r.strings(raw.patterns, 'patterns'), ''));
}

function greetings(dir: string): RegExp {
  const { raw, r } = load(dir, 'future.yaml');
  return r.compile('greetings', () => new TextPatternCompiler().any(r.strings(raw.greetings, 'greetings'), 'g'));
}

function severity(dir: string): SeverityWords {
  const { raw, r } = load(dir, 'severity.yaml');
  r.object(raw, '(file)', ['levels', 'intensifiers', 'diminishers', 'negators', 'scoreNow', 'scorePast']);
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
    const o = r.object(g, at, ['id', 'question', 'describe', 'items']);
    if (!Array.isArray(o.items) || o.items.length === 0) r.fail(`${at}.items`, 'must be a list');
    const items = (o.items as unknown[]).map((it, ii): ScreenItem => {
      const iat = `${at}.items[${ii}]`;
      const io = r.object(it, iat, ['flag', 'level', 'label', 'why', 'reason']);
      const item: ScreenItem = {
        flag: r.string(io.flag, `${iat}.flag`),
        level: r.oneOf(io.level, `${iat}.level`, ['emergency', 'urgent'] as const),
        label: r.string(io.label, `${iat}.label`),
        why: r.string(io.why, `${iat}.why`),
      };
      if (io.reason !== undefined) item.reason = r.string(io.reason, `${iat}.reason`);
      return item;
    });
    return { id: r.string(o.id, `${at}.id`), question: r.string(o.question, `${at}.question`), describe: r.string(o.describe, `${at}.describe`), items };
  });
}

/** The files written in the pattern language (screen.yaml is wording). */
const PATTERN_FILES = ['negation.yaml', 'yes-no.yaml', 'triggers.yaml', 'body-regions.yaml', 'history.yaml', 'future.yaml', 'onset-events.yaml', 'check-control.yaml', 'check-asides.yaml', 'severity.yaml', 'denials.yaml'];

/** The words written in the files' values and keys ("y", "prob", "n/a" -> n, a). */
function writtenWords(dir: string): Set<string> {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const w of wordsInText(v.toLowerCase())) words.add(w);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) (walk(k), walk(x));
  };
  for (const file of PATTERN_FILES) walk(load(dir, file).raw);
  return words;
}

/** Reads and compiles every file of the vocabulary in `dir`. */
export function loadTriageVocabulary(dir: string = PATHS.triage): TriageVocabulary {
  return {
    negationBefore: negation(dir),
    yesNo: yesNo(dir),
    triggers: triggers(dir),
    ...regions(dir),
    history: history(dir),
    future: future(dir),
    onsetEvents: onsetEvents(dir),
    greetings: greetings(dir),
    severity: severity(dir),
    control: control(dir),
    screen: screen(dir),
    words: writtenWords(dir),
  };
}

let loaded: TriageVocabulary | undefined;

/** The vocabulary from knowledge/triage, loaded on first use. */
export function vocabulary(): TriageVocabulary {
  loaded ??= loadTriageVocabulary();
  return loaded;
}

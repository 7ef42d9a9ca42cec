/**
 * Reads an answer to a red-flag check question ("Just to check: have you lost
 * feeling when you wipe...?") and spots a correction right after a yes ("wait,
 * I meant no"), from the phrase lists in knowledge/safety/check-dialogue.yaml.
 * When the dialogue-act classifier (branch `acts`) is merged, `answerKind` and
 * `isCorrection` can be answered from its `yes` / `no` / `unsure` / `correction`
 * acts instead; callers depend only on these two functions.
 */
import { Language, firstClause } from '../language';
import { TextPatternCompiler } from '../language/patterns';
import { readYamlFile } from '../util/yamlFile';

/** `statement`: starts like a yes ("I'm ...") but tells something else ("I'm 30 weeks pregnant"). */
export type AnswerKind = 'yes' | 'no' | 'unsure' | 'unclear' | 'statement';

/** Words after an echoed yes ("I have, a bit down there") up to which it is read as a yes whatever they say. */
const ECHO_TAIL = 1;
/** Shortest word that counts as a topic word shared with the question, and the prefix compared ("steroids" ~ "steroid"). */
const TOPIC_WORD = 5;

/** What a message says about calling for help: reluctant to call, or a call under way. */
export type CallReading = 'reluctant' | 'calling';

export interface CheckDialogue {
  buttons: string[];
  answers: Record<'unsure' | 'yes' | 'no' | 'echo' | 'reaffirm', string[]>;
  correction: string[];
  /** Phrases of a correction that say the answer meant was no. */
  meantNo: string[];
  /** How a wrong answer came about ("I misread it", "wrong button"). */
  mistake: string[];
  text: Record<'retry' | 'unsure' | 'no' | 'safetyNet' | 'dropped' | 'recheck' | 'explained' | 'offerCheck' | 'deescalated' | 'deescalatedUrgent' | 'normalReading' | 'explainedCause' | 'stillEscalated' | 'explainedHold' | 'noDrive' | 'noDriveOther' | 'whileYouWait' | 'reluctant' | 'oneSide' | 'patientSwitched', string>;
  /** Compiled `callWords`, matched against the language layer's words. */
  callWords: Record<CallReading, RegExp>;
  forOther: Record<'emergency' | 'urgent', string>;
  /** The short instruction said again, for someone else ("please get her seen by a doctor today"). */
  reminderForOther: Record<'emergency' | 'urgent', string>;
  /** Compiled `notTheWriter`: the writer saying the signs told are someone else's ("not me", "it's my husband"). */
  notTheWriter: RegExp;
  worry: string;
  /** A worry about a cause named ("is it my heart?"): {signs} are that cause's warning signs. */
  worryFeared: string;
  /** Compiled `plans`: a plan ahead, no sign had. */
  plans: RegExp;
  /** Compiled `hedges` and `playsDown`: a sign told with doubt about the sign itself. */
  hedges: RegExp;
  playsDown: RegExp;
  /** Compiled `saysNormal`, `notNormal` and `explains`: a sign explained away after an alarm from free text. */
  saysNormal: RegExp;
  notNormal: RegExp;
  explains: RegExp;
  /** Compiled `shrugsOff`: a sign waved off with a guess ("prob just asleep, it's fine"), not denied. */
  shrugsOff: RegExp;
  /** Compiled `accounts`: explanations that can account for a sign, by flag (`any`: for every sign). */
  accounts: ReadonlyMap<string, RegExp>;
  /** Signs felt as being unwell (a fever), which doubt beside feeling well does not raise. */
  feltAsUnwell: ReadonlySet<string>;
  /** The flags a function said to work as usual (`saysNormal`) can account for. */
  normalAnswers: ReadonlySet<string>;
  /** Compiled `doubtAbout` and `feelsWell`: "not sure about a temperature, I feel fine". */
  doubtAbout: RegExp;
  feelsWell: RegExp;
  /** Compiled `doubtsRelevance` (global): doubt about whether a sign matters, not about the sign ("dunno if that's related"). */
  doubtsRelevance: RegExp;
  /**
   * `clearCause`: flags the notes define by "no clear cause", the causes told that rule them out, and the note said then;
   * `unknown`: said when the person cannot say whether it is so (never assumed, unlike a sign).
   */
  clearCause: { flags: ReadonlySet<string>; triggers: ReadonlySet<string>; note: string; unknown: string };
}

/** The language layer's words, space-padded so that phrases match whole words ("dont" and "don't" read alike). */
function tidy(text: string): string {
  return ` ${Language.fromDirectory().words(text).join(' ')} `;
}

export function readCheckDialogue(path: string): CheckDialogue {
  const data = readYamlFile(path) as Record<string, unknown> | null;
  const list = (v: unknown, field: string): string[] => {
    if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string' || !s.trim())) throw new Error(`${path}: field "${field}" must be a list of phrases`);
    return v as string[];
  };
  const texts = <K extends string>(v: unknown, field: string, keys: readonly K[]): Record<K, string> => {
    const o = (v ?? {}) as Record<string, unknown>;
    const out = {} as Record<K, string>;
    for (const k of keys) {
      if (typeof o[k] !== 'string' || !(o[k] as string).trim()) throw new Error(`${path}: field "${field}.${k}" must be a non-empty string`);
      out[k] = (o[k] as string).trim();
    }
    return out;
  };
  const answers = (data?.answers ?? {}) as Record<string, unknown>;
  const callWords = (data?.callWords ?? {}) as Record<string, unknown>;
  const compiler = new TextPatternCompiler();
  const compileList = (v: unknown, field: string): RegExp => {
    try {
      return compiler.any(list(v, field), '');
    } catch (e) {
      throw new Error(`${path}: field "${field}": ${(e as Error).message}`);
    }
  };
  const compile = (field: CallReading): RegExp => compileList(callWords[field], `callWords.${field}`);
  if (typeof data?.worry !== 'string') throw new Error(`${path}: field "worry" must be a string`);
  if (typeof data?.worryFeared !== 'string') throw new Error(`${path}: field "worryFeared" must be a string`);
  return {
    buttons: list(data?.buttons, 'buttons'),
    answers: { unsure: list(answers.unsure, 'answers.unsure'), yes: list(answers.yes, 'answers.yes'), no: list(answers.no, 'answers.no'), echo: list(answers.echo, 'answers.echo'), reaffirm: list(answers.reaffirm, 'answers.reaffirm') },
    correction: list(data?.correction, 'correction'),
    meantNo: list(data?.meantNo, 'meantNo'),
    mistake: list(data?.mistake, 'mistake'),
    text: texts(data?.text, 'text', ['retry', 'unsure', 'no', 'safetyNet', 'dropped', 'recheck', 'explained', 'offerCheck', 'deescalated', 'deescalatedUrgent', 'normalReading', 'explainedCause', 'stillEscalated', 'explainedHold', 'noDrive', 'noDriveOther', 'whileYouWait', 'reluctant', 'oneSide', 'patientSwitched'] as const),
    callWords: { reluctant: compile('reluctant'), calling: compile('calling') },
    forOther: texts(data?.forOther, 'forOther', ['emergency', 'urgent'] as const),
    reminderForOther: texts(data?.reminderForOther, 'reminderForOther', ['emergency', 'urgent'] as const),
    notTheWriter: compileList(data.notTheWriter, 'notTheWriter'),
    worry: data.worry.trim(),
    worryFeared: data.worryFeared.trim(),
    plans: compileList(data.plans, 'plans'),
    hedges: compileList(data.hedges, 'hedges'),
    playsDown: compileList(data.playsDown, 'playsDown'),
    saysNormal: compileList(data.saysNormal, 'saysNormal'),
    notNormal: compileList(data.notNormal, 'notNormal'),
    explains: compileList(data.explains, 'explains'),
    shrugsOff: compileList(data.shrugsOff, 'shrugsOff'),
    accounts: new Map(Object.entries((data.accounts ?? {}) as Record<string, unknown>).map(([flag, v]) => [flag, compileList(v, `accounts.${flag}`)])),
    feltAsUnwell: new Set(list(data.feltAsUnwell, 'feltAsUnwell')),
    normalAnswers: new Set(list(data.normalAnswers, 'normalAnswers')),
    doubtAbout: compileList(data.doubtAbout, 'doubtAbout'),
    feelsWell: compileList(data.feelsWell, 'feelsWell'),
    doubtsRelevance: compiler.any(list(data.doubtsRelevance, 'doubtsRelevance'), 'g'),
    clearCause: readClearCause(data.clearCause, path, list),
  };
}

function readClearCause(v: unknown, path: string, list: (v: unknown, field: string) => string[]): CheckDialogue['clearCause'] {
  const o = (v ?? {}) as Record<string, unknown>;
  for (const field of ['note', 'unknown'] as const) {
    const text = o[field];
    if (typeof text !== 'string' || !text.trim()) throw new Error(`${path}: field "clearCause.${field}" must be a non-empty string`);
  }
  return { flags: new Set(list(o.flags, 'clearCause.flags')), triggers: new Set(list(o.triggers, 'clearCause.triggers')), note: (o.note as string).trim(), unknown: (o.unknown as string).trim() };
}

/** The writer says the signs told are someone else's ("no, it's my husband, not me"), read in the language layer's words. */
export function notTheWriter(dialogue: CheckDialogue, text: string): boolean {
  return dialogue.notTheWriter.test(tidy(text));
}

/** The message tells of a plan ahead ("can I still fly on Friday?"), read in the language layer's words. */
export function talksOfPlan(dialogue: CheckDialogue, text: string): boolean {
  return dialogue.plans.test(tidy(text));
}

/** "maybe I'm going less?": doubt about the sign itself, not about how serious it is ("maybe it's nothing, but ..."). */
export function hedgesSign(dialogue: CheckDialogue, text: string): boolean {
  const t = withoutRelevanceDoubt(dialogue, tidy(text));
  return dialogue.hedges.test(t) && !dialogue.playsDown.test(t);
}

/**
 * The tidied text without its doubts about whether a sign matters ("dunno if that's related",
 * "not sure it's relevant"): the sign itself is told plainly, so such a doubt is neither a hedge
 * about the sign nor a doubt beside feeling well.
 */
function withoutRelevanceDoubt(dialogue: CheckDialogue, t: string): string {
  return t.replace(dialogue.doubtsRelevance, ' ');
}

/** "it comes out normal": the function said to work as usual, not negated ("isn't normal"). */
export function saysNormal(dialogue: CheckDialogue, text: string): boolean {
  const t = tidy(text);
  return dialogue.saysNormal.test(t) && !dialogue.notNormal.test(t);
}

/**
 * "not sure about a fever, I feel normal": doubt about signs felt as being unwell, beside
 * feeling well (not "I don't feel normal"). Feeling well answers them better than the doubt.
 */
export function doubtBesideWell(dialogue: CheckDialogue, text: string, flags: readonly string[]): boolean {
  if (flags.length === 0 || !flags.every((f) => dialogue.feltAsUnwell.has(f))) return false;
  const t = withoutRelevanceDoubt(dialogue, tidy(text));
  return dialogue.doubtAbout.test(t) && dialogue.feelsWell.test(t) && !dialogue.notNormal.test(t);
}

/** "only because I drank less": the sign explained by something ordinary. */
export function explainsSign(dialogue: CheckDialogue, text: string): boolean {
  return dialogue.explains.test(tidy(text));
}

/** "prob just asleep, it's fine": the sign waved off with a guess at its cause or its weight. */
export function shrugsOffSign(dialogue: CheckDialogue, text: string): boolean {
  return dialogue.shrugsOff.test(tidy(text));
}

/** The explanation can account for this sign (`accounts`: what they meant, or an everyday cause of it). */
export function accountsFor(dialogue: CheckDialogue, flag: string, text: string): boolean {
  const t = tidy(text);
  return [dialogue.accounts.get('any'), dialogue.accounts.get(flag)].some((re) => re?.test(t));
}

const contains = (t: string, phrases: readonly string[]) => phrases.some((p) => t.includes(tidy(p)));
/**
 * A one-letter answer ("y", "n") is read only as the whole message: the language layer
 * spells such letters out as words ("n" as "and", "y" as "why"), which open questions.
 */
const isLetter = (p: string) => p.trim().length === 1;
const startsWith = (t: string, phrases: readonly string[]) => phrases.some((p) => !isLetter(p) && t.startsWith(tidy(p)));
const letterAlone = (text: string, phrases: readonly string[]) => phrases.some((p) => isLetter(p) && text.trim().toLowerCase().replace(/[.!\s]+$/, '') === p.trim().toLowerCase());

/**
 * Yes, no, not sure, a statement of something else, or an answer that is none of them.
 * "Not sure" is checked first: "no idea" is not a no. `question`: the check question,
 * against which a message starting with an echoed yes ("I am ...") is read.
 * `deniesAsked`: the message denies the asked sign in other words ("just the one
 * leg" to the both-legs question: knowledge/triage/denials.yaml); false when the
 * message itself names a red flag.
 */
export function answerKind(dialogue: CheckDialogue, text: string, question?: string, deniesAsked = false): AnswerKind {
  const t = tidy(text);
  if (contains(t, dialogue.answers.unsure)) return 'unsure';
  if (letterAlone(text, dialogue.answers.no)) return 'no';
  if (letterAlone(text, dialogue.answers.yes)) return 'yes';
  if (startsWith(t, dialogue.answers.no)) return 'no';
  // "right leg only": a yes-word ("right", "both") may open the asked sign's denial. A yes set
  // off as its own clause stays a yes only when the rest says it again ("yes, both, the right
  // is worse"): "yes, only the right one" agrees a leg is affected and denies both.
  if (startsWith(t, dialogue.answers.yes) && (!deniesAsked || (answersAlone(text, dialogue.answers.yes) && saysAgain(text, dialogue.answers.reaffirm)))) return 'yes';
  // The flag's own no in other words ("just the one leg" to the both-legs question).
  if (deniesAsked) return 'no';
  const echo = dialogue.answers.echo.map(tidy).filter((p) => t.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (echo === undefined) return 'unclear';
  const tail = t.slice(echo.length).split(' ').filter(Boolean);
  if (tail.length <= ECHO_TAIL || question === undefined) return 'yes';
  // The lead-in ("Just to check: since your back started") is not the question's topic.
  const asked = question.slice(question.indexOf(':') + 1);
  return sharesTopic(tail, tidy(asked).split(' ')) ? 'yes' : 'statement';
}

/** Content words after a no that make it a statement when none of them is the question's topic. */
const OTHER_TOPIC_WORDS = 2;

/**
 * "i don't have medical aid, the queues are crazy": a no in the form of a statement ("i don't",
 * "it isn't": the no phrases that open as the echoes do) whose rest speaks at length of something
 * other than the question's topic. It answers nothing: a sign's no must say no to the sign.
 */
export function noAboutSomethingElse(dialogue: CheckDialogue, text: string, question: string): boolean {
  const t = tidy(text);
  const openers = new Set(dialogue.answers.echo.map((e) => tidy(e).trim().split(' ')[0]!));
  const lead = dialogue.answers.no.map(tidy).filter((p) => openers.has(p.trim().split(' ')[0]!) && t.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (lead === undefined) return false;
  const tail = t.slice(lead.length).split(' ').filter((w) => w.length >= TOPIC_WORD);
  const asked = question.slice(question.indexOf(':') + 1);
  return tail.length >= OTHER_TOPIC_WORDS && !sharesTopic(tail, tidy(asked).split(' '));
}

/** The message's first clause is one of the phrases and nothing else ("yes, ..."; not "right leg only"). */
function answersAlone(text: string, phrases: readonly string[]): boolean {
  const first = tidy(firstClause(text));
  return phrases.some((p) => tidy(p) === first);
}

/** After the first clause, a word that says the yes again ("..., both", "..., the left too"). */
function saysAgain(text: string, phrases: readonly string[]): boolean {
  const first = firstClause(text);
  const rest = tidy(text.slice(text.indexOf(first) + first.length));
  return contains(rest, phrases);
}

/** Does the message share a content word with the question ("I have lost some feeling" ~ "lost feeling")? */
function sharesTopic(words: readonly string[], question: readonly string[]): boolean {
  const stems = new Set(question.filter((w) => w.length >= TOPIC_WORD).map((w) => w.slice(0, TOPIC_WORD)));
  return words.some((w) => w.length >= TOPIC_WORD && stems.has(w.slice(0, TOPIC_WORD)));
}

/** "wait, I meant no", "wrong button": the user takes back the yes they just gave. */
export function isCorrection(dialogue: CheckDialogue, text: string): boolean {
  return contains(tidy(text), dialogue.correction);
}

/** A correction that says outright the answer was no ("sorry, wrong button, I meant no"). */
export function meantNo(dialogue: CheckDialogue, text: string): boolean {
  return contains(tidy(text), dialogue.meantNo);
}

/** A correction that says how the wrong answer came about ("sorry, misread it", "hit yes by accident"). */
export function explainsMistake(dialogue: CheckDialogue, text: string): boolean {
  return contains(tidy(text), dialogue.mistake);
}

/**
 * "I don't want to waste their time" or "my wife is ringing them": read before
 * yes or no, since reluctance often starts like a no. Reluctance wins over a
 * call ("I'm not going to call an ambulance").
 */
export function readCall(dialogue: CheckDialogue, text: string): CallReading | undefined {
  const t = tidy(text);
  if (dialogue.callWords.reluctant.test(t)) return 'reluctant';
  if (dialogue.callWords.calling.test(t)) return 'calling';
  return undefined;
}

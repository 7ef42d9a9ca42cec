/**
 * What people say in the middle of the symptom check besides an answer: a
 * sign-off, "what does that mean?", a question about the 0-10 scale, a wish
 * for the verdict, and "worse when I stand" (what moves the pain, not a
 * change). Words are data: knowledge/triage/check-asides.yaml.
 */
import { PATHS } from '../paths';
import { clauses, clausesKeepingBreaks } from '../language';
import { TextPatternCompiler } from '../language/patterns';
import { load } from './vocabularyFile';
import { prepare } from './text';
import { withoutAcknowledgements } from './yesNo';
import type { ActResult } from '../nlu/acts';
import type { ActCheck } from '../nlu/messageUnderstander';

export type ClosingKind = 'thanks' | 'goodbye' | 'apology' | 'away';
const CLOSING_KINDS: readonly ClosingKind[] = ['thanks', 'goodbye', 'apology', 'away'];

export interface CheckAsideWords {
  closing: ReadonlyMap<ClosingKind, RegExp>;
  meaning: RegExp;
  /** Words every safety question shares: no clue which one a "what does that mean?" is about. */
  meaningCommonWords: ReadonlySet<string>;
  /** A sign's name asked about: the frames before the term, the words ending it, the words no name holds. */
  term: { frames: RegExp; ends: ReadonlySet<string>; notNames: ReadonlySet<string> };
  scaleQuestion: RegExp;
  /** A 0-10 score with its hedge ("probably around a 6 or 7"), for reading what else a message says. */
  hedgedScore: RegExp;
  verdict: RegExp;
  /** "you already asked me that", "I said Saturday": a complaint that a question repeats. */
  alreadySaid: RegExp;
  /** "you told me about heat already": a complaint that the bot repeats itself. */
  saidAgain: RegExp;
  /** "I do that already", "I know all that": the advice just given is already followed. */
  alreadyDoing: RegExp;
  conditionalChange: RegExp;
  realChange: RegExp;
  /** "typing one handed", "sorry for the typos": a whole clause about the typing, not the pain. */
  remarks: RegExp;
  progress: { notBetter: RegExp; notWorse: RegExp; betterWords: RegExp; longEnough: RegExp };
  /** The same, every match: a progress report or a pause taken out of a message. */
  spans: { progress: RegExp; away: RegExp };
}

export function loadCheckAsides(dir: string = PATHS.triage): CheckAsideWords {
  const { raw, r } = load(dir, 'check-asides.yaml');
  r.object(raw, '(file)', ['closing', 'meaning', 'meaningCommonWords', 'termFrames', 'termEnds', 'termNotNames', 'scaleQuestion', 'hedgedScore', 'verdict', 'alreadySaid', 'saidAgain', 'alreadyDoing', 'conditionalChange', 'realChange', 'progress', 'remarks']);
  const c = new TextPatternCompiler();
  const any = (key: string, v: unknown) => r.compile(key, () => c.any(r.strings(v, key), ''));
  const closing = r.object(raw.closing, 'closing', CLOSING_KINDS);
  return {
    closing: new Map(CLOSING_KINDS.map((k) => [k, any(`closing.${k}`, closing[k])])),
    meaning: any('meaning', raw.meaning),
    meaningCommonWords: new Set(r.strings(raw.meaningCommonWords, 'meaningCommonWords').map((w) => w.toLowerCase())),
    term: {
      frames: r.compile('termFrames', () => c.any(r.strings(raw.termFrames, 'termFrames'), 'g')),
      ends: new Set(r.strings(raw.termEnds, 'termEnds').map((w) => w.toLowerCase())),
      notNames: new Set(r.strings(raw.termNotNames, 'termNotNames').map((w) => w.toLowerCase())),
    },
    scaleQuestion: any('scaleQuestion', raw.scaleQuestion),
    hedgedScore: r.compile('hedgedScore', () => c.any(r.strings(raw.hedgedScore, 'hedgedScore'), 'g')),
    verdict: r.compile('verdict', () => c.whole(r.strings(raw.verdict, 'verdict'))),
    alreadySaid: any('alreadySaid', raw.alreadySaid),
    saidAgain: any('saidAgain', raw.saidAgain),
    alreadyDoing: any('alreadyDoing', raw.alreadyDoing),
    conditionalChange: any('conditionalChange', raw.conditionalChange),
    realChange: any('realChange', raw.realChange),
    remarks: r.compile('remarks', () => c.whole(r.strings(raw.remarks, 'remarks'))),
    progress: (() => {
      const p = r.object(raw.progress, 'progress', ['notBetter', 'longEnough', 'notWorse', 'betterWords']);
      return { notBetter: any('progress.notBetter', p.notBetter), notWorse: any('progress.notWorse', p.notWorse), betterWords: any('progress.betterWords', p.betterWords), longEnough: any('progress.longEnough', p.longEnough) };
    })(),
    spans: {
      progress: r.compile('progress', () => {
        const p = raw.progress as Record<string, unknown>;
        return c.any([...r.strings(p.notBetter, 'progress.notBetter'), ...r.strings(p.notWorse, 'progress.notWorse')], 'g');
      }),
      away: r.compile('closing.away', () => c.any(r.strings(closing.away, 'closing.away'), 'g')),
    },
  };
}

let loaded: CheckAsideWords | undefined;
function words(): CheckAsideWords {
  loaded ??= loadCheckAsides();
  return loaded;
}

/**
 * The kind of sign-off the message makes, if any: a short pause ("brb", "hang
 * on") first, since "sorry, door, brb" is no goodbye; then an apology, which opens the close.
 */
export function closingKind(text: string): ClosingKind | undefined {
  const t = prepare(text);
  const order: ClosingKind[] = ['away', 'apology', 'goodbye', 'thanks'];
  return order.find((k) => words().closing.get(k)!.test(t));
}

/** "what does that mean?", "what counts as weakness?". */
export function asksMeaning(text: string): boolean {
  return words().meaning.test(prepare(text));
}

/** A term holds at most this many words: "saddle numbness", "loss of bowel control". */
const MAX_TERM_WORDS = 4;

/**
 * The message only asks what a sign's name means ("no clue what you mean by <term>", "what does
 * <term> mean?"): each clause that tells a sign is such a question about a named term (a few
 * words naming no one), and nothing else in it tells a sign or speaks of anyone. "<term>, what does that mean?" and
 * "what does it mean when my ... is numb" are reports and stay alarms.
 */
export function asksTermOnly(text: string, signsTold: (part: string) => readonly string[]): boolean {
  if (!asksMeaning(text)) return false;
  const { frames, ends, notNames } = words().term;
  // Beside the term, no sign and no word about anyone ("..., I have it when I wipe"); only the "I" of
  // "I don't know what <term> is" before the frame.
  const quiet = (part: string, allowed: readonly string[]) =>
    !part.split(/\s+/).some((w) => notNames.has(w) && !allowed.includes(w)) && (part.trim() === '' || signsTold(part).length === 0);
  let named = false;
  for (const clause of prepare(text).split(/[.!?;:,]+/).map((c) => c.trim()).filter(Boolean)) {
    const frame = [...clause.matchAll(frames)].pop();
    const term = frame ? termWords(clause.slice(frame.index! + frame[0].length), ends) : [];
    if (term.length > 0 && term.length <= MAX_TERM_WORDS && !term.some((w) => notNames.has(w))) {
      if (!quiet(clause.slice(0, frame!.index!), ['i'])) return false;
      named = true;
    } else if (!quiet(clause, [])) return false;
  }
  return named;
}

/** The words of a term, without quotes and without the words that end it ("mean", "even mean"). */
function termWords(after: string, ends: ReadonlySet<string>): string[] {
  const ws = after.replace(/["'`]+(?=\s|$)|(?<=\s|^)["'`]+/g, ' ').split(/\s+/).filter(Boolean);
  while (ws.length > 0 && ends.has(ws[ws.length - 1]!)) ws.pop();
  return ws;
}

/** Whether a word is one every safety question shares (check-asides.yaml `meaningCommonWords`). */
export function commonToSafetyQuestions(word: string): boolean {
  return words().meaningCommonWords.has(word);
}

/** "what even is a 7?", "how do I rate it?". */
export function asksAboutScale(text: string): boolean {
  return words().scaleQuestion.test(prepare(text));
}

/** The text without its question about the scale: "what counts as a ten" rates nothing, "what's a 7? I'd say 6" rates 6. */
export function withoutScaleQuestion(text: string): string {
  const re = words().scaleQuestion;
  return prepare(text).replace(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`), ' ').trim();
}

/** The text without its scores and their hedges: "probably around a 6 or 7" leaves nothing to read as a yes. */
export function withoutScore(text: string): string {
  return prepare(text).replace(words().hedgedScore, ' ').replace(/\s+/g, ' ').trim();
}

/** "you already asked that, I said 7": the person hears the question as a repeat. */
export function saysAlreadySaid(text: string): boolean {
  return words().alreadySaid.test(prepare(text));
}

/** "you already said heat", "you're repeating yourself": the bot said the same again. */
export function saysSaidAgain(text: string): boolean {
  return words().saidAgain.test(prepare(text));
}

/** "I do that already", "been doing all of it", "I know all that": the last advice is already followed or known. */
export function saysAlreadyDoing(text: string): boolean {
  return words().alreadyDoing.test(prepare(text));
}

/** "what's the verdict?", "so what do I do?" as the whole message. */
export function asksVerdict(text: string): boolean {
  const t = prepare(text).replace(/[.!?]+$/, '').trim();
  // "grand. so what's the verdict": an acknowledgement before the wish is no answer.
  return words().verdict.test(t) || words().verdict.test(withoutAcknowledgements(t));
}

/** "worse when I stand up": what moves the pain, not a change since before ("getting worse when I walk" is one). */
export function conditionalChange(text: string): boolean {
  const t = prepare(text);
  return words().conditionalChange.test(t) && !words().realChange.test(t);
}

/**
 * The message without its progress report ("not improving at all", "not as
 * bad as earlier"): the negation in those is the report's own, never a "no"
 * to a safety question.
 */
export function withoutProgress(text: string): string {
  return prepare(text).replace(words().spans.progress, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The message without its clauses that only remark on the typing ("no, the left side. typing one
 * handed lol"); undefined when none does, or when nothing else is said (the remark is then the message).
 */
export function remarksTakenOut(text: string): string | undefined {
  const parts = clausesKeepingBreaks(text);
  const isRemark = (i: number) => i % 2 === 0 && parts[i]!.trim() !== '' && words().remarks.test(prepare(parts[i]!).replace(/[\s!?.]+$/, ''));
  if (!parts.some((_, i) => isRemark(i))) return undefined;
  // A remark goes with the break after it ("typing one handed, ") or, last, with the one before.
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (isRemark(i)) continue;
    kept.push(parts[i]!, parts[i + 1] ?? '');
  }
  const left = kept.join('').replace(/^[\s,;]+/, '').replace(/[\s,;]+$/, '').trim();
  return /\w/.test(left) ? left : undefined;
}

/**
 * The message without the clauses that report the pain's progress ("..., and its not really
 * getting better"), each cut at punctuation or "and"/"but"; undefined when none does.
 */
export function progressTakenOut(text: string): string | undefined {
  const { notBetter, notWorse } = words().progress;
  // A report's clause ends at punctuation, or at a joiner between two statements.
  const parts = clauses(prepare(text), { breakingWords: ['joiners', 'turns'] });
  const kept = parts.filter((p) => !notBetter.test(p) && !notWorse.test(p));
  return kept.length === parts.length ? undefined : kept.join('. ').replace(/\s+/g, ' ').trim();
}

/** The message without its pause ("one sec", "give me a minute"): a minute there is no onset. */
export function withoutAway(text: string): string {
  return prepare(text).replace(words().spans.away, ' ').replace(/\s+/g, ' ').trim();
}

/** "no better", "still as bad", "not easing": the pain is not getting better (the same, or worse). */
export function saysNotBetter(text: string): boolean {
  const t = prepare(text);
  return words().progress.notBetter.test(t) && !words().progress.notWorse.test(t);
}

/** "it's been 3 weeks and no better": not better after a few weeks of self-care or more, when seeing someone is the next step. */
export function notBetterForWeeks(text: string): boolean {
  return saysNotBetter(text) && words().progress.longEnough.test(prepare(text));
}

/**
 * A change since before told in words ("heaps better today than on Monday", "worse since yesterday", "no better"),
 * for a message the act model reads as something else (a greeting, a report with a score): its direction, from
 * the words of the change itself; nothing for what only moves the pain ("worse when I stand").
 */
export function changeTold(text: string): 'better' | 'worse' | undefined {
  const t = prepare(text);
  const { notBetter, notWorse, betterWords } = words().progress;
  if (notWorse.test(t)) return 'better';
  if (notBetter.test(t)) return 'worse';
  const change = words().realChange;
  change.lastIndex = 0;
  const found = change.exec(t)?.[0];
  if (found === undefined) return undefined;
  // realChange's words are better, easier, worse or harder: the first two are easing words (progress.betterWords).
  return betterWords.test(found) ? 'better' : 'worse';
}

/**
 * The act classifier, with progress read from the words and their negation:
 * "worse when I stand up" and "better if I lie down" are no act (what moves
 * the pain, not a change); "not as bad as yesterday" is easing; "no better",
 * "not easing" are not (read as `worse`; saysNotBetter() picks the reply);
 * and a `better` without any word of easing ("it caught me yesterday, now I
 * can hardly stand") is the model's guess from a symptom report, no act.
 */
export function withProgressReading(acts: ActCheck): ActCheck {
  return {
    classify(text: string): ActResult {
      const r = acts.classify(text);
      const change = r.act === 'better' || r.act === 'worse';
      if (change && conditionalChange(text)) return { act: 'none', score: r.score };
      const t = prepare(text);
      const { notWorse, betterWords } = words().progress;
      // "nowhere near as bad as yesterday" is easing, whatever act the model heard.
      if ((change || r.act === 'none') && notWorse.test(t)) return { act: 'better', score: r.score };
      if (change && saysNotBetter(text)) return { act: 'worse', score: r.score };
      if (r.act === 'better' && !betterWords.test(t)) return { act: 'none', score: r.score };
      return r;
    },
  };
}

/**
 * Questions asked about a sign in general ("Is foot drop the same as your foot
 * going to sleep?", "Why is losing weight a warning sign?"), wherever they sit in a
 * message: their findings are no one's (context.yaml `signQuestion`).
 */
import { SENTENCE_END } from '../language';
import { phraseAt } from '../language/phrases';

export interface SignQuestionWords {
  /** Words that may come before the opener ("so", "quick question"). */
  lead: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  /** Words that point at someone's own sign when they follow the opener ("is THIS normal?"). */
  pointers: ReadonlySet<string>;
  /** Words that make a question the asker's own anywhere in it ("normal", "now"). */
  notWith: ReadonlySet<string>;
  /** Words after a pointer that make it point at a claim, not a sign ("is it TRUE that ..."). */
  claims: ReadonlySet<string>;
  /**
   * Words after a pointer that make it point at the thing just asked about, offering a meaning for it
   * ("... ? is that WHEN the foot hangs down?"): a question in general when it follows one.
   */
  defines: ReadonlySet<string>;
  /** How many words after the opener are checked for pointers. */
  reach: number;
  /** A sign's name asked about as a term, in any order (see `termQuestions`). */
  terms: TermQuestionWords;
}

export interface TermQuestionWords {
  /** Signs' names as token lists ("foot drop", "cauda equina"). */
  names: readonly (readonly string[])[];
  /** What asks what a name means, as token lists ("what is that", "never heard of it", "the thing where"). */
  cues: readonly (readonly string[])[];
  /** A word right after a cue that makes it ask about the writer's own ("what is that ABOUT"). */
  notAfterCue: ReadonlySet<string>;
  /** Words outside the cues that tell the writer's own sign now ("since", "today"). */
  notWith: ReadonlySet<string>;
  /** Words that may join a name to a sign word after it ("is", "gone", "all"). */
  linkWords: ReadonlySet<string>;
  /** A sign told of the name right after it ("the saddle area is NUMB"): a report, whatever is asked beside it. */
  signWords: ReadonlySet<string>;
  /** Words that may stand around a name asked about with no cue and no "?" ("where is THE saddle area EXACTLY"). */
  askFillers: ReadonlySet<string>;
  /** Emphasis words that may stand between a cue's words ("what does that ACTUALLY mean"): the cue asks the same. */
  cueFillers: ReadonlySet<string>;
}

/**
 * The sentence numbers (counting sentence ends before a token) of the questions in
 * general: ending in "?", opening with a question word (after lead words, or after
 * a colon) whose first words point at nothing, and with no first-person or
 * `notWith` word ("is the leaking normal?" is asked by someone who has it).
 */
export function signQuestions(tokens: readonly string[], firstPerson: ReadonlySet<string>, q: SignQuestionWords): number[] {
  const out: number[] = [];
  let start = 0;
  let sentence = 0;
  for (let end = 0; end < tokens.length; end++) {
    if (!SENTENCE_END.has(tokens[end]!)) continue;
    if (tokens[end] === '?' && asksInGeneral(tokens, start, end, firstPerson, q)) out.push(sentence);
    start = end + 1;
    sentence++;
  }
  for (const s of termQuestions(tokens, firstPerson, q)) if (!out.includes(s)) out.push(s);
  return definingQuestions(tokens, firstPerson, q, out);
}

/**
 * `general` with the questions that offer a meaning for the one before them ("how do you spot foot
 * drop? is that when the foot hangs down?"): opener, pointer and a `defines` word, ending in "?", right
 * after a question in general, with no first-person or `notWith` word ("is that when my foot hangs like
 * now?" tells the writer's own). Each may lead on to the next.
 */
function definingQuestions(tokens: readonly string[], firstPerson: ReadonlySet<string>, q: SignQuestionWords, general: number[]): number[] {
  if (!q.defines.size || !general.length) return general;
  const out = [...general];
  let start = 0;
  let sentence = 0;
  for (let end = 0; end < tokens.length; end++) {
    if (!SENTENCE_END.has(tokens[end]!)) continue;
    if (tokens[end] === '?' && out.includes(sentence - 1) && !out.includes(sentence) && offersMeaning(tokens, start, end, firstPerson, q)) out.push(sentence);
    start = end + 1;
    sentence++;
  }
  return out;
}

/** Lead words, an opener, a pointer and a `defines` word, and nothing of the writer's own in the sentence. */
function offersMeaning(tokens: readonly string[], start: number, end: number, firstPerson: ReadonlySet<string>, q: SignQuestionWords): boolean {
  for (let i = start; i < end; i++) if (firstPerson.has(tokens[i]!) || q.notWith.has(tokens[i]!)) return false;
  let i = start;
  while (i < end && (q.lead.has(tokens[i]!) || tokens[i] === ',')) i++;
  return i + 2 < end && q.openers.has(tokens[i]!) && q.pointers.has(tokens[i + 1]!) && q.defines.has(tokens[i + 2]!);
}

/** Where `phrase` starts at token i, within [i, end). */
const startsAt = (tokens: readonly string[], i: number, end: number, phrase: readonly string[]): boolean => i + phrase.length <= end && phraseAt(tokens, phrase, i);

/**
 * Where a cue that starts at token i ends (-1 when it does not start there), emphasis words
 * (`fillers`) allowed between its words but never before its first: "what does that actually
 * mean" asks what "what does that mean" asks. Token by token, one pass, no backtracking.
 */
function cueEnd(tokens: readonly string[], i: number, end: number, cue: readonly string[], fillers: ReadonlySet<string>): number {
  if (i >= end || tokens[i] !== cue[0]) return -1;
  let j = i + 1;
  for (let k = 1; k < cue.length; k++) {
    while (j < end && tokens[j] !== cue[k] && fillers.has(tokens[j]!)) j++;
    if (j >= end || tokens[j] !== cue[k]) return -1;
    j++;
  }
  return j;
}

/**
 * The sentence numbers of a sign's name asked about as a term, in any order: a sentence
 * with a name and a cue ("foot drop, what is that?", "is cauda equina the thing where you
 * can't pee", "I've never heard of saddle anaesthesia"), or a sentence that is only a name
 * followed by one that opens with a cue ("foot drop? never heard of it"). Not when a
 * first-person or `notWith` word stands outside the cues: "I've got foot drop, what does
 * that mean?" tells the writer's own sign, and so does a sign word told of the name right
 * after it ("the saddle area is numb, what does that mean?"). A sentence that is only a
 * question word and a name ("where is the saddle area", no "?" typed) asks about the term
 * too. Token by token, no pattern with gaps.
 */
export function termQuestions(tokens: readonly string[], firstPerson: ReadonlySet<string>, q: SignQuestionWords): number[] {
  const t = q.terms;
  if (!t.names.length || !t.cues.length) return [];
  // The sentences as [start, end) spans, the last one with or without its end mark.
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !SENTENCE_END.has(tokens[i]!)) continue;
    spans.push([start, i]);
    start = i + 1;
  }
  const cueMarks = spans.map(([s, e]) => {
    const inCue = new Uint8Array(e - s);
    let found = false;
    for (let i = s; i < e; i++) {
      for (const cue of t.cues) {
        const after = cueEnd(tokens, i, e, cue, t.cueFillers);
        if (after < 0 || t.notAfterCue.has(tokens[after] ?? '')) continue;
        inCue.fill(1, i - s, after - s);
        found = true;
      }
    }
    return found ? inCue : null;
  });
  const own = (k: number): boolean => {
    const [s, e] = spans[k]!;
    const inCue = cueMarks[k];
    for (let i = s; i < e; i++) if (!inCue?.[i - s] && (firstPerson.has(tokens[i]!) || t.notWith.has(tokens[i]!) || q.notWith.has(tokens[i]!))) return true;
    return false;
  };
  const hasName = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) for (const name of t.names) if (startsAt(tokens, i, e, name)) return true;
    return false;
  };
  // The sentence is a name alone (after lead words): "foot drop?", "so, CES?".
  const onlyName = (s: number, e: number): boolean => {
    while (s < e && (q.lead.has(tokens[s]!) || tokens[s] === ',')) s++;
    return t.names.some((name) => name.length === e - s && startsAt(tokens, s, e, name));
  };
  // The sentence opens with a cue (after lead words).
  const opensWithCue = (k: number): boolean => {
    let [s, e] = spans[k]!;
    while (s < e && (q.lead.has(tokens[s]!) || tokens[s] === ',')) s++;
    return cueMarks[k]?.[0 + (s - spans[k]![0])] === 1;
  };
  // A name followed, past link words only, by a sign word: the sign is told of it.
  const signTold = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) {
      for (const name of t.names) {
        if (!startsAt(tokens, i, e, name)) continue;
        let j = i + name.length;
        while (j < e && t.linkWords.has(tokens[j]!)) j++;
        if (j < e && t.signWords.has(tokens[j]!)) return true;
      }
    }
    return false;
  };
  // The sentence is lead words, at least one question word, fillers and a name, nothing else:
  // "where is the saddle area", "what is cauda equina exactly".
  const bareAsk = (s: number, e: number): boolean => {
    while (s < e && (q.lead.has(tokens[s]!) || tokens[s] === ',')) s++;
    let asked = false;
    for (; s < e && (q.openers.has(tokens[s]!) || q.lead.has(tokens[s]!) || t.askFillers.has(tokens[s]!)); s++) asked ||= q.openers.has(tokens[s]!);
    if (!asked) return false;
    const name = t.names.find((n) => startsAt(tokens, s, e, n));
    if (!name) return false;
    s += name.length;
    while (s < e && t.askFillers.has(tokens[s]!)) s++;
    return s === e;
  };
  const out: number[] = [];
  for (let k = 0; k < spans.length; k++) {
    const [s, e] = spans[k]!;
    if (s >= e) continue;
    if (cueMarks[k] && hasName(s, e) && !own(k) && !signTold(s, e)) out.push(k);
    else if (!cueMarks[k] && bareAsk(s, e)) out.push(k);
    else if (k + 1 < spans.length && onlyName(s, e) && opensWithCue(k + 1) && !own(k + 1)) out.push(k);
  }
  return out;
}

function asksInGeneral(tokens: readonly string[], start: number, end: number, firstPerson: ReadonlySet<string>, q: SignQuestionWords): boolean {
  for (let i = start; i < end; i++) if (firstPerson.has(tokens[i]!) || q.notWith.has(tokens[i]!)) return false;
  const opensAt = (i: number): boolean => {
    while (i < end && (q.lead.has(tokens[i]!) || tokens[i] === ',')) i++;
    if (i >= end || !q.openers.has(tokens[i]!)) return false;
    // "is it true that ...?" asks about a claim: its "it" points at nothing the asker has.
    for (let j = i + 1; j <= i + q.reach && j < end; j++) if (q.pointers.has(tokens[j]!) && !q.claims.has(tokens[j + 1] ?? '')) return false;
    return true;
  };
  if (opensAt(start)) return true;
  for (let i = start; i < end; i++) if (tokens[i] === ':' && opensAt(i + 1)) return true;
  return false;
}

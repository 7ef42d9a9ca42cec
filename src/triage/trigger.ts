/**
 * Trigger: what set the pain off ("picked up my kid" is lifting, "playing
 * golf" sport, "no idea" unknown, a fall other), from
 * knowledge/triage/triggers.yaml, with the user's words for the summary.
 */
import { clauseBefore, isNegated, prepare, TRAILING_PUNCTUATION_RE } from './text';
import type { TriggerKind, TriggerResult } from './types';
import { vocabulary } from './vocabulary';

// Up to three words after a trigger match, within its clause: "picked up" -> "picked up my kid".
// The tail stops after a few words, which can leave "reaching for something on a".
const DANGLING_WORDS_RE = /(?:\s+(?:a|an|the|on|of|my|to|in|at|for|from|with|up|some|under|over|into|onto|behind|through))+\s*$/;
const SNIPPET_TAIL_RE = /^(?:\s+(?!and\b|but\b|when\b|while\b|then\b|so\b|since\b|because\b)[\w']+){0,3}/;
// "playing golf", "doing deadlifts": keep the verb before a sport or exercise.
const SNIPPET_HEAD_RE = /\b(?:playing|doing|at the|at|went|going|go|did|was|been)\s+$/;

function triggerSnippet(text: string, start: number, end: number): string {
  const head = SNIPPET_HEAD_RE.exec(text.slice(Math.max(0, start - 12), start));
  const from = head ? start - head[0].length : start;
  const tail = SNIPPET_TAIL_RE.exec(text.slice(end));
  return text.slice(from, end + (tail ? tail[0].length : 0)).replace(DANGLING_WORDS_RE, '').trim();
}

// What makes it worse is not what set it off: "it hurts when I bend", "painful to sit".

// As a whole answer, "sleep" / "in my sleep" is a trigger; mid-sentence it is
// more often a consequence ("trouble sleeping").
const SLEEP_ANSWER_RE = /^(?:in my |during my |during |while |from |my )?(?:sleep|sleeping|asleep|bed|night)$/;

/**
 * "hurts when I bend", "a 7 if I cough": what makes it worse. Not when the words between the pain word and the "when" say it
 * started ("pain started yesterday while lifting"): that clause tells what set it off.
 */
function aggravates(before: string): boolean {
  const { aggravationBefore, scoreWhenBefore, onsetWords } = vocabulary().triggers;
  if (scoreWhenBefore.test(before)) return true;
  const m = aggravationBefore.exec(before);
  return m !== null && !onsetWords.test(m[0]);
}

// The words of a doing clause kept for the summary: up to four, not past triggers.yaml doingStops.
const MAX_DOING_WORDS = 4;
// Times skipped between a doing cue and its -ing word: "went yesterday morning lifting".
const MAX_SKIPPED_TIMES = 3;

/**
 * What the person was doing when it came on, in words no trigger group names ("at work stocking shelves",
 * "went while hanging the washing"): an -ing word right after a cue (triggers.yaml doingCues), kept in their words.
 */
function doingTrigger(text: string): TriggerResult | undefined {
  const { doingCues, notDoing, doingStops, doingSkips } = vocabulary().triggers;
  for (const m of text.matchAll(doingCues)) {
    const at = m.index + m[0].length;
    const all = /^\s+([a-z']+(?:\s+[a-z']+){0,8})/.exec(text.slice(at))?.[1]?.split(/\s+/) ?? [];
    // "happened tuesday arvo pulling cable": the times between the cue and the doing are skipped.
    let skip = 0;
    while (skip < MAX_SKIPPED_TIMES && doingSkips.has(all[skip] ?? '')) skip += 1;
    const words = all.slice(skip, skip + 6);
    const first = words[0];
    if (!first || !/^[a-z]{3,}ing$/.test(first) || notDoing.has(first)) continue;
    if (isNegated(text, m.index) || aggravates(clauseBefore(text, at + 1))) continue;
    const kept: string[] = [];
    for (const w of words) {
      if (kept.length >= MAX_DOING_WORDS || doingStops.has(w)) break;
      kept.push(w);
    }
    const description = kept.join(' ').replace(DANGLING_WORDS_RE, '').trim();
    if (description) return { trigger: 'other', description };
  }
  return undefined;
}

export function triggerFromPrepared(text: string, answer: boolean): TriggerResult | undefined {
  const { labels, groups, unknownAnswer, unknownStatement, notAfter } = vocabulary().triggers;
  if (answer && SLEEP_ANSWER_RE.test(text.replace(TRAILING_PUNCTUATION_RE, ''))) {
    return { trigger: 'sleeping', description: `${labels.sleeping} (${text})` };
  }
  for (const group of groups) {
    let best: { value: TriggerKind; index: number; end: number } | undefined;
    for (const p of group) {
      if (p.answerOnly && !answer) continue;
      for (const m of text.matchAll(p.re)) {
        const before = clauseBefore(text, m.index);
        if (isNegated(text, m.index) || aggravates(before) || notAfter.test(before)) continue;
        if (!best || m.index < best.index) best = { value: p.kind, index: m.index, end: m.index + m[0].length };
        break;
      }
    }
    if (best) {
      const snippet = triggerSnippet(text, best.index, best.end);
      // "after bending": the words are the label itself, said once ("bending", not "bending (bending)").
      const same = snippet.trim().toLowerCase() === labels[best.value].trim().toLowerCase();
      return { trigger: best.value, description: best.value === 'other' || same ? (same ? labels[best.value] : snippet) : `${labels[best.value]} (${snippet})` };
    }
  }
  if (unknownStatement.test(text) || (answer && unknownAnswer.test(text))) {
    return { trigger: 'unknown', description: labels.unknown };
  }
  return answer ? undefined : doingTrigger(text);
}

/**
 * What set the pain off: "picked up my kid" (lifting), "playing golf" (sport),
 * "sneezed", "been at my desk all day" (sitting), "woke up with it"
 * (sleeping), "no idea" / "it just happened" (unknown), a fall or accident
 * (other). Undefined when nothing is recognised; the dialog may keep the raw
 * answer as the description of an 'other' trigger.
 */
export function parseTrigger(text: string): TriggerResult | undefined {
  return triggerFromPrepared(prepare(text), true);
}

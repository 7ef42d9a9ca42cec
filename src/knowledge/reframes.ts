import { findPhrase } from '../language/phrases';
import { WEIGHTS, type PlannerParts } from './answerPlan';
import { STOP_WORDS } from './passageMatcher';

/** How many words of its own a measure question may have and still be about the last question ("get up", not "postpartum workouts" and more). */
const MAX_OWN_WORDS = 2;

/** A short message read as the last question asked again: its text so asked, and what it switched to, if anything. */
export interface Reframe {
  kind: 'switch' | 'measure';
  /** The last question with the message's words: what is ranked. */
  text: string;
  /** A switch's new subject ("heat" of "what about heat?"), a measure's own words ("get up"): the answer must speak of them. */
  named: string;
}

/** Whether `frame` starts `words` and leaves something after it. */
const startsWith = (words: readonly string[], frame: readonly string[]) => frame.length < words.length && frame.every((w, i) => words[i] === w);

/**
 * Reads "what about heat?" and "how long for?" against the last question: a switch asks the same about
 * something else, a measure asks how long or how often of what was just asked about. Words are
 * knowledge/answers.yaml `reframes`; without them nothing is reframed.
 */
export class Reframer {
  private readonly switches: string[][];
  private readonly measures: string[][];
  /** Words that are no subject of their own in a measure question ("how long is it ok for?"). */
  private readonly noSubject: Set<string>;

  constructor(private readonly parts: PlannerParts) {
    const r = parts.wording.reframes;
    // Longest first: "and what about" before "what about".
    this.switches = (r?.switch ?? []).map((p) => parts.words(p)).sort((a, b) => b.length - a.length);
    this.measures = (r?.measure ?? []).map((p) => parts.words(p));
    this.noSubject = new Set([
      ...STOP_WORDS,
      ...this.measures.flat(),
      ...parts.wording.questionWords.flatMap((w) => parts.words(w)),
      ...parts.wording.followUpMarkers.flatMap((w) => parts.words(w)),
    ]);
  }

  /** The message as the last question asked again, if it is one of those. `asked` is the last question a passage answered. */
  read(text: string, asked: string | undefined): Reframe | undefined {
    if (!asked) return undefined;
    const words = this.parts.words(text);
    if (!words.length || words.length > WEIGHTS.shortFollowUp) return undefined;
    // Without its closing mark: the message's words are part of the same question, not a clause after it.
    const base = asked.replace(/[\s?.!,;:]+$/, '');
    const frame = this.switches.find((f) => startsWith(words, f));
    if (frame) {
      const named = words.slice(frame.length).join(' ');
      return { kind: 'switch', text: `${base} ${named}?`, named };
    }
    if (!this.measures.some((m) => findPhrase(words, m).length > 0)) return undefined;
    // "how long before I can go back to the gym" has a subject of its own; "how long is too long?" has none, and
    // "how often should I get up?" names what it measures, which the answer must then speak of.
    const own = words.filter((w) => !this.noSubject.has(w));
    return own.length <= MAX_OWN_WORDS ? { kind: 'measure', text: `${base} ${words.join(' ')}?`, named: own.join(' ') } : undefined;
  }
}

import { findFrame, findPhrase } from '../language/phrases';
import type { AnswerState } from './answerState';
import type { Passage } from './passages';
import { byKindOnly, WEIGHTS, type AnswerPlan, type PlannerParts } from './answerPlan';

/** Longest message read as a request for sources by its source word or frame alone; a longer one is a question of its own. */
const MAX_SOURCE_REQUEST_WORDS = 12;
/** How well what a source request names ("the blood thinner thing") must fit an answer given earlier for that answer's sources; and any other passage. */
const SOURCE_SUBJECT = { given: 0.2, any: 0.35 };

/**
 * Requests for sources ("sources?", "who says?", "where's the blood thinner bit
 * from?"): whether a message is one, and whose sources it wants.
 */
export class SourceRequests {
  private readonly sources: ReadonlySet<string>;
  private readonly sourceWords: ReadonlySet<string>;
  private readonly sourceFrames: string[][];
  private readonly sourcesAll: ReadonlySet<string>;
  private readonly studyWords: ReadonlySet<string>;
  private readonly studyMarks: string[][];
  private readonly sourceTold: ReadonlySet<string>;

  constructor(private readonly parts: Pick<PlannerParts, 'library' | 'matcher' | 'wording' | 'words'>) {
    const words = parts.words;
    this.sources = new Set(parts.wording.requests.sources.map((s) => words(s).join(' ')));
    this.sourceWords = new Set(parts.wording.requests.sourceWords.flatMap((w) => words(w)));
    this.sourceFrames = (parts.wording.requests.sourceFrames ?? []).map((f) => f.split('...').map((part) => words(part)).reduce((a, b) => [...a, '...', ...b]));
    this.sourcesAll = new Set((parts.wording.requests.sourcesAll ?? []).flatMap((w) => words(w)));
    this.studyWords = new Set((parts.wording.requests.studyWords ?? []).flatMap((w) => words(w)));
    this.studyMarks = (parts.wording.requests.studyMarks ?? []).map((m) => words(m));
    this.sourceTold = new Set((parts.wording.requests.sourceTold ?? []).flatMap((w) => words(w)));
  }

  /** The sources plan for a message that asks for them, else undefined. `given` lists the answers given so far, the latest first. */
  plan(words: readonly string[], last: Passage | undefined, state: AnswerState, given: () => Passage[]): AnswerPlan | undefined {
    const request = this.asks(words);
    if (!request) return undefined;
    const of = this.subject(words, request, last, state) ?? this.studyAsked(words, last, given) ?? last;
    const all = of === last && words.some((w) => this.sourcesAll.has(w)) ? given() : [];
    return { kind: 'sources', ...(of ? { passage: of } : {}), ...(all.length > 1 ? { all } : {}) };
  }

  /**
   * "give me the actual study" after an answer resting only on guidance pages (a cause, a where-to-go): the latest
   * answer given that rests on research, whose study is the one meant; undefined when the last answer does or none does.
   */
  private studyAsked(words: readonly string[], last: Passage | undefined, given: () => Passage[]): Passage | undefined {
    if (!words.some((w) => this.studyWords.has(w))) return undefined;
    const research = (p: Passage) => p.sources.some((s) => this.studyMarks.some((m) => findPhrase(this.parts.words(s.title), m).length > 0));
    if (last && research(last)) return undefined;
    return given().find(research);
  }

  /**
   * "sources?", or a short message naming a source ("can you share the source for the codeine bit?")
   * or asking where something said comes from ("where's the blood thinner thing from?"): the
   * positions of the request's own words, else undefined.
   */
  asks(words: readonly string[]): number[] | undefined {
    if (this.sources.has(words.join(' '))) return words.map((_, i) => i);
    if (words.length > MAX_SOURCE_REQUEST_WORDS) return undefined;
    // "tried heat like every website says": a source that told them something is their story, not a request.
    const named = words.flatMap((w, i) => (this.sourceWords.has(w) && !this.sourceTold.has(words[i + 1] ?? '') ? [i] : []));
    if (named.length) return named;
    for (const f of this.sourceFrames) {
      const at = findFrame(words, f);
      if (at) return at;
    }
    return undefined;
  }

  /**
   * Whose sources a request wants: the answer given earlier that what it names fits
   * ("where can I read about the warfarin thing?" after three other answers), else a
   * passage it names clearly; nothing named, or nothing fitting: undefined (the last answer).
   */
  private subject(words: readonly string[], request: readonly number[], last: Passage | undefined, state: AnswerState): Passage | undefined {
    const rest = words.filter((_, i) => !request.includes(i));
    if (!rest.length) return undefined;
    // "wheres the 1% from": a number it names, in an answer given earlier ("fewer than 1 in 100").
    const numbers = rest.filter((w) => /^\d+$/.test(w));
    const withNumber = numbers.length ? state.given.map((id) => this.parts.library.get(id)).find((p) => p && numbers.some((n) => this.parts.words(p.answer).includes(n))) : undefined;
    if (withNumber) return withNumber;
    // "where's the heat thing from, sounds like an old wives tale": what the frame holds names it best.
    const inside = words.slice(Math.min(...request), Math.max(...request) + 1).filter((_, i) => !request.includes(i + Math.min(...request)));
    return (inside.length && inside.length < rest.length ? this.subjectOf(inside.join(' '), last, state) : undefined) ?? this.subjectOf(rest.join(' '), last, state);
  }

  private subjectOf(text: string, last: Passage | undefined, state: AnswerState): Passage | undefined {
    const ranked = this.parts.matcher.rank(text).filter(({ passage }) => !byKindOnly(passage) || state.given.includes(passage.id));
    const given = ranked.find(({ passage }) => state.given.includes(passage.id));
    if (last && given && given.passage.id !== last.id) {
      // The last answer fits as well: its sources.
      const lastScore = ranked.find(({ passage }) => passage.id === last.id)?.score ?? 0;
      if (given.score >= SOURCE_SUBJECT.given && given.score - lastScore >= WEIGHTS.clearMargin) return given.passage;
      if (given.score >= SOURCE_SUBJECT.given) return lastScore >= SOURCE_SUBJECT.given ? last : given.passage;
    }
    if (given && given.score >= SOURCE_SUBJECT.given) return given.passage;
    // "the law thing": an answer given earlier (the latest first) that cites it.
    const citing = [...state.given].reverse().map((id) => this.parts.library.get(id)).find((p) => p && this.parts.matcher.namesASource(text, p));
    if (citing) return citing;
    const best = ranked[0];
    return best && best.score >= SOURCE_SUBJECT.any ? best.passage : undefined;
  }
}

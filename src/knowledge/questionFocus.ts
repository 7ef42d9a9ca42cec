import { findPhrase } from '../language/phrases';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import type { WordsOf } from './answerText';
import { KnowledgeValidationError } from './knowledgeBase';
import type { Passage } from './passages';

/**
 * What a question asks about its subject ("how long", "how often"), read from knowledge/language/question-focus.yaml:
 * an answer that fits the subject but not the focus ("how long before it settles?" answered with a painkiller caution)
 * answers a neighbouring question. The planner uses it to pick an answer that does, or to say plainly it cannot.
 */
export interface Focus {
  id: string;
  /** One honest sentence said before the nearest answer when no answer addresses the focus. */
  cannot: string;
}

interface FocusEntry extends Focus {
  asked: string[][];
  answered: string[][];
}

export class QuestionFocus {
  /** Each passage's text as words, read once (passages do not change). */
  private readonly textWords = new WeakMap<Passage, string[]>();

  constructor(
    private readonly entries: readonly FocusEntry[],
    private readonly words: WordsOf,
    /** Words that hedge a question ("do you think"): no subject of it. */
    readonly hedges: ReadonlySet<string> = new Set(),
    /** Phrases for the pain's own course ("eases", "settle down", "get better"): what a measure is asked of when nothing else is named. */
    private readonly course: readonly string[][] = [],
  ) {}

  static fromFile(file: string, words: WordsOf): QuestionFocus {
    const data = readYamlFile(file);
    const list = isObject(data) && Array.isArray(data.focuses) ? data.focuses : undefined;
    if (!list) throw new KnowledgeValidationError(file, 'focuses', 'must be a list');
    const phrases = (v: unknown, field: string): string[][] => {
      if (!Array.isArray(v) || !v.length || v.some((s) => typeof s !== 'string' || !s.trim())) throw new KnowledgeValidationError(file, field, 'must be a non-empty list of strings');
      return (v as string[]).map((s) => words(s));
    };
    const entries = list.map((e: unknown, i: number) => {
      if (!isObject(e) || typeof e.id !== 'string' || typeof e.cannot !== 'string' || !e.cannot.trim()) throw new KnowledgeValidationError(file, `focuses[${i}]`, 'needs id and cannot');
      return { id: e.id, cannot: e.cannot, asked: phrases(e.asked, `focuses[${i}].asked`), answered: phrases(e.answered, `focuses[${i}].answered`) };
    });
    const hedges = isObject(data) && data.hedges !== undefined ? phrases(data.hedges, 'hedges').flat() : [];
    const course = isObject(data) && data.course !== undefined ? phrases(data.course, 'course') : [];
    return new QuestionFocus(entries, words, new Set(hedges), course);
  }

  /** The focus the message's words ask for, if any (the first in the file's order). */
  of(words: readonly string[]): Focus | undefined {
    return this.entries.find((e) => e.asked.some((p) => findPhrase(words, p).length > 0));
  }

  /** The focus whose answers a message offers as guesses ("2 days? a week?" guesses how long): what it asks, unworded. */
  offered(words: readonly string[]): Focus | undefined {
    return this.entries.find((e) => e.answered.some((p) => findPhrase(words, p).length > 0));
  }

  /** Whether the words speak of the pain's own course ("how long before it eases?"), not of a thing it is asked about. */
  namesCourse(words: readonly string[]): boolean {
    return this.course.some((p) => findPhrase(words, p).length > 0);
  }

  /** The words without those of the pain's course: what else a question names. */
  withoutCourse(words: readonly string[]): string[] {
    // Only where a course phrase stands: "take" of "will it take" is no course word in "take one".
    const covered = new Set<number>();
    for (const p of this.course) for (const at of findPhrase(words, p)) p.forEach((_, i) => covered.add(at + i));
    return words.filter((_, i) => !covered.has(i));
  }

  /** The words that ask for the focus ("how often"), as one text: no subject of the question. */
  askedText(focus: Focus): string {
    return (this.entries.find((e) => e.id === focus.id)?.asked ?? []).flat().join(' ');
  }

  /** Whether a text (one sentence of an answer) speaks to the focus. */
  addressesText(focus: Focus, text: string): boolean {
    return this.wordsIn(focus, text) > 0;
  }

  /** How many of the focus's words a text (one sentence of an answer) holds: 0 when it does not speak to it. */
  wordsIn(focus: Focus, text: string): number {
    const entry = this.entries.find((e) => e.id === focus.id);
    if (!entry) return 1;
    const words = this.words(text);
    return entry.answered.filter((p) => findPhrase(words, p).length > 0).length;
  }

  /** How many words of the other focuses a text holds ("minutes", "at a time" in a line read for how often): it speaks to those more. */
  otherWordsIn(focus: Focus, text: string): number {
    return this.entries.filter((e) => e.id !== focus.id).reduce((n, e) => n + this.wordsIn(e, text), 0);
  }

  /** Whether a passage's text (its answer or its more) speaks to the focus. */
  addresses(focus: Focus, passage: Passage): boolean {
    const entry = this.entries.find((e) => e.id === focus.id);
    if (!entry) return true;
    let text = this.textWords.get(passage);
    if (!text) {
      text = this.words(`${passage.answer} ${passage.more ?? ''}`);
      this.textWords.set(passage, text);
    }
    return entry.answered.some((p) => findPhrase(text!, p).length > 0);
  }
}

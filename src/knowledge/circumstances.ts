import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { findPhrase } from '../language/phrases';
import { KnowledgeValidationError } from './knowledgeBase';
import type { AnswerPlan } from './answerPlan';
import { sentenceKey, sentences, type WordsOf } from './answerText';
import type { Passage } from './passages';
import type { UserFacts } from './userFacts';

/** The file of circumstances, beside knowledge/user-facts.yaml. */
export const CIRCUMSTANCES_FILE = 'circumstances.yaml';

/** The fields of a circumstance that are its own, not a user fact's. */
const OWN_FIELDS = ['ack', 'instead', 'rulesOut', 'fallback'];

interface Circumstance {
  id: string;
  ack: string;
  instead?: string;
  clashes: string[][];
  rulesOut: ReadonlySet<string>;
  fallback?: string;
  /** The passages it sends answers to (its redirects and fallback): an answer it chose. */
  honouredBy: ReadonlySet<string>;
}

/** The text (its words) says a stock next step the circumstance rules out ("ask a pharmacist"). */
function saysClash(c: Circumstance, textWords: readonly string[]): boolean {
  return c.clashes.some((p) => findPhrase(textWords, p).length > 0);
}

/** knowledge/circumstances.yaml's entries, read once at start-up and handed to the fact reader and to `Circumstances`. */
export type CircumstanceEntries = ReadonlyArray<[string, Record<string, unknown>]>;

/** Reads and checks knowledge/circumstances.yaml (its path is the directory's). */
export function readCircumstances(dir: string): CircumstanceEntries {
  const file = join(dir, CIRCUMSTANCES_FILE);
  const data = readYamlFile(file);
  if (!isObject(data) || !isObject(data.circumstances)) throw new KnowledgeValidationError(file, 'circumstances', 'must be a mapping of id -> definition');
  return Object.entries(data.circumstances).map(([id, raw]) => {
    if (!isObject(raw)) throw new KnowledgeValidationError(file, `circumstances.${id}`, 'must be a mapping');
    if (typeof raw.ack !== 'string' || !raw.ack.trim()) throw new KnowledgeValidationError(file, `circumstances.${id}.ack`, 'must be a non-empty string');
    return [id, raw];
  });
}

/**
 * The circumstances as raw user-fact definitions, for the fact file's reader after the work demands:
 * a circumstance is kept in conversation state like any fact (its mentions, redirects, clashes and note), and its own
 * fields (ack, instead, rulesOut, fallback) are applied by `Circumstances`.
 */
export function circumstanceFacts(entries: CircumstanceEntries): Array<[string, Record<string, unknown>]> {
  return entries.map(([id, raw]) => [id, Object.fromEntries(Object.entries(raw).filter(([k]) => !OWN_FIELDS.includes(k)))]);
}

/**
 * What a stated limit does to an answer beyond the fact machinery: a passage it rules out (by tag) gives way to the
 * one that honours it; the stock next step it rules out ("ask a pharmacist" with the pharmacy shut) is swapped for
 * the one that fits; and the first answer it changes leads with a few words showing it was heard, once.
 */
export class Circumstances {
  private constructor(private readonly all: readonly Circumstance[]) {}

  static fromEntries(entries: CircumstanceEntries, dir: string, words: WordsOf, passageExists: (id: string) => boolean): Circumstances {
    const file = join(dir, CIRCUMSTANCES_FILE);
    const all = entries.map(([id, raw]): Circumstance => {
      const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
      const fallback = typeof raw.fallback === 'string' ? raw.fallback : undefined;
      if (fallback && !passageExists(fallback)) throw new KnowledgeValidationError(file, `circumstances.${id}.fallback`, `names unknown passage "${fallback}"`);
      const rulesOut = new Set(list(raw.rulesOut));
      if (rulesOut.size && !fallback) throw new KnowledgeValidationError(file, `circumstances.${id}.rulesOut`, 'needs a fallback passage');
      const redirects = isObject(raw.redirects) ? Object.values(raw.redirects).map(String) : [];
      return {
        id,
        ack: String(raw.ack),
        ...(typeof raw.instead === 'string' ? { instead: raw.instead } : {}),
        clashes: list(raw.clashes).map((c) => words(c)),
        rulesOut,
        ...(fallback ? { fallback } : {}),
        honouredBy: new Set([...redirects, ...(fallback ? [fallback] : [])]),
      };
    });
    return new Circumstances(all);
  }

  /** The circumstance ids, for tests and validation. */
  get ids(): string[] {
    return this.all.map((c) => c.id);
  }

  private known(facts: UserFacts): Circumstance[] {
    return this.all.filter((c) => facts.known[c.id] !== undefined);
  }

  /** The passage to give instead of one a known circumstance rules out by its tags (floor stretches for someone at a desk). */
  honouring(passage: Passage, facts: UserFacts): string | undefined {
    return this.known(facts).find((c) => c.fallback !== passage.id && passage.tags.some((t) => c.rulesOut.has(t)))?.fallback;
  }

  /**
   * Whether circumstances just told change this answer (it is one they rule out or redirect, or it says a next step
   * they rule out): a statement of them after it ("I can't do that at work") asks for it again, honouring them.
   */
  changes(passage: Passage, ids: readonly string[], redirects: (id: string) => string | undefined, words: WordsOf): boolean {
    const told = this.all.filter((c) => ids.includes(c.id));
    if (!told.length) return false;
    if (redirects(passage.id)) return true;
    const text = words(passage.answer);
    return told.some(
      (c) => (c.fallback !== passage.id && passage.tags.some((t) => c.rulesOut.has(t))) || (c.instead !== undefined && saysClash(c, text)),
    );
  }

  /**
   * The plan with the known circumstances applied to its passage: the first sentence with a stock next step a
   * circumstance rules out becomes its `instead` line (the others are left out), and when a circumstance changed the
   * answer (swapped a line, or chose it) its acknowledgement goes first, unless said earlier in the conversation.
   */
  apply(plan: AnswerPlan, facts: UserFacts, said: readonly string[], words: WordsOf): AnswerPlan {
    if (plan.kind !== 'passage') return plan;
    const known = this.known(facts);
    if (!known.length) return plan;
    // Said before on any topic (a said key is "topic#sentence"; a line may start with the ack): not said again.
    const heard = said.map((k) => k.slice(k.indexOf('#') + 1));
    const fresh = (ack: string) => !heard.some((h) => h.startsWith(sentenceKey(ack)));
    let answer = plan.passage.answer;
    let more = plan.passage.more;
    const leads: string[] = [];
    for (const c of known) {
      // Acknowledged when it chose the answer or changed what is shown first; a line swapped in "more" needs no ack.
      let changed = c.honouredBy.has(plan.passage.id);
      let lead: string | undefined;
      if (c.instead && c.clashes.length) {
        const isClash = (s: string) => saysClash(c, words(s));
        let put = false;
        // The answer's first sentence stays (it answers the question); a stock step in it puts the instead line first.
        const swap = (text: string, shown: boolean): string =>
          sentences(text)
            .flatMap((s, i) => {
              if (!isClash(s)) return [s];
              if (shown) changed = true;
              if (shown && i === 0) return [s];
              if (put) return [];
              put = true;
              return [c.instead!];
            })
            .join(' ');
        const firstClashes = isClash(sentences(answer)[0] ?? '');
        answer = swap(answer, true);
        if (firstClashes && !put) {
          lead = c.instead;
          put = true;
        }
        if (more !== undefined) more = swap(more, false);
      }
      const ack = changed && fresh(c.ack) ? c.ack : undefined;
      const line = [ack, lead].filter(Boolean).join(' ');
      if (line) leads.push(line);
    }
    if (answer === plan.passage.answer && more === plan.passage.more && !leads.length) return plan;
    const passage: Passage = { ...plan.passage, answer, ...(more !== undefined ? { more } : {}) };
    // A warning for the person's safety keeps its place first (the word limit drops caveats from the end); then the limit's line.
    return { ...plan, passage, caveats: [...plan.caveats, ...leads] };
  }
}

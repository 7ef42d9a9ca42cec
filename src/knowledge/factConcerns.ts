import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { findPhrase } from '../language/phrases';
import { KnowledgeValidationError } from './knowledgeBase';
import type { UserFacts } from './userFacts';

type WordsOf = (text: string) => string[];

/** One concern of knowledge/fact-concerns.yaml: what it needs known, the ways of telling it, and its reply. */
interface Concern {
  name: string;
  fact?: string;
  /** Each way is a list of word groups; every group needs one of its phrases. */
  when: string[][][][];
  reply: string;
}

/**
 * knowledge/fact-concerns.yaml: symptoms that mean something else for this person (labour-like pain
 * in pregnancy, pain spreading to the shoulder blade with a heart history, driving to be seen after
 * being told to come in). Their reply says where to turn now, instead of a back answer or a scope refusal.
 */
export class FactConcerns {
  private constructor(
    private readonly concerns: readonly Concern[],
    private readonly notAfter: ReadonlySet<string>,
    private readonly words: WordsOf,
  ) {}

  static fromFile(file: string, words: WordsOf, placeholders: ReadonlySet<string>, sources: ReadonlySet<string>): FactConcerns {
    const data = readYamlFile(file);
    if (!isObject(data) || !Array.isArray(data.concerns) || data.concerns.length === 0) throw new KnowledgeValidationError(file, 'concerns', 'must be a non-empty list');
    const strings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');
    if (data.notAfter !== undefined && !strings(data.notAfter)) throw new KnowledgeValidationError(file, 'notAfter', 'must be a list of words');
    const concerns = data.concerns.map((c: unknown, i: number): Concern => {
      const at = `concerns[${i}]`;
      if (!isObject(c) || typeof c.name !== 'string') throw new KnowledgeValidationError(file, `${at}.name`, 'must be a string');
      if (c.fact !== undefined && typeof c.fact !== 'string') throw new KnowledgeValidationError(file, `${at}.fact`, 'must be a fact id');
      if (typeof c.reply !== 'string' || !c.reply.trim()) throw new KnowledgeValidationError(file, `${at}.reply`, 'must be a non-empty string');
      for (const [, name] of c.reply.matchAll(/\{(\w+)\}/g)) {
        const key = name!.charAt(0).toLowerCase() + name!.slice(1);
        if (!placeholders.has(key)) throw new KnowledgeValidationError(file, `${at}.reply`, `{${name}} is not a known placeholder`);
      }
      if (!strings(c.sources) || c.sources.some((s) => !sources.has(s))) throw new KnowledgeValidationError(file, `${at}.sources`, 'must list keys of sources.yaml');
      if (!Array.isArray(c.when) || c.when.length === 0) throw new KnowledgeValidationError(file, `${at}.when`, 'must be a non-empty list');
      const when = c.when.map((way: unknown, j: number) => {
        if (!Array.isArray(way) || way.length === 0 || !way.every(strings)) throw new KnowledgeValidationError(file, `${at}.when[${j}]`, 'must be a list of phrase lists');
        return (way as string[][]).map((group) => group.map((p) => words(p)));
      });
      return { name: c.name, ...(typeof c.fact === 'string' ? { fact: c.fact } : {}), when, reply: c.reply.trim() };
    });
    return new FactConcerns(concerns, new Set((data.notAfter as string[] | undefined) ?? []), words);
  }

  /** Fact ids the concerns need, for the loader to check against user-facts.yaml. */
  get facts(): string[] {
    return this.concerns.flatMap((c) => (c.fact ? [c.fact] : []));
  }

  /** The first concern the message tells, given the facts known (this message's included), or undefined. */
  concernIn(text: string, facts: UserFacts): { name: string; reply: string } | undefined {
    const all = this.words(text);
    // A phrase right after a denial ("no tightening", "not every 10 minutes") is not told.
    const told = (phrase: string[]) => findPhrase(all, phrase).some((i) => !this.notAfter.has(all[i - 1] ?? ''));
    const found = this.concerns.find((c) => (!c.fact || facts.known[c.fact] !== undefined) && c.when.some((way) => way.every((group) => group.some(told))));
    return found && { name: found.name, reply: found.reply };
  }
}

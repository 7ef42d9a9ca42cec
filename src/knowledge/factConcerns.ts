import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { findPhrase, phraseWords } from '../language/phrases';
import { KnowledgeValidationError } from './knowledgeBase';
import type { UserFacts } from './userFacts';

type WordsOf = (text: string) => string[];

/** One concern of knowledge/fact-concerns.yaml: what it needs known, the ways of telling it, and its reply. */
interface Concern {
  name: string;
  fact?: string;
  /** Each way is a list of word groups; every group needs one of its phrases. */
  when: Way[];
  /** Ways that count only once the concern `after` names was said in this conversation. */
  after?: { concern: string; when: Way[] };
  reply: string;
  /** The passage the reply stands for: what comes next ("tell me more", "like what?") follows on from it. */
  passage?: string;
}

/** A way of telling a concern: word groups, each a list of phrases (already words). */
type Way = string[][][];

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
    private readonly notBefore: ReadonlySet<string> = new Set(),
  ) {}

  static fromFile(file: string, words: WordsOf, placeholders: ReadonlySet<string>, sources: ReadonlySet<string>): FactConcerns {
    const data = readYamlFile(file);
    if (!isObject(data) || !Array.isArray(data.concerns) || data.concerns.length === 0) throw new KnowledgeValidationError(file, 'concerns', 'must be a non-empty list');
    const strings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');
    if (data.notAfter !== undefined && !strings(data.notAfter)) throw new KnowledgeValidationError(file, 'notAfter', 'must be a list of words');
    if (data.notBefore !== undefined && !strings(data.notBefore)) throw new KnowledgeValidationError(file, 'notBefore', 'must be a list of words');
    const sets = new Map<string, string[]>();
    if (data.sets !== undefined) {
      if (!isObject(data.sets)) throw new KnowledgeValidationError(file, 'sets', 'must be a mapping of name -> words');
      for (const [name, list] of Object.entries(data.sets)) {
        if (!strings(list)) throw new KnowledgeValidationError(file, `sets.${name}`, 'must be a non-empty list of words');
        sets.set(name, list);
      }
    }
    // "{pet} back" is a phrase for each member of the set; {n} stays a number.
    const expand = (phrase: string, at: string): string[] => {
      const m = /\{(\w+)\}/.exec(phrase.replace(/\{n\}/g, '\u0000'));
      if (!m) return [phrase];
      const members = sets.get(m[1]!);
      if (!members) throw new KnowledgeValidationError(file, at, `{${m[1]}} is not one of sets`);
      return members.flatMap((w) => expand(phrase.replace(`{${m[1]}}`, w), at));
    };
    const ways = (v: unknown, at: string): Way[] => {
      if (!Array.isArray(v) || v.length === 0) throw new KnowledgeValidationError(file, at, 'must be a non-empty list');
      return v.map((way: unknown, j: number) => {
        if (!Array.isArray(way) || way.length === 0 || !way.every(strings)) throw new KnowledgeValidationError(file, `${at}[${j}]`, 'must be a list of phrase lists');
        return (way as string[][]).map((group) => group.flatMap((p) => expand(p, `${at}[${j}]`)).map((p) => phraseWords(p, words)));
      });
    };
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
      const when = ways(c.when, `${at}.when`);
      if ((c.after === undefined) !== (c.whenAfter === undefined)) throw new KnowledgeValidationError(file, `${at}.after`, 'needs whenAfter, and whenAfter needs after');
      if (c.after !== undefined && typeof c.after !== 'string') throw new KnowledgeValidationError(file, `${at}.after`, 'must be a concern name');
      const after = typeof c.after === 'string' ? { concern: c.after, when: ways(c.whenAfter, `${at}.whenAfter`) } : undefined;
      if (c.passage !== undefined && typeof c.passage !== 'string') throw new KnowledgeValidationError(file, `${at}.passage`, 'must be a passage id');
      const passage = typeof c.passage === 'string' ? { passage: c.passage } : {};
      return { name: c.name, ...(typeof c.fact === 'string' ? { fact: c.fact } : {}), when, ...(after ? { after } : {}), reply: c.reply.trim(), ...passage };
    });
    const names = new Set(concerns.map((c) => c.name));
    concerns.forEach((c, i) => {
      if (c.after && !names.has(c.after.concern)) throw new KnowledgeValidationError(file, `concerns[${i}].after`, `names unknown concern "${c.after.concern}"`);
    });
    const notBefore = new Set(((data.notBefore as string[] | undefined) ?? []).flatMap((w) => words(w)));
    return new FactConcerns(concerns, new Set((data.notAfter as string[] | undefined) ?? []), words, notBefore);
  }

  /** Fact ids the concerns need, for the loader to check against user-facts.yaml. */
  get facts(): string[] {
    return this.concerns.flatMap((c) => (c.fact ? [c.fact] : []));
  }

  /** Passage ids the concerns stand for, for the loader to check against the library. */
  get passages(): string[] {
    return this.concerns.flatMap((c) => (c.passage ? [c.passage] : []));
  }

  /** The first concern the message tells, given the facts known (this message's included) and the concerns said before, or undefined. */
  concernIn(text: string, facts: UserFacts, saidBefore: readonly string[] = []): { name: string; reply: string; passage?: string } | undefined {
    const all = this.words(text);
    // A phrase right after a denial ("no tightening", "not every 10 minutes") is not told, nor one whose last
    // word names a thing of its own with the next ("for the dog bowl" is the bowl, not the dog).
    const told = (phrase: string[]) => findPhrase(all, phrase).some((i) => !this.notAfter.has(all[i - 1] ?? '') && !this.notBefore.has(all[i + phrase.length] ?? ''));
    const tells = (ways: readonly Way[]) => ways.some((way) => way.every((group) => group.some(told)));
    const found = this.concerns.find(
      (c) => (!c.fact || facts.known[c.fact] !== undefined) && (tells(c.when) || (c.after !== undefined && saidBefore.includes(c.after.concern) && tells(c.after.when))),
    );
    return found && { name: found.name, reply: found.reply, ...(found.passage ? { passage: found.passage } : {}) };
  }
}

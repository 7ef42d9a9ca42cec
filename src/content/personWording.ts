import type { Pronoun } from '../safety/helperSubject';
import { readYamlFile } from '../util/yamlFile';
import { fill } from './responses';
import { escapeRegExp } from '../util/escapeRegExp';

/**
 * knowledge/language/person-words.yaml: a reply about the person in pain said of them when someone
 * writes for them ("are you over about 50" asked as "is she over about 50", "I hope your back eases"
 * as "I hope his back eases"), with the words that speak to the writer kept. One wording for every
 * reply that speaks of the patient: the check questions and the closes (dialogs/aboutPatient.ts).
 */
interface Person {
  values: Record<'they' | 'them' | 'their' | 'themselves', string>;
  one: boolean;
}

interface Shift {
  you: string;
  one: string;
  many: string;
}

/** A sentence-opening word that tells the person in pain what to do ("Keep moving"), and how it is said of them. */
interface Imperative {
  word: string;
  said: string;
}

/** Letters, digits and the apostrophe make a word: "you" in "you're" is not a word of its own. */
const WORD = "[A-Za-z0-9'\u2019]";

function escape(text: string): string {
  return escapeRegExp(text).replace(/'/g, "['\u2019]").replace(/ /g, '\\s+');
}

/** One of `phrases` in `text` as whole words, case and punctuation aside. */
function hasPhrase(text: string, phrases: readonly string[]): boolean {
  const folded = ` ${text.toLowerCase().replace(/\u2019/g, "'").replace(/[^a-z0-9']+/g, ' ').trim()} `;
  return phrases.some((p) => folded.includes(` ${p} `));
}

export class PersonWording {
  private readonly pattern: RegExp;
  private readonly opening: RegExp | null;
  private readonly theirBack = new Map<Pronoun, RegExp>();

  private constructor(
    private readonly people: ReadonlyMap<Pronoun, Person>,
    private readonly keep: readonly string[],
    private readonly shifts: ReadonlyMap<string, Shift>,
    private readonly imperatives: ReadonlyMap<string, Imperative> = new Map(),
    backWords: readonly string[] = [],
    private readonly ownAskPhrases: readonly string[] = [],
    private readonly advicePhrases: readonly string[] = [],
    private readonly theirAsks: readonly string[] = [],
    testimony: readonly string[] = [],
  ) {
    // One alternation, longest phrase first, so "are you" wins over "you"; literals only (no gaps), so no backtracking.
    const phrases = [...keep.map((k) => k.toLowerCase()), ...shifts.keys()].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(`(?<!${WORD})(?:${phrases.map(escape).join('|')})(?!${WORD})`, 'gi');
    // "her back", "his lower back": per person, their possessive before one of the `theirBack` phrases.
    const backs = [...backWords].sort((a, b) => b.length - a.length).map(escape).join('|');
    // "it fixed his back": what helped them, told as a story, is not their back told of now (`testimony`).
    const told = [...testimony].sort((a, b) => b.length - a.length).map(escape).join('|');
    const notAfter = told ? `(?<!(?<!${WORD})(?:${told})\\s+)` : '';
    for (const [pronoun, person] of people) {
      if (backWords.length) this.theirBack.set(pronoun, new RegExp(`${notAfter}(?<!${WORD})${escape(person.values.their)}\\s+(?:${backs})(?!${WORD})`, 'i'));
    }
    const opening = [...imperatives.keys()].sort((a, b) => b.length - a.length);
    // A word that opens the text, a sentence or a line; literals only, so no backtracking.
    this.opening = opening.length ? new RegExp(`(^|[.!?:]\\s+|\\n\\s*)(${opening.map(escape).join('|')})(?!${WORD})`, 'gi') : null;
  }

  static fromFile(path: string): PersonWording {
    const data = readYamlFile(path) as Record<string, unknown> | null;
    const fail = (field: string, why: string): never => {
      throw new Error(`${path}: field "${field}" ${why}`);
    };
    if (!data || typeof data.people !== 'object' || data.people === null) return fail('people', 'must map her, him and them to their words');
    const people = new Map<Pronoun, Person>();
    for (const pronoun of ['her', 'him', 'them'] as const) {
      const p = (data.people as Record<string, Record<string, unknown>>)[pronoun];
      const words = ['they', 'them', 'their', 'themselves'] as const;
      if (!p || words.some((w) => typeof p[w] !== 'string' || !p[w]) || typeof p.one !== 'boolean') return fail(`people.${pronoun}`, 'needs they, them, their, themselves and one');
      people.set(pronoun, { values: { they: p.they as string, them: p.them as string, their: p.their as string, themselves: p.themselves as string }, one: p.one });
    }
    if (!Array.isArray(data.keep) || data.keep.some((k) => typeof k !== 'string' || !k.trim())) return fail('keep', 'must be a list of phrases');
    if (!Array.isArray(data.shifts) || data.shifts.length === 0) return fail('shifts', 'must be a non-empty list');
    const shifts = new Map<string, Shift>();
    (data.shifts as Array<Record<string, unknown>>).forEach((s, i) => {
      if (typeof s?.you !== 'string' || typeof s.one !== 'string' || (s.many !== undefined && typeof s.many !== 'string')) fail(`shifts[${i}]`, 'needs you and one (and many, a phrase)');
      const you = (s.you as string).trim().toLowerCase();
      if (shifts.has(you)) fail(`shifts[${i}].you`, `"${you}" is listed twice`);
      shifts.set(you, { you, one: s.one as string, many: (s.many as string | undefined) ?? (s.one as string) });
    });
    const imperatives = new Map<string, Imperative>();
    if (data.imperatives !== undefined && (!Array.isArray(data.imperatives) || data.imperatives.length === 0)) fail('imperatives', 'must be a non-empty list');
    ((data.imperatives ?? []) as Array<Record<string, unknown>>).forEach((s, i) => {
      if (typeof s?.word !== 'string' || !s.word.trim() || typeof s.said !== 'string' || !s.said.includes('{they}')) fail(`imperatives[${i}]`, 'needs word and said (with {they})');
      const word = (s.word as string).trim().toLowerCase();
      if (imperatives.has(word)) fail(`imperatives[${i}].word`, `"${word}" is listed twice`);
      imperatives.set(word, { word, said: s.said as string });
    });
    // An optional list of phrases, trimmed and lower-cased; `ok` says what each phrase must be.
    const phrases = (field: string, ok: (p: string) => boolean = (p) => p.trim() !== '', must = 'a list of phrases'): string[] => {
      const list = data[field];
      if (list !== undefined && (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || !ok(w)))) fail(field, `must be ${must}`);
      return ((list ?? []) as string[]).map((w) => w.trim().toLowerCase());
    };
    const theirAsks = phrases('theirAsks', (w) => /\{(they|them)\}/.test(w), 'a list of phrases with {they} or {them}');
    return new PersonWording(people, (data.keep as string[]).map((k) => k.trim()), shifts, imperatives, phrases('theirBack'), phrases('ownAsks'), phrases('relayedAdvice'), theirAsks, phrases('testimony'));
  }

  /** The words that fill {they}, {them}, {their} and {themselves} for the person ("she", "her", "her", "herself"). */
  values(pronoun: Pronoun): Record<string, string> {
    return { ...this.people.get(pronoun)!.values };
  }

  /** `text` said of the person in pain rather than to them; the words that speak to the writer stay. */
  aboutThem(text: string, pronoun: Pronoun): string {
    const person = this.people.get(pronoun)!;
    const keep = new Set(this.keep.map((k) => k.toLowerCase()));
    return this.toldOfThem(text, person).replace(this.pattern, (found) => {
      const key = found.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ');
      const shift = this.shifts.get(key);
      if (keep.has(key) || !shift) return found;
      const said = fill(person.one ? shift.one : shift.many, person.values);
      return /^[A-Z]/.test(found) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
    });
  }

  /**
   * "my wife hurt her back", "my son did his back at football": the message tells of the back of the
   * person it names (`pronoun`, from the helper reading's people), in their possessive and one of the
   * `theirBack` phrases. Whether the writer also tells of their own back is for the caller to weigh.
   */
  tellsOfTheirBack(text: string, pronoun: Pronoun): boolean {
    return this.theirBack.get(pronoun)?.test(text) ?? false;
  }

  /** The writer asks what the person named may take or do ("can she take ...", "is it safe for him"): `theirAsks`. */
  asksForThem(text: string, pronoun: Pronoun): boolean {
    const values = this.people.get(pronoun)!.values;
    return hasPhrase(text, this.theirAsks.map((p) => fill(p, values)));
  }

  /** The writer asks for themselves ("what can I take", "is it safe for me"): `ownAsks`. */
  asksForSelf(text: string): boolean {
    return hasPhrase(text, this.ownAskPhrases);
  }

  /** Someone's advice passed on ("the missus reckons ice first") and nothing of their back: `relayedAdvice`. */
  onlyRelaysAdvice(text: string, pronoun: Pronoun): boolean {
    return hasPhrase(text, this.advicePhrases) && !this.tellsOfTheirBack(text, pronoun);
  }

  /**
   * "Keep moving gently" told to the person in pain reads, to the one writing for them, as advice for
   * the writer: a sentence that opens with one of those words says it of the patient ("She should keep
   * moving gently"). A phrase that speaks to the writer ("Take your time") stays.
   */
  private toldOfThem(text: string, person: Person): string {
    if (!this.opening) return text;
    const keep = this.keep.map((k) => k.toLowerCase());
    return text.replace(this.opening, (found: string, before: string, word: string, at: number) => {
      const rest = text.slice(at + before.length).toLowerCase().replace(/\u2019/g, "'");
      const imperative = this.imperatives.get(word.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' '));
      if (!imperative || keep.some((k) => rest.startsWith(k))) return found;
      const said = fill(imperative.said, person.values);
      return before + (/^[A-Z]/.test(word) ? said.charAt(0).toUpperCase() + said.slice(1) : said);
    });
  }
}

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

/** Letters, digits and the apostrophe make a word: "you" in "you're" is not a word of its own. */
const WORD = "[A-Za-z0-9'\u2019]";

function escape(text: string): string {
  return escapeRegExp(text).replace(/'/g, "['\u2019]").replace(/ /g, '\\s+');
}

export class PersonWording {
  private readonly pattern: RegExp;

  private constructor(
    private readonly people: ReadonlyMap<Pronoun, Person>,
    private readonly keep: readonly string[],
    private readonly shifts: ReadonlyMap<string, Shift>,
  ) {
    // One alternation, longest phrase first, so "are you" wins over "you"; literals only (no gaps), so no backtracking.
    const phrases = [...keep.map((k) => k.toLowerCase()), ...shifts.keys()].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(`(?<!${WORD})(?:${phrases.map(escape).join('|')})(?!${WORD})`, 'gi');
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
    return new PersonWording(people, (data.keep as string[]).map((k) => k.trim()), shifts);
  }

  /** The words that fill {they}, {them}, {their} and {themselves} for the person ("she", "her", "her", "herself"). */
  values(pronoun: Pronoun): Record<string, string> {
    return { ...this.people.get(pronoun)!.values };
  }

  /** `text` said of the person in pain rather than to them; the words that speak to the writer stay. */
  aboutThem(text: string, pronoun: Pronoun): string {
    const person = this.people.get(pronoun)!;
    const keep = new Set(this.keep.map((k) => k.toLowerCase()));
    return text.replace(this.pattern, (found) => {
      const key = found.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ');
      const shift = this.shifts.get(key);
      if (keep.has(key) || !shift) return found;
      const said = fill(person.one ? shift.one : shift.many, person.values);
      return /^[A-Z]/.test(found) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
    });
  }
}

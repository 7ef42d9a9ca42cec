import { dirname, join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import type { SpanScope, SpanScopeOf } from '../language/spanScope';
import { findPhrase } from '../language/phrases';
import { TypoCorrector, type WordCorrector } from '../language/typoCorrector';
import { TYPO_SETTINGS } from '../language/typoSettings';
import { KnowledgeValidationError } from './knowledgeBase';

/**
 * What the user has said about themself in this conversation: fact id -> true,
 * or the number given (weeks of pregnancy, age). Kept in conversation state,
 * so "delete my data" removes it with the rest.
 */
export interface UserFacts {
  known: Record<string, number | true>;
  /** The product a fact was stated with ("Combiflam" for "already contains paracetamol"), by fact id. */
  names?: Record<string, string>;
  /** "I'm in the UK": the locale whose words and numbers to use. */
  locale?: string;
}

interface FactDef {
  id: string;
  mentions: string[][];
  numbers: string[][];
  numberNeedsMention: boolean;
  numberNotBefore: ReadonlySet<string>;
  minNumber?: number;
  /** Numbers above this are not this fact ("under 18": a 64-year-old is not a teenager). */
  maxNumber?: number;
  onlyForThem: boolean;
  said: string;
  redirects: Record<string, string>;
  caveats: Record<string, string>;
  /** What to say when the fact is stated on its own ("I'm on ramipril"): how it changes the advice. */
  note?: string;
  /** Why the fact changes the advice, for "why?" after a warning it gave. */
  why?: string;
  /** The answer to a question about the fact itself, whatever its value ("I'm 58, does that matter?"). */
  asked?: string;
  /** The fact's own painkiller passage: given instead of any general painkiller choice (`painkillerChoice`). */
  passage?: string;
  /** `passage` (not `ownPassage`): the fact changes which painkiller suits the person. */
  changesChoice?: boolean;
  /** Recorded whoever the medicine is said to belong to ("my sister has Solpadeine, would they help?"): it is about taking it. */
  anyone: boolean;
  /** The placeholder the product's name fills ({comboProduct}), and the name by mention (joined words -> name). */
  nameAs?: string;
  display: ReadonlyMap<string, string>;
  /** A mention right after one of these words is a question, not a statement ("can i take naproxen"). */
  notAfter: ReadonlySet<string>;
  /** Only steers which answer fits (a manual job: not the desk tips): stating it is not news to answer. */
  quiet: boolean;
  /** Words of advice the fact rules out ("cold" with Raynaud's): a passage's sentences with them are left out for this person. */
  clashes: string[][];
  /** Facts whose warnings this one replaces ("NSAIDs don't suit me" over the general asthma line). */
  supersedes: ReadonlySet<string>;
  /** The medicine classes a medicine fact is about (what its products contain, or the class taken); empty for others. */
  medicines: ReadonlySet<string>;
  /** For a product fact, what each product contains (by name): the one stated is what the fact is about. */
  productMedicines: ReadonlyMap<string, readonly string[]>;
}

interface Product {
  name: string;
  also: string[];
  contains: string[];
}

const split = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

/** Reads user facts from messages and applies them to answers; the vocabulary is knowledge/user-facts.yaml. */
export class UserFactReader {
  /** The last message's scope: a turn reads its facts and its mentions from the same text. */
  private last: { text: string; scope: SpanScope } | undefined;

  private constructor(
    private readonly facts: readonly FactDef[],
    private readonly scopeOf: SpanScopeOf,
    private readonly countries: ReadonlyArray<[string, string[][]]>,
    private readonly countryPhrases: string[][],
    private readonly typos: WordCorrector,
  ) {}

  /** @param realWords words never read as a misspelling of a fact's word ("fire" is not "fibre") */
  static fromFile(file: string, words: (t: string) => string[], scopeOf: SpanScopeOf, realWords?: { has(word: string): boolean }): UserFactReader {
    const data = readYamlFile(file);
    const fail = (field: string, problem: string): never => {
      throw new KnowledgeValidationError(file, field, problem);
    };
    if (!isObject(data) || !isObject(data.facts)) return fail('facts', 'must be a mapping of fact id -> definition');
    // Phrases go through the same clean-up as messages, so "i'm" in the file matches "im" typed.
    const phrases = (field: string, v: unknown, optional = true): string[][] => {
      if (v === undefined && optional) return [];
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) return fail(field, 'must be a list of phrases');
      return (v as string[]).map((s) => words(s.replace(/\{n\}/g, ' NUMBERSLOT ')).map((w) => (w === 'numberslot' ? '{n}' : w)));
    };
    const strings = (field: string, v: unknown): Record<string, string> => {
      if (v === undefined) return {};
      if (!isObject(v) || Object.values(v).some((s) => typeof s !== 'string' || !s.trim())) return fail(field, 'must be a mapping of strings');
      return v as Record<string, string>;
    };
    const { products, takesPhrases, notAfter, classes } = readMedicines(dirname(file), words);
    const choice = Array.isArray(data.painkillerChoice) ? data.painkillerChoice.map(String) : [];
    const facts = Object.entries(data.facts).map(([id, raw]): FactDef => {
      if (!isObject(raw)) return fail(`facts.${id}`, 'must be a mapping');
      // Mentions from the medicine files: the products that contain something, or "I take" with a medicine of a class.
      const display = new Map<string, string>();
      const generated: string[][] = [];
      const medicines = new Set<string>();
      const productMedicines = new Map<string, readonly string[]>();
      if (raw.productsContaining !== undefined) {
        const found = products.filter((p) => p.contains.includes(String(raw.productsContaining)));
        if (!found.length) fail(`facts.${id}.productsContaining`, 'names no product in medicine-contents.yaml');
        for (const p of found) for (const c of p.contains) medicines.add(c);
        for (const p of found) productMedicines.set(p.name, p.contains);
        for (const p of found) for (const alias of [p.name, ...p.also]) {
          const w = words(alias);
          generated.push(w);
          display.set(w.join(' '), p.name);
        }
      }
      if (raw.takes !== undefined) {
        const names = classes.get(String(raw.takes));
        if (!names) return fail(`facts.${id}.takes`, 'names no class in medicine-classes.yaml');
        medicines.add(String(raw.takes));
        for (const t of takesPhrases) for (const n of names) generated.push([...t, ...words(n)]);
      }
      if (typeof raw.said !== 'string' || !raw.said.trim()) fail(`facts.${id}.said`, 'must be a non-empty string');
      const def: FactDef = {
        id,
        mentions: [...phrases(`facts.${id}.mentions`, raw.mentions), ...generated],
        numbers: phrases(`facts.${id}.numbers`, raw.numbers),
        numberNeedsMention: raw.numberNeedsMention === true,
        onlyForThem: raw.onlyForThem === true,
        numberNotBefore: new Set(phrases(`facts.${id}.numberNotBefore`, raw.numberNotBefore).flat()),
        said: raw.said as string,
        redirects: strings(`facts.${id}.redirects`, raw.redirects),
        caveats: strings(`facts.${id}.caveats`, raw.caveats),
        anyone: raw.anyone === true,
        display,
        notAfter: raw.takes !== undefined ? notAfter : new Set(),
        supersedes: new Set(Array.isArray(raw.supersedes) ? raw.supersedes.map(String) : []),
        clashes: phrases(`facts.${id}.clashes`, raw.clashes),
        quiet: raw.quiet === true,
        medicines,
        productMedicines,
      };
      if (typeof raw.nameAs === 'string') def.nameAs = raw.nameAs;
      if (typeof raw.ownPassage === 'string') def.passage = raw.ownPassage;
      if (raw.passage !== undefined) {
        if (typeof raw.passage !== 'string') fail(`facts.${id}.passage`, 'must be a passage id');
        def.passage = raw.passage as string;
        def.changesChoice = true;
        // Every general painkiller passage goes to the fact's own, unless a redirect says otherwise.
        for (const p of choice) if (!def.redirects[p] && p !== def.passage) def.redirects = { ...def.redirects, [p]: def.passage };
      }
      if (typeof raw.asked === 'string') def.asked = raw.asked;
      if (typeof raw.minNumber === 'number') def.minNumber = raw.minNumber;
      if (typeof raw.maxNumber === 'number') def.maxNumber = raw.maxNumber;
      if (raw.note !== undefined) {
        if (typeof raw.note !== 'string' || !raw.note.trim()) fail(`facts.${id}.note`, 'must be a non-empty string');
        def.note = raw.note as string;
      }
      if (raw.why !== undefined) {
        if (typeof raw.why !== 'string' || !raw.why.trim()) fail(`facts.${id}.why`, 'must be a non-empty string');
        def.why = raw.why as string;
      }
      if (!def.mentions.length && !def.numbers.length) fail(`facts.${id}`, 'needs mentions or numbers');
      return def;
    });
    const countries = Object.entries(isObject(data.countries) ? data.countries : {}).map(
      ([locale, list]): [string, string[][]] => [locale, phrases(`countries.${locale}`, list, false)],
    );
    const countryPhrases = phrases('countryPhrases', data.countryPhrases, false);
    // A misspelt fact ("32 weeks pregnent") must still change the advice: typos are read against the facts' own words.
    const vocabulary = [...facts.flatMap((f) => [...f.mentions, ...f.numbers]), ...countries.flatMap(([, n]) => n), ...countryPhrases].flat().filter((w) => w !== '{n}');
    const typos = new TypoCorrector(vocabulary, { ...TYPO_SETTINGS.userFacts, dictionary: realWords });
    return new UserFactReader(facts, scopeOf, countries, countryPhrases, typos);
  }

  /** The passage ids redirects and caveats may name, for validation by the caller. */
  get referencedPassages(): string[] {
    return this.facts.flatMap((f) => [...Object.keys(f.redirects), ...Object.values(f.redirects), ...(f.passage ? [f.passage] : [])]);
  }

  /**
   * The facts a text names at all, stated or not ("can asthmatics take
   * ibuprofen?" names asthma): features for matching a question to a passage.
   */
  named(words: readonly string[]): string[] {
    return this.facts.filter((f) => f.mentions.some((m) => findPhrase(words, m).length > 0)).map((f) => `@${f.id}`);
  }

  /**
   * The facts a message names: as the user's own (`own`: not negated, not
   * someone else's), at all (`any`), and whether the writer speaks of themself.
   */
  mentions(text: string): { own: Set<string>; any: Set<string>; speaksOfSelf: boolean } {
    const { tokens, notTheUsers, speaksOfSelf } = this.scope(text);
    const own = new Set<string>();
    const any = new Set<string>();
    for (const f of this.facts) {
      for (const m of f.mentions) {
        for (const i of findPhrase(tokens, m)) {
          any.add(f.id);
          if (!notTheUsers(i, i + m.length)) own.add(f.id);
        }
      }
    }
    return { own, any, speaksOfSelf };
  }

  /** How the fact is named back to the user ("your blood thinner"). */
  said(factId: string): string {
    return this.facts.find((f) => f.id === factId)?.said ?? factId;
  }

  /** The facts without these ("delete the bit where I said warfarin"), and without the product names they were stated with. */
  forget(before: UserFacts, factIds: readonly string[]): UserFacts {
    const drop = new Set(factIds);
    const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => !drop.has(id)));
    const out: UserFacts = { known: keep(before.known) };
    const names = before.names && keep(before.names);
    if (names && Object.keys(names).length) out.names = names;
    if (before.locale) out.locale = before.locale;
    return out;
  }

  /** The facts stated in this message, merged over what was known; a number is read with the words around it. */
  read(text: string, before: UserFacts): UserFacts {
    const { tokens, notTheUsers } = this.scope(text);
    const known = { ...before.known };
    const names = { ...before.names };
    for (const fact of this.facts) {
      let mentioned = false;
      for (const m of fact.mentions) {
        for (const i of findPhrase(tokens, m)) {
          if (fact.notAfter.has(tokens[i - 1] ?? '')) continue;
          if (!fact.anyone && notTheUsers(i, i + m.length)) continue;
          mentioned = true;
          const name = fact.display.get(m.join(' '));
          if (name) names[fact.id] = name;
        }
      }
      if (mentioned && known[fact.id] === undefined) known[fact.id] = true;
      for (const pattern of fact.numbers) {
        for (const i of findPhrase(tokens, pattern)) {
          const slot = pattern.indexOf('{n}');
          const n = Number(tokens[i + slot]);
          const after = tokens[i + pattern.length];
          if (after !== undefined && fact.numberNotBefore.has(after)) continue;
          if (fact.numberNeedsMention && !mentioned && known[fact.id] === undefined) continue;
          if (notTheUsers(i, i + pattern.length) || !(n > 0 && n < 120) || (fact.maxNumber !== undefined && n > fact.maxNumber)) continue;
          known[fact.id] = n;
        }
      }
    }
    const out: UserFacts = { known };
    if (Object.keys(names).length) out.names = names;
    const locale = this.country(tokens) ?? before.locale;
    if (locale) out.locale = locale;
    return out;
  }

  private scope(text: string): SpanScope {
    if (this.last?.text !== text) {
      const scope = this.scopeOf(text);
      this.last = { text, scope: { ...scope, tokens: scope.tokens.map((t) => this.typos.correct(t)) } };
    }
    return this.last.scope;
  }

  /** The facts a passage is only for (`onlyForThem` facts redirecting to it): "med-pregnancy" is for pregnancy. */
  aboutFacts(passageId: string): string[] {
    return this.facts.filter((f) => f.onlyForThem && (f.passage === passageId || Object.values(f.redirects).includes(passageId))).map((f) => f.id);
  }

  /** The passage answering a question about the fact itself ("does my age matter?"), if it has one. */
  askedPassage(factId: string): string | undefined {
    return this.facts.find((f) => f.id === factId)?.asked;
  }

  /** The fact's own painkiller passage, if it has one. */
  passageOf(factId: string): string | undefined {
    return this.facts.find((f) => f.id === factId)?.passage;
  }

  /** The painkiller passage of the most important known fact that changes which painkiller suits (pregnancy: med-pregnancy), if any. */
  ownPainkillerPassage(facts: UserFacts): string | undefined {
    return this.applying(facts).find((f) => f.changesChoice)?.passage;
  }

  /** The fact is known and applies (an age of 30 is known but is not "over 65"). */
  applies(factId: string, facts: UserFacts): boolean {
    return this.applying(facts).some((f) => f.id === factId);
  }

  /** A known fact's own passage is this one ("med-kidney" for kidney disease): its first sentence is the fact's, said first. */
  isOwnPassage(passageId: string, facts: UserFacts): boolean {
    return this.applying(facts).some((f) => f.passage === passageId);
  }

  /** The product names the person gave, as placeholder values ({comboProduct}: "Combiflam"). */
  productWords(facts: UserFacts): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.facts) {
      const name = facts.names?.[f.id];
      if (f.nameAs && name && facts.known[f.id] !== undefined) out[f.nameAs] = name;
    }
    return out;
  }

  /** The placeholders facts fill with a product's name. */
  get productPlaceholders(): string[] {
    return this.facts.flatMap((f) => (f.nameAs ? [f.nameAs] : []));
  }

  /** Facts that change this answer, most important first (file order). */
  private applying(facts: UserFacts): FactDef[] {
    return this.facts.filter((f) => {
      const v = facts.known[f.id];
      if (v === undefined) return false;
      return f.minNumber === undefined || (typeof v === 'number' && v >= f.minNumber);
    });
  }

  /** What these newly stated facts change, for a message that only states them (file order, only facts that apply). */
  notes(ids: readonly string[], facts: UserFacts): string[] {
    return this.applying(facts)
      .filter((f) => ids.includes(f.id) && f.note)
      .map((f) => f.note!);
  }

  /**
   * Why a fact changes the advice: the fact the message names (among those
   * known), else the first known fact behind this passage (its own, or one
   * warning on its tags). For "why though?" after "avoid ibuprofen".
   */
  why(passage: { id: string; tags: readonly string[] } | undefined, facts: UserFacts, named: ReadonlySet<string>): string | undefined {
    const applying = this.applying(facts).filter((f) => f.why);
    const byName = applying.find((f) => named.has(f.id));
    if (byName || !passage) return byName?.why;
    const behind = applying.find(
      (f) => f.passage === passage.id || Object.values(f.redirects).includes(passage.id) || passage.tags.some((t) => f.caveats[t]),
    );
    return behind?.why;
  }

  /** The passage to give instead, when a known fact calls for it ("pregnant": painkillers in pregnancy). */
  redirect(passageId: string, facts: UserFacts, named: readonly string[] = []): string | undefined {
    const applying = this.applying(facts);
    // A medicine fact does not redirect a question about another medicine ("how many diazepam a day?" with co-codamol known).
    const aboutOther = (f: FactDef) => {
      const about = new Set(f.productMedicines.get(facts.names?.[f.id] ?? '') ?? f.medicines);
      return about.size > 0 && named.length > 0 && !named.some((c) => about.has(c));
    };
    for (const f of applying) if (f.redirects[passageId] && !aboutOther(f)) return f.redirects[passageId];
    // One fact's own passage when a more important fact has one ("for my heart" said with a blood thinner): the more important one; the other's warning follows it.
    const owner = applying.findIndex((f) => f.passage === passageId);
    return owner > 0 ? applying.slice(0, owner).find((f) => f.passage && f.passage !== passageId)?.passage : undefined;
  }

  /** The fact has a warning for a passage with any of these tags (asthma on an NSAID answer). */
  warnsOn(factId: string, tags: readonly string[]): boolean {
    const f = this.facts.find((d) => d.id === factId);
    return Boolean(f && tags.some((t) => f.caveats[t]));
  }

  /** One-line warnings to say first, for a passage with these tags; not on the passage that is about that fact already. */
  caveats(passage: { id: string; tags: readonly string[] }, facts: UserFacts): string[] {
    const applying = this.applying(facts);
    const replaced = new Set(applying.flatMap((f) => [...f.supersedes]));
    return applying
      .filter((f) => !replaced.has(f.id))
      .filter((f) => (f.passage ? f.passage !== passage.id : !Object.values(f.redirects).includes(passage.id)))
      // A product's own passage says what the product contains: a fact about a named product would say it again.
      .filter((f) => !(f.nameAs && passage.tags.includes('product')))
      .flatMap((f) => passage.tags.map((t) => f.caveats[t]).filter((c): c is string => Boolean(c)));
  }

  /** The fact only steers answers: a message stating it is read for its question or report, not as news. */
  isQuiet(factId: string): boolean {
    return this.facts.some((f) => f.id === factId && f.quiet);
  }

  /** The words of advice the person's facts rule out, on a passage that is not one of those facts' own. */
  clashing(passageId: string, facts: UserFacts): string[][] {
    return this.applying(facts)
      .filter((f) => f.passage !== passageId && !Object.values(f.redirects).includes(passageId))
      .flatMap((f) => f.clashes);
  }

  private country(words: readonly string[]): string | undefined {
    const starts = this.countryPhrases.flatMap((p) => findPhrase(words, p).map((i) => i + p.length));
    for (const [locale, names] of this.countries) {
      if (names.some((n) => findPhrase(words, n).some((i) => starts.some((s) => i >= s && i - s <= 1)))) return locale;
    }
    return undefined;
  }
}

/** knowledge/medicine-contents.yaml and medicine-classes.yaml, as the fact reader needs them. */
function readMedicines(dir: string, words: (t: string) => string[]) {
  const file = join(dir, 'medicine-contents.yaml');
  const data = readYamlFile(file);
  if (!isObject(data) || !Array.isArray(data.products)) throw new KnowledgeValidationError(file, 'products', 'must be a list');
  const products = data.products.map((raw, i): Product => {
    if (!isObject(raw) || typeof raw.name !== 'string' || !Array.isArray(raw.contains)) throw new KnowledgeValidationError(file, `products[${i}]`, 'needs a name and contains');
    return { name: raw.name, also: Array.isArray(raw.also) ? raw.also.map(String) : [], contains: raw.contains.map(String) };
  });
  const list = (key: string): string[] => (Array.isArray(data[key]) ? (data[key] as unknown[]).map(String) : []);
  const classesData = readYamlFile(join(dir, 'medicine-classes.yaml'));
  const classes = new Map<string, string[]>(isObject(classesData) ? Object.entries(classesData).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []]) : []);
  return {
    products,
    takesPhrases: list('takesPhrases').map((p) => words(p)),
    notAfter: new Set(list('notAfter').flatMap((w) => words(w))),
    classes,
  };
}

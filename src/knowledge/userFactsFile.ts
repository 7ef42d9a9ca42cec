import { dirname, join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { TypoCorrector, type WordCorrector } from '../language/typoCorrector';
import { NUMBER_SLOT, phraseWords } from '../language/phrases';
import { TYPO_SETTINGS } from '../language/typoSettings';
import { KnowledgeValidationError } from './knowledgeBase';
import { readWorkDemands } from './workDemands';
import { circumstanceFacts, type CircumstanceEntries } from './circumstances';
import type { TakenList } from './takenInList';

/*
 * Reading knowledge/user-facts.yaml (and the medicine files its mentions are made from) into fact
 * definitions. Kept apart from UserFactReader, which applies them to messages and answers.
 */

export interface FactDef {
  id: string;
  mentions: string[][];
  numbers: string[][];
  /**
   * Number phrases naming someone by who they are with the number ("my son is {n}"): recorded whoever writes, as the one
   * named is the one asked about ("my daughter is 15, can she take Advil?"), unless the message has a `namedNotWith` phrase.
   */
  namedNumbers: string[][];
  /** The writer asks of their own back ("my back", "can I take"): a number named of someone else is theirs only. */
  namedNotWith: string[][];
  numberNeedsMention: boolean;
  numberNotBefore: ReadonlySet<string>;
  /** Phrases that, right before a number pattern, make the number someone else's ("I've got a 3 yo": a child's age). */
  numberNotAfter: string[][];
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
  /** Said first on the answer to the message that states the fact with a question ("3 weeks now, heat or ice?"): it was heard, and what it changes. */
  lead?: string;
  /** Topics or passages that already say what the lead says (seeing a doctor, how long it lasts): no lead on them. */
  notLeadingOn: ReadonlySet<string>;
  /** When given, the only topics or passages the lead is said on: where the fact changes the answer ("I'm 77, how long will it last?"). */
  leadingOn?: ReadonlySet<string>;
  /** A check's answer may state it ("about 3 weeks" to "when did it start?"): not read as a fact told in passing while a dialog waits. */
  answersChecks: boolean;
  /** Told while a check waits, no aside: a thing the person uses (a heat pad), not news that stops the check. */
  quietInChecks: boolean;
  /** Its mentions are an extra term when questions are matched to passages ("eliquis" is a blood thinner); false where the concept lexicon has them. */
  matchTerm: boolean;
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
  /** `takes`: the class named after other medicines in a list ("gave me X and Y"), read by takenInList. */
  takenList?: TakenList;
  /** Only steers which answer fits (a manual job: not the desk tips): stating it is not news to answer. */
  quiet: boolean;
  /** Words of advice the fact rules out ("cold" with Raynaud's): a passage's sentences with them are left out for this person. */
  clashes: string[][];
  /** The clashes apply only from this number on, when a number is known (pregnancy: lying on the back from about 16 weeks). */
  clashesFrom?: number;
  /** Words of a stage a told number at or past `clashesFrom` is beyond ("early in pregnancy" at 24 weeks): left out of every answer, the fact's own too. */
  pastStage: string[][];
  /**
   * Lines this known fact adds to another fact's note that names a medicine (placeholder -> line): "with a blood
   * thinner, paracetamol is the one to try" said to someone on a product that already contains paracetamol.
   */
  addsToNotes: Readonly<Record<string, string>>;
  /** Facts whose warnings this one replaces ("NSAIDs don't suit me" over the general asthma line). */
  supersedes: ReadonlySet<string>;
  /** The medicine classes a medicine fact is about (what its products contain, or the class taken); empty for others. */
  medicines: ReadonlySet<string>;
  /** For a product fact, what each product contains (by name): the one stated is what the fact is about. */
  productMedicines: ReadonlyMap<string, readonly string[]>;
  /** Medicine classes that, named alone in a medicine question, send it to the fact's own passage (more paracetamol with a combination product). */
  whenNamed: ReadonlySet<string>;
  /** Other medicine classes whose questions its redirects still apply to (on an NSAID, "what about paracetamol?"). */
  alsoAbout: ReadonlySet<string>;
}

interface Product {
  name: string;
  also: string[];
  contains: string[];
  /** Taken by mouth (a tablet, the default form): not a gel, rub or heat patch. */
  swallowed: boolean;
}

/** The parsed facts file: the facts, the countries by locale and the typo corrector over their words. */
export interface FactFile {
  facts: FactDef[];
  countries: Array<[string, string[][]]>;
  countryPhrases: string[][];
  /** A trip ahead and the questions about its place (src/knowledge/travelPlace.ts). */
  tripWords: ReadonlySet<string>;
  thereAsks: string[][];
  tripOver: string[][];
  typos: WordCorrector;
  /** Said right after a mention, these deny it ("my blood pressure is fine"): the fact is not the person's. */
  deniedAfter: string[][];
  /** What may follow such a denial for it to stand ("is fine too", "is fine, ..."); anything else ("is fine on my tablets") keeps the fact. */
  deniedEnds: ReadonlySet<string>;
}

/**
 * @param circumstances knowledge/circumstances.yaml's entries (read once by the caller), kept as facts after the work demands
 * @param realWords words never read as a misspelling of a fact's word ("fire" is not "fibre")
 */
export function readFactFile(file: string, words: (t: string) => string[], circumstances: CircumstanceEntries, realWords?: { has(word: string): boolean }): FactFile {
  const data = readYamlFile(file);
  const fail = (field: string, problem: string): never => {
    throw new KnowledgeValidationError(file, field, problem);
  };
  if (!isObject(data) || !isObject(data.facts)) return fail('facts', 'must be a mapping of fact id -> definition');
  // Phrases go through the same clean-up as messages, so "i'm" in the file matches "im" typed.
  const phrases = (field: string, v: unknown, optional = true): string[][] => {
    if (v === undefined && optional) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) return fail(field, 'must be a list of phrases');
    return (v as string[]).map((s) => phraseWords(s, words));
  };
  const strings = (field: string, v: unknown): Record<string, string> => {
    if (v === undefined) return {};
    if (!isObject(v) || Object.values(v).some((s) => typeof s !== 'string' || !s.trim())) return fail(field, 'must be a mapping of strings');
    return v as Record<string, string>;
  };
  const { products, takesPhrases, notAfter, classes, takesListWords } = readMedicines(dirname(file), words);
  // The words a list of medicines holds: every one-word medicine name and the list's own words ("and", "tablets").
  const listWords = new Set([...takesListWords, ...[...classes.values()].flat().map((n) => words(n)).filter((w) => w.length === 1).flat()]);
  const choice = Array.isArray(data.painkillerChoice) ? data.painkillerChoice.map(String) : [];
  // The work demands (knowledge/work-demands.yaml) are facts of the person's day, read after these: file order is priority.
  // Then the circumstances told (knowledge/circumstances.yaml: at work, pharmacy shut, alone...).
  const entries = [...Object.entries(data.facts), ...readWorkDemands(dirname(file)), ...circumstanceFacts(circumstances)];
  const ids = entries.map(([id]) => id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) fail(`facts.${twice}`, 'is defined twice (user-facts.yaml, work-demands.yaml, circumstances.yaml)');
  // Word groups in turn ("my son" + "is" + "{n}"): every phrase made of one choice from each group.
  const wordSets = (field: string, v: unknown): string[][] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail(field, 'must be a list of lists of word groups');
    return v.flatMap((set, n) => {
      if (!Array.isArray(set) || set.length < 2) fail(`${field}[${n}]`, 'must be a list of at least two word groups');
      const groups = (set as unknown[]).map((g, k) => phrases(`${field}[${n}][${k}]`, g, false));
      if (groups.some((g) => !g.length)) fail(`${field}[${n}]`, 'has an empty word group');
      return groups.reduce<string[][]>((acc, g) => acc.flatMap((a) => g.map((w) => [...a, ...w])), [[]]);
    });
  };
  const facts = entries.map(([id, raw]): FactDef => {
    if (!isObject(raw)) return fail(`facts.${id}`, 'must be a mapping');
    // Mentions from the medicine files: the products that contain something, or "I take" with a medicine of a class.
    const display = new Map<string, string>();
    const generated: string[][] = [];
    const medicines = new Set<string>();
    const productMedicines = new Map<string, readonly string[]>();
    let takenList: TakenList | undefined;
    if (raw.productsContaining !== undefined) {
      // A gel puts little of its medicine into the blood (clinical notes): what a person takes is a tablet's contents.
      const found = products.filter((p) => p.swallowed && p.contains.includes(String(raw.productsContaining)));
      if (!found.length) fail(`facts.${id}.productsContaining`, 'names no product in medicine-contents.yaml');
      for (const p of found) for (const c of p.contains) medicines.add(c);
      for (const p of found) productMedicines.set(p.name, p.contains);
      for (const p of found) for (const alias of [p.name, ...p.also]) {
        const w = words(alias);
        generated.push(w);
        display.set(w.join(' '), p.name);
      }
    }
    // `namedBack`: mentions said back as the person named them ("sertraline": "your sertraline"), filling `nameAs`.
    for (const [mention, said] of Object.entries(strings(`facts.${id}.namedBack`, raw.namedBack))) {
      const w = words(mention);
      generated.push(w);
      display.set(w.join(' '), said);
    }
    if (raw.takes !== undefined) {
      const names = classes.get(String(raw.takes));
      if (!names) return fail(`facts.${id}.takes`, 'names no class in medicine-classes.yaml');
      medicines.add(String(raw.takes));
      for (const t of takesPhrases) for (const n of names) generated.push([...t, ...words(n)]);
      takenList = { starts: takesPhrases, names: names.map((n) => words(n)), between: listWords };
    }
    // `mentionSets`: word groups in turn, every phrase of one choice from each stating the fact
    // ("asthma" + "flares" + "with" + "disprin"): a wording of many forms kept as its parts.
    generated.push(...wordSets(`facts.${id}.mentionSets`, raw.mentionSets));
    if (typeof raw.said !== 'string' || !raw.said.trim()) fail(`facts.${id}.said`, 'must be a non-empty string');
    const def: FactDef = {
      id,
      mentions: [...phrases(`facts.${id}.mentions`, raw.mentions), ...generated],
      numbers: phrases(`facts.${id}.numbers`, raw.numbers),
      namedNumbers: wordSets(`facts.${id}.namedNumbers`, raw.namedNumbers),
      namedNotWith: phrases(`facts.${id}.namedNotWith`, raw.namedNotWith),
      numberNeedsMention: raw.numberNeedsMention === true,
      onlyForThem: raw.onlyForThem === true,
      numberNotBefore: new Set(phrases(`facts.${id}.numberNotBefore`, raw.numberNotBefore).flat()),
      numberNotAfter: raw.numberNotAfter === undefined ? [] : phrases(`facts.${id}.numberNotAfter`, raw.numberNotAfter),
      said: raw.said as string,
      redirects: strings(`facts.${id}.redirects`, raw.redirects),
      caveats: strings(`facts.${id}.caveats`, raw.caveats),
      anyone: raw.anyone === true,
      display,
      // A fact's own `notAfter` words ("you can't help me" is no helper missing) join the medicines' when it names some.
      notAfter: new Set([...(raw.takes !== undefined ? notAfter : []), ...phrases(`facts.${id}.notAfter`, raw.notAfter).flat()]),
      supersedes: new Set(Array.isArray(raw.supersedes) ? raw.supersedes.map(String) : []),
      addsToNotes: strings(`facts.${id}.addsToNotes`, raw.addsToNotes),
      clashes: phrases(`facts.${id}.clashes`, raw.clashes),
      pastStage: phrases(`facts.${id}.pastStage`, raw.pastStage),
      quiet: raw.quiet === true,
      answersChecks: raw.answersChecks === true,
      quietInChecks: raw.quietInChecks === true,
      matchTerm: raw.matchTerm !== false,
      notLeadingOn: new Set(Array.isArray(raw.notLeadingOn) ? raw.notLeadingOn.map(String) : []),
      leadingOn: Array.isArray(raw.leadingOn) ? new Set(raw.leadingOn.map(String)) : undefined,
      medicines,
      productMedicines,
      alsoAbout: new Set(Array.isArray(raw.alsoAbout) ? raw.alsoAbout.map(String) : []),
      whenNamed: new Set(Array.isArray(raw.whenNamed) ? raw.whenNamed.map(String) : []),
    };
    if (takenList) def.takenList = takenList;
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
    if (typeof raw.clashesFrom === 'number') def.clashesFrom = raw.clashesFrom;
    if (raw.note !== undefined) {
      if (typeof raw.note !== 'string' || !raw.note.trim()) fail(`facts.${id}.note`, 'must be a non-empty string');
      def.note = raw.note as string;
    }
    if (raw.why !== undefined) {
      if (typeof raw.why !== 'string' || !raw.why.trim()) fail(`facts.${id}.why`, 'must be a non-empty string');
      def.why = raw.why as string;
    }
    if (raw.lead !== undefined) {
      if (typeof raw.lead !== 'string' || !raw.lead.trim()) fail(`facts.${id}.lead`, 'must be a non-empty string');
      def.lead = raw.lead as string;
    }
    if (def.namedNumbers.some((p) => !p.includes(NUMBER_SLOT))) fail(`facts.${id}.namedNumbers`, 'every phrase needs a {n}');
    if (!def.mentions.length && !def.numbers.length) fail(`facts.${id}`, 'needs mentions or numbers');
    if (def.whenNamed.size && !def.passage) fail(`facts.${id}.whenNamed`, 'needs the fact\'s own passage (passage or ownPassage)');
    return def;
  });
  const countries = Object.entries(isObject(data.countries) ? data.countries : {}).map(
    ([locale, list]): [string, string[][]] => [locale, phrases(`countries.${locale}`, list, false)],
  );
  // A host's home told with the place ("at my sister's in Auckland": the 's is gone from the tokens) places the person
  // as "staying in" does; a host named without a lead ("my son in Perth says...") places only the host.
  const hosts = phrases('countryHosts', data.countryHosts ?? [], false);
  const hostLeads = phrases('countryHostLeads', data.countryHostLeads ?? [], false);
  const countryPhrases = [
    ...phrases('countryPhrases', data.countryPhrases, false),
    ...hostLeads.flatMap((lead) => hosts.map((host) => [...lead, ...host, 'in'])),
  ];
  const deniedAfter = phrases('deniedAfter', data.deniedAfter);
  const deniedEnds = new Set(phrases('deniedEnds', data.deniedEnds).flat());
  // A misspelt fact ("32 weeks pregnent") must still change the advice: typos are read against the facts' own words.
  const vocabulary = [...facts.flatMap((f) => [...f.mentions, ...f.numbers, ...f.namedNumbers]), ...countries.flatMap(([, n]) => n), ...countryPhrases].flat().filter((w) => w !== NUMBER_SLOT);
  const typos = new TypoCorrector(vocabulary, { ...TYPO_SETTINGS.userFacts, dictionary: realWords });
  const tripWords = new Set(phrases('tripWords', data.tripWords).flat());
  const thereAsks = phrases('thereAsks', data.thereAsks);
  const tripOver = phrases('tripOver', data.tripOver);
  return { facts, countries, countryPhrases, tripWords, thereAsks, tripOver, typos, deniedAfter, deniedEnds };
}

/** knowledge/medicine-contents.yaml and medicine-classes.yaml, as the fact reader needs them. */
function readMedicines(dir: string, words: (t: string) => string[]) {
  const file = join(dir, 'medicine-contents.yaml');
  const data = readYamlFile(file);
  if (!isObject(data) || !Array.isArray(data.products)) throw new KnowledgeValidationError(file, 'products', 'must be a list');
  const products = data.products.map((raw, i): Product => {
    if (!isObject(raw) || typeof raw.name !== 'string' || !Array.isArray(raw.contains)) throw new KnowledgeValidationError(file, `products[${i}]`, 'needs a name and contains');
    return { name: raw.name, also: Array.isArray(raw.also) ? raw.also.map(String) : [], contains: raw.contains.map(String), swallowed: raw.form === undefined || raw.form === 'tablet' };
  });
  const list = (key: string): string[] => (Array.isArray(data[key]) ? (data[key] as unknown[]).map(String) : []);
  const classesData = readYamlFile(join(dir, 'medicine-classes.yaml'));
  const classes = new Map<string, string[]>(isObject(classesData) ? Object.entries(classesData).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []]) : []);
  return {
    products,
    takesPhrases: list('takesPhrases').map((p) => words(p)),
    notAfter: new Set(list('notAfter').flatMap((w) => words(w))),
    takesListWords: list('takesListWords').flatMap((w) => words(w)),
    classes,
  };
}

import type { SpanScope, SpanScopeOf } from '../language/spanScope';
import { PhraseIndex, findPhrase } from '../language/phrases';
import { numberTold, numbersAsFacts } from './factNumbers';
import type { WordCorrector } from '../language/typoCorrector';
import { readFactFile, type FactDef } from './userFactsFile';
import type { CircumstanceEntries } from './circumstances';
import { TravelPlace } from './travelPlace';
import { personFields, type FactPerson, type FactsAside } from './factsByPerson';
import { takenInList } from './takenInList';

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
  /** "flying to London next week": where a trip ahead goes, for questions about that place only. */
  destination?: string;
  /** Whose facts `known` are: the writer's (unset) or the person they write for (factsByPerson.ts). */
  person?: FactPerson;
  /** The other person's facts, kept apart while the answers are not for them. */
  aside?: FactsAside;
}


/** Reads user facts from messages and applies them to answers; the vocabulary is knowledge/user-facts.yaml. */
export class UserFactReader {
  /** The last message's scope: a turn reads its facts and its mentions from the same text. */
  private last: { text: string; scope: SpanScope } | undefined;
  /** Every fact's mentions, and those that are matching terms, indexed once: a message is read in one pass. */
  private readonly mentionIndex: PhraseIndex<FactDef>;
  private readonly termIndex: PhraseIndex<FactDef>;

  private constructor(
    private readonly facts: readonly FactDef[],
    private readonly scopeOf: SpanScopeOf,
    private readonly countries: ReadonlyArray<[string, string[][]]>,
    private readonly countryPhrases: string[][],
    private readonly typos: WordCorrector,
    private readonly deniedAfter: readonly string[][] = [],
    private readonly deniedEnds: ReadonlySet<string> = new Set(),
    private readonly travel: TravelPlace = new TravelPlace(countries, new Set(), []),
  ) {
    const mentionsOf = (fs: readonly FactDef[]) => fs.flatMap((f) => f.mentions.map((m) => [f, m] as const));
    this.mentionIndex = new PhraseIndex(mentionsOf(facts));
    this.termIndex = new PhraseIndex(mentionsOf(facts.filter((f) => f.matchTerm)));
  }

  /**
   * @param circumstances knowledge/circumstances.yaml's entries, facts of the person's day like the file's own
   * @param realWords words never read as a misspelling of a fact's word ("fire" is not "fibre")
   */
  static fromFile(file: string, words: (t: string) => string[], scopeOf: SpanScopeOf, circumstances: CircumstanceEntries, realWords?: { has(word: string): boolean }): UserFactReader {
    const { facts, countries, countryPhrases, tripWords, thereAsks, tripOver, typos, deniedAfter, deniedEnds } = readFactFile(file, words, circumstances, realWords);
    return new UserFactReader(facts, scopeOf, countries, countryPhrases, typos, deniedAfter, deniedEnds, new TravelPlace(countries, tripWords, thereAsks, tripOver));
  }

  /** The passage ids redirects and caveats may name, for validation by the caller. */
  get referencedPassages(): string[] {
    return this.facts.flatMap((f) => [...Object.keys(f.redirects), ...Object.values(f.redirects), ...(f.passage ? [f.passage] : [])]);
  }

  /** The topics or passages the leads are said or not said on (`leadingOn`, `notLeadingOn`): each must name one. */
  get leadPlaces(): string[] {
    return this.facts.flatMap((f) => [...f.notLeadingOn, ...(f.leadingOn ?? [])]);
  }

  /**
   * The facts a text names at all, stated or not ("can asthmatics take
   * ibuprofen?" names asthma): features for matching a question to a passage.
   */
  named(words: readonly string[]): string[] {
    const found = new Set(this.termIndex.find(words).map((hit) => hit.item));
    return this.facts.filter((f) => found.has(f)).map((f) => `@${f.id}`);
  }

  /**
   * The facts a message names: as the user's own (`own`: not negated, not
   * someone else's), at all (`any`), and whether the writer speaks of themself.
   */
  mentions(text: string): { own: Set<string>; any: Set<string>; speaksOfSelf: boolean } {
    const { speaksOfSelf } = this.scope(text);
    const named = this.namedIn(text);
    const own = new Set(named.filter((n) => n.theirs && !n.denied).map((n) => n.id));
    return { own, any: new Set(named.map((n) => n.id)), speaksOfSelf };
  }

  /** The facts a message names only to deny them ("my heart's fine too"): the person has none of that trouble. */
  deniedIn(text: string): string[] {
    const theirs = this.namedIn(text).filter((n) => n.theirs);
    const stated = new Set(theirs.filter((n) => !n.denied).map((n) => n.id));
    return [...new Set(theirs.filter((n) => n.denied && !stated.has(n.id)).map((n) => n.id))];
  }

  /** Every place a fact is named, whether it is the person's (not someone else's) and whether it is denied: one reading for both. */
  private namedIn(text: string): Array<{ id: string; theirs: boolean; denied: boolean }> {
    const { tokens, notTheUsers } = this.scope(text);
    const spans = this.spansIn(tokens);
    return this.facts.flatMap((f) => (spans.get(f) ?? []).map(([i, end]) => ({ id: f.id, theirs: !notTheUsers(i, end), denied: this.deniedAt(tokens, end) })));
  }

  /** How the fact is named back to the user ("your blood thinner"). */
  said(factId: string): string {
    return this.facts.find((f) => f.id === factId)?.said ?? factId;
  }

  /** The facts without these ("delete the bit where I said warfarin"), and without the product names they were stated with. */
  forget(before: UserFacts, factIds: readonly string[]): UserFacts {
    const drop = new Set(factIds);
    const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => !drop.has(id)));
    const out: UserFacts = { ...personFields(before), known: keep(before.known) };
    if (before.aside) out.aside = { ...before.aside, known: keep(before.aside.known) };
    const names = before.names && keep(before.names);
    if (names && Object.keys(names).length) out.names = names;
    if (before.locale) out.locale = before.locale;
    if (before.destination) out.destination = before.destination;
    return out;
  }

  /** The facts stated in this message, merged over what was known; a number is read with the words around it. */
  read(text: string, before: UserFacts): UserFacts {
    const { tokens, notTheUsers } = this.scope(text);
    const known = { ...before.known };
    const names = { ...before.names };
    const spans = this.spansIn(tokens);
    for (const fact of this.facts) {
      let mentioned = false;
      for (const [i, end, said] of spans.get(fact) ?? []) {
        if (fact.notAfter.has(tokens[i - 1] ?? '')) continue;
        if (!fact.anyone && notTheUsers(i, end)) continue;
        if (this.deniedAt(tokens, end)) continue;
        mentioned = true;
        const name = said && fact.display.get(said);
        if (name) names[fact.id] = name;
      }
      if (mentioned && known[fact.id] === undefined) known[fact.id] = true;
      if (fact.numberNeedsMention && !mentioned && known[fact.id] === undefined) continue;
      const n = numberTold(fact, tokens, notTheUsers);
      if (n !== undefined) known[fact.id] = n;
    }
    const out: UserFacts = { ...personFields(before), known };
    if (Object.keys(names).length) out.names = names;
    const locale = this.country(tokens) ?? before.locale;
    if (locale) out.locale = locale;
    const destination = this.travel.destination(tokens) ?? before.destination;
    if (destination && destination !== locale) out.destination = destination;
    return out;
  }

  /** "who do I see over there?" after a trip told: the locale of the place it goes to, for this message only. */
  localeAsked(text: string, facts: UserFacts): string | undefined {
    if (!facts.destination) return undefined;
    return this.travel.asksAbout(this.scope(text).tokens, facts.destination) ? facts.destination : undefined;
  }

  /**
   * The numbers a message tells as a fact of the person (an age, weeks of pregnancy), whoever they are: "I'm 72"
   * is no 72 hours, so they are left out when the message is matched to answers.
   */
  toldNumbers(text: string): string[] {
    return numbersAsFacts(this.facts, this.scope(text).tokens);
  }

  /**
   * Where each fact is named in these words, fact by fact: its mentions (found through the index),
   * then a medicine in a list of those taken (takenInList).
   */
  private spansIn(tokens: readonly string[]): Map<FactDef, Array<[number, number, string?]>> {
    const out = new Map<FactDef, Array<[number, number, string?]>>();
    const add = (fact: FactDef, span: [number, number, string?]) => {
      const spans = out.get(fact);
      if (spans) spans.push(span);
      else out.set(fact, [span]);
    };
    for (const { item, phrase, at } of this.mentionIndex.find(tokens)) add(item, [at, at + phrase.length, phrase.join(' ')]);
    for (const fact of this.facts) if (fact.takenList) for (const span of takenInList(tokens, fact.takenList)) add(fact, span);
    return out;
  }

  /**
   * A mention the words right after it deny ("my heart is fine", "blood pressure's normal, thanks"): the person says they
   * have no such trouble. Only when the denial ends its clause: "my pressure is fine on the tablets" still has it.
   */
  private deniedAt(tokens: readonly string[], end: number): boolean {
    return this.deniedAfter.some((phrase) => {
      if (phrase.some((w, k) => tokens[end + k] !== w)) return false;
      const next = tokens[end + phrase.length];
      return next === undefined || !/\w/.test(next) || this.deniedEnds.has(next);
    });
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

  /** A fact's passage fits only its people: the fact known, named as theirs here, or asked about in general (passageRanking). */
  fitsThePerson(text: string, facts: UserFacts): (passage: { id: string }) => boolean {
    const named = this.mentions(text);
    return (passage) => {
      const about = this.aboutFacts(passage.id);
      return !about.length || about.some((f) => this.applies(f, facts) || named.own.has(f) || (named.any.has(f) && !named.speaksOfSelf));
    };
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
      // A mention without a number ("a few weeks now") states the fact; a number below the minimum does not (an age of 30).
      return f.minNumber === undefined || v === true || v >= f.minNumber;
    });
  }

  /**
   * What these newly stated facts change, for a message that only states them (file order, only facts that apply).
   * A fact another known one supersedes says nothing ("ibuprofen is usually OK" for asthma, said while pregnant);
   * a note naming a medicine ({paracetamol}) brings what other known facts add about it (it is in their product already).
   */
  notes(ids: readonly string[], facts: UserFacts): string[] {
    const applying = this.applying(facts);
    const replaced = new Set(applying.flatMap((f) => [...f.supersedes]));
    const others = applying.filter((f) => !ids.includes(f.id));
    return applying
      .filter((f) => ids.includes(f.id) && f.note && !replaced.has(f.id))
      .map((f) => {
        const names = (placeholder: string) => f.note!.toLowerCase().includes(`{${placeholder}}`);
        const added = others.flatMap((o) => Object.entries(o.addsToNotes).filter(([p]) => names(p)).map(([, line]) => line));
        return [f.note!, ...added].join(' ');
      });
  }

  /** What these newly stated facts change, said on the answer to the message that states them (file order, only facts that apply). */
  leads(ids: readonly string[], facts: UserFacts, passage: { id: string; topic: string }): string[] {
    return this.applying(facts)
      .filter((f) => ids.includes(f.id) && f.lead && !f.notLeadingOn.has(passage.id) && !f.notLeadingOn.has(passage.topic))
      .filter((f) => !f.leadingOn || f.leadingOn.has(passage.id) || f.leadingOn.has(passage.topic))
      .map((f) => f.lead!);
  }

  /** A check's answer may state the fact ("about 3 weeks"): it is the dialog's answer, not a fact told in passing. */
  answersChecks(factId: string): boolean {
    return this.facts.some((f) => f.id === factId && f.answersChecks);
  }

  /** Told while a check waits, the fact is no aside to answer (a heat pad used, in a progress report): the check goes on. */
  quietInChecks(factId: string): boolean {
    return this.facts.some((f) => f.id === factId && f.quietInChecks);
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
  redirect(passageId: string, facts: UserFacts, named: readonly string[] = [], medicineAnswer = false): string | undefined {
    const applying = this.applying(facts);
    // A medicine fact does not redirect a question about another medicine ("how many diazepam a day?" with co-codamol known).
    const aboutOther = (f: FactDef) => {
      const about = new Set(f.productMedicines.get(facts.names?.[f.id] ?? '') ?? f.medicines);
      return about.size > 0 && named.length > 0 && !named.some((c) => about.has(c) || f.alsoAbout.has(c));
    };
    for (const f of applying) if (f.redirects[passageId] && !aboutOther(f)) return f.redirects[passageId];
    // "a Crocin as well?" on a product with paracetamol in it: the medicine named decides, whichever medicine passage the words matched.
    const byName = applying.find((f) => medicineAnswer && f.passage && f.passage !== passageId && named.length > 0 && named.every((c) => f.whenNamed.has(c)));
    if (byName) return byName.passage;
    // One fact's own passage when a more important fact has one ("for my heart" said with a blood thinner): the more important one; the other's warning follows it.
    const owner = applying.findIndex((f) => f.passage === passageId);
    return owner > 0 ? applying.slice(0, owner).find((f) => f.passage && f.passage !== passageId)?.passage : undefined;
  }

  /** The passages the person's facts send answers to (the pregnancy heat answer): their own answers, whatever was asked. */
  redirectTargets(facts: UserFacts): Set<string> {
    return new Set(this.applying(facts).flatMap((f) => Object.values(f.redirects)));
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
      .filter((f) => !(f.nameAs && f.productMedicines.size && passage.tags.includes('product')))
      .flatMap((f) => passage.tags.map((t) => f.caveats[t]).filter((c): c is string => Boolean(c)));
  }

  /** The fact only steers answers: a message stating it is read for its question or report, not as news. */
  isQuiet(factId: string): boolean {
    return this.facts.some((f) => f.id === factId && f.quiet);
  }

  /** The words of advice the person's facts rule out, on a passage that is not one of those facts' own. */
  clashing(passageId: string, facts: UserFacts): string[][] {
    return this.applying(facts).flatMap((f) => {
      const told = facts.known[f.id];
      const own = f.passage === passageId || Object.values(f.redirects).includes(passageId);
      // Weeks not told: the clash holds, leaving out advice is the safe side.
      const holds = f.clashesFrom === undefined || typeof told !== 'number' || told >= f.clashesFrom;
      return [...(!own && holds ? f.clashes : []), ...this.pastOf(f, facts)];
    });
  }

  /** Words of a stage the person's told number is past ("early in pregnancy" told 24 weeks): said of no answer, the fact's own neither. */
  pastStages(facts: UserFacts): string[][] {
    return this.applying(facts).flatMap((f) => this.pastOf(f, facts));
  }

  private pastOf(f: FactDef, facts: UserFacts): string[][] {
    const told = facts.known[f.id];
    return f.clashesFrom !== undefined && typeof told === 'number' && told >= f.clashesFrom ? f.pastStage : [];
  }

  private country(words: readonly string[]): string | undefined {
    const starts = this.countryPhrases.flatMap((p) => findPhrase(words, p).map((i) => i + p.length));
    for (const [locale, names] of this.countries) {
      if (names.some((n) => findPhrase(words, n).some((i) => starts.some((s) => i >= s && i - s <= 1)))) return locale;
    }
    return undefined;
  }
}

import type { WordsOf } from './answerText';
import { findPhrase, phraseAt } from '../language/phrases';
import { dirname, join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { KnowledgeValidationError } from './knowledgeBase';

/** The kinds of medicine question with a passage of their own (knowledge/medicine-contents.yaml `kindPassages`). */
const KINDS = ['tooMuch', 'overLabel', 'compare', 'nottheirs', 'gel', 'rub', 'heatpatch', 'drowsy', 'contents', 'sameClass', 'sameClassCompare', 'sharedParacetamol', 'nsaidProduct', 'alcohol', 'alcoholDrowsy', 'otherPainkiller', 'notHelping', 'nonDrug'] as const;
type Kind = (typeof KINDS)[number];
const FORMS = ['tablet', 'gel', 'rub', 'heatpatch'] as const;
type Form = (typeof FORMS)[number];
/** Words that name a product's form in a two-word name ("Voltarol gel"). */
const FORM_WORDS: ReadonlySet<string> = new Set(['gel', 'cream', 'spray', 'emulgel', 'patch', 'rub']);
/** How far apart a brand and its form word may stand and still name one product. */
const FORM_REACH = 3;

/** A product people name, as the answers say it: "Voltarol gel" contains "diclofenac, an anti-inflammatory (NSAID)". */
export interface NamedProduct {
  name: string;
  /** Its active ingredients in plain words (`has`). */
  has: string;
  /** The classes it contains (paracetamol, opioid...). */
  contains: string[];
}

interface Product extends NamedProduct {
  aliases: string[][];
  form: Form;
  /** Sold only on prescription (`prescriptionOnly`): someone else's is never a shop painkiller. */
  prescriptionOnly: boolean;
}

/** Where a product is named in a message: the product, and the words its name covers. */
interface Found {
  product: Product;
  from: number;
  to: number;
}

/**
 * Kinds of medicine question that word overlap alone misses, as extra terms
 * for the passage matcher and as the passage to give (vocabulary:
 * knowledge/medicine-contents.yaml): a comparison ("Tylenol or Advil?") gets
 * @compare; someone else's or left-over prescription medicine ("my buddy gave
 * me his Flexeril") gets @nottheirs; a named product is answered by what it
 * is (a gel, a rub, a heat patch), by what it contains when that is asked or
 * doubled up, and by its drowsiness when driving or bedtime is asked about.
 */
export class MedicineQuestionKinds {
  private constructor(
    private readonly v: {
      compareWords: ReadonlySet<string>;
      togetherWords: string[][];
      notTheirs: string[][];
      prescribers: string[][];
      /** Words for a prescription-type medicine: such classes' names, products containing them, "pills". */
      notTheirsNames: string[][];
      owners: ReadonlySet<string>;
      /** The writer's own ("my"), an owner only when the message asks for someone else (`forAnother`), of a medicine only a
       * prescription gives (`prescriptionNames`): "one of my Nurofen Plus" for a child is the child's question, not this. */
      writerOwners: ReadonlySet<string>;
      prescriptionNames: string[][];
      forAnother: string[][];
      ownerFillers: ReadonlySet<string>;
      drowsyContains: ReadonlySet<string>;
      /** Tags of an answer about a drowsy medicine: alcohol asked right after it gets the drowsy alcohol answer. */
      drowsyTags: ReadonlySet<string>;
      drivingWords: string[][];
      drowsyWords: string[][];
      contentsWords: string[][];
      sameClassTwice: ReadonlySet<string>;
      sharedByFacts: ReadonlySet<string>;
      /** Painkiller classes that can go with a product that has none of them (paracetamol with an anti-inflammatory). */
      otherPainkillers: ReadonlySet<string>;
      productFactClasses: ReadonlySet<string>;
      /** A product with one of these, asked about on its own, is answered by what it contains ("Robaxacet?": a muscle relaxant in it). */
      contentsFirst: ReadonlySet<string>;
      /** Drinking named with a medicine ("Advil before a night out drinking"): the alcohol answer. */
      alcoholWords: string[][];
      /** Right before a drink word, a drink of another kind ("energy drinks", "non alcoholic beer"): no alcohol. */
      notAlcoholBefore: ReadonlySet<string>;
      /** Right after one, the same ("alcohol free", "a drink of water"). */
      notAlcoholAfter: string[][];
      /** A medicine said not to help ("the Tylenol does nothing", "what if it doesn't work?"): the not-helping answer, not that medicine's own. */
      notHelpingWords: string[][];
      /** Words that set medicines aside ("besides", "other than"): before one of medicineWords, what helps without them. */
      besidesWords: string[][];
      /** Words for any medicine ("pills", "painkillers"). */
      medicineWords: string[][];
      /** Words of taking a medicine ("take", "dose"): with one, "how often" asks about a medicine. */
      takingWords: string[][];
      /** The words of a bare dose question after a medicine answer ("how often?", "how many a day"). */
      bareDoseWords: ReadonlySet<string>;
      /** Taken beyond the label already: a taking word, and an excess phrase or a large count taken at once. */
      tooMuch: { took: ReadonlySet<string>; habit: ReadonlySet<string>; habitOnce: string[][]; excess: string[][]; once: string[][]; many: ReadonlySet<string>; count: number };
      /** Classes in a product whose fact warnings go first on its answer (codeine while breastfeeding). */
      warnFirst: ReadonlySet<string>;
      /** Names of a medicine by class ("aleve": nsaid), generic class words left out. */
      classNames: ReadonlyArray<[string[], string]>;
    },
    private readonly products: readonly Product[],
    /** The passage for each kind: a medicine question of that kind gets it over a neighbour of its topic. */
    readonly passages: Readonly<Record<Kind, string>>,
  ) {
    // Each turn looks for hundreds of product names: only those whose first word the message has are tried.
    for (const product of products) {
      for (const alias of product.aliases) {
        const list = this.aliasesByFirstWord.get(alias[0]!) ?? [];
        list.push({ product, alias });
        this.aliasesByFirstWord.set(alias[0]!, list);
      }
    }
  }

  private readonly aliasesByFirstWord = new Map<string, Array<{ product: Product; alias: string[] }>>();

  static fromFile(file: string, words: WordsOf): MedicineQuestionKinds {
    const data = readYamlFile(file);
    const fail = (field: string, problem: string): never => {
      throw new KnowledgeValidationError(file, field, problem);
    };
    if (!isObject(data)) return fail('products', 'the file must be a mapping');
    const list = (key: string): string[] => {
      const v = data[key];
      if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string')) return fail(key, 'must be a non-empty list of words');
      return v as string[];
    };
    const phrases = (key: string) => list(key).map(words).filter((p) => p.length > 0);
    const products = (Array.isArray(data.products) ? data.products : []).map((p, i): Product => {
      if (!isObject(p) || typeof p.name !== 'string' || !Array.isArray(p.contains)) return fail(`products[${i}]`, 'needs a name and contains');
      if (typeof p.has !== 'string' || !p.has.trim()) return fail(`products[${i}].has`, 'must say its active ingredients');
      const form = p.form === undefined ? 'tablet' : p.form;
      if (!FORMS.includes(form as Form)) return fail(`products[${i}].form`, `must be one of ${FORMS.join(', ')}`);
      const aliases = [p.name, ...(Array.isArray(p.also) ? p.also.map(String) : [])].map(words).filter((a) => a.length > 0);
      if (p.prescriptionOnly !== undefined && typeof p.prescriptionOnly !== 'boolean') return fail(`products[${i}].prescriptionOnly`, 'must be true or false');
      return { name: p.name, has: p.has, aliases, contains: p.contains.map(String), form: form as Form, prescriptionOnly: p.prescriptionOnly === true };
    });
    const kinds = isObject(data.kindPassages) ? data.kindPassages : {};
    const passages = {} as Record<Kind, string>;
    for (const k of KINDS) passages[k] = typeof kinds[k] === 'string' ? kinds[k] : fail(`kindPassages.${k}`, 'needs a passage id');
    const classes = readYamlFile(join(dirname(file), 'medicine-classes.yaml'));
    const generic = new Set(phrases('notAMedicineName').map((p) => p.join(' ')));
    const byClass: Array<[string[], string]> = isObject(classes)
      ? Object.entries(classes).flatMap(([c, v]) => (Array.isArray(v) ? v.map((n): [string[], string] => [words(String(n)), c]) : []))
      : [];
    const notTheirsClasses = new Set(list('notTheirsClasses'));
    const counterToo = new Set(phrases('writerOwnedNot').map((p) => p.join(' ')));
    return new MedicineQuestionKinds(
      {
        compareWords: new Set(list('compareWords').flatMap(words)),
        togetherWords: phrases('togetherWords'),
        notTheirs: phrases('notTheirsWords'),
        prescribers: phrases('prescribers'),
        notTheirsNames: [
          ...phrases('medicineWords'),
          ...byClass.filter(([, c]) => notTheirsClasses.has(c)).map(([n]) => n),
          ...products.filter((p) => p.prescriptionOnly || p.contains.some((c) => notTheirsClasses.has(c))).flatMap((p) => p.aliases),
          ...phrases('prescriptionStrengths'),
        ].filter((n) => n.length > 0),
        owners: new Set(list('owners').flatMap(words)),
        writerOwners: new Set(list('writerOwners').flatMap(words)),
        prescriptionNames: [
          ...byClass.filter(([n, c]) => notTheirsClasses.has(c) && !counterToo.has(n.join(' '))).map(([n]) => n),
          ...products.filter((p) => p.prescriptionOnly).flatMap((p) => p.aliases),
          ...phrases('prescriptionStrengths'),
        ].filter((n) => n.length > 0),
        forAnother: phrases('forAnother'),
        ownerFillers: new Set(list('ownerFillers').flatMap(words)),
        drowsyContains: new Set(list('drowsyContains')),
        drowsyTags: new Set(list('drowsyTags')),
        drivingWords: phrases('drivingWords'),
        drowsyWords: phrases('drowsyWords'),
        contentsWords: phrases('contentsWords'),
        sameClassTwice: new Set(list('sameClassTwice')),
        sharedByFacts: new Set(list('sharedByFacts')),
        otherPainkillers: new Set(list('otherPainkillers')),
        productFactClasses: new Set(list('productFactClasses')),
        contentsFirst: new Set(list('contentsFirst')),
        alcoholWords: phrases('alcoholWords'),
        notAlcoholBefore: new Set(list('notAlcoholBefore').flatMap(words)),
        notAlcoholAfter: phrases('notAlcoholAfter'),
        notHelpingWords: phrases('notHelpingWords'),
        medicineWords: phrases('medicineWords'),
        besidesWords: phrases('besidesWords'),
        takingWords: phrases('takingWords'),
        bareDoseWords: new Set(list('bareDoseWords').flatMap(words)),
        tooMuch: {
          took: new Set(list('tookWords').flatMap(words)),
          habit: new Set(list('habitWords').flatMap(words)),
          habitOnce: phrases('habitOnceWords'),
          excess: phrases('excessWords'),
          once: phrases('onceWords'),
          many: new Set(list('manyWords').flatMap(words)),
          count: typeof data.tooManyCount === 'number' && data.tooManyCount > 1 ? data.tooManyCount : fail('tooManyCount', 'must be a number above 1'),
        },
        warnFirst: new Set(list('warnFirst')),
        classNames: byClass.filter(([n]) => n.length > 0 && !generic.has(n.join(' '))),
      },
      products,
      passages,
    );
  }

  /** What marks a drowsy medicine: a product's contents, or the tags of an answer about one (drowsy, opioid, muscle_relaxant). */
  get drowsyMarks(): ReadonlySet<string> {
    return new Set([...this.v.drowsyContains, ...this.v.drowsyTags]);
  }

  /** The classes the products a message names contain ("panadeine": paracetamol, opioid). */
  productClasses(words: readonly string[]): string[] {
    return [...new Set(this.found(words).flatMap((f) => f.product.contains))];
  }

  /** The classes of a product whose fact warnings go before the passage's own ("co-codamol" while breastfeeding: the codeine). */
  warnTags(product: NamedProduct): string[] {
    return product.contains.filter((c) => this.v.warnFirst.has(c));
  }

  /** A besides word before a word for any medicine, up to two words between ("other than taking any pills"). */
  private setsMedicinesAside(words: readonly string[]): boolean {
    return this.v.besidesWords.some((b) =>
      findPhrase(words, b).some((i) => {
        const at = i + b.length;
        return [at, at + 1, at + 2].some((j) => this.v.medicineWords.some((m) => phraseAt(words, m, j)));
      }),
    );
  }

  /** The product the message names first (the longest name where names overlap: "Deep Heat patch", not "Deep Heat"). */
  namedProduct(words: readonly string[]): NamedProduct | undefined {
    const p = this.found(words)[0]?.product;
    return p ? { name: p.name, has: p.has, contains: p.contains } : undefined;
  }

  /** The kind of medicine question, if it is one of these: its passage id. Someone else's medicine first: it matters more than which is better. */
  /** A drink of another kind named ("energy drinks", "a soft drink") and no alcohol: the alcohol answers are not for it. */
  otherDrinkOnly(words: readonly string[]): boolean {
    const drink = (w: string | undefined) => w === 'drink' || this.v.alcoholWords.some((p) => p.length === 1 && p[0] === w);
    return words.some((w, i) => drink(w) && this.v.notAlcoholBefore.has(words[i - 1] ?? '')) && !this.namesAlcohol(words);
  }

  /** A drink word that is alcohol: not one of another kind ("energy drinks", "alcohol free"). */
  private namesAlcohol(words: readonly string[]): boolean {
    const { alcoholWords, notAlcoholBefore, notAlcoholAfter } = this.v;
    return alcoholWords.some((p) =>
      findPhrase(words, p).some((i) => !notAlcoholBefore.has(words[i - 1] ?? '') && !notAlcoholAfter.some((a) => phraseAt(words, a, i + p.length))),
    );
  }

  kindPassage(words: readonly string[], classes: readonly string[]): string | undefined {
    const terms = this.terms(words, classes);
    const found = this.found(words);
    const namesOne = found.length > 0 || classes.length > 0 || this.v.medicineWords.some((p) => findPhrase(words, p).length);
    // Already taken beyond the label: a safety answer, before whose medicine it was or what goes with what.
    const beyond = namesOne ? this.tookTooMuch(words) : undefined;
    if (beyond) return beyond === 'took' ? this.passages.tooMuch : this.passages.overLabel;
    if (terms.includes('@nottheirs')) return this.passages.nottheirs;
    // "Dolo since morning, not much relief": what to do when it fails, never that medicine offered again.
    if (namesOne && this.v.notHelpingWords.some((p) => findPhrase(words, p).length)) return this.passages.notHelping;
    // "Anything besides tablets?": what helps without medicines, not a painkiller answer. Only medicines in general set
    // aside, with none named: "paracetamol instead of ibuprofen?" asks about paracetamol.
    if (!found.length && !classes.length && this.setsMedicinesAside(words)) return this.passages.nonDrug;
    // A medicine with drinking: what alcohol does with it matters more than the medicine's own answer.
    // With a medicine that makes you drowsy (diazepam, codeine, a product with one in it) the answer is not to drink:
    // together they add up, which the painkiller answer ("a drink or two is usually OK with ibuprofen") would hide.
    if ((found.length || classes.length) && this.namesAlcohol(words)) {
      const named = [...classes.map((c) => c.replace(/^#/, '')), ...found.flatMap((f) => f.product.contains)];
      return named.some((c) => this.v.drowsyContains.has(c)) ? this.passages.alcoholDrowsy : this.passages.alcohol;
    }
    const first = found[0]?.product;
    if (first && first.form !== 'tablet') return this.passages[first.form];
    // Words of the products' own names don't count ("night" in "Night Nurse").
    const covered = (i: number) => found.some((f) => i >= f.from && i < f.to);
    const has = (list: string[][]) => list.some((p) => findPhrase(words, p).some((i) => !covered(i)));
    const drowsy = Boolean(first && first.contains.some((c) => this.v.drowsyContains.has(c)));
    if (drowsy && has(this.v.drivingWords)) return this.passages.drowsy;
    if (first && has(this.v.contentsWords)) return this.passages.contents;
    // "NyQuil at night, ok with my other tablets?": a painkiller in it counts twice before it makes you drowsy.
    if (drowsy && has(this.v.drowsyWords)) return first!.contains.some((c) => c !== 'drowsy') && has(this.v.togetherWords) ? this.passages.contents : this.passages.drowsy;
    // Another medicine named outside the products' own names ("Combiflam and Dolo", not the "nurofen" in "Nurofen Plus").
    const others = this.v.classNames.flatMap(([name, c]) => findPhrase(words, name).filter((i) => !covered(i)).map((i) => ({ name: name.join(' '), c, i })));
    if (first) {
      // A class the person's facts already answer ("Lemsip, then paracetamol": "Lemsip already contains paracetamol") is left to them.
      const shared = (p: Product, cs: readonly string[]) => p.contains.some((c) => !this.v.sharedByFacts.has(c) && cs.includes(c));
      if (found.slice(1).some((f) => shared(first, f.product.contains)) || shared(first, others.map((o) => o.c))) return this.passages.contents;
      // "Combiflam this morning, Crocin tonight?": paracetamol twice, whatever else the message sounds like.
      if (others.some((o) => first.contains.includes(o.c) && o.c === 'paracetamol')) return this.passages.sharedParacetamol;
      // "Advil with my Robaxacet?": a painkiller of a kind the product has none of, with it: whether they go together, not only what is in it.
      const together = has(this.v.togetherWords.filter((w) => w.join(' ') !== 'and'));
      if (together && first.form === 'tablet' && others.length && others.every((o) => this.v.otherPainkillers.has(o.c) && !first.contains.includes(o.c))) return this.passages.otherPainkiller;
      // "Theraflu, ok with them?": a product with a painkiller in it, taken with something else.
      if (first.contains.some((c) => c !== 'drowsy') && first.form === 'tablet' && has(this.v.togetherWords.filter((w) => w.join(' ') !== 'and'))) return this.passages.contents;
    }
    const twice = [...this.v.sameClassTwice].some((c) => new Set(others.filter((o) => o.c === c).map((o) => o.name)).size >= 2);
    if (twice && has(this.v.togetherWords)) return this.passages.sameClass;
    // "Advil or Aleve?": two of one class set against each other, which the class answer compares.
    if (twice && words.some((w) => this.v.compareWords.has(w))) return this.passages.sameClassCompare;
    if (terms.includes('@compare')) return this.passages.compare;
    // "Can I take Combiflam?": what it is, then the NSAID cautions for this person. A codeine product is its fact's own passage.
    if (first && first.contains.includes('nsaid') && !first.contains.some((c) => this.v.productFactClasses.has(c))) return this.passages.nsaidProduct;
    if (first && first.contains.some((c) => this.v.contentsFirst.has(c))) return this.passages.contents;
    return undefined;
  }

  /**
   * Whether a message asks about a medicine: names a product, a word for a medicine, or taking one (classes are read by the
   * caller); or, right after a medicine answer, asks only how often or how much ("how many a day?"), naming nothing else.
   */
  asksOfMedicine(words: readonly string[], afterMedicineAnswer: boolean): boolean {
    if (this.found(words).length > 0 || [...this.v.medicineWords, ...this.v.takingWords].some((p) => findPhrase(words, p).length > 0)) return true;
    return afterMedicineAnswer && words.every((w) => this.v.bareDoseWords.has(w));
  }

  /**
   * Said to take more than a label allows: "took too many", or a count of tooManyCount or more "at once". `took` for a
   * dose already taken (take no more, who to call); `habit` for one taken as a rule ("he's taking 4 at a time": keep to the label).
   */
  private tookTooMuch(words: readonly string[]): 'took' | 'habit' | undefined {
    const t = this.v.tooMuch;
    const took = words.some((w) => t.took.has(w));
    if (!took && !words.some((w) => t.habit.has(w))) return undefined;
    const has = (list: string[][]) => list.some((p) => findPhrase(words, p).length > 0);
    const many = words.some((w) => t.many.has(w) || (/^\d+$/.test(w) && Number(w) >= t.count));
    if (has(t.excess)) return took ? 'took' : 'habit';
    if (!many) return undefined;
    if (took) return has(t.once) ? 'took' : undefined;
    return has(t.habitOnce) ? 'habit' : undefined;
  }

  /** The extra terms for a message's words, given the medicine classes it names. */
  terms(words: readonly string[], classes: readonly string[]): string[] {
    const out: string[] = [];
    const distinct = new Set([...classes, ...this.productClasses(words)].map((c) => c.replace(/^#/, '')));
    if (distinct.size >= 2 && words.some((w) => this.v.compareWords.has(w))) out.push('@compare');
    const at = this.v.notTheirsNames.flatMap((m) => findPhrase(words, m));
    if (!at.length) return out;
    const ownedBy = (i: number, owners: ReadonlySet<string>) => {
      let j = i - 1;
      while (j >= 0 && this.v.ownerFillers.has(words[j]!)) j--;
      return j >= 0 && owners.has(words[j]!);
    };
    // "he wants one of my muscle relaxers": the writer's own prescription is someone else's for the one who would take it.
    const forAnother = this.v.forAnother.some((p) => findPhrase(words, p).length > 0);
    const writers = forAnother ? this.v.prescriptionNames.flatMap((m) => findPhrase(words, m)) : [];
    const owned = at.some((i) => ownedBy(i, this.v.owners)) || writers.some((i) => ownedBy(i, this.v.writerOwners));
    // "The doc gave me muscle relaxants": given by whoever prescribes is their own prescription.
    const prescribed = (i: number) => this.v.prescribers.some((p) => findPhrase(words, p).some((k) => k + p.length <= i && k + p.length >= i - 2));
    const notTheirs = this.v.notTheirs.some((p) => findPhrase(words, p).some((i) => !prescribed(i)));
    if (owned || notTheirs) out.push('@nottheirs');
    return out;
  }

  /**
   * A brand and its form said apart ("the gel, the Voltarol one", "Voltarol, the cream"): a two-word name
   * whose second word is a form word counts when both words stand within FORM_REACH words of each other.
   */
  private apart(words: readonly string[], product: Product, alias: string[]): Found[] {
    if (alias.length !== 2 || product.form === 'tablet' || !FORM_WORDS.has(alias[1]!)) return [];
    const brand = words.indexOf(alias[0]!);
    const form = words.indexOf(alias[1]!);
    if (brand < 0 || form < 0 || Math.abs(brand - form) > FORM_REACH) return [];
    return [{ product, from: Math.min(brand, form), to: Math.max(brand, form) + 1 }];
  }

  private found(words: readonly string[]): Found[] {
    const candidates = [...new Set(words)].flatMap((w) => this.aliasesByFirstWord.get(w) ?? []);
    const hits = candidates.flatMap(({ product, alias }) => [...findPhrase(words, alias).map((from) => ({ product, from, to: from + alias.length })), ...this.apart(words, product, alias)]);
    // Longest first, then drop names inside a longer one ("deep heat" inside "deep heat patch").
    hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const kept: Found[] = [];
    for (const h of hits) if (!kept.some((k) => h.from < k.to && k.from < h.to)) kept.push(h);
    return kept.sort((a, b) => a.from - b.from).filter((f, i, all) => all.findIndex((g) => g.product === f.product) === i);
  }
}

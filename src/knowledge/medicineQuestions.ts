import type { WordsOf } from './answerText';
import { findPhrase } from './answerText';
import { dirname, join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { KnowledgeValidationError } from './knowledgeBase';

/**
 * Two kinds of medicine question that word overlap alone misses, as extra
 * terms for the passage matcher (vocabulary: knowledge/medicine-contents.yaml):
 * a comparison ("Tylenol or Advil?": two classes and a word such as "or",
 * "which", "better") gets @compare; someone else's or left-over medicine ("my
 * buddy gave me his Flexeril") gets @nottheirs.
 */
export class MedicineQuestionKinds {
  private constructor(
    private readonly compareWords: ReadonlySet<string>,
    private readonly notTheirs: readonly string[][],
    /** Words for a medicine: classes' names, products, "pills"; and who may own it, and how far before it. */
    private readonly medicineNames: readonly string[][],
    private readonly owners: ReadonlySet<string>,
    private readonly ownerFillers: ReadonlySet<string>,
    /** Product names (normalised words) -> the classes they contain ("nurofen plus": nsaid, opioid). */
    private readonly products: ReadonlyArray<[string[], string[]]>,
    /** The passage for each kind: a medicine question of that kind gets it over a neighbour of its topic. */
    readonly passages: Readonly<Record<'compare' | 'nottheirs', string>>,
  ) {}

  static fromFile(file: string, words: WordsOf): MedicineQuestionKinds {
    const data = readYamlFile(file);
    const list = (key: string): string[] => {
      const v = isObject(data) ? data[key] : undefined;
      if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string')) throw new KnowledgeValidationError(file, key, 'must be a non-empty list of words');
      return v as string[];
    };
    const products: Array<[string[], string[]]> = [];
    const raw = isObject(data) && Array.isArray(data.products) ? data.products : [];
    for (const p of raw) {
      if (!isObject(p) || typeof p.name !== 'string' || !Array.isArray(p.contains)) continue;
      for (const alias of [p.name, ...(Array.isArray(p.also) ? p.also.map(String) : [])]) products.push([words(alias), p.contains.map(String)]);
    }
    const kinds = isObject(data) && isObject(data.kindPassages) ? data.kindPassages : {};
    if (typeof kinds.compare !== 'string' || typeof kinds.nottheirs !== 'string') throw new KnowledgeValidationError(file, 'kindPassages', 'needs compare and nottheirs passage ids');
    const classes = readYamlFile(join(dirname(file), 'medicine-classes.yaml'));
    const classNames = isObject(classes) ? Object.values(classes).flatMap((v) => (Array.isArray(v) ? v.map(String) : [])) : [];
    return new MedicineQuestionKinds(
      new Set(list('compareWords').flatMap(words)),
      list('notTheirsWords').map(words),
      [...list('medicineWords'), ...classNames].map(words).concat(products.map(([name]) => name)).filter((w) => w.length > 0),
      new Set(list('owners').flatMap(words)),
      new Set(list('ownerFillers').flatMap(words)),
      products,
      { compare: kinds.compare, nottheirs: kinds.nottheirs },
    );
  }

  /** The classes the products a message names contain ("panadeine": paracetamol, opioid). */
  productClasses(words: readonly string[]): string[] {
    return [...new Set(this.products.filter(([name]) => findPhrase(words, name).length > 0).flatMap(([, classes]) => classes))];
  }

  /** The kind of medicine question, if it is one of these: its passage id. Someone else's medicine first: it matters more than which is better. */
  kindPassage(words: readonly string[], classes: readonly string[]): string | undefined {
    const terms = this.terms(words, classes);
    if (terms.includes('@nottheirs')) return this.passages.nottheirs;
    if (terms.includes('@compare')) return this.passages.compare;
    return undefined;
  }

  /** The extra terms for a message's words, given the medicine classes it names. */
  terms(words: readonly string[], classes: readonly string[]): string[] {
    const out: string[] = [];
    const distinct = new Set([...classes, ...this.productClasses(words)].map((c) => c.replace(/^#/, '')));
    if (distinct.size >= 2 && words.some((w) => this.compareWords.has(w))) out.push('@compare');
    const at = this.medicineNames.flatMap((m) => findPhrase(words, m));
    if (!at.length) return out;
    const owned = at.some((i) => {
      let j = i - 1;
      while (j >= 0 && this.ownerFillers.has(words[j]!)) j--;
      return j >= 0 && this.owners.has(words[j]!);
    });
    if (owned || this.notTheirs.some((p) => findPhrase(words, p).length > 0)) out.push('@nottheirs');
    return out;
  }
}

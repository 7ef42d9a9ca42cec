import { fill } from '../content/responses';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import { escapeRegExp } from '../util/escapeRegExp';
import type { AnswerPlan, Planned } from './answerPlan';
import { foldCharacters } from '../language/tokenizer';
import { KnowledgeValidationError } from './knowledgeBase';

/**
 * Brand names of medicines read as their ingredient (knowledge/medicine-brands.yaml): a medicine answer about "Aleve"
 * says once, in the person's word, that Aleve is naproxen, so an answer written for naproxen is seen to be about their
 * tablets. Which class a brand is in stays in medicine-classes.yaml; only generic names never get a line.
 */

/** A brand the message names and the sentence that says what it is. */
export interface BrandNamed {
  /** As the person wrote it ("aleve"), to check whether the answer already names it. */
  brand: string;
  line: string;
}

/** At most this many brands are named in one reply: the answer must still fit the first message. */
const MAX_BRANDS = 2;

export class MedicineBrands {
  private constructor(
    private readonly line: string,
    private readonly topics: ReadonlySet<string>,
    /** Brand names (folded case) -> the ingredient in plain words. */
    private readonly ingredientOf: ReadonlyMap<string, string>,
  ) {}

  static fromFile(file: string): MedicineBrands {
    const data = readYamlFile(file);
    const fail = (field: string, why: string): never => {
      throw new KnowledgeValidationError(file, field, why);
    };
    if (!isObject(data)) return fail('(root)', 'must be a mapping');
    const line = data.line;
    if (typeof line !== 'string' || !line.includes('{brand}') || !line.includes('{ingredient}')) return fail('line', 'must be a sentence holding {brand} and {ingredient}');
    const topics = data.topics;
    if (!Array.isArray(topics) || !topics.length || topics.some((t) => typeof t !== 'string')) return fail('topics', 'must be a non-empty list of topic ids');
    const ingredients = data.ingredients;
    const brands = data.brands;
    if (!isObject(ingredients)) return fail('ingredients', 'must be a mapping');
    if (!isObject(brands)) return fail('brands', 'must be a mapping');
    const ingredientOf = new Map<string, string>();
    for (const [key, names] of Object.entries(brands)) {
      const plain = ingredients[key];
      if (typeof plain !== 'string' || !plain.trim()) return fail(`brands.${key}`, 'names an ingredient missing from ingredients');
      if (!Array.isArray(names) || !names.length) return fail(`brands.${key}`, 'must be a non-empty list of brand names');
      for (const name of names) {
        const folded = typeof name === 'string' ? foldCharacters(name.trim()) : '';
        if (!/^[a-z]+$/.test(folded)) return fail(`brands.${key}`, `"${String(name)}" must be one word of letters`);
        if (ingredientOf.has(folded)) return fail(`brands.${key}`, `"${String(name)}" is listed twice`);
        ingredientOf.set(folded, plain);
      }
    }
    return new MedicineBrands(line, new Set(topics as string[]), ingredientOf);
  }

  /**
   * The brands a message names, in order, each with its line ("Aleve is naproxen, ..."). Read on the folded text, not the
   * language layer's words: those already read some brands as their ingredient (synonyms.yaml: tylenol -> paracetamol),
   * and a generic name must never get a line.
   */
  named(text: string): BrandNamed[] {
    const out: BrandNamed[] = [];
    for (const w of new Set(foldCharacters(text).match(/[a-z]+/g) ?? [])) {
      const ingredient = this.ingredientOf.get(w);
      if (!ingredient) continue;
      const brand = asWritten(text, w);
      out.push({ brand, line: fill(this.line, { brand: capitalised(brand), ingredient }) });
    }
    return out.slice(0, MAX_BRANDS);
  }

  /** A passage answer on a medicine topic that the message asks by brand takes the brands' lines (the composer keeps those the answer does not already name). */
  onPlan(text: string, planned: Planned): Planned {
    const p = planned.plan;
    if ((p.kind !== 'passage' && p.kind !== 'brief') || !this.topics.has(p.passage.topic)) return planned;
    const brands = this.named(text);
    return brands.length ? { ...planned, plan: { ...p, brands } } : planned;
  }
}

/** The lines of the plan's brands that its answer does not already name ("ibuprofen (Nurofen)" names Nurofen). */
export function brandLines(plan: AnswerPlan, answerText: string): string[] {
  if (!('brands' in plan) || !plan.brands) return [];
  return plan.brands.filter((b) => !new RegExp(`\\b${escapeRegExp(b.brand)}\\b`, 'i').test(answerText)).map((b) => b.line);
}

/** The brand as typed in the message (their spelling and case), else the cleaned-up word. */
function asWritten(text: string, word: string): string {
  return text.match(new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i'))?.[0] ?? word;
}

function capitalised(s: string): string {
  return s === s.toLowerCase() ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

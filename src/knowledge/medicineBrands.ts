import { fill } from '../content/responses';
import { foldCharacters, letterRuns } from '../language/tokenizer';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import { escapeRegExp } from '../util/escapeRegExp';
import { byKindOnly, type AnswerPlan, type Planned } from './answerPlan';
import { KnowledgeValidationError } from './knowledgeBase';

/**
 * Brand names of medicines read as their ingredient (knowledge/medicine-brands.yaml): a medicine answer about "Aleve"
 * says once, in the person's word, that Aleve is naproxen, so an answer written for naproxen is seen to be about their
 * tablets. Which class a brand is in stays in medicine-classes.yaml; only generic names never get a line.
 */

/** The brands a message names, as the person wrote them, and the sentence that says what they are. */
export interface BrandNamed {
  /** As the person wrote them ("aleve"), to check whether the answer already names them. */
  brands: string[];
  /** The sentence for all of them, and for each alone (when the answer names the other). */
  line: string;
  each: string[];
  /** The same with the ingredient only ("Aleve is naproxen."), for an answer with no room for the kind. */
  briefLine: string;
  briefEach: string[];
}

interface Ingredient {
  name: string;
  kind?: string;
}

export class MedicineBrands {
  private constructor(
    private readonly templates: { line: string; pair: string },
    private readonly topics: ReadonlySet<string>,
    /** Brand names (folded case) -> their ingredient. */
    private readonly ingredientOf: ReadonlyMap<string, Ingredient>,
  ) {}

  static fromFile(file: string): MedicineBrands {
    const data = readYamlFile(file);
    const fail = (field: string, why: string): never => {
      throw new KnowledgeValidationError(file, field, why);
    };
    if (!isObject(data)) return fail('(root)', 'must be a mapping');
    const template = (field: string, holds: string[]): string => {
      const t = data[field];
      return typeof t === 'string' && holds.every((h) => t.includes(`{${h}}`)) ? t : fail(field, `must be a sentence holding ${holds.map((h) => `{${h}}`).join(', ')}`);
    };
    const templates = { line: template('line', ['brand', 'ingredient', 'kind']), pair: template('pair', ['brand', 'ingredient', 'other', 'otherIngredient']) };
    const topics = data.topics;
    if (!Array.isArray(topics) || !topics.length || topics.some((t) => typeof t !== 'string')) return fail('topics', 'must be a non-empty list of topic ids');
    const ingredients = data.ingredients;
    const brands = data.brands;
    if (!isObject(ingredients)) return fail('ingredients', 'must be a mapping');
    if (!isObject(brands)) return fail('brands', 'must be a mapping');
    const ingredientOf = new Map<string, Ingredient>();
    for (const [key, names] of Object.entries(brands)) {
      const raw = ingredients[key];
      if (!isObject(raw) || typeof raw.name !== 'string' || !raw.name.trim()) return fail(`ingredients.${key}`, 'must have a name');
      if (raw.kind !== undefined && (typeof raw.kind !== 'string' || !raw.kind.trim())) return fail(`ingredients.${key}.kind`, 'must be text when given');
      const ingredient: Ingredient = { name: raw.name, ...(typeof raw.kind === 'string' ? { kind: raw.kind } : {}) };
      if (!Array.isArray(names) || !names.length) return fail(`brands.${key}`, 'must be a non-empty list of brand names');
      for (const name of names) {
        const folded = typeof name === 'string' ? foldCharacters(name.trim()) : '';
        if (!/^[a-z]+$/.test(folded)) return fail(`brands.${key}`, `"${String(name)}" must be one word of letters`);
        if (ingredientOf.has(folded)) return fail(`brands.${key}`, `"${String(name)}" is listed twice`);
        ingredientOf.set(folded, ingredient);
      }
    }
    return new MedicineBrands(templates, new Set(topics as string[]), ingredientOf);
  }

  /** The topics whose answers take the line (checked against the topics at load). */
  get topicIds(): string[] {
    return [...this.topics];
  }

  /**
   * The brands a message names ("Aleve is naproxen, an anti-inflammatory like ibuprofen."), the first two. Read on the
   * folded text, not the language layer's words: those already read some brands as their ingredient (synonyms.yaml:
   * tylenol -> paracetamol), and a generic name must never get a line.
   */
  named(text: string): BrandNamed | undefined {
    const found: Array<[string, Ingredient]> = [];
    for (const w of new Set(letterRuns(foldCharacters(text)))) {
      const ingredient = this.ingredientOf.get(w);
      if (ingredient && found.length < 2) found.push([asWritten(text, w), ingredient]);
    }
    if (!found.length) return undefined;
    const one = ([brand, i]: [string, Ingredient], brief = false) => fill(this.templates.line, { brand: capitalised(brand), ingredient: i.name, kind: i.kind && !brief ? `, ${i.kind}` : '' });
    const briefOne = (found: [string, Ingredient]) => one(found, true);
    const [a, b] = found;
    const pair = b ? fill(this.templates.pair, { brand: capitalised(a![0]), ingredient: a![1].name, other: capitalised(b[0]), otherIngredient: b[1].name }) : undefined;
    return { brands: found.map(([brand]) => brand), line: pair ?? one(a!), each: found.map((f) => one(f)), briefLine: pair ?? briefOne(a!), briefEach: found.map(briefOne) };
  }

  /** A passage answer on a medicine topic that the message asks by brand takes the brands' line (the composer keeps it only for brands the answer does not name). */
  onPlan(text: string, planned: Planned): Planned {
    const p = planned.plan;
    // A by-kind answer (a named product, two NSAIDs at once) opens with its own sentence about what was named: it stays first.
    if ((p.kind !== 'passage' && p.kind !== 'brief') || !this.topics.has(p.passage.topic) || byKindOnly(p.passage)) return planned;
    const brands = this.named(text);
    return brands ? { ...planned, plan: { ...p, brands } } : planned;
  }
}

/** The line for the plan's brands that its answer does not already name ("ibuprofen (Nurofen)" names Nurofen), if any. */
export function brandLine(plan: AnswerPlan, answerText: string, brief = false): string | undefined {
  if (!('brands' in plan) || !plan.brands) return undefined;
  const { brands } = plan.brands;
  const [line, each] = brief ? [plan.brands.briefLine, plan.brands.briefEach] : [plan.brands.line, plan.brands.each];
  const unnamed = brands.map((b) => !wholeWord(b).test(answerText));
  if (unnamed.every(Boolean)) return line;
  return each.find((_, i) => unnamed[i]);
}

/** The brand as typed in the message (their spelling and case), else the folded word. */
function asWritten(text: string, word: string): string {
  return text.match(wholeWord(word))?.[0] ?? word;
}

/** The word as a whole word in any case. */
function wholeWord(word: string): RegExp {
  return new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i');
}

function capitalised(s: string): string {
  return s === s.toLowerCase() ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

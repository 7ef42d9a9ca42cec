import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { EVIDENCE_LEVELS, EvidenceLevel, KnowledgeValidationError } from './knowledgeBase';

/** A reference a passage cites: `short` under the answer, `title` and `url` in full. */
export interface Reference {
  key: string;
  short: string;
  /** The fewest words that still name it ("NHS", "NICE"), for a sources line the word limit leaves little room for. */
  brief: string;
  title: string;
  url?: string;
  /** The countries it speaks for (a country's law): cited only to someone there, or whose country is unknown. */
  countries?: string[];
}

/** One short answer to one question people ask, with its own example questions. */
export interface Passage {
  id: string;
  topic: string;
  /** The question it answers, short enough for a button. */
  question: string;
  examples: string[];
  /** The first message: answers the question in its first sentence. */
  answer: string;
  /** The rest, one "tell me more" away. */
  more?: string;
  /**
   * The answer and its rest for someone helping the person in pain (a carer's view: what to do for them,
   * what not to do), given instead when the writer writes for someone else. Said to the writer already:
   * the wording for the person helped (src/content/personWording.ts) leaves it as it is.
   */
  carer?: { answer: string; more?: string };
  tags: string[];
  /** Passages to suggest next (by default the next ones of the topic). */
  next: string[];
  sources: Reference[];
  evidence: EvidenceLevel;
  file: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const MAX_QUESTION = 60;
/** The answer alone; the first message also carries sources and the safety net, within 80 words. */
export const MAX_ANSWER_WORDS = 52;
const DOSE = /\d\s*(mg|milligrams?|mcg|ml)\b/i;

/** knowledge/sources.yaml: key -> reference. */
export function loadReferences(file: string): Map<string, Reference> {
  const data = readYamlFile(file);
  if (!isObject(data)) throw new KnowledgeValidationError(file, '(top level)', 'must be a mapping of key -> reference');
  const out = new Map<string, Reference>();
  for (const [key, value] of Object.entries(data)) {
    const v = isObject(value) ? value : {};
    for (const f of ['short', 'title']) {
      if (typeof v[f] !== 'string' || !(v[f] as string).trim()) throw new KnowledgeValidationError(file, `${key}.${f}`, 'must be a non-empty string');
    }
    if (v.url !== undefined && (typeof v.url !== 'string' || !/^https:\/\/\S+$/.test(v.url))) {
      throw new KnowledgeValidationError(file, `${key}.url`, 'must be an https URL');
    }
    if (v.brief !== undefined && (typeof v.brief !== 'string' || !v.brief.trim())) throw new KnowledgeValidationError(file, `${key}.brief`, 'must be a non-empty string');
    const countries = v.countries;
    if (countries !== undefined && (!Array.isArray(countries) || !countries.length || countries.some((c) => typeof c !== 'string' || !/^[A-Z]{2}$/.test(c)))) {
      throw new KnowledgeValidationError(file, `${key}.countries`, 'must be a list of two-letter country codes such as GB');
    }
    // Unless given, the short label's first word: the body that published it ("NICE NG59": NICE) or the study's author.
    const brief = typeof v.brief === 'string' ? v.brief : (v.short as string).split(/\s+/)[0]!;
    out.set(key, { key, short: v.short as string, brief, title: v.title as string, ...(typeof v.url === 'string' ? { url: v.url } : {}), ...(countries ? { countries: countries as string[] } : {}) });
  }
  return out;
}

export interface PassageRules {
  topics: ReadonlySet<string>;
  references: ReadonlyMap<string, Reference>;
  /** Placeholders a passage may use ({doctor}, {emergency}, ...). */
  placeholders: ReadonlySet<string>;
}

/** Parses one knowledge/passages/<topic>.yaml; errors name the file and the field. */
export function parsePassageFile(file: string, data: unknown, rules: PassageRules): Passage[] {
  const fail = (field: string, problem: string): never => {
    throw new KnowledgeValidationError(file, field, problem);
  };
  if (!isObject(data)) return fail('(top level)', 'must be a mapping with topic and passages');
  const topic = data.topic;
  if (typeof topic !== 'string' || !rules.topics.has(topic)) fail('topic', `must name a topic in knowledge/topics (${[...rules.topics].join(', ')})`);
  if (!Array.isArray(data.passages) || data.passages.length === 0) fail('passages', 'must be a non-empty list');
  return (data.passages as unknown[]).map((raw, i) => {
    const at = (f: string) => `passages[${i}].${f}`;
    if (!isObject(raw)) return fail(at(''), 'must be a mapping');
    const p = raw;
    const str = (f: string, optional = false): string | undefined => {
      const v = p[f];
      if (v === undefined && optional) return undefined;
      if (typeof v !== 'string' || !v.trim()) return fail(at(f), 'must be a non-empty string');
      const text = v.replace(/\s+/g, ' ').trim();
      if (DOSE.test(text)) fail(at(f), 'gives a dose; the bot never gives doses ("follow the label")');
      for (const [, name] of text.matchAll(PLACEHOLDER)) {
        if (!rules.placeholders.has(lowerFirst(name!))) fail(at(f), `uses unknown placeholder {${name}}`);
      }
      return text;
    };
    const list = (f: string, required: boolean): string[] => {
      const v = p[f];
      if (v === undefined && !required) return [];
      if (!Array.isArray(v) || (required && v.length === 0) || v.some((s) => typeof s !== 'string' || !s.trim())) {
        return fail(at(f), 'must be a non-empty list of strings');
      }
      return (v as string[]).map((s) => s.trim());
    };
    const id = str('id')!;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(at('id'), 'must be kebab-case');
    const question = str('question')!;
    if (question.length > MAX_QUESTION) fail(at('question'), `is longer than ${MAX_QUESTION} characters (it is a button label)`);
    const examples = list('examples', true);
    if (examples.length < 3) fail(at('examples'), 'needs at least 3 example questions');
    const answer = str('answer')!;
    const words = answer.split(' ').length;
    if (words > MAX_ANSWER_WORDS) fail(at('answer'), `has ${words} words; at most ${MAX_ANSWER_WORDS} (put the rest under "more")`);
    const evidence = p.evidence;
    if (typeof evidence !== 'string' || !(EVIDENCE_LEVELS as readonly string[]).includes(evidence)) {
      fail(at('evidence'), `must be one of ${EVIDENCE_LEVELS.join(', ')}`);
    }
    const sources = list('sources', true).map((key) => rules.references.get(key) ?? fail(at('sources'), `names unknown source "${key}" (see knowledge/sources.yaml)`));
    const more = str('more', true);
    const carerAnswer = str('carer', true);
    const carerMore = str('carerMore', true);
    if (carerMore && !carerAnswer) fail(at('carerMore'), 'needs a carer answer');
    if (carerAnswer && carerAnswer.split(' ').length > MAX_ANSWER_WORDS) fail(at('carer'), `has more than ${MAX_ANSWER_WORDS} words (put the rest under "carerMore")`);
    return {
      id,
      topic: topic as string,
      question,
      examples,
      answer,
      ...(more ? { more } : {}),
      ...(carerAnswer ? { carer: { answer: carerAnswer, ...(carerMore ? { more: carerMore } : {}) } } : {}),
      tags: list('tags', false),
      next: list('next', false),
      sources,
      evidence: evidence as EvidenceLevel,
      file,
    };
  });
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Every passage, by topic in file order; loaded and cross-checked at start-up. */
export class PassageLibrary {
  private readonly byId = new Map<string, Passage>();
  private readonly byTopic = new Map<string, Passage[]>();
  private readonly byQuestion = new Map<string, Passage>();

  constructor(readonly passages: readonly Passage[]) {
    const examples = new Map<string, Passage>();
    for (const p of passages) {
      const fail = (field: string, problem: string): never => {
        throw new KnowledgeValidationError(p.file, `${p.id}.${field}`, problem);
      };
      if (this.byId.has(p.id)) fail('id', `repeats a passage id (also in ${this.byId.get(p.id)!.file})`);
      this.byId.set(p.id, p);
      const q = questionKey(p.question);
      if (this.byQuestion.has(q)) fail('question', `repeats the question of ${this.byQuestion.get(q)!.id}`);
      this.byQuestion.set(q, p);
      for (const e of p.examples) {
        const other = examples.get(questionKey(e));
        if (other && other.id !== p.id) fail('examples', `"${e}" is also an example of ${other.id}`);
        examples.set(questionKey(e), p);
      }
      this.byTopic.set(p.topic, [...(this.byTopic.get(p.topic) ?? []), p]);
    }
    for (const p of passages) {
      for (const n of p.next) if (!this.byId.has(n)) throw new KnowledgeValidationError(p.file, `${p.id}.next`, `names unknown passage "${n}"`);
    }
  }

  /** Loads knowledge/passages/*.yaml; every topic must have passages. */
  static fromDirectory(dir: string, rules: PassageRules): PassageLibrary {
    // A topic's own file ("medication.yaml") before its extra ones ("medication-products.yaml"): its passages are the ones offered next.
    const stem = (f: string) => f.replace(/\.yaml$/, '');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort((a, b) => (stem(a) < stem(b) ? -1 : stem(a) > stem(b) ? 1 : 0));
    const lib = new PassageLibrary(files.flatMap((f) => parsePassageFile(join(dir, f), readYamlFile(join(dir, f)), rules)));
    const missing = [...rules.topics].filter((t) => !lib.byTopic.has(t));
    if (missing.length) throw new KnowledgeValidationError(dir, 'topic', `: no passages for ${missing.join(', ')}`);
    return lib;
  }

  get(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  /** The passage whose question (a button label) is exactly this text. */
  byLabel(text: string): Passage | undefined {
    return this.byQuestion.get(questionKey(text));
  }

  ofTopic(topic: string): readonly Passage[] {
    return this.byTopic.get(topic) ?? [];
  }

  get topics(): string[] {
    return [...this.byTopic.keys()];
  }
}

function questionKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();
}

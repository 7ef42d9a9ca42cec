import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseYaml } from '../util/yamlFile';
import { TopicIntent, TOPIC_INTENTS, isTopicIntent } from '../nlu/intents';

export type EvidenceLevel = 'high' | 'moderate' | 'low' | 'expert-opinion';
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = ['high', 'moderate', 'low', 'expert-opinion'];

export interface Source {
  title: string;
  url?: string;
}

/**
 * One topic: which intents it answers, its title and the topics to suggest
 * next. What the bot says lives in the topic's passages
 * (knowledge/passages/<id>.yaml), one short answer per question.
 */
export interface KnowledgeEntry {
  id: string;
  intents: TopicIntent[];
  title: string;
  followUps: TopicIntent[];
  sources: Source[];
  evidence: EvidenceLevel;
  lastReviewed: string;
  file: string;
}

/** A knowledge entry that fails validation; the message names the file and the field. */
export class KnowledgeValidationError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: field "${field}" ${problem}`);
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses and validates one entry. Exported for tests of the validation rules. */
export function parseEntry(file: string, text: string): KnowledgeEntry {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new KnowledgeValidationError(file, 'front matter', 'is missing (the file must start with ---)');
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (err) {
    throw new KnowledgeValidationError(file, 'front matter', `is not valid YAML: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new KnowledgeValidationError(file, 'front matter', 'must be a mapping');
  }
  const fm = data as Record<string, unknown>;
  const fail = (field: string, problem: string): never => {
    throw new KnowledgeValidationError(file, field, problem);
  };
  const text_ = (field: string, max = Infinity): string => {
    const v = fm[field];
    if (typeof v !== 'string' || !v.trim()) return fail(field, 'must be a non-empty string');
    if (v.length > max) return fail(field, `is longer than ${max} characters`);
    return v.trim();
  };
  const list = (field: string, required: boolean): unknown[] => {
    const v = fm[field];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v) || (required && v.length === 0)) return fail(field, 'must be a non-empty list');
    return v;
  };
  const intentList = (field: string, required: boolean): TopicIntent[] =>
    list(field, required).map((i) =>
      typeof i === 'string' && isTopicIntent(i) ? i : fail(field, `names "${String(i)}", which is not a topic intent (${TOPIC_INTENTS.join(', ')})`),
    );

  const id = text_('id');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('id', 'must be kebab-case');
  if (basename(file, '.md') !== id) fail('id', `must match the file name (${basename(file)})`);
  const sources = list('sources', true).map((s) => {
    const src = s as Partial<Source> | null;
    if (!src || typeof src.title !== 'string' || !src.title.trim()) return fail('sources', 'entries need a title');
    if (src.url !== undefined && (typeof src.url !== 'string' || !/^https:\/\/\S+$/.test(src.url))) {
      return fail('sources', `has a url that is not https: ${String(src.url)}`);
    }
    return src.url ? { title: src.title.trim(), url: src.url } : { title: src.title.trim() };
  });
  const evidence = fm.evidence;
  if (typeof evidence !== 'string' || !(EVIDENCE_LEVELS as readonly string[]).includes(evidence)) {
    fail('evidence', `must be one of ${EVIDENCE_LEVELS.join(', ')}`);
  }
  // YAML may read an unquoted date as a Date or as a string depending on the schema; accept both.
  const reviewed = fm.lastReviewed instanceof Date ? fm.lastReviewed.toISOString().slice(0, 10) : fm.lastReviewed;
  if (typeof reviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) fail('lastReviewed', 'must be a date (YYYY-MM-DD)');
  // The clinical review found entry bodies that were never shown; the answers
  // now live in the passages, so text here would again go unseen.
  for (const old of ['summary', 'steps', 'cautions']) {
    if (fm[old] !== undefined) fail(old, 'is no longer read: write the answer as passages in knowledge/passages/');
  }
  if (match[2].trim()) fail('body', 'is never shown: move the text into knowledge/passages/ (or drop it)');

  return {
    id,
    intents: intentList('intents', true),
    title: text_('title', 120),
    followUps: intentList('followUps', false),
    sources,
    evidence: evidence as EvidenceLevel,
    lastReviewed: reviewed as string,
    file,
  };
}

/** The curated answers, one entry per topic intent, loaded and validated at start-up. */
export class KnowledgeBase {
  private readonly byIntent = new Map<TopicIntent, KnowledgeEntry>();

  constructor(readonly entries: readonly KnowledgeEntry[]) {
    for (const entry of entries) {
      for (const intent of entry.intents) {
        const other = this.byIntent.get(intent);
        if (other) throw new KnowledgeValidationError(entry.file, 'intents', `repeats "${intent}", already answered by ${other.file}`);
        this.byIntent.set(intent, entry);
      }
    }
  }

  /** Loads knowledge/topics/*.md; every topic intent must be answered. */
  static fromDirectory(dir: string): KnowledgeBase {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const kb = new KnowledgeBase(files.map((f) => parseEntry(join(dir, f), readFileSync(join(dir, f), 'utf8'))));
    const missing = TOPIC_INTENTS.filter((i) => !kb.byIntent.has(i));
    if (missing.length) throw new KnowledgeValidationError(dir, 'intents', `: no entry answers ${missing.join(', ')}`);
    return kb;
  }

  /** The topic entry with this id (a passage file's `topic`). */
  byId(id: string): KnowledgeEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  forIntent(intent: TopicIntent): KnowledgeEntry {
    const entry = this.byIntent.get(intent);
    if (!entry) throw new Error(`no knowledge entry for ${intent}`);
    return entry;
  }
}

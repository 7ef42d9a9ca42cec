import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { KnowledgeValidationError } from './knowledgeBase';

/** The file of work demands, beside knowledge/user-facts.yaml. */
export const WORK_DEMANDS_FILE = 'work-demands.yaml';

/**
 * knowledge/work-demands.yaml as raw user-fact definitions (demand id -> definition), read by the fact file's own
 * reader after the facts of user-facts.yaml: a demand is a fact of the person's work or day ("on my feet all day"),
 * kept in conversation state and applied to answers like any other. A job's words (`jobs`) state each demand it
 * brings, so "hairdresser" is said once and means both standing and bending.
 */
export function readWorkDemands(dir: string): Array<[string, Record<string, unknown>]> {
  const file = join(dir, WORK_DEMANDS_FILE);
  const data = readYamlFile(file);
  const fail = (field: string, problem: string): never => {
    throw new KnowledgeValidationError(file, field, problem);
  };
  if (!isObject(data) || !isObject(data.demands)) return fail('demands', 'must be a mapping of demand id -> definition');
  const demands = new Map<string, Record<string, unknown>>();
  for (const [id, raw] of Object.entries(data.demands)) {
    if (!isObject(raw)) return fail(`demands.${id}`, 'must be a mapping');
    const mentions = raw.mentions === undefined ? [] : raw.mentions;
    if (!Array.isArray(mentions)) return fail(`demands.${id}.mentions`, 'must be a list of phrases');
    demands.set(id, { ...raw, mentions: [...mentions] });
  }
  const jobs = data.jobs === undefined ? [] : data.jobs;
  if (!Array.isArray(jobs)) return fail('jobs', 'must be a list');
  jobs.forEach((job: unknown, i: number) => {
    if (!isObject(job) || !Array.isArray(job.words) || !job.words.length || !Array.isArray(job.demands) || !job.demands.length) {
      return fail(`jobs[${i}]`, 'needs words and demands');
    }
    for (const d of job.demands) {
      const demand = demands.get(String(d)) ?? fail(`jobs[${i}].demands`, `names unknown demand "${String(d)}"`);
      (demand.mentions as unknown[]).push(...job.words);
    }
  });
  return [...demands.entries()];
}

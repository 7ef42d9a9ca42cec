import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { readYamlFile } from '../util/yamlFile';

export const SERVICE_MESSAGES_PATH = join(PROJECT_ROOT, 'knowledge', 'service-messages.yaml');

/** knowledge/service-messages.yaml: what the bot says when it cannot do its normal job. */
export interface ServiceMessages {
  /** Storage unreachable. */
  unavailable: string;
  /** The previous turn of the conversation did not finish in time. */
  busy: string;
  /** Per-conversation rate limit. */
  slowDown: string;
  /** Any other failure in a turn. */
  error: string;
}

const FIELDS: ReadonlyArray<keyof ServiceMessages> = ['unavailable', 'busy', 'slowDown', 'error'];

/** Loads and validates the file; a missing or empty message stops start-up naming the field. */
export function loadServiceMessages(path = SERVICE_MESSAGES_PATH): ServiceMessages {
  const data = readYamlFile(path);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}: expected a mapping`);
  const record = data as Record<string, unknown>;
  const out: Partial<ServiceMessages> = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (typeof value !== 'string' || !value.trim()) throw new Error(`${path}: field "${field}" must be a non-empty string`);
    // A user in trouble must never be left with only "try again".
    if (!value.includes('{emergency}')) throw new Error(`${path}: field "${field}" must give the emergency number ({emergency})`);
    out[field] = value.trim();
  }
  return out as ServiceMessages;
}

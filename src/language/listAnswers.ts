import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { LANGUAGE_DIR } from './language';

/** The answer words said after a list item (knowledge/language/list-answers.yaml). */
interface ListAnswerWords {
  negative: ReadonlySet<string>;
  positive: ReadonlySet<string>;
}

/** Longest item read as one answered item: "numbness between my legs no" is short; a sentence ending "...so no" is not a list. */
const MAX_ITEM_WORDS = 5;
/** Clauses ending in an answer word before a message is read as a list of answers: one alone is too often a sentence. */
const MIN_ANSWERED = 2;

let loaded: ListAnswerWords | undefined;
function words(): ListAnswerWords {
  if (loaded) return loaded;
  const file = join(LANGUAGE_DIR, 'list-answers.yaml');
  const data = readYamlFile(file);
  const list = (key: string): Set<string> => {
    const value = isObject(data) ? data[key] : undefined;
    if (!Array.isArray(value) || !value.every((w) => typeof w === 'string')) throw new Error(`${file}: field "${key}" must be a list of words`);
    return new Set(value.map((w) => w.toLowerCase()));
  };
  loaded = { negative: list('negative'), positive: list('positive') };
  return loaded;
}

/**
 * "bladder no, bowels no, night pain no, worse coughing yes": each item answered
 * after it. The negative answers are moved to the front of their clause ("no
 * bladder", "no night pain"), where negation scope reads them, so a list of
 * denials is never read as a list of mentions. Other text is returned as is.
 */
export function answersFirst(text: string): string {
  const { negative, positive } = words();
  const parts = text.split(/([,;.!?\n]+)/);
  let answered = 0;
  const rewritten = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const last = tokens.at(-1)?.toLowerCase();
    if (!last || tokens.length < 2 || tokens.length - 1 > MAX_ITEM_WORDS) return part;
    if (!negative.has(last) && !positive.has(last)) return part;
    answered += 1;
    if (!negative.has(last)) return part;
    const lead = part.match(/^\s*/)?.[0] ?? '';
    return `${lead}${tokens.at(-1)} ${tokens.slice(0, -1).join(' ')}`;
  });
  return answered >= MIN_ANSWERED ? rewritten.join('') : text;
}

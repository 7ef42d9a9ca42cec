/**
 * The words the symptom parser's pattern files write, which its clean-up step
 * (text.ts `prepare`) leaves as typed instead of letting
 * knowledge/language/spelling.yaml rewrite them ("y" is yes here, where
 * elsewhere it is "why").
 *
 * That keeping is silent and reaches every reader of the prepared text: a
 * slang word written in one list ("arvo" among the times a doing clause skips)
 * stays "arvo" for the date recognizer too, and "since this arvo" is no longer
 * a start. So a word spelling.yaml rewrites may stand in these files only when
 * as-written.yaml names it, with why; any other is refused at load, naming the
 * file and the field, and the list must hold the word it becomes ("afternoon").
 */
import { wordsInText } from '../language/tokenizer';
import { type Obj, type Reader, load } from './vocabularyFile';

/** The files written in the pattern language (screen.yaml is wording). */
export const PATTERN_FILES = ['negation.yaml', 'yes-no.yaml', 'triggers.yaml', 'body-regions.yaml', 'history.yaml', 'future.yaml', 'onset-events.yaml', 'check-control.yaml', 'check-asides.yaml', 'severity.yaml', 'denials.yaml'];

/**
 * Other files read on the parser's text (progress and status reports, the safety-line and screen pointers, the
 * meals): what they write is not kept, so a word spelling.yaml rewrites is never there to match.
 */
export const READ_AFTER_FILES = ['progress.yaml', 'status-updates.yaml', 'safety-line-picks.yaml', 'screen-pointers.yaml', 'onset-times.yaml'];

/** The file naming the words the pattern files may write although spelling.yaml rewrites them. */
export const AS_WRITTEN_FILE = 'as-written.yaml';

/** Each word of a value or key, with the field it stands in ("groups[0][1].patterns[2]"; a key as "letters.y (key)"). */
function wordsByField(raw: unknown, visit: (word: string, field: string) => void): void {
  const walk = (v: unknown, field: string): void => {
    if (typeof v === 'string') for (const w of wordsInText(v.toLowerCase())) visit(w, field || '(file)');
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${field}[${i}]`));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        const at = field ? `${field}.${k}` : k;
        walk(k, `${at} (key)`);
        walk(x, at);
      }
    }
  };
  walk(raw, '');
}

/** as-written.yaml: word -> why the parser reads it as typed, and its reader (for errors naming it). */
function asWritten(dir: string): { kept: Map<string, string>; r: Reader } {
  const { raw, r } = load(dir, AS_WRITTEN_FILE);
  r.object(raw, '(file)', ['words']);
  const words = r.object(raw.words, 'words', Object.keys((raw.words ?? {}) as Obj));
  return { kept: new Map(Object.entries(words).map(([w, why]) => [w.toLowerCase(), r.string(why, `words.${w}`)])), r };
}

/**
 * The words written in the pattern files' values and keys ("y", "prob", "n/a" -> n, a), checked against
 * `spelling` (spelling.yaml: word -> what it is read as): a rewritten word not named in as-written.yaml stops
 * loading, and so does one in the files read after (READ_AFTER_FILES) that the pattern files do not keep, and a
 * name in as-written.yaml that no pattern file writes or that spelling.yaml does not rewrite.
 */
export function writtenWords(dir: string, spelling: ReadonlyMap<string, string>): Set<string> {
  const { kept, r: keptReader } = asWritten(dir);
  const words = new Set<string>();
  for (const file of PATTERN_FILES) {
    const { raw, r } = load(dir, file);
    wordsByField(raw, (word, field) => {
      words.add(word);
      const meant = spelling.get(word);
      if (meant !== undefined && !kept.has(word)) {
        r.fail(field, `"${word}" is rewritten to "${meant}" by knowledge/language/spelling.yaml, but written here it is kept as typed for every reader of the parser's text and the rewrite is lost: write "${meant}", or name "${word}" in ${AS_WRITTEN_FILE} with why`);
      }
    });
  }
  for (const file of READ_AFTER_FILES) {
    const { raw, r } = load(dir, file);
    wordsByField(raw, (word, field) => {
      const meant = spelling.get(word);
      if (meant !== undefined && !words.has(word)) r.fail(field, `"${word}" is rewritten to "${meant}" by knowledge/language/spelling.yaml before this is read, so it never matches: write "${meant}"`);
    });
  }
  for (const word of kept.keys()) {
    if (!spelling.has(word)) keptReader.fail(`words.${word}`, 'is not rewritten by knowledge/language/spelling.yaml: nothing to keep');
    if (!words.has(word)) keptReader.fail(`words.${word}`, 'is written in none of the pattern files: nothing to keep');
  }
  return words;
}

/** Punctuation kept as tokens: it ends clauses and sentences. */
export const PUNCTUATION: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', ',']);
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

/** Typographic apostrophes, backticks, acute accents and primes: all typed for '. */
const APOSTROPHES_RE = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const TOKEN_RE = /\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:'\p{L}+)*'?|[.!?;:,]/gu;
/** A word in running text: letters and digits with any inner apostrophes ("2day", "pee'd"). */
export const WORD_IN_TEXT_RE = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

const NON_ASCII_RE = /[^\x00-\x7f]/;
/** A "+" with no digit on either side (spaces allowed): "pain + numb", "hiv+". */
const PLUS_BETWEEN_WORDS_RE = /(?<![\d+]\s*)\++(?!\s*[\d+])/g;
/** Two single letters joined by "+" are a name written like "&" ("a+e" for A&E). */
const LETTERS_PLUS_RE = /(?<![\p{L}\p{N}])(\p{L})\+(\p{L})(?![\p{L}\p{N}])/gu;
const HYPHENS_RE = /[\u2010\u2011]/g;
/**
 * An ellipsis between a word and a lower-case word ("I did once... when I was 8"): a pause
 * inside the sentence, read as a comma, not its end. Before a capital it may end the sentence.
 */
const ELLIPSIS_GOES_ON_RE = /(?<=\p{L})[ \t]*(?:\.{2,}|\u2026)[ \t]*(?=\p{Ll})/gu;
/**
 * A question mark closing a bracketed number ("years ago (2012?)", "(36?)"): a doubt about the number,
 * not the end of the sentence, so a time told before it still reaches what follows.
 */
const DOUBTED_NUMBER_RE = /(\d)\s*\?+\s*\)/g;
/** Figure dash, en dash, em dash, horizontal bar, minus sign. */
const DASHES_RE = /[\u2012-\u2015\u2212]/g;

/**
 * Character folding every reader shares; it keeps punctuation, spacing and
 * words as they are, so a reader can still hand the text to a recogniser: accents
 * dropped ("café" -> "cafe"), lower case, one kind of apostrophe, "½" as
 * " 1/2" and the fraction slash as "/", typographic hyphens as "-". Dashes
 * stay dashes (they can end a clause) unless `dashesAsHyphens`.
 */
export function foldCharacters(text: string, options: { dashesAsHyphens?: boolean } = {}): string {
  // Most messages are plain ASCII: only case and the backtick need folding.
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase().replace(/`/g, "'");
  const folded = text
    .replace(/\u00bd/g, ' 1/2') // NFKD would make "6½" read as "61/2"
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES_RE, "'")
    .replace(/\u2044/g, '/')
    .replace(HYPHENS_RE, '-');
  return options.dashesAsHyphens ? folded.replace(DASHES_RE, '-') : folded;
}

/**
 * Text folded for tokenising: foldCharacters, then "&" (and "+" between two
 * single letters, "a+e") as "and", any other "+" between
 * words as "plus" (a shorthand list, "no fever + numb groin", joins separate
 * items: "plus" ends a denial's scope, "and" would carry it on; a "+" at a number,
 * "50+" or "+44", is left to drop as before), a decimal
 * comma as a point, a hyphen inside a word as a space ("x-ray",
 * "anti-inflammatory"), an ellipsis before a lower-case word as a comma, any other dash as a colon (it starts a new clause:
 * "never had this before - I can't pee") and a line break as a full stop.
 */
export function foldText(text: string): string {
  return foldCharacters(text.replace(ELLIPSIS_GOES_ON_RE, ' , ').replace(DOUBTED_NUMBER_RE, '$1)'))
    .replace(/&/g, ' and ')
    .replace(LETTERS_PLUS_RE, '$1 and $2')
    .replace(PLUS_BETWEEN_WORDS_RE, ' plus ')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/[-\u2012-\u2015]/g, ' : ')
    .replace(/[\r\n]+/g, ' . ');
}

/**
 * Raw tokens of folded text: numbers ("2", "1.5"), words with any inner
 * apostrophes ("can't", "mum's") and the punctuation . ! ? ; : , where a run
 * of marks ("!!!", ", .") is one token, the strongest. Everything else
 * (quotes, brackets, emoji, symbols) separates tokens and is dropped.
 */
export function rawTokens(folded: string): string[] {
  const out: string[] = [];
  for (const r of folded.match(TOKEN_RE) ?? []) {
    if (PUNCTUATION.has(r)) {
      const last = out[out.length - 1];
      if (last !== undefined && PUNCTUATION.has(last)) {
        if (SENTENCE_END.has(r) && !SENTENCE_END.has(last)) out[out.length - 1] = r;
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/**
 * The words of running text as written, not normalised: "about a 6 i'd say"
 * is five words. For readers that count or collect what was typed; readers
 * of meaning use Language.words.
 */
export function wordsInText(text: string): string[] {
  return text.match(WORD_IN_TEXT_RE) ?? [];
}

const LETTER_RUN_RE = /[a-z]+/g;
const PLAIN_WORD_RE = /[a-z0-9']+/g;

/**
 * Runs of the plain letters a-z in lower-cased text ("can't" gives "can", "t"): for lists
 * of names written in plain letters (brands, key words), looked up as they are written.
 */
export function letterRuns(lowered: string): string[] {
  return lowered.match(LETTER_RUN_RE) ?? [];
}

/** Words of a-z, digits and apostrophes in lower-cased text ("how's", "24"): for phrases listed word by word. */
export function plainWords(lowered: string): string[] {
  return lowered.match(PLAIN_WORD_RE) ?? [];
}

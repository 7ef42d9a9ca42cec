/**
 * The one way readers cut text into sentences as typed, each with the marks that end it. clauses.ts
 * cuts at every mark (a clause is a unit of meaning); a sentence here ends only where the writer
 * ended one, so "3.5 mg", "e.g. heat" and "U.S." stay whole unless a reader asks otherwise.
 */
export interface SentenceOptions {
  /**
   * The marks that end a sentence (default ". ! ?"). A reader that treats a clause as a sentence adds
   * its own: ";" or ":" for the opening words of a reply ("Sorry to hear that: ..."), "," for the
   * sentences the act model reads one by one.
   */
  marks?: string;
  /**
   * Whether a mark ends a sentence only when white space follows it (default true); the white space
   * is dropped, the first sentence keeps any space before it, and text ending in a mark and a space
   * has an empty last sentence. With false, a run of marks ends one wherever it stands ("ok
   * back.started sunday", as typed on a phone); marks before the first word and the empty end are
   * left out, and the space after a mark starts the next sentence.
   */
  spaceAfter?: boolean;
  /**
   * What the next sentence must start with for a break, as the inside of a [...] class with its
   * ranges (any character by default). Written answers
   * start a sentence with a capital, digit, quote or {placeholder}, so "e.g. heat" is one sentence.
   */
  nextStartsWith?: string;
  /** Whether a comma, with any space after it, also ends one (default false): for readers of the clause asked. */
  commaEnds?: boolean;
}

const patterns = new Map<string, RegExp>();

/** `chars` inside a [...] class, the characters special there escaped. */
function inClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/** The pattern for `options`, built once per set of options. */
function patternFor(options: SentenceOptions): RegExp {
  const { marks = '.!?', spaceAfter = true, nextStartsWith, commaEnds = false } = options;
  const key = JSON.stringify([marks, spaceAfter, nextStartsWith ?? null, commaEnds]);
  let re = patterns.get(key);
  if (!re) {
    const m = inClass(marks);
    if (spaceAfter) {
      // The break is the white space after a mark (so the mark stays with its sentence), or a comma and its space.
      const next = nextStartsWith === undefined ? '' : `(?=[${nextStartsWith}])`;
      re = new RegExp(`(?<=[${m}])\\s+${next}${commaEnds ? '|,\\s*' : ''}`);
    } else {
      if (nextStartsWith !== undefined || commaEnds) throw new Error('sentences: nextStartsWith and commaEnds need spaceAfter');
      // A sentence is the text up to a run of marks, with the run.
      re = new RegExp(`[^${m}]+[${m}]*`, 'g');
    }
    patterns.set(key, re);
  }
  return re;
}

/** The sentences of `text` as typed: untrimmed, each with its end marks (commas aside), in order. */
export function sentencesAsTyped(text: string, options: SentenceOptions = {}): string[] {
  const re = patternFor(options);
  return re.global ? (text.match(re) ?? []) : text.split(re);
}

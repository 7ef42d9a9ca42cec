/**
 * A check question on the learned stage's word alone needs some word of the
 * flag's own (knowledge/safety/check-anchors.yaml): the model, reading a bag of
 * words, is sometimes unsure about an ordinary message whose words only look
 * like a sign's ("the ball slipped" read as a lump, a fever from no fever word).
 * Only the categories listed are held to this; the rest are asked as before.
 */
import type { Language } from '../language/language';
import type { SpanScope } from '../language/spanScope';
import { Doc, type Match, PhraseSet, readPhraseLists } from './phraseSet';
import { readDataFile } from './dataChecks';

/** The file's list of categories whose sure guess is held to its words too (not a category itself). */
const HELD_WHEN_SURE = 'heldWhenSure';
/**
 * The file's everyday phrases (not a category): a category's word inside one anchors nothing
 * ("called in sick" is time off work, not nausea). Lookahead (`!x`) cannot see the words before.
 */
const EVERYDAY = 'everyday';
/** The file's list of categories a thermometer's normal reading answers (not a category itself). */
const MEASURED = 'measured';
/** The file's map of categories to words that, found alone, make a sure guess a question (not a category itself). */
const ASKED_WHEN_ONLY = 'askedWhenOnly';

export class CheckAnchors {
  private constructor(
    private readonly phrases: PhraseSet<string>,
    private readonly categories: ReadonlySet<string>,
    private readonly language: Language,
    /** Categories whose sure guess from the learned stage alone needs a word of its own too. */
    private readonly sure: ReadonlySet<string> = new Set(),
    /** Categories a normal thermometer reading answers. */
    private readonly thermometer: ReadonlySet<string> = new Set(),
    /** Per category, words that name only where it hurts: a sure guess on them alone is asked about. */
    private readonly placeOnly: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  ) {}

  /** A normal thermometer reading answers this category's question. */
  measured(flag: string): boolean {
    return this.thermometer.has(flag);
  }

  static fromFile(file: string, language: Language): CheckAnchors {
    const { phrases, keys } = readPhraseLists(file, language, [HELD_WHEN_SURE, MEASURED, ASKED_WHEN_ONLY]);
    const raw = readDataFile(file) as Record<string, unknown>;
    const held = raw[HELD_WHEN_SURE] ?? [];
    if (!Array.isArray(held) || held.some((k) => typeof k !== 'string' || !keys.includes(k))) throw new Error(`${file}: ${HELD_WHEN_SURE} must list categories of the file`);
    const measured = raw[MEASURED] ?? [];
    if (!Array.isArray(measured) || measured.some((k) => typeof k !== 'string' || !keys.includes(k))) throw new Error(`${file}: ${MEASURED} must list categories of the file`);
    if (held.includes(EVERYDAY) || measured.includes(EVERYDAY)) throw new Error(`${file}: ${EVERYDAY} is no category`);
    const asked = raw[ASKED_WHEN_ONLY] ?? {};
    if (typeof asked !== 'object' || Array.isArray(asked)) throw new Error(`${file}: ${ASKED_WHEN_ONLY} must map categories to words`);
    const placeOnly = new Map<string, ReadonlySet<string>>();
    for (const [flag, words] of Object.entries(asked as Record<string, unknown>)) {
      if (!keys.includes(flag) || flag === EVERYDAY) throw new Error(`${file}: ${ASKED_WHEN_ONLY}.${flag} is no category of the file`);
      if (!Array.isArray(words) || words.some((w) => typeof w !== 'string')) throw new Error(`${file}: ${ASKED_WHEN_ONLY}.${flag} must list words`);
      placeOnly.set(flag, new Set((words as string[]).map((w) => language.tokens(w).join(' '))));
    }
    return new CheckAnchors(phrases, new Set(keys.filter((k) => k !== EVERYDAY)), language, new Set(held as string[]), new Set(measured as string[]), placeOnly);
  }

  /** The categories' words found in the tokens, without those inside an everyday phrase. */
  private found(tokens: string[]): Match<string>[] {
    const all = this.phrases.find(new Doc(tokens));
    const everyday = all.filter((m) => m.payload === EVERYDAY);
    return all.filter((m) => m.payload !== EVERYDAY && !everyday.some((e) => e.start <= m.start && m.end <= e.end));
  }

  /** The learned stage's sure guess of this category, with no lexicon finding, needs one of its words too. */
  heldWhenSure(flag: string): boolean {
    return this.sure.has(flag);
  }

  /**
   * Are the flag's only words in the text ones that name just where it hurts (`askedWhenOnly`:
   * "neck and upper back" for a heart attack, whose row names the arm and jaw)? A sure guess
   * from the learned stage alone on such words is asked about, not raised; an unsure one is not
   * asked about at all (they anchor no question: `anchors`).
   */
  askedWhenOnly(flag: string, text: string): boolean {
    if (!this.placeOnly.has(flag)) return false;
    const tokens = this.language.tokens(text);
    const own = this.found(tokens).filter((m) => m.payload === flag);
    return own.length > 0 && own.every((m) => this.placeOnlyMatch(flag, tokens, m));
  }

  /** Is this match of the flag one of its words that name only where it hurts (`askedWhenOnly`)? */
  private placeOnlyMatch(flag: string, tokens: readonly string[], m: Match<string>): boolean {
    return this.placeOnly.get(flag)?.has(tokens.slice(m.start, m.end).join(' ')) ?? false;
  }

  /** The categories held to an anchor. */
  listed(): string[] {
    return [...this.categories];
  }

  /** The categories whose words the text names. */
  named(text: string): string[] {
    return [...new Set(this.found(this.language.tokens(text)).map((m) => m.payload))];
  }

  /**
   * The flag's words that anchor a question: not those naming only where it hurts (`askedWhenOnly`):
   * an unsure guess on "neck pain from the laptop" is no question about a heart attack.
   */
  private anchoring(flag: string, tokens: readonly string[]): Match<string>[] {
    return this.found([...tokens]).filter((m) => m.payload === flag && !this.placeOnlyMatch(flag, tokens, m));
  }

  /** Does the text name one of the flag's own words (always true for a category not listed)? */
  anchors(flag: string, text: string): boolean {
    if (!this.categories.has(flag)) return true;
    return this.anchoring(flag, this.language.tokens(text)).length > 0;
  }

  /**
   * Does the message name one of the flag's own words that is not denied ("low down, not up
   * between my shoulder blades" names the place only to deny it)? Someone else's words still
   * count: a relative's sign may be the patient's, read by the helper reading after this.
   * Always true for a category not listed.
   */
  anchorsTold(flag: string, scope: SpanScope): boolean {
    if (!this.categories.has(flag)) return true;
    return this.anchoring(flag, scope.tokens).some((m) => !(scope.denied?.(m.start, m.end, false) ?? false));
  }
}

/**
 * Warning signs the person has denied for the patient ("no numbness, bladder's
 * fine", a "no" to a safety question), kept for the conversation only, so that
 * replies that would list warning signs name those as ruled out and list only
 * what is left (knowledge/safety/denied-signs.yaml). What is kept never lowers
 * an alarm: the red-flag screen reads every message on its own, and a sign
 * told later takes its denial off the record (`keepDenied`).
 */
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { Language } from '../language';
import { fill, listOf } from '../content/responses';

type Level = 'emergency' | 'urgent';

/** Denied signs kept between messages, at most this many (the oldest go first). */
const KEPT = 40;

/**
 * The record after a message: the signs it denies added, the signs it tells of
 * (present, or asked about as possible) taken off: a later sign overrides an
 * earlier denial, and a denial after a sign overrides that sign's telling.
 */
export function keepDenied(kept: readonly string[], now: { denied: readonly string[]; present: readonly string[] }): string[] {
  const present = new Set(now.present);
  const denied = now.denied.filter((f) => !present.has(f));
  const before = kept.filter((f) => !present.has(f) && !denied.includes(f));
  return [...before, ...new Set(denied)].slice(-KEPT);
}

export interface DeniedFill {
  /** The ruled-out signs named, "numbness between your legs or trouble peeing". */
  denied: string;
  /** The watched signs not ruled out, in the same words ("" when all are). */
  left: string;
  /** `watchLeft` filled with `left`, or "" when nothing is left. */
  watchLeft: string;
  /** The urgent watched signs not ruled out, in words. */
  urgentLeft: string;
  /** `checkLeft` filled with `urgentLeft`, or "". */
  checkLeft: string;
}

/** The wording of knowledge/safety/denied-signs.yaml. */
export class DeniedWording {
  private constructor(
    private readonly words: ReadonlyMap<string, string>,
    private readonly most: number,
    private readonly watched: Readonly<Record<Level, readonly string[]>>,
    readonly texts: Readonly<Record<'acknowledge' | 'worry' | 'pushback' | 'watchLeft' | 'checkLeft', string>>,
    /** The signs the answers' safety line names, which "none of those" said to it denies. */
    readonly safetyLine: readonly string[],
    /** Passages whose answer lists warning signs: the acknowledgement goes first. */
    private readonly listing: ReadonlySet<string>,
    private readonly frightWords: ReadonlySet<string>,
    private readonly language: Language,
  ) {}

  static fromFile(file: string): DeniedWording {
    const data = readYamlFile(file);
    if (!isObject(data)) throw new Error(`${file}: must be a mapping`);
    const fail = (field: string, what: string): never => {
      throw new Error(`${file}: field "${field}" ${what}`);
    };
    const text = (field: string): string => {
      const v = data[field];
      return typeof v === 'string' && v.trim() ? v.trim() : fail(field, 'must be a non-empty string');
    };
    const strings = (field: string, from: Record<string, unknown> = data, prefix = ''): string[] => {
      const v = from[field];
      return Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim()) ? (v as string[]) : fail(prefix + field, 'must be a list of strings');
    };
    const signs = isObject(data.signs) ? data.signs : fail('signs', 'must map flag ids to words');
    const words = new Map<string, string>();
    for (const [flag, w] of Object.entries(signs)) words.set(flag, typeof w === 'string' && w.trim() ? w.trim() : fail(`signs.${flag}`, 'must be a non-empty string'));
    const w = isObject(data.watched) ? data.watched : fail('watched', 'must have lists "emergency" and "urgent"');
    const watched = { emergency: strings('emergency', w, 'watched.'), urgent: strings('urgent', w, 'watched.') };
    for (const flag of [...watched.emergency, ...watched.urgent]) if (!words.has(flag)) fail('watched', `names "${flag}", which has no words in "signs"`);
    const most = typeof data.most === 'number' && Number.isInteger(data.most) && data.most > 0 ? data.most : fail('most', 'must be a positive whole number');
    const texts = { acknowledge: text('acknowledge'), worry: text('worry'), pushback: text('pushback'), watchLeft: text('watchLeft'), checkLeft: text('checkLeft') };
    const language = Language.fromDirectory();
    // Each fear word as the language layer reads it, so a misspelling or case is no miss.
    const fright = new Set(strings('frightened').flatMap((w) => language.words(w)));
    return new DeniedWording(words, most, watched, texts, strings('safetyLine'), new Set(strings('listingPassages')), fright, language);
  }

  /** The passage's answer is a list of warning signs. */
  listsSigns(passageId: string): boolean {
    return this.listing.has(passageId);
  }

  /** The passage ids this file names, for a start-up check against the passages. */
  passageIds(): string[] {
    return [...this.listing];
  }

  /** The flag ids this file gives words for, for a start-up check against the screen. */
  flagIds(): string[] {
    return [...this.words.keys()];
  }

  /** The ruled-out signs that have words, in the file's order, at most `most`. */
  named(denied: readonly string[]): string[] {
    const set = new Set(denied);
    return [...this.words].filter(([flag]) => set.has(flag)).slice(0, this.most).map(([, w]) => w);
  }

  /** Each sign's words, in the order given; undefined when one of them has none. */
  wordsFor(flags: readonly string[]): string[] | undefined {
    const words = flags.map((f) => this.words.get(f));
    return words.every((w): w is string => w !== undefined) ? words : undefined;
  }

  /** The watched signs of a level not ruled out, in words. */
  left(denied: readonly string[], level: Level = 'emergency'): string[] {
    return this.watched[level].filter((f) => !denied.includes(f)).map((f) => this.words.get(f)!);
  }

  /** The values for the texts' placeholders; undefined when no denied sign has words. */
  fillFor(denied: readonly string[]): DeniedFill | undefined {
    const named = this.named(denied);
    if (named.length === 0) return undefined;
    const left = listOf(this.left(denied), 'or');
    const urgentLeft = listOf(this.left(denied, 'urgent'), 'or');
    return {
      denied: listOf(named, 'or'),
      left,
      watchLeft: left ? fill(this.texts.watchLeft, { left }) : '',
      urgentLeft,
      // The space after it is the template's: a trailing space would not survive the file's trimming.
      checkLeft: urgentLeft ? `${fill(this.texts.checkLeft, { urgentLeft })} ` : '',
    };
  }

  /** "You've said there's no numbness between your legs, which is good." or "". */
  acknowledgement(denied: readonly string[]): string {
    const values = this.fillFor(denied);
    return values ? fill(this.texts.acknowledge, { denied: values.denied }) : '';
  }

  /** The message says the writer is frightened ("I'm terrified"). */
  frightened(text: string): boolean {
    return this.language.words(text).some((w) => this.frightWords.has(w));
  }
}


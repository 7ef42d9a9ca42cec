/**
 * One leg named (knowledge/safety/one-side.yaml): a both-legs reading of the
 * learned stage or the concept floor is set aside when the message names
 * exactly one side or one leg. A check on tokens, not a lexicon pattern: the
 * "other side anywhere after" exception as a pattern with gaps backtracked for
 * minutes on long repeated text.
 */
import type { Language } from '../language/language';
import { fail, readDataFile } from './dataChecks';

/** How far a side or count word may stand before its limb word ("left upper leg", "right hand side of my hip"). */
const REACH = 3;
/** The most words a sign echoed back as a question may have ("numb legs?", "tingling in both legs?"). */
const ECHO_WORDS = 5;

interface OneSideData {
  flags: string[];
  sides: string[];
  counts: string[];
  between: string[];
  limbs: string[];
  many: string[];
  yes: string[];
  owners: string[];
  singles: string[];
}

const FIELDS: ReadonlyArray<keyof OneSideData> = ['flags', 'sides', 'counts', 'between', 'limbs', 'many', 'yes', 'owners', 'singles'];

export class OneSide {
  private constructor(private readonly data: OneSideData, private readonly language: Language) {}

  static fromFile(file: string, language: Language): OneSide {
    const raw = readDataFile(file);
    if (!raw || typeof raw !== 'object') fail(file, '(root)', 'must be a mapping');
    const record = raw as Record<string, unknown>;
    const words = (field: keyof OneSideData): string[] => {
      const list = record[field];
      if (!Array.isArray(list) || !list.every((w): w is string => typeof w === 'string' && w.trim() !== '')) fail(file, field, 'must be a list of words');
      // Flag ids as they are; words written as typed, read as the text is.
      return field === 'flags' ? list : list.map((w) => language.words(w).join(' '));
    };
    const data = Object.fromEntries(FIELDS.map((f) => [f, words(f)])) as unknown as OneSideData;
    return new OneSide(data, language);
  }

  /** The flags this check applies to. */
  flags(): string[] {
    return [...this.data.flags];
  }

  /** Does the message name exactly one side or one leg, and nothing that names more than one? */
  named(text: string): boolean {
    const tokens = this.language.words(text);
    const joined = ` ${tokens.join(' ')} `;
    if (this.data.many.some((w) => joined.includes(` ${w} `))) return false;
    const sides = new Set(tokens.filter((t) => this.data.sides.includes(t)));
    if (sides.size > 1) return false;
    // "my left leg", "one foot"; or a leg with no side but its owner, in the singular ("down the
    // back of my leg"): the plural or a second side would have been caught above.
    return tokens.some(
      (t, i) => ((this.data.sides.includes(t) || this.data.counts.includes(t)) && this.limbAfter(tokens, i, this.data.limbs)) || (this.data.owners.includes(t) && this.limbAfter(tokens, i, this.data.singles)),
    );
  }

  /**
   * A sign echoed back as a short question before the answer ("numb legs? sort of, my
   * right foot tingles"): the answer, when it names exactly one side or leg and does not
   * open with a plain yes. The echo asks; the answer is what is told.
   */
  answerAfterEcho(text: string): string | null {
    const at = text.indexOf('?');
    if (at < 0) return null;
    const echo = this.language.words(text.slice(0, at));
    const answer = text.slice(at + 1);
    const words = this.language.words(answer);
    if (!echo.length || echo.length > ECHO_WORDS || !words.length || this.data.yes.includes(words[0]!)) return null;
    return this.named(answer) ? answer : null;
  }

  /** A limb word within reach after position i, with only joining words between. */
  private limbAfter(tokens: string[], i: number, limbs: readonly string[]): boolean {
    for (let j = i + 1; j <= i + REACH && j < tokens.length; j++) {
      if (limbs.includes(tokens[j]!)) return true;
      if (!this.data.between.includes(tokens[j]!)) return false;
    }
    return false;
  }
}

import { baseForms } from '../nlu/conceptLexicon';
import type { TextNormalizer } from '../nlu/textNormalizer';
import { readYamlFile } from '../util/yamlFile';
import { findPhrase } from '../language/phrases';
import type { SpanScope } from '../language/spanScope';

/**
 * knowledge/scope.yaml: other body parts and complaints the bot does not
 * cover, with a short, kind answer that says where to go instead.
 */
export class ScopeGuide {
  private readonly partByWord = new Map<string, string>();
  private readonly noAside: ReadonlySet<string>;
  private readonly nerveFromBack: ReadonlySet<string>;

  private constructor(
    readonly reply: string,
    /** Said before an answer about the back when the question also names another part: {part}. */
    readonly aside: string,
    parts: ReadonlyArray<{ name: string; words: string[]; aside?: boolean; nerveFromBack?: boolean }>,
    private readonly words: (text: string) => string[],
    /** Phrases that name a part without being about it ("knee-to-chest stretch", "between the shoulder blades"). */
    private readonly notAbout: readonly string[][],
    /** Words that make a named part a complaint ("my knee hurts", "knee and back"), and how near they must be. */
    private readonly hurt: { words: readonly string[][]; near: number },
    /** Nerve feelings ("tingling", "pins and needles") that make a foot named near them sciatica, the back's. */
    private readonly nerveWords: readonly string[][] = [],
  ) {
    for (const part of parts) for (const w of part.words) this.partByWord.set(w.toLowerCase(), part.name);
    this.noAside = new Set(parts.filter((p) => p.aside === false).map((p) => p.name));
    this.nerveFromBack = new Set(parts.filter((p) => p.nerveFromBack === true).map((p) => p.name));
  }


  static fromFile(path: string, normalizer: Pick<TextNormalizer, 'words'>): ScopeGuide {
    const data = readYamlFile(path) as { reply?: unknown; aside?: unknown; parts?: unknown; notAbout?: unknown; hurtWords?: unknown; near?: unknown; nerveWords?: unknown } | null;
    if (!data || typeof data.reply !== 'string' || !data.reply.trim()) throw new Error(`${path}: field "reply" must be a non-empty string`);
    if (typeof data.aside !== 'string' || !data.aside.trim()) throw new Error(`${path}: field "aside" must be a non-empty string`);
    const notAbout = data.notAbout ?? [];
    if (!Array.isArray(notAbout) || notAbout.some((p) => typeof p !== 'string')) throw new Error(`${path}: field "notAbout" must be a list of phrases`);
    if (!Array.isArray(data.parts) || data.parts.length === 0) throw new Error(`${path}: field "parts" must be a non-empty list`);
    data.parts.forEach((p: { name?: unknown; words?: unknown }, i) => {
      if (typeof p?.name !== 'string' || !Array.isArray(p.words) || p.words.length === 0 || p.words.some((w) => typeof w !== 'string')) {
        throw new Error(`${path}: parts[${i}] needs a "name" and a non-empty list of "words"`);
      }
    });
    const words = (t: string) => normalizer.words(t);
    const hurtWords = data.hurtWords;
    if (!Array.isArray(hurtWords) || !hurtWords.length || hurtWords.some((w) => typeof w !== 'string')) throw new Error(`${path}: field "hurtWords" must be a non-empty list`);
    if (typeof data.near !== 'number' || data.near < 1) throw new Error(`${path}: field "near" must be a positive number`);
    const hurt = { words: (hurtWords as string[]).map(words), near: data.near };
    const nerveWords = data.nerveWords ?? [];
    if (!Array.isArray(nerveWords) || nerveWords.some((w) => typeof w !== 'string')) throw new Error(`${path}: field "nerveWords" must be a list of phrases`);
    const parts = data.parts as Array<{ name: string; words: string[]; aside?: boolean; nerveFromBack?: boolean }>;
    return new ScopeGuide(data.reply.trim(), data.aside.trim(), parts, words, (notAbout as string[]).map(words), hurt, (nerveWords as string[]).map(words));
  }

  /**
   * The first out-of-scope part the message names ("knee"), or undefined. Given the message's scope, a part told
   * only of someone else by a writer who speaks of themself ("my wife's just had her hip done, so she can't help
   * me") is no complaint of theirs; written wholly for another ("my wife's hip hurts") it still is the question.
   */
  partIn(text: string, scope?: SpanScope): string | undefined {
    const others = scope?.speaksOfSelf ? this.othersOnly(scope) : new Set<string>();
    return this.partsIn(this.words(text)).find(({ part }) => !others.has(part))?.part;
  }

  /** The parts the scope's tokens name only inside someone else's span. */
  private othersOnly(scope: SpanScope): Set<string> {
    const mine = new Set<string>();
    const theirs = new Set<string>();
    scope.tokens.forEach((word, at) => {
      const part = baseForms(word).map((form) => this.partByWord.get(form)).find(Boolean);
      if (part) (scope.someoneElses?.(at, at + 1) ? theirs : mine).add(part);
    });
    return new Set([...theirs].filter((part) => !mine.has(part)));
  }

  /** The parts named, with where, skipping phrases that are not about them. */
  private partsIn(all: readonly string[]): { part: string; at: number }[] {
    const skip = new Set<number>();
    for (const phrase of this.notAbout) for (const at of findPhrase(all, phrase)) for (let i = at; i < at + phrase.length; i++) skip.add(i);
    const nerveAt = this.nerveWords.flatMap((w) => findPhrase(all, w));
    const out: { part: string; at: number }[] = [];
    all.forEach((word, at) => {
      if (skip.has(at)) return;
      const part = baseForms(word).map((form) => this.partByWord.get(form)).find(Boolean);
      // "tingling in his left foot": a back nerve's feeling, answered as the back's.
      if (part && this.nerveFromBack.has(part) && nerveAt.some((n) => Math.abs(n - at) <= this.hurt.near)) return;
      if (part) out.push({ part, at });
    });
    return out;
  }

  /** A part said to hurt, or named with the back, to say aside before answering about the back ("knee"), or undefined. */
  asidePartIn(text: string): string | undefined {
    const all = this.words(text);
    const hurtAt = this.hurt.words.flatMap((w) => findPhrase(all, w));
    return this.partsIn(all).find(({ part, at }) => !this.noAside.has(part) && hurtAt.some((h) => Math.abs(h - at) <= this.hurt.near))?.part;
  }
}

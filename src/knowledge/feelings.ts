import { fill } from '../content/responses';
import { findPhrase } from '../language/phrases';
import { sentencesAsTyped } from '../language/sentences';
import type { TextNormalizer } from '../nlu/textNormalizer';
import type { Pronoun } from '../safety/helperSubject';
import { readYamlFile } from '../util/yamlFile';
import { wordCount } from './answerText';

/**
 * knowledge/feelings.yaml: what a person says they feel or the situation they are in
 * ("I'm terrified", "third time this year", "my son is in tears"), read beside what they
 * ask, and the one short sentence a reply opens with to show it was heard. Pure: the
 * dialogs decide when a reply may carry it (dialogs/feelingOpener.ts).
 */
export interface FeelingReading {
  /** The kind found first in the file's order. */
  kind: string;
  /** A fear of something serious (a serious cause named, or strong fear): the `serious` sentence may follow. */
  serious: boolean;
  /** The feeling told of him, her or them ("he's crying"): the patient's only when writing for them. */
  ofOthers?: true;
}

/** The sentences a reply opens with, and the keys kept so that none is said twice. */
export interface FeelingOpener {
  sentences: string[];
  keys: string[];
  /** Said as a message of its own before the reply (advice: the serious-causes sentence, a recurrence's next step), so the reply keeps its word limit. */
  alone: boolean;
}

/** A reply opened: a message said before it (the serious-causes sentence with its opener), its text, and the keys said. */
export interface OpenedReply {
  before?: string;
  text: string;
  said: string[];
}

interface Kind {
  name: string;
  cues: string[][];
  except: string[][];
  /** Phrases telling the feeling of a third person: no opener for a writer who speaks for themselves. */
  ofOthers: string[][];
  openers: string[];
  forOther: string[];
  serious: boolean;
  alone: boolean;
}

/** The key kept once the serious-causes sentence has been said. */
const SERIOUS_KEY = 'serious';

export class Feelings {
  private constructor(
    private readonly kinds: readonly Kind[],
    private readonly negators: ReadonlySet<string>,
    /** Words allowed between a negator and a cue ("none of the scary stuff"). */
    private readonly negatorGap: ReadonlySet<string>,
    private readonly serious: { causes: string[][]; strong: string[][]; sentence: string; alreadySaid: string[][] },
    private readonly acknowledged: readonly string[][],
    /** The most words a reply may have with its opener. */
    readonly maxWords: number,
    private readonly words: (text: string) => string[],
  ) {}

  static fromFile(path: string, normalizer: Pick<TextNormalizer, 'words'>): Feelings {
    const data = readYamlFile(path) as Record<string, unknown> | null;
    const fail = (field: string, why: string): never => {
      throw new Error(`${path}: field "${field}" ${why}`);
    };
    if (!data) return fail('kinds', 'is missing');
    const words = (t: string) => normalizer.words(t);
    const strings = (value: unknown, field: string, empty = false): string[] => {
      if (value === undefined && empty) return [];
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim()) || (!empty && value.length === 0)) return fail(field, 'must be a list of phrases');
      return (value as string[]).map((v) => v.trim());
    };
    const phrases = (value: unknown, field: string, empty = false) => strings(value, field, empty).map(words).filter((p) => p.length > 0);
    if (!Array.isArray(data.kinds) || data.kinds.length === 0) return fail('kinds', 'must be a non-empty list');
    const kinds = (data.kinds as Array<Record<string, unknown>>).map((k, i): Kind => {
      if (typeof k?.name !== 'string' || !k.name) return fail(`kinds[${i}].name`, 'must be a name');
      const kind = {
        name: k.name,
        cues: phrases(k.cues, `kinds[${i}].cues`, true),
        except: phrases(k.except, `kinds[${i}].except`, true),
        ofOthers: phrases(k.ofOthers, `kinds[${i}].ofOthers`, true),
        openers: strings(k.openers, `kinds[${i}].openers`, true),
        forOther: strings(k.forOther, `kinds[${i}].forOther`, true),
        serious: k.serious === true,
        alone: k.alone === true,
      };
      if (!kind.openers.length && !kind.forOther.length) fail(`kinds[${i}]`, 'needs openers or forOther');
      if (!kind.cues.length) fail(`kinds[${i}].cues`, 'must list cues');
      return kind;
    });
    const s = data.serious as Record<string, unknown> | undefined;
    if (!s || typeof s.sentence !== 'string' || !s.sentence.trim()) return fail('serious.sentence', 'must be a sentence');
    const serious = { causes: phrases(s.causes, 'serious.causes'), strong: phrases(s.strong, 'serious.strong'), sentence: s.sentence.trim(), alreadySaid: phrases(s.alreadySaid, 'serious.alreadySaid') };
    if (typeof data.maxWords !== 'number' || !Number.isInteger(data.maxWords) || data.maxWords < 1) return fail('maxWords', 'must be a whole number of at least 1');
    const negators = new Set(strings(data.negators, 'negators').flatMap(words));
    const negatorGap = new Set(strings(data.negatorGap, 'negatorGap').flatMap(words));
    return new Feelings(kinds, negators, negatorGap, serious, phrases(data.acknowledged, 'acknowledged'), data.maxWords, words);
  }

  /** What the message says the person feels, or undefined. */
  read(text: string): FeelingReading | undefined {
    const w = this.words(text);
    const has = (p: readonly string[]) => findPhrase(w, p).length > 0;
    const kind = this.kinds.find((k) => k.cues.some((cue) => this.said(w, cue)) && !k.except.some(has));
    if (!kind) return undefined;
    const name = kind.name;
    const fear = kind.serious === true && (this.serious.causes.some((c) => this.said(w, c)) || this.serious.strong.some((c) => this.said(w, c)));
    return kind.ofOthers.some(has) ? { kind: name, serious: fear, ofOthers: true } : { kind: name, serious: fear };
  }

  /**
   * The opener for a reading: the kind's first sentence not said yet in this conversation (`said`: keys
   * kept from earlier openers), then for a fear of something serious the serious-causes sentence, once.
   * Undefined when every sentence of the kind has been said.
   */
  opener(reading: FeelingReading, forOther: Pronoun | undefined, said: readonly string[], emergency: string): FeelingOpener | undefined {
    const kind = this.kinds.find((k) => k.name === reading.kind);
    if (!kind) return undefined;
    // "hang on, he's crying" from someone writing for themselves: someone nearby, not their feeling.
    if (reading.ofOthers && !forOther) return undefined;
    const list = forOther && kind.forOther.length ? kind.forOther : kind.openers;
    const prefix = forOther && kind.forOther.length ? 'other' : 'own';
    const at = list.findIndex((_, i) => !said.includes(`${kind.name}#${prefix}${i}`));
    if (at < 0) return undefined;
    const sentences = [fill(list[at]!, { them: forOther ?? 'them' })];
    const keys = [`${kind.name}#${prefix}${at}`];
    if (reading.serious && !said.includes(SERIOUS_KEY)) {
      sentences.push(fill(this.serious.sentence, { emergency }));
      keys.push(SERIOUS_KEY);
    }
    return { sentences, keys, alone: kind.alone || sentences.length > 1 };
  }

  /**
   * How `reply` opens: with the opener inline when it fits the reply's word limit, else (and always
   * for advice such as the serious-causes sentence) with a message of its own before it, so the reply
   * keeps its limit. Nothing for a reply that already opens by acknowledging; no serious-causes
   * sentence when the reply says so itself.
   */
  openReply(reply: string, opener: FeelingOpener): OpenedReply | undefined {
    if (this.opensAcknowledging(reply)) return undefined;
    const own = this.fitted(reply, opener);
    if (own.alone) return { before: own.sentences.join(' '), text: reply, said: own.keys };
    // A reply with no room left for it (its word limit) is opened by a message of its own.
    const text = `${own.sentences[0]} ${reply}`;
    return wordCount(text) <= this.maxWords ? { text, said: own.keys } : { before: own.sentences.join(' '), text: reply, said: own.keys };
  }

  /** The opener for `reply`: without its serious-causes sentence when the reply says that already. */
  fitted(reply: string, opener: FeelingOpener): FeelingOpener {
    if (opener.sentences.length < 2 || !this.alreadySaysSerious(reply)) return opener;
    const kind = this.kinds.find((k) => opener.keys[0]?.startsWith(`${k.name}#`));
    return { sentences: opener.sentences.slice(0, 1), keys: opener.keys.slice(0, 1), alone: kind?.alone === true };
  }

  /** Does the reply open by showing the feeling was heard ("Sorry, ...", "I understand...")? */
  opensAcknowledging(reply: string): boolean {
    // The opening words end at a colon or semicolon too ("Sorry to hear that: ...").
    const w = this.words(sentencesAsTyped(reply, { marks: '.!?:;' })[0] ?? '');
    return this.acknowledged.some((a) => findPhrase(w.slice(0, a.length + 1), a).length > 0);
  }

  /** Does the reply already say that serious causes are rare, or list the warning signs? */
  alreadySaysSerious(reply: string): boolean {
    const w = this.words(reply);
    return this.serious.alreadySaid.some((p) => findPhrase(w, p).length > 0);
  }

  /** `phrase` said in `w`, not right after a negator ("not scared", "no worries"), nor after one and pointing words only ("none of the scary stuff"). */
  private said(w: readonly string[], phrase: readonly string[]): boolean {
    return findPhrase(w, phrase).some((at) => {
      let i = at - 1;
      while (i >= 0 && this.negatorGap.has(w[i]!)) i--;
      return i < 0 || !this.negators.has(w[i]!);
    });
  }
}

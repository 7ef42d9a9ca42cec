import { join } from 'node:path';
import { clauses, Language } from '../language';
import { findPhrase } from '../language/phrases';
import { sentencesAsTyped } from '../language/sentences';
import type { ActResult } from '../nlu/acts';
import type { ActCheck } from '../nlu/messageUnderstander';
import { PROJECT_ROOT } from '../paths';
import { readYamlFile } from '../util/yamlFile';

export const PRIVACY_PATH = join(PROJECT_ROOT, 'knowledge', 'privacy.yaml');

/**
 * Recognises "delete my data", "forget me", "erase my data" and their close
 * variants (knowledge/privacy.yaml): the whole message, once filler words are
 * dropped, must be one of the phrases or a verb followed by an object.
 * Messages and phrases alike are read by the language layer, so "I'd", "id"
 * and "I would", or "pls" and "please", are the same words.
 */
export class DeleteRequestMatcher {
  private readonly requests: ReadonlySet<string>;
  private readonly fillers: ReadonlySet<string>;
  /** Longer messages are never requests; saves work on 2000-character messages. */
  private readonly maxWords: number;
  /** Verbs that ask it with only pointing words as their object ("delete all this"), and those words. */
  private readonly pointed: { verbs: ReadonlySet<string>; objects: ReadonlySet<string> };

  constructor(
    spec: { phrases: string[]; verbs: string[]; objects: string[]; fillers: string[]; pointed?: { verbs: string[]; objects: string[] } },
    private readonly language: Language = Language.fromDirectory(),
  ) {
    this.fillers = new Set(spec.fillers.flatMap((f) => language.words(f)));
    const requests = new Set<string>();
    const add = (phrase: string) => {
      const key = this.key(phrase);
      if (key) requests.add(key);
    };
    spec.phrases.forEach(add);
    for (const verb of spec.verbs) for (const object of spec.objects) add(`${verb} ${object}`);
    this.requests = requests;
    this.maxWords = 40;
    const words = (list: readonly string[] = []) => new Set(list.flatMap((w) => language.words(w)));
    this.pointed = { verbs: words(spec.pointed?.verbs), objects: words(spec.pointed?.objects) };
  }

  static fromFile(path = PRIVACY_PATH, language?: Language): { matcher: DeleteRequestMatcher; deleted: string; deletedMidCheck: string; part: PartDeleteWording } {
    const data = readYamlFile(path) as Record<string, unknown> | null;
    const fail = (field: string, problem: string): never => {
      throw new Error(`${path}: field "${field}" ${problem}`);
    };
    const request = (data?.deleteRequest ?? undefined) as Record<string, unknown> | undefined;
    if (!request || typeof request !== 'object') fail('deleteRequest', 'must be a mapping');
    const lists: Record<'phrases' | 'verbs' | 'objects' | 'fillers', string[]> = { phrases: [], verbs: [], objects: [], fillers: [] };
    for (const name of Object.keys(lists) as Array<keyof typeof lists>) {
      const value = request![name];
      if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || !v.trim())) {
        fail(`deleteRequest.${name}`, 'must be a non-empty list of strings');
      }
      lists[name] = value as string[];
    }
    const deleted = data?.deleted;
    if (typeof deleted !== 'string' || !deleted.trim()) fail('deleted', 'must be a non-empty string');
    const midCheck = data?.deletedMidCheck;
    if (typeof midCheck !== 'string' || !midCheck.trim()) fail('deletedMidCheck', 'must be a non-empty string');
    const pointed = request!.pointed as { verbs?: unknown; objects?: unknown } | undefined;
    const strings = (v: unknown, field: string): string[] => (Array.isArray(v) && v.every((w) => typeof w === 'string' && w.trim()) ? (v as string[]) : fail(field, 'must be a list of strings'));
    return {
      matcher: new DeleteRequestMatcher({ ...lists, ...(pointed ? { pointed: { verbs: strings(pointed.verbs, 'deleteRequest.pointed.verbs'), objects: strings(pointed.objects, 'deleteRequest.pointed.objects') } } : {}) }, language),
      deleted: (deleted as string).trim(),
      deletedMidCheck: (midCheck as string).trim(),
      part: PartDeleteRequest.read(path, data, language),
    };
  }

  /**
   * True when `text`, or one of its sentences or comma-separated parts, asks
   * the bot to delete what it stored about the user: "delete my data please,
   * I don't want my cancer stuff stored" is a request (and is carried out,
   * not escalated), whatever the rest says.
   */
  matches(text: string): boolean {
    if (!text || text.length > 400) return false;
    return this.matchesWhole(text) || clauses(text, { breakingWords: ['reasons'], colonEnds: true }).some((part) => this.matchesWhole(part));
  }

  private matchesWhole(text: string): boolean {
    const all = this.language.words(text);
    if (all.length > this.maxWords) return false;
    const key = all.filter((w) => !this.fillers.has(w)).join(' ');
    if (this.pointed.verbs.has(key) && this.pointed.objects.has(all[all.indexOf(key) + 1] ?? '')) return true;
    return key !== '' && this.requests.has(key);
  }

  private key(phrase: string): string {
    return this.language
      .words(phrase)
      .filter((w) => !this.fillers.has(w))
      .join(' ');
  }
}

/** The replies to a request to delete one part of what was said. */
export interface PartDeleteWording {
  reader: PartDeleteRequest;
  /** "Done: I've forgotten {details}...": {details} and {it}. */
  forgot: string;
  /** Nothing held from what was named: what can be deleted instead. */
  notHeld: string;
}

/**
 * "Delete the bit where I said warfarin": a deletion verb with the detail
 * named, or with a word that points at part of what was said
 * (knowledge/privacy.yaml `partDelete`). Which details are held is the
 * caller's (the user facts); this only reads whether a part is asked for.
 */
export class PartDeleteRequest {
  private constructor(
    private readonly verbs: ReadonlySet<string>,
    private readonly marks: ReadonlySet<string>,
    /** A word right before the verb that makes it the writer's own doing ("before I forget"): no request. */
    private readonly ownDoing: ReadonlySet<string>,
    private readonly language: Language,
  ) {}

  static read(path: string, data: Record<string, unknown> | null, language: Language = Language.fromDirectory()): PartDeleteWording {
    const spec = data?.partDelete as Record<string, unknown> | undefined;
    const list = (name: string): string[] => {
      const value = spec?.[name];
      if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || !v.trim())) {
        throw new Error(`${path}: field "partDelete.${name}" must be a non-empty list of strings`);
      }
      return value as string[];
    };
    const text = (name: string): string => {
      const value = data?.[name];
      if (typeof value !== 'string' || !value.trim()) throw new Error(`${path}: field "${name}" must be a non-empty string`);
      return value.trim();
    };
    const set = (l: string[]) => new Set(l.flatMap((w) => language.words(w)));
    return { reader: new PartDeleteRequest(set(list('verbs')), set(list('marks')), set(list('ownDoing')), language), forgot: text('forgotDetails'), notHeld: text('partNotHeld') };
  }

  /** `names`: the message names a detail the bot holds. "points": no held detail, but a part of what was said is pointed at. */
  asks(text: string, namesHeld: boolean): 'names' | 'points' | undefined {
    if (!text || text.length > 400) return undefined;
    const words = this.language.words(text);
    const verb = words.findIndex((w, i) => this.verbs.has(w) && !this.ownDoing.has(words[i - 1] ?? ''));
    if (verb < 0) return undefined;
    if (namesHeld) return 'names';
    return words.slice(verb + 1).some((w) => this.marks.has(w)) ? 'points' : undefined;
  }
}

interface PrivacyQuestionSpec {
  opens: string[];
  /** Words that may come before the opener ("also will my boss see this"): the sentence still opens with it. */
  leadIns: string[];
  /** What becomes of the user's words ("what happens to", "do with"), each a run of words. */
  fates: string[];
  /** As `fates`, but only in a sentence that asks "where" ("where does it go?"). */
  whereFates: string[];
  /** The user's own words named as theirs ("what I type", "my details"), each a run of words. */
  ownWords: string[];
  /** Keeping the chat asked about ("do you keep any of this?"): a verb run, then at once an object run. */
  keeps: string[];
  kept: string[];
  someone: string[];
  looks: string[];
  words: string[];
  /** A word that asks about privacy on its own ("is this private?"), unless the next word makes it a body part. */
  direct: string[];
  notBefore: string[];
  /** The symptom check named ("more info for the check?"): a question about the check, not about who sees the chat. */
  aboutCheck: string[];
}

/**
 * Recognises a question about who sees or what keeps the user's words ("who
 * sees what I type?", knowledge/privacy.yaml `privacyQuestion`): one asked
 * sentence holding someone who might look, a looking or keeping verb and the
 * user's words.
 */
export class PrivacyQuestionMatcher {
  private readonly opens: ReadonlySet<string>;
  private readonly leadIns: ReadonlySet<string>;
  private readonly lists: ReadonlyArray<ReadonlySet<string>>;
  private readonly direct: ReadonlySet<string>;
  private readonly notBefore: ReadonlySet<string>;
  private readonly fates: readonly string[][];
  private readonly whereFates: readonly string[][];
  private readonly ownWords: readonly string[][];
  private readonly keepsThen: readonly string[][];
  private readonly where: ReadonlySet<string>;
  private readonly aboutCheck: readonly string[][];

  constructor(spec: PrivacyQuestionSpec, private readonly language: Language = Language.fromDirectory()) {
    const set = (list: string[]) => new Set(list.flatMap((w) => language.words(w)));
    this.opens = set(spec.opens);
    this.leadIns = set(spec.leadIns);
    this.lists = [set(spec.someone), set(spec.looks), set(spec.words)];
    this.direct = set(spec.direct);
    this.notBefore = set(spec.notBefore);
    const runs = (list: string[]) => list.map((w) => language.words(w)).filter((r) => r.length > 0);
    this.fates = runs(spec.fates);
    this.whereFates = runs(spec.whereFates);
    this.ownWords = runs(spec.ownWords);
    this.keepsThen = runs(spec.keeps).flatMap((verb) => runs(spec.kept).map((object) => [...verb, ...object]));
    this.where = set(['where']);
    this.aboutCheck = runs(spec.aboutCheck);
  }

  static fromFile(path = PRIVACY_PATH, language?: Language): PrivacyQuestionMatcher {
    const data = readYamlFile(path) as Record<string, unknown> | null;
    const spec = (data?.privacyQuestion ?? undefined) as Record<string, unknown> | undefined;
    if (!spec || typeof spec !== 'object') throw new Error(`${path}: field "privacyQuestion" must be a mapping`);
    const lists: PrivacyQuestionSpec = { opens: [], leadIns: [], fates: [], whereFates: [], ownWords: [], keeps: [], kept: [], someone: [], looks: [], words: [], direct: [], notBefore: [], aboutCheck: [] };
    for (const name of Object.keys(lists) as Array<keyof PrivacyQuestionSpec>) {
      const value = spec[name];
      if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || !v.trim())) {
        throw new Error(`${path}: field "privacyQuestion.${name}" must be a non-empty list of strings`);
      }
      lists[name] = value as string[];
    }
    return new PrivacyQuestionMatcher(lists, language);
  }

  matches(text: string): boolean {
    if (!text || text.length > 600) return false;
    // A question put in one clause of a longer message ("thanks, and what do you keep?") counts.
    // So does one whose comma parts the condition from the question ("if I mention a medicine, that isn't going anywhere?").
    return sentencesAsTyped(text, { marks: '.!?;', commaEnds: true }).some((sentence) => this.asks(sentence)) || (!/[.!;]\s/.test(text.trim()) && this.asks(text));
  }

  private asks(sentence: string): boolean {
    const words = this.language.words(sentence);
    if (words.length === 0 || words.length > 25) return false;
    if (!sentence.includes('?') && !this.opens.has(words.find((w) => !this.leadIns.has(w)) ?? '')) return false;
    // "is this private?", not "is numbness in my private parts normal?"
    if (words.some((w, i) => this.direct.has(w) && !this.notBefore.has(words[i + 1] ?? ''))) return true;
    if (holdsRun(words, this.aboutCheck)) return false;
    if (this.lists.every((list) => words.some((w) => list.has(w)))) return true;
    // "do you save any of this?": the chat itself kept, the object right after the verb.
    if (holdsRun(words, this.keepsThen)) return true;
    // "what happens to what I type?": what becomes of the user's own words.
    const fates = words.some((w) => this.where.has(w)) ? [...this.fates, ...this.whereFates] : this.fates;
    return holdsRun(words, fates) && holdsRun(words, this.ownWords);
  }
}

/** Whether `words` hold one of `runs` as consecutive words. */
function holdsRun(words: readonly string[], runs: readonly string[][]): boolean {
  return runs.some((run) => findPhrase(words, run).length > 0);
}

/** Reads a privacy question as about_bot, whatever act the model heard ("who sees what I type?" is not a topic). */
export function withPrivacyQuestions(acts: ActCheck, questions: PrivacyQuestionMatcher): ActCheck {
  return {
    classify(text: string): ActResult {
      return questions.matches(text) ? { act: 'about_bot', score: 1, aboutPrivacy: true } : acts.classify(text);
    },
  };
}

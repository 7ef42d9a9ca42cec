import { join } from 'node:path';
import { Language } from '../language';
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

  constructor(
    spec: { phrases: string[]; verbs: string[]; objects: string[]; fillers: string[] },
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
  }

  static fromFile(path = PRIVACY_PATH, language?: Language): { matcher: DeleteRequestMatcher; deleted: string } {
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
    return { matcher: new DeleteRequestMatcher(lists, language), deleted: (deleted as string).trim() };
  }

  /**
   * True when `text`, or one of its sentences or comma-separated parts, asks
   * the bot to delete what it stored about the user: "delete my data please,
   * I don't want my cancer stuff stored" is a request (and is carried out,
   * not escalated), whatever the rest says.
   */
  matches(text: string): boolean {
    if (!text || text.length > 400) return false;
    return this.matchesWhole(text) || text.split(/[,.;:!?\n]+|\b(?:because|cos|coz|as)\b/).some((part) => this.matchesWhole(part));
  }

  private matchesWhole(text: string): boolean {
    const all = this.language.words(text);
    if (all.length > this.maxWords) return false;
    const key = all.filter((w) => !this.fillers.has(w)).join(' ');
    return key !== '' && this.requests.has(key);
  }

  private key(phrase: string): string {
    return this.language
      .words(phrase)
      .filter((w) => !this.fillers.has(w))
      .join(' ');
  }
}

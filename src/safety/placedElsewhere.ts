/**
 * A row of the learned stage that is about where the pain is (thoracic pain: high in
 * the back) is set aside when the writer, in their own words, places the pain
 * somewhere else and names none of the row's own places
 * (knowledge/safety/placed-elsewhere.yaml): the model reads "low in the middle of my
 * back" as the middle of the back, high. Denied places do not count ("not low down,
 * it's up between my shoulders" keeps the guess).
 */
import type { Language } from '../language/language';
import type { SpanScope } from '../language/spanScope';
import { Doc, PhraseSet } from './phraseSet';
import { TokenPatternCompiler } from '../language/patterns';
import { fail, readDataFile } from './dataChecks';

type Side = 'elsewhere' | 'places';
const SIDES: readonly Side[] = ['elsewhere', 'places'];

export class PlacedElsewhere {
  private constructor(
    private readonly phrases: PhraseSet<{ flag: string; side: Side }>,
    private readonly flagIds: readonly string[],
  ) {}

  static fromFile(file: string, language: Language): PlacedElsewhere {
    const raw = readDataFile(file);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(file, '(root)', 'must map flags to {elsewhere, places}');
    const compiler = new TokenPatternCompiler((word) => language.tokens(word), new Map(), []);
    const phrases = new PhraseSet<{ flag: string; side: Side }>(compiler, file);
    const flags: string[] = [];
    for (const [flag, entry] of Object.entries(raw as Record<string, unknown>)) {
      flags.push(flag);
      for (const side of SIDES) {
        const list = (entry as Record<string, unknown> | null)?.[side];
        if (!Array.isArray(list) || !list.length || list.some((p) => typeof p !== 'string')) fail(file, `${flag}.${side}`, 'must be a non-empty list of phrases');
        (list as string[]).forEach((p, i) => phrases.add(p, { flag, side }, file, `${flag}.${side}[${i}]`));
      }
    }
    return new PlacedElsewhere(phrases, flags);
  }

  /** The flags this check applies to. */
  flags(): string[] {
    return [...this.flagIds];
  }

  /** Does the writer place the pain outside the flag's area, in words not denied, naming none of its own places? */
  placedAway(flag: string, scope: SpanScope): boolean {
    if (!this.flagIds.includes(flag)) return false;
    const found = this.phrases.find(new Doc([...scope.tokens])).filter((m) => m.payload.flag === flag);
    if (found.some((m) => m.payload.side === 'places')) return false;
    return found.some((m) => m.payload.side === 'elsewhere' && !(scope.denied?.(m.start, m.end, false) ?? false));
  }
}

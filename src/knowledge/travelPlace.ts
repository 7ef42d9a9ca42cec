import { findPhrase } from '../language/phrases';

/**
 * A trip ahead the user tells ("flying Auckland to London next week") and a question about
 * the place it goes to ("who do I see over there?"), from knowledge/user-facts.yaml
 * (`tripWords`, `thereAsks`). The trip does not move the user: where they are keeps the
 * emergency number and the words of every other turn. Only a question about the place the
 * trip goes to is answered with that country's services and numbers, so that a traveller
 * is never told to ring their home country's numbers over there.
 */
export class TravelPlace {
  constructor(
    private readonly countries: ReadonlyArray<[string, string[][]]>,
    /** Words that tell a journey ("flying", "trip", "heading"): with "to" and a country's name, the trip's end. */
    private readonly tripWords: ReadonlySet<string>,
    /** Phrases that ask about the place the trip goes to ("over there", "when I land"). */
    private readonly thereAsks: readonly string[][],
    /** Words right before the trip's place that put the trip behind them ("after Sydney", "back from Spain"). */
    private readonly tripOver: readonly string[][] = [],
  ) {}

  /** The locale a journey told in these words goes to: a trip word, and a country's name right after "to". */
  destination(words: readonly string[]): string | undefined {
    if (!words.some((w) => this.tripWords.has(w))) return undefined;
    const afterTo = words.flatMap((w, i) => (w === 'to' ? [i + 1] : []));
    for (const [locale, names] of this.countries) {
      if (names.some((n) => findPhrase(words, n).some((i) => afterTo.includes(i)))) return locale;
    }
    return undefined;
  }

  /**
   * The message asks about the trip's place: one of the asking phrases, or the destination named
   * again (not in the message that tells the trip, whose "to London" names it only as the trip's end).
   */
  asksAbout(words: readonly string[], destination: string): boolean {
    if (this.thereAsks.some((p) => findPhrase(words, p).length > 0)) return true;
    if (this.destination(words)) return false;
    const names = this.countries.find(([locale]) => locale === destination)?.[1] ?? [];
    // "after Sydney we're tramping the Heaphy": the place named as the trip's end in time asks about home.
    const over = (at: number): boolean => this.tripOver.some((p) => p.length <= at && p.every((w, k) => words[at - p.length + k] === w));
    return names.some((n) => findPhrase(words, n).some((at) => !over(at)));
  }
}

/**
 * Ordinary causes a writer gives for a sign (knowledge/safety/ordinary-causes.yaml):
 * "peeing loads, but I've been drinking litres of water", "the skin tingles, it's
 * the heat rub". The learned stage reads a message clause by clause, so the sign's
 * clause alone looks like the flag while the reason sits in the next one. When the
 * writer names an ordinary cause of the flag the model alone raised (in their own
 * words: not denied, not someone else's) in a sentence that tells of no function
 * lost, the flag must still hold on the rest of the message, or on that sentence
 * read whole, sign and reason together.
 */
import { SENTENCE_END } from '../language';
import type { Language } from '../language/language';
import type { SpanScope } from '../language/spanScope';
import { Doc, PhraseSet, readPhraseLists } from './phraseSet';
/** The file's key for the words of a function lost ("not passed urine"): a sentence with one explains nothing. */
const UNLESS = 'unless';
/** The file's keys for a flag's own words that no ordinary cause explains (`named_chest_pain`: "chest", "breathless"). */
const NAMED = 'named_';
/**
 * A key `<flag>+<group>` lists one kind of cause of that flag with its own `named_<flag>+<group>`
 * words: it explains the learned stage's guess only outright, when none of those words is told
 * (a foot gone to sleep in a tight boot, told as over), and never an alarm already raised.
 */
const GROUP = '+';
const flagOf = (key: string) => key.split(GROUP)[0]!;

export class OrdinaryCauses {
  /** Each flag's `+group` keys, found once: explained() runs on every message the learned stage flags. */
  private readonly groupsOf = new Map<string, string[]>();

  private constructor(
    private readonly phrases: PhraseSet<string>,
    private readonly flags: ReadonlySet<string>,
    private readonly namedLists: ReadonlySet<string>,
    private readonly language: Language,
  ) {
    for (const k of flags) if (k.includes(GROUP)) this.groupsOf.set(flagOf(k), [...(this.groupsOf.get(flagOf(k)) ?? []), k]);
  }

  static fromFile(file: string, language: Language): OrdinaryCauses {
    const { phrases, keys } = readPhraseLists(file, language);
    const causes = keys.filter((k) => k !== UNLESS && !k.startsWith(NAMED));
    const named = new Set(keys.filter((k) => k.startsWith(NAMED)));
    for (const k of causes) if (k.includes(GROUP) && !named.has(NAMED + k)) throw new Error(`${file}: "${k}" needs its own "${NAMED}${k}" list`);
    return new OrdinaryCauses(phrases, new Set(causes), named, language);
  }

  /** The flags that have ordinary causes listed. */
  listed(): string[] {
    return [...new Set([...this.flags].map(flagOf))];
  }

  /**
   * The message split around the sentences in which the writer gives an ordinary cause of
   * this flag's signs in their own words (`scope`: the message's scope, on the same words):
   * those sentences, and the rest of the message. Null when no sentence gives one.
   * `groups`: whether the flag's `+group` causes count (a learned-stage guess: yes; an alarm already raised: no).
   */
  explained(flag: string, text: string, scope: SpanScope, groups = true): { sentences: string[]; rest: string; unnamed?: true } | null {
    const grouped = groups ? (this.groupsOf.get(flag) ?? []) : [];
    if (!this.flags.has(flag) && !grouped.length) return null;
    const tokens = this.language.tokens(text);
    const sentence = new Int32Array(tokens.length);
    for (let i = 0, n = 0; i < tokens.length; i++) {
      sentence[i] = n;
      if (SENTENCE_END.has(tokens[i]!)) n++;
    }
    const found = this.phrases.find(new Doc(tokens));
    // A group's cause told, and none of that group's own words anywhere: the guess is explained outright.
    // (Told in the writer's own words, in a sentence that tells of no function lost.)
    const groupHit = grouped.find(
      (g) =>
        !found.some((m) => m.payload === NAMED + g) &&
        found.some((m) => m.payload === g && !scope.notTheUsers(m.start, m.end) && !found.some((u) => u.payload === UNLESS && sentence[u.start] === sentence[m.start])),
    );
    if (groupHit) return { sentences: [], rest: '', unnamed: true };
    // A negation inside a cause's own words ("not a big fall", "lost my footing") denies nothing of the sign.
    const causes = found.filter((m) => m.payload === flag);
    const lost = new Set(found.filter((m) => m.payload === UNLESS && !causes.some((c) => c.start <= m.start && m.end <= c.end)).map((m) => sentence[m.start]!));
    const hits = new Set(found.filter((m) => m.payload === flag && !scope.notTheUsers(m.start, m.end) && !lost.has(sentence[m.start]!)).map((m) => sentence[m.start]!));
    if (!hits.size || !this.flags.has(flag)) return null;
    const parts = new Map<number, string[]>();
    const rest: string[] = [];
    tokens.forEach((t, i) => {
      const n = sentence[i]!;
      if (!hits.has(n)) rest.push(t);
      else if (parts.has(n)) parts.get(n)!.push(t);
      else parts.set(n, [t]);
    });
    // The flag's own words nowhere in the message, in any scope ("arms and shoulders aching after
    // kayaking", no chest, breath or sweat): the cause explains the guess outright.
    const unnamed = this.namedLists.has(NAMED + flag) && !found.some((m) => m.payload === NAMED + flag);
    return { sentences: [...parts.values()].map((p) => p.join(' ')), rest: rest.join(' '), ...(unnamed ? { unnamed } : {}) };
  }
}

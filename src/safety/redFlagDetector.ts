/**
 * Red-flag detector: finds the symptoms in a user's message that mean "call the
 * emergency number now" or "get seen today", from the clinician-reviewed lexicon
 * in knowledge/safety/red-flags.yaml and the NegEx/ConText triggers in
 * knowledge/safety/context.yaml.
 *
 * How a message is read:
 *  1. normalise with the language layer (src/language: lower case, curly
 *     apostrophes, "can't"/"cant" -> "can not", known misspellings), plus
 *     one-letter typos of the key words of knowledge/language/typos.yaml;
 *  2. find every lexicon phrase (a "finding"; language/patterns.ts, phraseSet.ts),
 *     including loss-of-function phrases that carry their own negation
 *     ("can not pee"), before any negation is applied;
 *  3. drop a finding when a negation, hypothetical, other-person, historical or
 *     speculation trigger governs it in its clause (contextScope.ts).
 *
 * Pure TypeScript with no botbuilder imports: it runs on every message, so
 * patterns are compiled once, indexed by their first word, and matched with
 * sticky regular expressions whose quantifiers are all bounded.
 */
import * as path from 'node:path';
import { Language, TYPO_SETTINGS, TypoCorrector } from '../language';
import { Anaphora, compileContext, readTriggerLists, type ScopeWords, type Trigger, type TriggerList } from './contextTriggers';
import { foldBareAnswers, onlyNormalReadings } from './bareAnswers';
import { combinedResult } from './flagCombinations';
import { Scope } from './contextScope';
import { TokenPatternCompiler } from '../language/patterns';
import { ANSWER_NO_TERM, answerNoPattern } from '../language/listAnswers';
import type { SpanScope } from '../language/spanScope';
import { Doc, PhraseSet } from './phraseSet';
import { DataError, fail, readDataFile } from './dataChecks';
import { ContextDef, SetAsideScope, readContext } from './contextData';
import { Combination, EntryDef, Lexicon, RedFlagLevel, readLexicon } from './redFlagData';
import { type LexiconReading, type Parsed, type RedFlagResult, readParsed } from './lexiconReading';
import { PATHS } from '../paths';

export type { RedFlagLevel } from './redFlagData';

export type { LexiconReading, RedFlagResult } from './lexiconReading';

const RECENT_PARSES = 8;
const LEXICON_FILE = 'red-flags.yaml';
const CONTEXT_FILE = 'context.yaml';
const TRIGGERS_FILE = 'context-triggers.yaml';
/** No word before a place sets it aside (everyPlace's default). */
const NOTHING: ReadonlySet<string> = new Set();

export class RedFlagDetector {
  private readonly findings: PhraseSet<{ entry: EntryDef; except: boolean }>;
  private readonly triggers: PhraseSet<Trigger>;
  /** Flags then signs, in lexicon order. */
  private readonly entries: EntryDef[];
  private readonly flagsById = new Map<string, EntryDef>();
  private readonly words: ScopeWords;
  private readonly anaphora: Anaphora;
  private readonly typos: TypoCorrector;
  /** answerWords as token lists, longest first (written normalised: "i do not have any"). */
  private readonly answers: string[][];
  /** context.yaml `normalTemperatures`: a bare reading in range answers a checklist's question no. */
  private readonly normalTemperatures: ReadonlyArray<readonly [number, number]>;
  /** context.yaml `setAside`: the scopes whose dropped findings bar the learned stage from the same flag. */
  private readonly setAsideScopes: ReadonlySet<SetAsideScope>;
  /**
   * The last few messages parsed: a turn reads the same message for its findings, its denials and
   * the words of both (read, denied, findingWords), and parsing is most of the cost.
   */
  private readonly recent = new Map<string, Parsed | null>();

  private constructor(lexicon: Lexicon, ctx: ContextDef, lists: readonly TriggerList[], files: { lexFile: string; ctxFile: string; listsFile: string }, private readonly language: Language) {
    const { lexFile, ctxFile, listsFile } = files;
    const { keyWords, notTypos, dictionary } = language.lists;
    this.typos = new TypoCorrector(keyWords, { ...TYPO_SETTINGS.redFlagKeyWords, dictionary }, notTypos);
    // A bare negative answer ("numbness no") is the language layer's list (list-answers.yaml), shared with the other readers.
    if (lexicon.terms.has(ANSWER_NO_TERM)) fail(lexFile, `terms.${ANSWER_NO_TERM}`, 'is filled from knowledge/language/list-answers.yaml: do not define it here');
    const terms = new Map([...lexicon.terms, [ANSWER_NO_TERM, answerNoPattern()]]);
    const compiler = new TokenPatternCompiler((word) => language.tokens(word), terms, ctx.gapStop);
    this.entries = [...lexicon.flags, ...lexicon.signs];
    for (const f of lexicon.flags) this.flagsById.set(f.id, f);

    this.findings = new PhraseSet(compiler, lexFile);
    for (const e of this.entries) {
      e.patterns.forEach((p, i) => this.findings.add(p, { entry: e, except: false }, lexFile, `${e.field}.patterns[${i}]`));
      e.except.forEach((p, i) => this.findings.add(p, { entry: e, except: true }, lexFile, `${e.field}.except[${i}]`));
    }
    const context = compileContext(ctx, lists, compiler, language, { ctxFile, termFile: lexFile, listsFile });
    this.triggers = context.triggers;
    this.words = context.words;
    this.anaphora = context.anaphora;
    this.answers = context.answers;
    this.normalTemperatures = context.normalTemperatures;
    this.setAsideScopes = context.setAsideScopes;
    // Every word the lexicon uses is a real word, not a typo to be corrected.
    for (const w of compiler.vocabulary) this.typos.addKnown(w);
  }

  /**
   * Loads red-flags.yaml, context.yaml and context-triggers.yaml from a folder (knowledge/safety);
   * the word lists come from the language layer (knowledge/language unless given).
   */
  static fromDirectory(dir: string, language: Language = Language.fromDirectory()): RedFlagDetector {
    const lexiconFile = path.join(dir, LEXICON_FILE);
    const contextFile = path.join(dir, CONTEXT_FILE);
    return RedFlagDetector.fromData(readDataFile(lexiconFile), readDataFile(contextFile), { lexiconFile, contextFile, triggersFile: path.join(dir, TRIGGERS_FILE) }, language);
  }

  /**
   * Builds a detector from already-parsed YAML data (which context list is which trigger is read
   * from `triggersFile`, knowledge/safety's unless given); throws an Error naming the file and field on bad data.
   */
  static fromData(
    lexicon: unknown,
    context: unknown,
    files: { lexiconFile?: string; contextFile?: string; triggersFile?: string } = {},
    language: Language = Language.fromDirectory(),
  ): RedFlagDetector {
    const lexFile = files.lexiconFile ?? LEXICON_FILE;
    const ctxFile = files.contextFile ?? CONTEXT_FILE;
    const listsFile = files.triggersFile ?? path.join(PATHS.safety, TRIGGERS_FILE);
    try {
      const lists = readTriggerLists(readDataFile(listsFile), listsFile);
      return new RedFlagDetector(readLexicon(lexicon, lexFile), readContext(context, ctxFile), lists, { lexFile, ctxFile, listsFile }, language);
    } catch (e) {
      if (e instanceof DataError) throw new Error(e.message);
      throw e;
    }
  }

  describe(flag: string): string {
    return this.flag(flag).description!;
  }

  reason(flag: string): string {
    return this.flag(flag).reason!;
  }

  level(flag: string): RedFlagLevel {
    return this.flag(flag).level!;
  }

  /** Does the flag count when told as the past ("I had cancer 10 years ago")? Unknown ids do not. */
  historyCounts(flag: string): boolean {
    return this.flagsById.get(flag)?.historyCounts ?? false;
  }

  /** The flag's `when` combinations (parts found and parts absent); none for an unknown id. */
  combinations(flag: string): Combination[] {
    return this.flagsById.get(flag)?.when ?? [];
  }

  /** The signs that rule the flag out ("I'm 41" for a first episode over 50). */
  ruledOutBy(flag: string): string[] {
    return this.entries.filter((e) => e.rulesOut.includes(flag)).map((e) => e.id);
  }

  /** Every flag id in lexicon order. */
  flagIds(): string[] {
    return [...this.flagsById.keys()];
  }

  private flag(id: string): EntryDef {
    const f = this.flagsById.get(id);
    if (!f) throw new Error(`unknown red flag "${id}"`);
    return f;
  }

  /**
   * The scope of a message for findings other than red flags (the facts users state):
   * negated ("never had an ulcer") or someone else's ("my dad is on warfarin").
   */
  scopeOf(text: string): SpanScope {
    const doc = new Doc(this.language.tokens(text));
    const scope = new Scope(doc, this.triggers.find(doc), this.words);
    return {
      tokens: doc.tokens,
      // Not the post-negation of "kidney disease, which painkiller is ok?": only "no ...", "never ..." before it.
      notTheUsers: (start, end) => scope.governedBy({ start, end }, (cat) => cat === 'negation' || cat === 'experiencer'),
      someoneElses: (start, end) => scope.governedBy({ start, end }, (cat) => cat === 'experiencer'),
      denied: (start, end, after) => scope.governedBy({ start, end }, (cat) => cat === 'negation' || (after && cat === 'postNegation')),
      negationWord: (i) => scope.inNegation(i),
      negationReach: this.words.windows.preNegation,
      speaksOfSelf: doc.tokens.some((t, i) => this.words.firstPerson.has(t) && !scope.startsOther(i)),
    };
  }

  /**
   * Is every place of these words in the scoped message (scopeOf's) `how` says: `denied` ("no back
   * pain here"; a negation after the word counts too) or `someoneElses` ("my brother ... he's had
   * back pain")? False when none is there, or when any place is not (a word of the writer's own).
   * A word right after one of `notAfter` is not one of them ("her cancer came back").
   */
  everyPlace(scope: SpanScope, words: ReadonlySet<string>, how: 'denied' | 'someoneElses', notAfter: ReadonlySet<string> = NOTHING): boolean {
    const { denied, someoneElses } = scope;
    const is = how === 'denied' ? denied && ((i: number) => denied(i, i + 1, true)) : someoneElses && ((i: number) => someoneElses(i, i + 1));
    const at = scope.tokens.flatMap((t, i) => (words.has(t) && !(i > 0 && notAfter.has(scope.tokens[i - 1]!)) ? [i] : []));
    return at.length > 0 && is !== undefined && at.every(is);
  }

  detect(text: string): RedFlagResult | null {
    return this.read(text).result;
  }

  /** The message's temperatures, as a thermometer shows them, are all normal (context.yaml `normalTemperatures`). */
  normalReadingsOnly(text: string): boolean {
    return onlyNormalReadings(this.language.tokens(text, this.typos), this.normalTemperatures);
  }

  /**
   * Does the writer set their own back apart from the rest of the message
   * ("mine is just a stiff back", context.yaml `selfContrast`)? Then the
   * people it also tells of are not patients being helped now.
   * `markedOnly`: only a setting apart with a word of its own ("just", "mine"), not the
   * plain turn (`selfTurn`: "I have a stiff back"), which a helper's rewritten report also reads as.
   */
  setsSelfApart(text: string, markedOnly = false): boolean {
    if (typeof text !== 'string' || text.length === 0) return false;
    const doc = new Doc(this.language.tokens(text, this.typos));
    const scope = new Scope(doc, this.triggers.find(doc), this.words);
    return markedOnly ? scope.contrastsSelfMarked : scope.contrastsSelf;
  }

  /**
   * The findings, and the flags whose words the message has but the lexicon
   * set aside (negated, someone else's, past, a question in general, a figure
   * of speech): the learned stage must not raise those on the same words.
   */
  read(text: string): LexiconReading {
    const none: LexiconReading = { result: null, dismissed: [], scopedAway: [], othersOnly: [], supposed: [], signs: [] };
    const parsed = this.parse(text);
    return parsed ? readParsed(parsed, { entries: this.entries, flagsById: this.flagsById, setAsideScopes: this.setAsideScopes }) : none;
  }

  /**
   * The flags the writer explicitly denies having ("no tingling", "my bladder's
   * fine", a list answered with a bare "no"): every finding of the flag is set
   * aside by a negation of the writer's own, and none is present. Never from
   * silence, and never when the message raises a flag (a denial word inside a
   * sign, "no feeling down there", is the sign's own wording, not a denial).
   */
  denied(text: string): string[] {
    const findings = this.ownFindings(text);
    const negatedIds = new Set(findings.filter((f) => f.negated).map((f) => f.id));
    const present = new Set(findings.filter((f) => f.present).map((f) => f.id));
    if (findings.length === 0 || this.result(new Set(present)) !== null) return [];
    return [...negatedIds].filter((id) => !present.has(id));
  }

  /**
   * The words of the writer's own findings a message tells (present) and denies (negated), as
   * read: what an alarm was raised from, and what a later denial speaks of ("no shivering" denies
   * a fever's chills, not the "fever of 101" told before).
   */
  findingWords(text: string): { present: string[]; negated: string[] } {
    const findings = this.ownFindings(text);
    return { present: findings.filter((f) => f.present).flatMap((f) => f.words), negated: findings.filter((f) => f.negated).flatMap((f) => f.words) };
  }

  /** Each finding of the message with its words: denied by a negation of the writer's own, or present (neither: set in a context, another's, supposed). */
  private ownFindings(text: string): Array<{ id: string; words: string[]; negated: boolean; present: boolean }> {
    const parsed = this.parse(text);
    if (!parsed) return [];
    const { doc, scope, found } = parsed;
    return found
      .filter((m) => !m.payload.except)
      .map((m) => {
        const def = m.payload.entry;
        const negated = scope.backDenied(m) || scope.answeredNoTo(m) || scope.governedBy(m, (cat) => cat === 'negation' || cat === 'postNegation');
        // Someone else's sign ("my dad has no feeling in his legs") denies nothing of the writer's.
        const others = scope.governedBy(m, (cat) => cat === 'experiencer' || cat === 'hypothetical' || cat === 'general');
        const denies = negated && !others;
        return { id: def.id, words: doc.tokens.slice(m.start, m.end), negated: denies, present: !denies && !scope.governs(m, def) };
      });
  }

  /** The message's tokens, scope and findings (null for an empty one), from the recent parses when it was read before. */
  private parse(text: string): Parsed | null {
    if (typeof text !== 'string' || text.length === 0) return null;
    const known = this.recent.get(text);
    if (known !== undefined) return known;
    const doc = new Doc(this.anaphora.resolve(foldBareAnswers(this.language.tokens(text, this.typos), this.answers, this.normalTemperatures)));
    const parsed = doc.tokens.length === 0 ? null : { doc, scope: new Scope(doc, this.triggers.find(doc), this.words), found: this.findings.find(doc) };
    if (this.recent.size >= RECENT_PARSES) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(text, parsed);
    return parsed;
  }

  private result(present: Set<string>): RedFlagResult | null {
    return combinedResult(this.entries, this.flagsById, present);
  }
}

import { clausesKeepingBreaks } from '../language/clauses';
import { withoutChecklistLabels } from '../language/listAnswers';
import { findPhrase, phraseAt } from '../language/phrases';
import { isJoiner } from '../language/wordClasses';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import type { WordsOf } from './answerText';
import { KnowledgeValidationError } from './knowledgeBase';
import { escapeRegExp } from '../util/escapeRegExp';

/**
 * The thing a question names as what it asks about ("is a foam roller ok?": foam roller), read from
 * knowledge/language/named-subject.yaml. The planner checks it against the answer it chose, so that a reply
 * never silently answers the nearest passage while ignoring the one thing the person asked about.
 */
export interface NamedThing {
  /** Its words after the language layer's clean-up. */
  words: string[];
  /** As the person wrote it, when it can be found in their text (their spelling and case); else its words. */
  text: string;
}

/** The joiner that offers a choice of things ("a brace or a belt?"). */
const OR = 'or';

interface SubjectWords {
  leads: string[][];
  questionLeads: string[][];
  toldLeads: string[][];
  openers: ReadonlySet<string>;
  notThings: string[][];
  skip: ReadonlySet<string>;
  keptBefore: ReadonlySet<string>;
  ends: ReadonlySet<string>;
  verdicts: ReadonlySet<string>;
  maxWords: number;
  unknown: string;
  /** The passage given after `unknown` when the nearest answer is only another subject's (none in older content). */
  principle?: string;
  setting: SettingWords;
}

/** Where a thing is used, told after a place word (see named-subject.yaml `settingLeads`). */
interface SettingWords {
  leads: ReadonlySet<string>;
  asks: string[][];
  before: ReadonlySet<string>;
  doers: ReadonlySet<string>;
  /** Place words that only lead to a place before an article ("to THE office", not "to manage"). */
  leadsBeforeArticle: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** Words that are never the thing used ("HOW to manage") nor the place ("tips on HOW"). */
  notThings: ReadonlySet<string>;
  not: string[][];
  maxWords: number;
  unknown: string;
}

/** A place a thing is used in ("on the plane"), with the thing and place as the person wrote them ("heat packs on the plane"). */
export interface NamedSetting {
  /** The place's words after the language layer's clean-up ("plane"). */
  place: string[];
  /** The thing's words, read back from the place word ("heat packs"); none when the clause names only the place. */
  thing: string[];
  text: string;
}

export class NamedSubjects {
  constructor(
    private readonly w: SubjectWords,
    private readonly words: WordsOf,
  ) {}

  static fromFile(file: string, words: WordsOf): NamedSubjects {
    const data = readYamlFile(file);
    if (!isObject(data)) throw new KnowledgeValidationError(file, '(root)', 'must be a mapping');
    const list = (field: string): string[] => {
      const v = data[field];
      if (!Array.isArray(v) || !v.length || v.some((s) => typeof s !== 'string' || !s.trim())) throw new KnowledgeValidationError(file, field, 'must be a non-empty list of strings');
      return v as string[];
    };
    const phrases = (field: string) => list(field).map((s) => words(s)).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
    const wordSet = (field: string) => new Set(list(field).flatMap((s) => words(s)));
    const maxWords = data.maxWords;
    if (typeof maxWords !== 'number' || !Number.isInteger(maxWords) || maxWords < 1) throw new KnowledgeValidationError(file, 'maxWords', 'must be a whole number of at least 1');
    const unknown = data.unknown;
    if (typeof unknown !== 'string' || !unknown.includes('{subject}')) throw new KnowledgeValidationError(file, 'unknown', 'must be a sentence holding {subject}');
    const settingMax = data.settingMaxWords;
    if (typeof settingMax !== 'number' || !Number.isInteger(settingMax) || settingMax < 1) throw new KnowledgeValidationError(file, 'settingMaxWords', 'must be a whole number of at least 1');
    const unknownSetting = data.unknownSetting;
    if (typeof unknownSetting !== 'string' || !unknownSetting.includes('{subject}')) throw new KnowledgeValidationError(file, 'unknownSetting', 'must be a sentence holding {subject}');
    const principle = data.thingPrinciple;
    if (principle !== undefined && (typeof principle !== 'string' || !principle.trim())) throw new KnowledgeValidationError(file, 'thingPrinciple', 'must be a passage id');
    const setting: SettingWords = { leads: wordSet('settingLeads'), asks: phrases('settingAsks'), before: wordSet('settingBefore'), doers: wordSet('settingDoers'), leadsBeforeArticle: wordSet('settingLeadsBeforeArticle'), articles: wordSet('settingArticles'), notThings: wordSet('settingNotThings'), not: phrases('settingNot'), maxWords: settingMax, unknown: unknownSetting };
    return new NamedSubjects({ setting, leads: phrases('leads'), questionLeads: phrases('questionLeads'), toldLeads: phrases('toldLeads'), openers: wordSet('openers'), notThings: phrases('notThings'), skip: wordSet('skip'), keptBefore: wordSet('keptBefore'), ends: wordSet('ends'), verdicts: wordSet('verdicts'), maxWords, unknown, ...(principle ? { principle } : {}) }, words);
  }

  /** The things the message asks about, in order ("is bed rest ok and what about a castor oil rub": bed rest, castor oil rub). */
  of(text: string): NamedThing[] {
    const out: NamedThing[] = [];
    for (const { clause, words: w, asked, opening } of clauseReadings(withoutChecklistLabels(text), this.words, this.w.openers)) {
      for (let i = 0; i < w.length; i++) {
        const told = this.w.toldLeads.find((p) => phraseAt(w, p, i));
        const lead = told ?? this.w.leads.find((p) => phraseAt(w, p, i)) ?? (i === opening ? this.w.questionLeads.find((p) => phraseAt(w, p, i)) : undefined);
        // The start of a question leads only to a thing judged after it ("foam roller any good?").
        const start = lead ? i + lead.length : i === opening && asked ? i : -1;
        if (start < 0) continue;
        for (const [from, thing] of this.thingsAt(w, start, !lead, Boolean(told))) {
          // Named as they put it, with its article ("an inversion table"), not "my" (the bot would say "your").
          const before = w.slice(from, w.indexOf(thing[0]!, from)).filter((x) => this.w.keptBefore.has(x)).slice(-1);
          out.push({ words: thing, text: asWritten(clause, [...before, ...thing]) });
        }
      }
    }
    // The same thing read twice (after "is" and after "what about") is one.
    return out.filter((t, i) => out.findIndex((o) => o.words.join(' ') === t.words.join(' ')) === i);
  }

  /**
   * The places things are used in that an asking clause tells ("can I take heat packs on the plane": heat packs, plane).
   * Only a clause that asks, and only a short place that is no time, body part or the pain itself.
   */
  settingsOf(text: string): NamedSetting[] {
    const st = this.w.setting;
    const out: NamedSetting[] = [];
    for (const { clause, words: w, asked, opening } of clauseReadings(withoutChecklistLabels(text), this.words, this.w.openers)) {
      if (!asked && !st.asks.some((p) => phraseAt(w, p, opening))) continue;
      for (let i = opening + 1; i < w.length; i++) {
        if (!st.leads.has(w[i]!)) continue;
        if (st.leadsBeforeArticle.has(w[i]!) && !st.articles.has(w[i + 1] ?? '')) continue;
        let at = i + 1;
        while (at < w.length && this.w.skip.has(w[at]!)) at++;
        const place: string[] = [];
        while (at < w.length && !this.w.ends.has(w[at]!) && place.length <= st.maxWords) place.push(w[at++]!);
        if (!place.length || place.length > st.maxWords || place.some((x) => /\d/.test(x)) || st.not.some((p) => p.every((x) => place.includes(x)))) continue;
        // What is used there: back from the place word to an end word or the using ("TAKE heat packs", "I sleep").
        let from = i;
        while (from > opening && from > i - this.w.maxWords && !this.w.ends.has(w[from - 1]!) && !st.before.has(w[from - 1]!) && !st.leads.has(w[from - 1]!)) from--;
        // A doing told by its doer ("I STRETCH in the garden") is advice for anywhere: only a thing used there is checked.
        if (st.doers.has(w[from - 1] ?? '')) continue;
        const thing = w.slice(from, i);
        if ((thing.length && thing.every((x) => st.notThings.has(x))) || place.some((x) => st.notThings.has(x))) continue;
        out.push({ place, thing, text: asWritten(clause, w.slice(from, at)) });
      }
    }
    return out;
  }

  /** The sentence said plainly when no answer of the topic speaks of the place a thing is used in. */
  unknownSetting(setting: NamedSetting): string {
    return this.w.setting.unknown.replace('{subject}', setting.text);
  }

  /** The passage id of what has support instead, for a thing no reviewed answer speaks of, if the content has one. */
  get principle(): string | undefined {
    return this.w.principle;
  }

  /** The sentence said plainly when no reviewed answer speaks of the thing. */
  unknown(thing: NamedThing): string {
    return this.w.unknown.replace('{subject}', thing.text);
  }

  /** The thing at `from`, and those joined to it by "or" ("is a soft mattress or the floor better": both). */
  private thingsAt(w: readonly string[], from: number, judged: boolean, list = false): Array<[number, string[]]> {
    const out: Array<[number, string[]]> = [];
    let at = from;
    for (;;) {
      if (this.w.notThings.some((p) => phraseAt(w, p, at))) break;
      const start = at;
      while (at < w.length && this.w.skip.has(w[at]!)) at++;
      const thing: string[] = [];
      while (at < w.length && !this.w.ends.has(w[at]!) && thing.length <= this.w.maxWords) thing.push(w[at++]!);
      // Longer than a name: a story ("is the pain i get when i bend over..."), not a thing; a number is a measure ("7 kg").
      if (!thing.length || thing.length > this.w.maxWords || thing.some((x) => /\d/.test(x))) break;
      out.push([start, thing]);
      // Advice passed on is a list: each thing after an "and" or "or" ("bed rest for a week and a hot oil massage").
      // A question goes on only at "or" ("a brace or a belt?"): after "and" it may go on to do something ("get a note and stay home").
      if (list) while (at < w.length && !isJoiner(w[at]!)) at++;
      if (!(list ? isJoiner(w[at] ?? '') : w[at] === OR)) break;
      at++;
    }
    if (judged && !this.w.verdicts.has(w[at] ?? '')) return [];
    return out;
  }

  /** Whether the words hold a lead at all (cheap test before reading clauses). */
  mayName(words: readonly string[]): boolean {
    return [...this.w.leads, ...this.w.questionLeads, ...this.w.toldLeads].some((p) => findPhrase(words, p).length > 0) || words.some((x) => this.w.verdicts.has(x));
  }
}

/** The thing as the person typed it ("TENS machine"), found word by word in their clause; its cleaned-up words if the clean-up changed them. */
/** A clause of a message read for what it asks. */
export interface ClauseReading {
  clause: string;
  words: string[];
  /** A question mark closes it. */
  asked: boolean;
  /** The first word past its openers ("so", "ok"). */
  opening: number;
}

/** Each clause of a message with its words, read lazily: readers that stop at the first asking clause read no more. */
export function* clauseReadings(text: string, words: WordsOf, openers: ReadonlySet<string>): Generator<ClauseReading> {
  const pieces = clausesKeepingBreaks(text);
  for (let c = 0; c < pieces.length; c += 2) {
    const clause = pieces[c]!;
    const w = words(clause);
    let opening = 0;
    while (opening < w.length && openers.has(w[opening]!)) opening++;
    yield { clause, words: w, asked: (pieces[c + 1] ?? '').includes('?'), opening };
  }
}

function asWritten(clause: string, thing: readonly string[]): string {
  const escaped = thing.map(escapeRegExp);
  const m = clause.match(new RegExp(`\\b${escaped.join("[\\s'-]+")}\\b`, 'i'));
  return m ? m[0] : thing.join(' ');
}

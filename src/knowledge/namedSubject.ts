import { clausesKeepingBreaks } from '../language/clauses';
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
    return new NamedSubjects({ leads: phrases('leads'), questionLeads: phrases('questionLeads'), toldLeads: phrases('toldLeads'), openers: wordSet('openers'), notThings: phrases('notThings'), skip: wordSet('skip'), keptBefore: wordSet('keptBefore'), ends: wordSet('ends'), verdicts: wordSet('verdicts'), maxWords, unknown }, words);
  }

  /** The things the message asks about, in order ("is bed rest ok and what about a castor oil rub": bed rest, castor oil rub). */
  of(text: string): NamedThing[] {
    const out: NamedThing[] = [];
    const pieces = clausesKeepingBreaks(text);
    for (let c = 0; c < pieces.length; c += 2) {
      const clause = pieces[c]!;
      const asked = (pieces[c + 1] ?? '').includes('?');
      const w = this.words(clause);
      let opening = 0;
      while (opening < w.length && this.w.openers.has(w[opening]!)) opening++;
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
function asWritten(clause: string, thing: readonly string[]): string {
  const escaped = thing.map(escapeRegExp);
  const m = clause.match(new RegExp(`\\b${escaped.join("[\\s'-]+")}\\b`, 'i'));
  return m ? m[0] : thing.join(' ');
}

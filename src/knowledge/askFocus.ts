import { phraseAt } from '../language/phrases';
import { escapeRegExp } from '../util/escapeRegExp';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import type { WordsOf } from './answerText';
import { KnowledgeValidationError } from './knowledgeBase';
import { clauseReadings, type NamedThing } from './namedSubject';

/**
 * What an ask is about when it asks about doing something no lead of NamedSubjects names ("can I repaint the ceiling",
 * "will riding the lawn mower make it worse"), read from knowledge/language/named-subject.yaml. The planner checks it
 * against the answer it chose (see doingReading.ts): a weak match that speaks of none of its rare words is not given as
 * if it answered; the person's own words are named plainly, then the general activity principle.
 */
/** What an ask about doing is about, and the words of its clause after it ("make it worse", "on it or heat"). */
export interface AskedDoing extends NamedThing {
  /** The other half of a choice after it ("put frost on it or HEAT"). */
  orElse: string[];
  /** The words after it point back at something said before ("WITH IT"): the ask is about doing it with that. */
  pointsBack: boolean;
}

export interface DoingWords {
  leads: string[][];
  /** Leads after which only a word with `ending` starts a doing ("is HOOVERING ok"). */
  gerundLeads: string[][];
  ending: string;
  backRefs: string[][];
  choice: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  ends: ReadonlySet<string>;
  endPhrases: string[][];
  skip: ReadonlySet<string>;
  notAfter: string[][];
  maxWords: number;
  principle: string;
  unknown: string;
}

export class AskFocus {
  constructor(
    private readonly w: DoingWords,
    private readonly words: WordsOf,
  ) {}

  /** Undefined when the file has no doing leads (older content). */
  static fromFile(file: string, words: WordsOf): AskFocus | undefined {
    const data = readYamlFile(file);
    if (!isObject(data)) throw new KnowledgeValidationError(file, '(root)', 'must be a mapping');
    if (data.doingLeads === undefined) return undefined;
    const list = (field: string): string[] => {
      const v = data[field];
      if (!Array.isArray(v) || !v.length || v.some((s) => typeof s !== 'string' || !s.trim())) throw new KnowledgeValidationError(file, field, 'must be a non-empty list of strings');
      return v as string[];
    };
    const text = (field: string): string => {
      const v = data[field];
      if (typeof v !== 'string' || !v.trim()) throw new KnowledgeValidationError(file, field, 'must be text');
      return v;
    };
    const phrases = (field: string) => list(field).map((s) => words(s)).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
    const ends = phrases('focusEnds');
    const maxWords = data.focusMaxWords;
    if (typeof maxWords !== 'number' || !Number.isInteger(maxWords) || maxWords < 1) throw new KnowledgeValidationError(file, 'focusMaxWords', 'must be a whole number of at least 1');
    const unknown = text('unknownDoing');
    if (!unknown.includes('{subject}')) throw new KnowledgeValidationError(file, 'unknownDoing', 'must be a sentence holding {subject}');
    return new AskFocus(
      {
        leads: phrases('doingLeads'),
        gerundLeads: phrases('gerundLeads'),
        ending: text('doingEnding'),
        backRefs: phrases('focusBackRefs'),
        choice: new Set(list('focusChoice').flatMap((x) => words(x))),
        openers: new Set(list('openers').flatMap((s) => words(s))),
        ends: new Set(ends.filter((p) => p.length === 1).map((p) => p[0]!)),
        endPhrases: ends.filter((p) => p.length > 1),
        skip: new Set(list('focusSkip').flatMap((s) => words(s))),
        notAfter: phrases('focusNotAfter'),
        maxWords,
        principle: text('doingPrinciple'),
        unknown,
      },
      words,
    );
  }

  /** The passage id of the general principle for doing something no answer names. */
  get principle(): string {
    return this.w.principle;
  }

  /** What the first asking clause asks about doing ("repaint the ceiling"), if it asks so; a story longer than a name is none. */
  of(text: string): AskedDoing | undefined {
    for (const { clause, words: w, opening } of clauseReadings(text, this.words, this.w.openers)) {
      let at = opening;
      const lead = this.w.leads.find((p) => phraseAt(w, p, at));
      const gerund = lead ? undefined : this.w.gerundLeads.find((p) => phraseAt(w, p, at));
      if (!lead && !gerund) continue;
      at += (lead ?? gerund)!.length;
      while (at < w.length && this.w.skip.has(w[at]!)) at++;
      if (gerund && !(w[at] ?? '').endsWith(this.w.ending)) continue;
      if (this.w.notAfter.some((p) => phraseAt(w, p, at))) continue;
      const thing: string[] = [];
      while (at < w.length && !this.w.ends.has(w[at]!) && !this.w.endPhrases.some((p) => phraseAt(w, p, at)) && thing.length <= this.w.maxWords) thing.push(w[at++]!);
      // Longer than a name: a story, not a thing; a number is a measure ("3 hours").
      if (!thing.length || thing.length > this.w.maxWords || thing.some((x) => /\d/.test(x))) continue;
      const after = w.slice(at);
      const pointsBack = after.some((_, i) => this.w.backRefs.some((p) => phraseAt(after, p, i)));
      const or = after.findIndex((x) => this.w.choice.has(x));
      return { words: thing, text: asWritten(clause, thing), orElse: or < 0 ? [] : after.slice(or + 1), pointsBack };
    }
    return undefined;
  }

  /** The sentence said plainly when no reviewed answer speaks of doing the thing. */
  unknown(thing: NamedThing): string {
    return this.w.unknown.replace('{subject}', thing.text);
  }
}

/** The thing as the person typed it, found word by word in their clause; its cleaned-up words if the clean-up changed them. */
function asWritten(clause: string, thing: readonly string[]): string {
  const m = clause.match(new RegExp(`\\b${thing.map(escapeRegExp).join("[\\s'-]+")}\\b`, 'i'));
  return m ? m[0] : thing.join(' ');
}

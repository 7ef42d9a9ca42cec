import { vocabulary } from '../src/triage/vocabulary';
import { fill } from '../src/content/responses';
import { wordCount } from '../src/knowledge/answerText';
import { adviceLines, firstThings, warnings } from '../src/triage/advice';
import type { CheckDetails, DetailField } from '../src/triage/symptomCheck';
import { bulletList, sourcesLine } from './replies';
import type { DialogServices } from './services';

/** Longest first message of a result, in words: people in pain read short results. */
export const MAX_RESULT_WORDS = 120;

/**
 * The symptom check's words built from what the user said: the read-back
 * ("Here's what I heard"), the result's first message and its details.
 */
export class CheckWording {
  constructor(private readonly services: DialogServices) {}

  /**
   * The result's first message: any warning first, what was heard, three
   * things to do now for this person, the safety net. At most
   * MAX_RESULT_WORDS words: the summary's trigger goes first, then the second warning.
   */
  resultText(d: CheckDetails, locale: string | undefined, change?: 'better' | 'worse'): string {
    const { result } = this.services.responses.triage;
    const emergency = this.services.numbers.forLocale(locale).emergency;
    const things = firstThings(d).map((k, i) => `${i + 1}. ${result.now[k]}`).join('\n');
    const compose = (warningKeys: string[], withTrigger: boolean, withHistory = true, brief = false) =>
      [
        warningKeys.map((k) => fill(result.warnings[k as keyof typeof result.warnings], { emergency })).join(' '),
        brief ? this.briefSummary(d, change) : this.summary(withHistory ? d : { ...d, history: undefined }, withTrigger, change),
        `**${result.heading}**\n${things}`,
        `${fill(result.safetyNet, { emergency })} ${result.sourcesShort}`,
      ]
        .filter(Boolean)
        .join('\n\n');
    const keys = warnings(d);
    const tries = [
      compose(keys, true),
      compose(keys, false),
      compose(keys, false, false),
      compose(keys, false, false, true),
      compose(keys.slice(0, 1), false, false, true),
    ];
    return tries.find((t) => wordCount(t) <= MAX_RESULT_WORDS) ?? tries[tries.length - 1]!;
  }

  /** The full advice with sources, for the "Details and sources" button. */
  detailsText(d: CheckDetails, locale: string | undefined): string {
    const { triage, disclaimer } = this.services.responses;
    const emergency = this.services.numbers.forLocale(locale).emergency;
    const lines = adviceLines(d).map((keys) => keys.map((k) => (k === 'watchFor' ? fill(triage.advice.watchFor, { emergency }) : triage.advice[k])).join(' '));
    return [this.summary(d, true), `${triage.advice.heading}:\n${bulletList(lines)}`, sourcesLine(this.services.responses, triage.sources), disclaimer].join('\n\n');
  }

  private summary(d: CheckDetails, withTrigger: boolean, change?: 'better' | 'worse'): string {
    return fill(this.services.responses.triage.summary, this.summaryValues(d, withTrigger, change));
  }

  /** Only what is known, with the region alone for the location: "lower back; it started this morning". */
  private briefSummary(d: CheckDetails, change?: 'better' | 'worse'): string {
    const parts = this.knownParts(d, change);
    return parts ? fill(this.services.responses.triage.summaryBrief, { parts }) : '';
  }

  /** Only what is known, "lower back; it started this morning", or '' when nothing is. */
  knownParts(d: CheckDetails, change?: 'better' | 'worse'): string {
    const { phrases } = this.services.responses.triage;
    const parts: string[] = [];
    if (d.location) parts.push(fill(phrases.location, { location: d.location.region ? `${d.location.region} back` : 'back' }));
    if (d.onset) parts.push(d.onset.words ? fill(phrases.onsetWords, { words: d.onset.words }) : fill(phrases.onset, { duration: d.onset.description }));
    if (d.severity) parts.push(this.severityWords(d.severity) + (change === 'worse' ? phrases.worse : ''));
    return parts.join('; ');
  }

  summaryBody(d: CheckDetails): string {
    const v = this.summaryValues(d, true);
    return `${v.location}; ${v.onset}; ${v.severity}${v.trigger}`;
  }

  /** `change`: "worse since lunch" said during the check is read back beside the severity. */
  private summaryValues(d: CheckDetails, withTrigger: boolean, change?: 'better' | 'worse') {
    const { phrases } = this.services.responses.triage;
    return {
      location: d.location ? fill(phrases.location, { location: d.location.description }) : phrases.unknownLocation,
      onset: d.onset?.words
        ? fill(phrases.onsetWords, { words: d.onset.words })
        : d.onset ? fill(phrases.onset, { duration: d.onset.description }) : phrases.unknownOnset,
      severity: (d.severity ? this.severityWords(d.severity) : phrases.unknownSeverity) + (change === 'worse' ? phrases.worse : ''),
      trigger: withTrigger && d.trigger && d.trigger.trigger !== 'unknown' ? fill(phrases.trigger, { trigger: d.trigger.description }) : '',
      history: d.history ? fill(phrases.history, { history: d.history.words }) : '',
    };
  }

  /** "8 out of 10 right now", or for scores told for different moments "3 to 8 out of 10 (3 lying down and 8 turning over)". */
  private severityWords(s: NonNullable<CheckDetails['severity']>): string {
    const { phrases } = this.services.responses.triage;
    if (s.low === undefined || s.words === undefined) return fill(phrases.severity, { severity: s.value });
    return fill(phrases.severitySpread, { low: s.low, high: s.value, words: s.words });
  }

  /** Plain words for a history just noted: 'it has happened before ("on and off for a month")'. */
  describeHistory(d: CheckDetails): string {
    const words = d.history?.words;
    return words ? fill(this.services.responses.triage.phrases.history, { history: words }).replace(/^[;,]\s*/, '') : '';
  }

  /** Plain words for details just noted: "it started yesterday morning; 6 out of 10 right now". */
  describe(d: CheckDetails, fields: readonly DetailField[]): string {
    const v = this.summaryValues(d, true);
    return fields
      // "no idea what caused it" said back too: the summary leaves it out, but here it shows what was heard.
      .map((f) => (f !== 'trigger' ? v[f] : d.trigger?.trigger === 'unknown' ? vocabulary().triggers.labels.unknown : v.trigger.replace(/^,\s*/, '')))
      .filter(Boolean)
      .join('; ');
  }
}

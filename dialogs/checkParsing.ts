import type { TurnContext } from 'botbuilder';
import type { CheckDetails, CheckState, DetailField } from '../src/triage/symptomCheck';
import { extractSymptomDetails, messageForm, parseLocation, parseOnset, parseSeverity, parseTrigger, parseYesNo, type SeverityResult } from '../src/triage/symptomParser';
import { readScreenAnswer, type ScreenReading } from '../src/triage/answerReading';
import { corrections, isQuestion } from './checkMessages';
import { withoutProgress } from '../src/triage/checkAsides';
import type { DialogServices } from './services';
import { getUnderstanding } from './turnUnderstanding';
import { progressAct } from './routeReadings';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import type { ActResult } from '../src/nlu/acts';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { ACT_CONFIDENCE } from './actAnswers';

const PARSE_CACHE = Symbol('symptomCheckParses');

/** A "carry on" is a short message, not a sentence that happens to hold "continue" ("I can't continue at work like this"). */
const MAX_CARRY_ON_WORDS = 6;

function asksToCarryOn(text: string): boolean {
  const t = prepare(text);
  return t.split(/\s+/).length <= MAX_CARRY_ON_WORDS && vocabulary().control.carryOn.test(t);
}
const DENIED_CACHE = Symbol('symptomCheckDenials');

/**
 * The message without the clauses the act model reads as a report of progress, in the clauses the
 * understanding read (`sentenceActs`); undefined when every clause is one, or none is.
 */
function withoutProgressClauses(understanding: Understanding): string | undefined {
  const { sentenceActs: acts, clauses: parts } = understanding;
  if (!acts || !parts || parts.length !== acts.length) return undefined;
  const progress = (i: number) => acts[i]!.score >= ACT_CONFIDENCE && (acts[i]!.act === 'better' || acts[i]!.act === 'worse');
  const kept = parts.filter((_, i) => !progress(i));
  return kept.length > 0 && kept.length < parts.length ? kept.join(' ') : undefined;
}

/**
 * The symptom check's reading of a message: details (parsed once per turn:
 * the interruption check and the answer handling need the same result, and a
 * date-time recognition costs milliseconds), yes/no answers read with the
 * message's dialogue act, and corrections of details given before.
 */
export class CheckParsing {
  constructor(private readonly services: DialogServices) {}

  /** A yes/no answer read from the parser and the message's dialogue act together. */
  reading(context: TurnContext, text: string, offer = false): ScreenReading {
    const locale = context.activity.locale;
    const acts = this.acts(context, text);
    // "not improving at all": the "not" is the progress report's, no answer.
    text = withoutProgress(text);
    // To an offer ("Shall I pick it up?") "ok" is a yes; to a symptom question it only acknowledges.
    if (offer) return readScreenAnswer(parseYesNo(text, locale, { acknowledgementIsYes: true }), acts);
    const parsed = parseYesNo(text, locale);
    // "thank you. please go on": a short message asking to carry on, whatever its thanks leans the act to.
    if (parsed === undefined && asksToCarryOn(text)) return { kind: 'act', act: 'carry_on' };
    return readScreenAnswer(parsed, acts, messageForm(text));
  }

  /** The message's act, when `text` is the whole message: the act of "no. how many more?" is not the act of its "no". */
  acts(context: TurnContext, text: string): ActResult | undefined {
    return text.trim() === (context.activity.text ?? '').trim() ? getUnderstanding(context)?.acts : undefined;
  }

  /** Every detail the text gives. */
  all(context: TurnContext, text: string): CheckDetails {
    return this.parse(context, 'all', text) as CheckDetails;
  }

  /** The detail asked for, read as an answer to its question. */
  field(context: TurnContext, field: DetailField, text: string): CheckDetails[DetailField] | undefined {
    return this.parse(context, field, text) as CheckDetails[DetailField] | undefined;
  }

  severity(context: TurnContext, text: string): SeverityResult | undefined {
    return this.parse(context, 'severity', text) as SeverityResult | undefined;
  }

  /**
   * The red flags the text denies ("no tingling", "legs are fine"), none when the turn's
   * message raised one. Read with the turn's screen reading (`flagRaised`, kept even when
   * `redFlag` was cleared), once per turn and text.
   */
  denied(context: TurnContext, text: string): readonly string[] {
    let cache = context.turnState.get(DENIED_CACHE) as Map<string, readonly string[]> | undefined;
    if (!cache) context.turnState.set(DENIED_CACHE, (cache = new Map()));
    let found = cache.get(text);
    if (!found) cache.set(text, (found = this.services.redFlags.denied(text, getUnderstanding(context)?.flagRaised)));
    return found;
  }

  /** Details given before that this message corrects (checkMessages.ts). */
  corrections(context: TurnContext, check: CheckState, text: string): CheckDetails {
    const read = { all: (t: string) => this.all(context, t), severity: (t: string) => this.severity(context, t) };
    const understanding = getUnderstanding(context);
    // A warning sign told with "actually" ("actually when I wipe it feels dull since yesterday") is the
    // screen's to answer, not a corrected date.
    if (understanding?.flagRaised) return {};
    // "loads better now actually": a report of how it is going is read before any detail in its words (no
    // trigger in "loads"); only a new score said with it ("way better, a 3 now") changes a detail.
    if (understanding && progressAct(understanding)) {
      const { severity } = corrections(check, text, false, read);
      // "sorry, it actually began last night, this morning it got worse": the clauses that are no report
      // of how it is going still correct what they say, by their own correction words.
      const rest = withoutProgressClauses(understanding);
      const other = rest === undefined ? {} : corrections(check, rest, false, read);
      delete other.severity;
      return { ...other, ...(severity ? { severity } : {}) };
    }
    // Without a correction word, the act model's "correction" corrects nothing in a question ("hospital
    // is 40 mins away, can I wait till tomorrow?" gives no new onset).
    return corrections(check, text, understanding?.acts?.act === 'correction' && !isQuestion(text), read);
  }

  private parse(context: TurnContext, field: DetailField | 'all', text: string): unknown {
    let cache = context.turnState.get(PARSE_CACHE) as Map<string, unknown> | undefined;
    if (!cache) context.turnState.set(PARSE_CACHE, (cache = new Map()));
    const key = `${field}\u0000${text}`;
    if (!cache.has(key)) cache.set(key, this.parseNow(field, text, context));
    return cache.get(key);
  }

  private parseNow(field: DetailField | 'all', text: string, context: TurnContext): unknown {
    const locale = context.activity.locale;
    switch (field) {
      case 'all':
        return extractSymptomDetails(text, this.services.userClock(context.activity), locale);
      case 'location':
        return parseLocation(text);
      case 'onset':
        return parseOnset(text, this.services.userClock(context.activity), locale);
      case 'severity':
        return parseSeverity(text, locale);
      case 'trigger':
        return parseTrigger(text);
    }
  }
}

import { EventFactory, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, WaterfallStepContext } from './dialogLibrary';
import { fill, listOf } from '../src/content/responses';
import type { RedFlagResult } from '../src/safety/redFlagScreen';
import type { DialogServices } from './services';
import { getUnderstanding } from './turnUnderstanding';

/** The levels that escalate (`check` asks its question first: dialogs/redFlagCheck.ts). */
export type EscalationLevel = 'emergency' | 'urgent';

export interface EscalationOptions {
  level: EscalationLevel;
  flags: string[];
  /** Plain words for what the user reported; derived from the flags when absent. */
  why?: string;
  /** Someone writing for the person in pain: the reply speaks to them ("call 999 for her"). */
  subject?: RedFlagResult['subject'];
  pronoun?: RedFlagResult['pronoun'];
  /** The flag whose question was answered yes (or not sure), so that "wait, I meant no" can ask it again. */
  answered?: string;
  /** The question that was answered, when it was not the flag's own (a grouped screening question). */
  answeredQuestion?: string;
  /** A line after the instruction, e.g. why "not sure" is treated as yes. */
  note?: string;
  /** Someone is already calling for help: the "while you wait" line comes first instead of "please call". */
  calling?: boolean;
  /** Raised from a message routed as a topic, outside the symptom check: the learned stage's reading may be asked about on pushback. */
  fromTopic?: true;
}

/** Remembered in conversation state so that later answers do not carry on as if nothing happened. */
export interface EscalationRecord {
  level: EscalationLevel;
  flags: string[];
  why: string;
  at: string;
  /** Set for one turn after an escalation that came from a "yes": the flag to ask about again on a correction. */
  recheck?: string;
  /** Raised from the user's own message, not from a "yes" to a question: a clear "I don't have that" takes it back. */
  fromMessage?: boolean;
  /** Raised from the user's own message by the learned stage alone, from none of the sign's own words: pushback asks about it plainly. */
  guessed?: true;
  /**
   * Raised from an answer to a check question (kept past the next turn): a later clear denial
   * of that sign ("no, none of that") asks the question again, and only a clear no takes it back.
   */
  answered?: string;
  answeredQuestion?: string;
  /**
   * With `fromMessage`: the words of the signs the message told ("fever", "101"). A later denial
   * that names only other signs of the flag ("no shivering") takes nothing they told back.
   */
  signWords?: string[];
  /** The sign, raised from their own words, was since explained and its one direct question asked: not asked twice. */
  explained?: true;
  /** They said they are calling or on their way: later thanks and goodbyes get a short kind close, not the instruction again. */
  agreed?: true;
  /** Raised for someone the user writes for: reminders speak of them ("get her seen today"). */
  pronoun?: NonNullable<RedFlagResult['pronoun']>;
  /** The replies to acts and statements since the escalation (dialogs/actAnswers.ts): none is said twice word for word. */
  replies?: string[];
}

/**
 * Tells the user plainly what to do now (emergency number or same-day care,
 * by locale, and not to drive), then why in plain words (one reviewed lay
 * sentence per flag, knowledge/safety/flag-wording.yaml), and emits a Bot
 * Framework handoff event with the symptom summary so that a connected human
 * agent hub can take over.
 */
export class EscalationDialog extends ComponentDialog {
  static readonly ID = 'escalation';

  constructor(
    private readonly services: DialogServices,
    private readonly record: StatePropertyAccessor<EscalationRecord | undefined>,
  ) {
    super(EscalationDialog.ID);
    this.addDialog(new WaterfallDialog('escalate', [(step) => this.escalate(step)]));
  }

  private async escalate(step: WaterfallStepContext) {
    const options = step.options as EscalationOptions;
    const { context } = step;
    const why = options.why ?? this.describe(options.flags);
    const numbers = this.services.numbers.forLocale(context.activity.locale);
    const e = this.services.responses.escalation;
    const them = options.pronoun ?? 'them';
    const values = { emergency: numbers.emergency, urgentAdvice: numbers.urgentAdvice, why, reason: '', them };
    // An emergency is never downgraded by a later same-day sign about the same person (the writer, or the
    // one they write for): its instruction is said again instead, the new fact one more reason to go.
    const previous = await this.record.get(context);
    const samePerson = (previous?.pronoun ?? null) === (options.subject === 'other_present' ? options.pronoun ?? null : null);
    if (previous?.level === 'emergency' && options.level === 'urgent' && samePerson) {
      const kept = fill(previous.pronoun ? e.emergencyKeptOther : e.emergencyKept, { ...values, them: previous.pronoun ?? them });
      await context.sendActivity({ type: 'message', text: kept, speak: kept });
      return step.endDialog({ escalated: 'emergency' });
    }
    const template = options.level === 'emergency' ? e.emergency : e.urgent;
    const urgentRoute = fill(numbers.urgentAdvice ? e.urgentRouteWithLine : e.urgentRouteDefault, values);
    const forOther = options.subject === 'other_present' ? this.services.checkDialogue.forOther[options.level] : undefined;
    const calling = options.calling && options.level === 'emergency' ? this.services.checkDialogue.text.whileYouWait : undefined;
    const first = fill(calling ?? forOther ?? template.first, { ...values, urgentRoute });
    // For someone else, the reasons and the safety net speak of them ("if he gets numbness between his legs").
    const ofPatient = (t: string) => (options.subject === 'other_present' && options.pronoun && this.services.person ? this.services.person.wording.aboutThem(t, options.pronoun) : t);
    const because = ofPatient([fill(template.why, { ...values, urgentRoute }), ...this.explain(options.flags)].join(' '));
    const text = [first, options.note, because, ofPatient(fill(template.after, { ...values, urgentRoute }))].filter(Boolean).join('\n\n');
    await context.sendActivity({ type: 'message', text, speak: first });

    await this.remember(context, options, why);
    const summary = fill(e.handoffSummary, { level: options.level, why });
    await context.sendActivity(
      EventFactory.createHandoffInitiation(context, { level: options.level, flags: options.flags, summary, locale: context.activity.locale }),
    );
    return step.endDialog({ escalated: options.level });
  }

  private describe(flags: readonly string[]): string {
    return listOf(flags.map((f) => this.services.redFlags.describe(f)), 'and');
  }

  /** One plain sentence per flag, each said once (several flags often share one). */
  private explain(flags: readonly string[]): string[] {
    return [...new Set(flags.map((f) => this.services.redFlags.explain(f)))];
  }

  private async remember(context: TurnContext, options: EscalationOptions, why: string): Promise<void> {
    const previous = await this.record.get(context);
    // An emergency is never downgraded by a later urgent flag.
    const keep = previous?.level === 'emergency' && options.level === 'urgent';
    // A second flag at the same level adds to the first: both stay escalated, so naming either later is no news.
    const same = previous?.level === options.level;
    const flags = same ? [...new Set([...previous.flags, ...options.flags])] : options.flags;
    const allWhy = same && !previous.why.includes(why) ? `${previous.why}, and ${why}` : why;
    await this.record.set(
      context,
      keep
        ? previous
        : {
            level: options.level,
            flags,
            why: allWhy,
            at: new Date().toISOString(),
            recheck: options.answered,
            ...(options.answered ? { answered: options.answered, answeredQuestion: options.answeredQuestion } : { fromMessage: true, signWords: this.signWords(context, same ? previous.signWords : undefined) }),
            ...(options.fromTopic && !options.answered && this.guessed(context, flags) ? { guessed: true as const } : {}),
            ...(options.subject === 'other_present' && options.pronoun ? { pronoun: options.pronoun } : {}),
          },
    );
  }

  /** The words of the signs the message told, with those of an alarm it adds to. */
  private signWords(context: TurnContext, before: readonly string[] | undefined): string[] {
    const understanding = getUnderstanding(context);
    const told = understanding ? this.services.redFlags.findingWords(understanding.patientText ?? understanding.text).present : [];
    return [...new Set([...(before ?? []), ...told])];
  }

  /** No flag raised was named in the message's own words (the learned stage read them all from other words). */
  private guessed(context: TurnContext, flags: readonly string[]): boolean {
    const understanding = getUnderstanding(context);
    const read = understanding?.redFlag?.flags ?? [];
    return !!understanding && flags.every((flag) => read.includes(flag) && !this.services.redFlags.names(flag, understanding.text));
  }
}

/** The short instruction repeated after an escalation ("please call 999 ..."). */
export function escalationReminder(services: DialogServices, record: EscalationRecord, locale: string | undefined): string {
  const numbers = services.numbers.forLocale(locale);
  // Raised for someone else: "please get her seen", not "get seen" as if the writer were the patient.
  const template = record.pronoun ? services.checkDialogue.reminderForOther[record.level] : services.responses.escalation.reminder[record.level];
  return fill(template, { emergency: numbers.emergency, them: record.pronoun ?? 'them' });
}

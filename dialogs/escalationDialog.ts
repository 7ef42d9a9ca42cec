import { EventFactory, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { fill } from '../src/content/responses';
import type { RedFlagLevel } from '../src/safety/redFlagDetector';
import type { DialogServices } from './services';

export interface EscalationOptions {
  level: RedFlagLevel;
  flags: string[];
  /** Plain words for what the user reported; derived from the flags when absent. */
  why?: string;
  /** What it can point to, for a screening item the red-flag lexicon does not define. */
  reason?: string;
}

/** Remembered in conversation state so that later answers do not carry on as if nothing happened. */
export interface EscalationRecord {
  level: RedFlagLevel;
  flags: string[];
  why: string;
  at: string;
}

/**
 * Tells the user plainly what to do now (emergency number or same-day care,
 * by locale), then why, and emits a Bot Framework handoff event with the
 * symptom summary so that a connected human agent hub can take over.
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
    const reason = options.reason ?? this.services.redFlags.reason(options.flags[0]);
    const numbers = this.services.numbers.forLocale(context.activity.locale);
    const e = this.services.responses.escalation;
    const values = { emergency: numbers.emergency, urgentAdvice: numbers.urgentAdvice, why, reason };
    const template = options.level === 'emergency' ? e.emergency : e.urgent;
    const urgentRoute = fill(numbers.urgentAdvice ? e.urgentRouteWithLine : e.urgentRouteDefault, values);
    const text = [template.first, template.why, template.after].map((t) => fill(t, { ...values, urgentRoute })).join('\n\n');
    await context.sendActivity({ type: 'message', text, speak: fill(template.first, { ...values, urgentRoute }) });

    await this.remember(context, options.level, options.flags, why);
    const summary = fill(e.handoffSummary, { level: options.level, why });
    await context.sendActivity(
      EventFactory.createHandoffInitiation(context, { level: options.level, flags: options.flags, summary, locale: context.activity.locale }),
    );
    return step.endDialog({ escalated: options.level });
  }

  private describe(flags: readonly string[]): string {
    const words = flags.map((f) => this.services.redFlags.describe(f));
    return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
  }

  private async remember(context: TurnContext, level: RedFlagLevel, flags: string[], why: string): Promise<void> {
    const previous = await this.record.get(context);
    // An emergency is never downgraded by a later urgent flag.
    const keep = previous?.level === 'emergency' && level === 'urgent';
    await this.record.set(context, keep ? previous : { level, flags, why, at: new Date().toISOString() });
  }
}

/** The short instruction repeated after an escalation ("please call 999 ..."). */
export function escalationReminder(services: DialogServices, record: EscalationRecord, locale: string | undefined): string {
  const numbers = services.numbers.forLocale(locale);
  return fill(services.responses.escalation.reminder[record.level], { emergency: numbers.emergency });
}

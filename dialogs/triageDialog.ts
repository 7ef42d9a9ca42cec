import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  DialogContext,
  PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  WaterfallStep,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
import { fill } from '../src/content/responses';
import {
  extractSymptomDetails,
  parseLocation,
  parseOnset,
  parseSeverity,
  parseTrigger,
  parseYesNo,
} from '../src/triage/symptomParser';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { EscalationDialog, EscalationOptions, EscalationRecord } from './escalationDialog';
import { bulletList, labelsFor, promptWithChoices, sourcesLine, withSuggestions } from './replies';
import type { DialogServices } from './services';

type Details = ReturnType<typeof extractSymptomDetails>;
type DetailField = 'location' | 'onset' | 'severity' | 'trigger';

/** What the check keeps between turns (in dialog state, so it survives restarts and scale-out). */
interface TriageValues {
  details: Details;
  /** The detail whose question is pending, so its answer is recorded for it. */
  asked?: DetailField;
}

export interface TriageOptions {
  /** The message that started the check; details in it are not asked again. */
  openingText?: string;
}

const PROMPTS: Record<DetailField, string> = {
  location: 'locationPrompt',
  onset: 'onsetPrompt',
  severity: 'severityPrompt',
  trigger: 'triggerPrompt',
};
const YES_NO_PROMPT = 'yesNoPrompt';
const PARSE_CACHE = Symbol('triageParses');
/** After this many tries a detail is recorded as unknown, so no one is stuck in a loop. */
const MAX_ATTEMPTS = 3;
const FRESH_HOURS = 48;
const LONG_HOURS = 6 * 7 * 24;

/**
 * The symptom check: where, since when, how bad, what set it off, then a short
 * red-flag screen asked as yes/no questions. A "yes" escalates at once; at the
 * end the user gets a summary and advice tailored to what they said.
 */
export class TriageDialog extends CancelAndHelpDialog {
  static readonly ID = 'triage';

  constructor(
    services: DialogServices,
    escalation: StatePropertyAccessor<EscalationRecord | undefined>,
    escalationDialog: EscalationDialog,
  ) {
    super(TriageDialog.ID, services, escalation, escalationDialog);
    for (const field of Object.keys(PROMPTS) as DetailField[]) {
      this.addDialog(new TextPrompt(PROMPTS[field], (p) => this.validateDetail(field, p)));
    }
    this.addDialog(new TextPrompt(YES_NO_PROMPT, (p) => this.validateYesNo(p)));
    const screenSteps = services.responses.triage.screen.map((_, i) => (step: WaterfallStepContext) => this.screenStep(step, i));
    const steps: WaterfallStep[] = [
      (step) => this.start(step),
      (step) => this.askDetail(step, 'location', undefined),
      (step) => this.askDetail(step, 'onset', 'location'),
      (step) => this.askDetail(step, 'severity', 'onset'),
      (step) => this.askDetail(step, 'trigger', 'severity'),
      (step) => this.afterTrigger(step),
      ...screenSteps,
      (step) => this.finish(step),
    ];
    this.addDialog(new WaterfallDialog('triageSteps', steps));
    this.initialDialogId = 'triageSteps';
  }

  protected helpText(): string {
    return this.services.responses.triage.help;
  }

  protected answersPendingQuestion(innerDc: DialogContext, text: string): boolean {
    const active = innerDc.activeDialog?.id;
    if (active === YES_NO_PROMPT) return parseYesNo(text) !== undefined;
    const field = (Object.keys(PROMPTS) as DetailField[]).find((f) => PROMPTS[f] === active);
    if (field === undefined) return false;
    if (this.parse(innerDc.context, field, text) !== undefined) return true;
    // An answer to another of the check's questions ("bending over" when asked
    // where) is still an answer, not a knowledge question: the prompt repeats.
    return Object.keys(this.parse(innerDc.context, 'all', text) as Details).length > 0;
  }

  /**
   * Parses an answer once per turn: the interruption check, the prompt's
   * validator and the step that records it all need the same result, and a
   * date-time recognition costs milliseconds.
   */
  private parse(context: TurnContext, field: DetailField | 'all', text: string): unknown {
    let cache = context.turnState.get(PARSE_CACHE) as Map<string, unknown> | undefined;
    if (!cache) context.turnState.set(PARSE_CACHE, (cache = new Map()));
    const key = `${field}\u0000${text}`;
    if (!cache.has(key)) cache.set(key, this.parseNow(field, text, context.activity.locale));
    return cache.get(key);
  }

  private parseNow(field: DetailField | 'all', text: string, locale: string | undefined): unknown {
    switch (field) {
      case 'all':
        return extractSymptomDetails(text, this.services.now(), locale);
      case 'location':
        return parseLocation(text);
      case 'onset':
        return parseOnset(text, this.services.now(), locale);
      case 'severity':
        return parseSeverity(text, locale);
      case 'trigger':
        return parseTrigger(text);
    }
  }

  private values(step: WaterfallStepContext): TriageValues {
    return step.values as TriageValues;
  }

  private details(step: WaterfallStepContext): Details {
    return this.values(step).details;
  }

  private async start(step: WaterfallStepContext) {
    const { openingText } = (step.options ?? {}) as TriageOptions;
    const details = openingText ? extractSymptomDetails(openingText, this.services.now(), step.context.activity.locale) : {};
    // "It's agony" is worth a number from the user; only a stated score skips the question.
    if (details.severity?.approximate) delete details.severity;
    this.values(step).details = details;
    await step.context.sendActivity(this.services.responses.triage.intro);
    return step.next();
  }

  /** Records the answer to the previous question (if one was asked), then asks for `field` unless it is known. */
  private async askDetail(step: WaterfallStepContext, field: DetailField, previous: DetailField | undefined) {
    if (previous) this.record(step, previous);
    const details = this.details(step);
    if (details[field] !== undefined) return step.next();
    this.values(step).asked = field;
    const { prompts, retries, choices } = this.services.responses.triage;
    const channel = step.context.activity.channelId;
    const fixed = field === 'location' ? choices.location : field === 'trigger' ? choices.trigger : [];
    return step.prompt(PROMPTS[field], {
      prompt: promptWithChoices(prompts[field], fixed, channel),
      retryPrompt: promptWithChoices(retries[field], fixed, channel),
    });
  }

  /** Stores the parsed answer; other details in the same answer are kept too ("lower back, since Monday"). */
  private record(step: WaterfallStepContext, field: DetailField): void {
    const values = this.values(step);
    if (values.asked !== field || typeof step.result !== 'string') return;
    values.asked = undefined;
    const details = this.details(step);
    const parsed = this.parse(step.context, field, step.result);
    const extra = this.parse(step.context, 'all', step.result) as Details;
    for (const key of Object.keys(extra) as DetailField[]) {
      if (key !== field && details[key] === undefined) Object.assign(details, { [key]: extra[key] });
    }
    // null marks a question asked but not answered, so it is not asked again.
    Object.assign(details, { [field]: parsed ?? null });
  }

  private async afterTrigger(step: WaterfallStepContext) {
    this.record(step, 'trigger');
    return step.next();
  }

  private async validateDetail(field: DetailField, prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (this.parse(prompt.context, field, text) !== undefined) return true;
    return prompt.attemptCount >= MAX_ATTEMPTS;
  }

  private async validateYesNo(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const answer = parseYesNo(prompt.recognized.value ?? '');
    if (typeof answer === 'boolean') return true;
    // "Not sure" twice is taken as yes: the retry prompt says that yes is the safe answer.
    if (answer === 'unsure') return prompt.attemptCount >= 2;
    return prompt.attemptCount >= MAX_ATTEMPTS;
  }

  /** Checks the answer to screen question i-1 (escalating on yes), then asks question i. */
  private async screenStep(step: WaterfallStepContext, index: number) {
    const escalated = await this.checkScreenAnswer(step, index - 1);
    if (escalated) return escalated;
    const { screen, choices, retries } = this.services.responses.triage;
    const channel = step.context.activity.channelId;
    return step.prompt(YES_NO_PROMPT, {
      prompt: promptWithChoices(screen[index].question, choices.yesNo, channel),
      retryPrompt: promptWithChoices(retries.yesNo, choices.yesNo, channel),
    });
  }

  private async checkScreenAnswer(step: WaterfallStepContext, index: number) {
    if (index < 0) return undefined;
    const answer = parseYesNo(typeof step.result === 'string' ? step.result : '');
    if (answer !== true && answer !== 'unsure') return undefined;
    const question = this.services.responses.triage.screen[index];
    const options: EscalationOptions = {
      level: this.services.redFlags.level(question.flag),
      flags: [question.flag],
      why: question.why,
      answered: question.flag,
    };
    return step.replaceDialog(EscalationDialog.ID, options);
  }

  private async finish(step: WaterfallStepContext) {
    const escalated = await this.checkScreenAnswer(step, this.services.responses.triage.screen.length - 1);
    if (escalated) return escalated;
    const details = this.details(step);
    const { triage } = this.services.responses;
    const text = [this.summary(details), `${triage.advice.heading}:\n${bulletList(this.advice(step, details))}`,
      sourcesLine(this.services.responses, triage.sources), this.services.responses.disclaimer].join('\n\n');
    await step.context.sendActivity(
      withSuggestions(text, labelsFor(this.services.responses, triage.afterSummary), step.context.activity.channelId),
    );
    return step.endDialog(details);
  }

  private summary(d: Details): string {
    const { summary, phrases } = this.services.responses.triage;
    return fill(summary, {
      location: d.location ? fill(phrases.location, { location: d.location.description }) : phrases.unknownLocation,
      onset: d.onset ? fill(phrases.onset, { duration: d.onset.description }) : phrases.unknownOnset,
      severity: d.severity ? fill(phrases.severity, { severity: d.severity.value }) : phrases.unknownSeverity,
      trigger: d.trigger && d.trigger.trigger !== 'unknown' ? fill(phrases.trigger, { trigger: d.trigger.description }) : '',
    });
  }

  private advice(step: WaterfallStepContext, d: Details): string[] {
    const a = this.services.responses.triage.advice;
    const emergency = this.services.numbers.forLocale(step.context.activity.locale).emergency;
    const hours = d.onset?.hours;
    const severity = d.severity?.value;
    const lines = [
      `${hours !== undefined && hours <= FRESH_HOURS ? a.fresh : a.notFresh} ${a.heatSafety}`,
      a.stayActive,
      a.medication,
      severity !== undefined && severity >= 8 ? a.stretchesSevere : a.stretchesMild,
    ];
    if (d.location?.radiatesToLeg) lines.push(a.leg);
    if (d.location?.region === 'upper') lines.push(a.upperBack);
    if (severity !== undefined && severity >= 9) lines.push(a.severe);
    lines.push(hours !== undefined && hours > LONG_HOURS ? a.seeDoctorLong : a.seeDoctorRecent);
    lines.push(fill(a.watchFor, { emergency }));
    return lines;
  }
}

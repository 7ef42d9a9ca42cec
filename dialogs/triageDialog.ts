import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogContext, DialogInstance, DialogTurnResult } from './dialogLibrary';
import { clauses } from '../src/language';
import { sentencesAsTyped } from '../src/language/sentences';
import { prepare } from '../src/triage/text';
import { withSide } from '../src/triage/location';
import { mayPlaceOrScorePain } from '../src/triage/symptomParser';
import { asksSomething, withoutAcknowledgements } from '../src/triage/yesNo';
import { deniedSigns } from '../src/triage/denials';
import { vocabulary } from '../src/triage/vocabulary';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { EscalationDialog, EscalationRecord } from './escalationDialog';
import { labelsFor, withSuggestions } from './replies';
import type { DialogServices } from './services';
import type { Pronoun } from '../src/safety/helperSubject';
import { checkCommand, correctedWords, echoesQuestionWithHedge, saidNoGroups, saysCorrection, withoutCheckRequest } from './checkMessages';
import { CheckParsing } from './checkParsing';
import { savedStack } from './pausedDialog';
import { getUnderstanding } from './turnUnderstanding';
import { rememberFacts } from './topicAnswer';
import { absorb, type CheckDetails, type CheckState, type DetailField, newCheck, nextQuestion, remainingAfter } from '../src/triage/symptomCheck';
import { CheckOptions, SavedCheck, SymptomCheckTurns } from './symptomCheckTurns';

/** A pain score the person gave in numbers ("a 7", "6/10"), not a word's rough weight ("agony"). */
function numberScore(found: { severity?: { approximate?: boolean } }): boolean {
  return found.severity !== undefined && !found.severity.approximate;
}

/** A place the check can use: a region, a side or a leg; "back" alone names none. */
function namesPlace(found: CheckDetails): boolean {
  const place = found.location;
  return place !== undefined && (place.region !== undefined || place.side !== undefined || place.radiatesToLeg === true);
}

export interface TriageOptions {
  /** The message that started the check; details in it are not asked again. */
  openingText?: string;
  /** Carry on with the check the user stopped. */
  resume?: boolean;
  /** Someone writing for the person in pain. */
  forOther?: Pronoun;
  /** "..., so what do I do?": the result now from what the opening message gives. */
  verdictNow?: boolean;
  /** A pain score said on its own ("7ish"): the opening text alone would not read a bare number as one. */
  score?: CheckDetails['severity'];
  /** Started by a pain report that already told its details, not by a request: said back, then only what is missing. */
  fromReport?: boolean;
}

/** The details a correction changed while heard, with those changed before. */
function correctedFields(previous: SavedCheck, corrected: CheckState['details']): DetailField[] {
  return [...new Set([...(previous.corrected ?? []), ...(Object.keys(corrected) as DetailField[])])];
}

/** "no, the left side": a side said alone moves the place heard before to that side; the region stays. */
function sideKept(before: CheckDetails, found: CheckDetails): CheckDetails {
  const place = found.location;
  if (!place || place.region || !before.location) return found;
  return { ...found, location: place.side ? withSide(before.location, place.side) : before.location };
}

/** What MainDialog does with a message that follows up on a check: nothing, handled, or (re)start the check. */
export type TriageFollowUp = 'handled' | TriageOptions | undefined;

// A "carry on" is a short message, not a sentence that happens to contain "continue".
const MAX_CARRY_ON_WORDS = 8;

/**
 * The symptom check: where, since when, how bad, what set it off, then the
 * safety screen; interruptions (a red flag, cancel, help, a practical
 * question) are handled by CancelAndHelpDialog. What was said is kept in
 * conversation state when the check stops or ends, so "let's carry on"
 * resumes it and a new check offers to reuse it.
 */
export class TriageDialog extends CancelAndHelpDialog {
  static readonly ID = 'triage';
  private readonly turns: SymptomCheckTurns;
  private readonly parsing: CheckParsing;

  constructor(
    services: DialogServices,
    escalation: StatePropertyAccessor<EscalationRecord | undefined>,
    escalationDialog: EscalationDialog,
    private readonly saved: StatePropertyAccessor<SavedCheck | undefined>,
    /** The kind of cause told in an earlier message outside a check ("he bent down for the dog bowl"): `noteCause`. */
    private readonly causes?: StatePropertyAccessor<string | undefined>,
  ) {
    super(TriageDialog.ID, services, escalation, escalationDialog);
    this.turns = new SymptomCheckTurns(services, saved);
    this.parsing = new CheckParsing(services);
    this.addDialog(this.turns);
    this.initialDialogId = SymptomCheckTurns.ID;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: TriageOptions): Promise<DialogTurnResult> {
    const previous = await this.saved.get(innerDc.context);
    const check: CheckOptions = {};
    if (options?.openingText) {
      check.openingText = options.openingText;
      await rememberFacts(innerDc.context, this.services, options.openingText);
    }
    if (options?.forOther) check.forOther = options.forOther;
    if (options?.verdictNow) check.verdictNow = true;
    if (options?.fromReport) check.fromReport = true;
    // "carry on" read as an act brings the paused stack; the check resumes from its own saved state either way.
    const resume = options?.resume || savedStack(options) !== undefined;
    if (previous?.status === 'heard') check.heard = previous.state.details;
    else if (resume && previous?.status === 'stopped') check.resume = previous.state;
    else if (previous) check.offer = previous;
    if (previous?.status === 'heard' && previous.corrected) check.heardCorrected = previous.corrected;
    if (options?.score) check.heard = { ...check.heard, severity: options.score };
    return innerDc.beginDialog(SymptomCheckTurns.ID, check);
  }

  /** A check stopped part-way (by a pause or an alarm) that "carry on" would resume. */
  async hasStopped(context: TurnContext): Promise<boolean> {
    return (await this.saved.get(context))?.status === 'stopped';
  }

  protected helpText(): string {
    return this.services.responses.triage.help;
  }

  protected answersPendingQuestion(innerDc: DialogContext, text: string): boolean {
    return this.turns.probe.answers(innerDc, text);
  }

  /** A yes at a grouped warning-sign question that names only that group's signs answers it. */
  protected override patientOf(innerDc: DialogContext): Pronoun | undefined {
    return SymptomCheckTurns.forOtherOf(innerDc.stack.find((d) => d.id === SymptomCheckTurns.ID));
  }

  protected override screenAnswered(innerDc: DialogContext, flags: readonly string[]): { flag: string; question: string } | undefined {
    const pending = SymptomCheckTurns.stateOf(innerDc.stack.find((d) => d.id === SymptomCheckTurns.ID))?.pending;
    if (pending?.kind !== 'group') return undefined;
    const group = vocabulary().screen[pending.index];
    if (!group || flags.length === 0 || !flags.every((f) => group.items.some((i) => i.flag === f))) return undefined;
    return { flag: flags[0]!, question: group.question };
  }

  protected override steersDialog(innerDc: DialogContext, text: string): boolean {
    // "skip that one", "why do you ask?", "how many more?", "what does that mean?" about the question pending (not a topic question).
    if (innerDc.activeDialog?.id !== SymptomCheckTurns.ID) return false;
    return checkCommand(text) !== undefined || vocabulary().control.whyAsk.test(prepare(text)) || this.turns.probe.steers(innerDc, text) || this.echoesPending(innerDc, text);
  }

  /** "numb down there?? no idea what that is" at a safety question: the check describes it (checkScreenAnswers.ts), not a topic. */
  private echoesPending(innerDc: DialogContext, text: string): boolean {
    const pending = SymptomCheckTurns.stateOf(innerDc.stack.find((d) => d.id === SymptomCheckTurns.ID))?.pending;
    return pending?.kind === 'group' && echoesQuestionWithHedge(text, (part) => this.services.redFlags.toldNow(part, true).present);
  }

  protected override closingReply(innerDc: DialogContext, text: string): string | undefined {
    return innerDc.activeDialog?.id === SymptomCheckTurns.ID ? this.turns.probe.closing(innerDc, text) : undefined;
  }

  protected override planReply(innerDc: DialogContext): string | undefined {
    return innerDc.activeDialog?.id === SymptomCheckTurns.ID ? this.services.acts.inCheck.plan : undefined;
  }

  protected override asideQuestion(innerDc: DialogContext, text: string): { question: string; answers: boolean } | undefined {
    return innerDc.activeDialog?.id === SymptomCheckTurns.ID ? this.turns.probe.splitQuestion(innerDc, text) : undefined;
  }

  protected override stopRequest(innerDc: DialogContext, text: string): { rest: string } | undefined {
    if (innerDc.activeDialog?.id !== SymptomCheckTurns.ID) return undefined;
    const { stop } = vocabulary().control;
    const t = prepare(text);
    if (!stop.test(t)) return undefined;
    const rest = t.replace(new RegExp(stop.source, 'g'), ' ').replace(/\s+/g, ' ').replace(/^[\s,.;:!-]+/, '').trim();
    // "..., can I come back to this later?": the "?" was the stop's own; left alone in its clause it asks nothing.
    return { rest: rest.replace(/(^|[,.;:!?])\s*\?+/g, '$1').trim() };
  }

  protected override takesPart(innerDc: DialogContext, part: string): boolean {
    return innerDc.activeDialog?.id === SymptomCheckTurns.ID && this.turns.probe.takesPart(innerDc, part);
  }

  protected override askedEnough(innerDc: DialogContext): boolean {
    return innerDc.activeDialog?.id === SymptomCheckTurns.ID && this.turns.probe.askedEnough(innerDc);
  }

  protected override timesAsked(innerDc: DialogContext): number {
    return innerDc.activeDialog?.id === SymptomCheckTurns.ID ? (SymptomCheckTurns.stateOf(innerDc.activeDialog)?.asks ?? 0) : 0;
  }

  protected override remainingQuestions(innerDc: DialogContext): number | undefined {
    const check = SymptomCheckTurns.stateOf(innerDc.activeDialog);
    return check?.pending ? remainingAfter(check, check.pending, vocabulary().screen.length) : undefined;
  }

  protected override stoppedNote(innerDc: DialogContext): string | undefined {
    this.keepStopAnswer(innerDc);
    return this.turns.stoppedText(SymptomCheckTurns.stateOf(innerDc.activeDialog), innerDc.context.activity.locale);
  }

  /**
   * "7. sorry, have to run, can we stop": the score said with the stop is kept, and the
   * check resumes at the question after it.
   */
  private keepStopAnswer(innerDc: DialogContext): void {
    const state = SymptomCheckTurns.stateOf(innerDc.activeDialog);
    const text = getUnderstanding(innerDc.context)?.text;
    if (!state || !text) return;
    const pending = state.pending;
    const asksScore = pending?.kind === 'severityNumber' || (pending?.kind === 'detail' && pending.field === 'severity');
    const score = asksScore && state.details.severity === undefined ? this.parsing.severity(innerDc.context, text) : undefined;
    // Only the score asked for: the rest of a stop ("I'll finish it after dinner") is about leaving, not the pain.
    if (score && !score.approximate) state.details.severity = score;
    if (asksScore && state.details.severity !== undefined) state.pending = nextQuestion(state, vocabulary().screen.length);
  }

  protected override async onStopped(innerDc: DialogContext, pastAnswered = false): Promise<void> {
    this.keepStopAnswer(innerDc);
    const state = SymptomCheckTurns.stateOf(innerDc.activeDialog);
    const kept = state && pastAnswered ? (SymptomCheckTurns.pastScreenQuestion(state) ?? state) : state;
    if (kept) await this.saved.set(innerDc.context, { status: 'stopped', state: kept });
  }

  /** The details of a message said before any check, kept (see `hear`); nothing once a check has run. */
  async hearBefore(context: TurnContext, text: string): Promise<void> {
    const previous = await this.saved.get(context);
    if (!previous || previous.status === 'heard') await this.hear(context, text, previous);
  }

  /**
   * Keeps the details of a message said before any check ("since 2 days, I
   * lifted a mattress"), so that a check started later does not ask them.
   * Only the parsed details are kept, not the words; the first said wins, unless a later message corrects it.
   */
  private async hear(context: TurnContext, text: string, previous: SavedCheck | undefined): Promise<void> {
    const details = withoutCheckRequest(text);
    // "it started Tuesday, not Monday" after details were heard: the new value replaces the old one,
    // whether or not the correction names the pain again (it is said back while routing).
    const now = previous?.status === 'heard' && saysCorrection(text, false) ? correctedWords(text) : undefined;
    const corrected = now ? this.parsing.all(context, now) : {};
    if (previous && Object.keys(corrected).length > 0) {
      Object.assign(previous.state.details, sideKept(previous.state.details, corrected));
      await this.saved.set(context, { status: 'heard', state: previous.state, corrected: correctedFields(previous, corrected) });
      return;
    }
    // Only a message about the pain: "a table for dinner tonight" gives no onset of anything.
    const t = prepare(text);
    const tellsOwnPain = vocabulary().control.ownPain.test(t) || vocabulary().control.startCheck.test(t);
    if (!tellsOwnPain && previous?.status !== 'heard' && !mayPlaceOrScorePain(details, context.activity.locale)) return;
    const found = this.parsing.all(context, details);
    // After the pain was told, what set it off told on its own ("no idea what caused it") is its cause too;
    // not from a question ("is my old mattress to blame?"), which only wonders.
    const causeOfPainTold = previous?.status === 'heard' && found.trigger !== undefined && !asksSomething(text);
    const aboutPain = found.location !== undefined || (found.severity !== undefined && !found.severity.approximate) || tellsOwnPain || causeOfPainTold;
    if (Object.keys(found).length === 0 || !aboutPain) return;
    const state = previous?.state ?? newCheck();
    // "sorry no, I meant my back, the lower bit": a correction's details replace those heard before.
    const correcting = saysCorrection(text, false);
    if (correcting) Object.assign(state.details, sideKept(state.details, found));
    else absorb(state, found);
    const changed = correcting && previous ? correctedFields(previous, found) : previous?.corrected;
    await this.saved.set(context, { status: 'heard', state, ...(changed ? { corrected: changed } : {}) });
  }

  /** The safety-screen group whose question the check is waiting on (from a stack's TriageDialog instance), if any. */
  static pendingScreenGroup(instance: DialogInstance | undefined): number | undefined {
    if (instance?.id !== TriageDialog.ID) return undefined;
    // A component dialog keeps its inner stack in its own state.
    const inner = (instance.state as { dialogs?: { dialogStack?: DialogInstance[] } }).dialogs?.dialogStack ?? [];
    const pending = SymptomCheckTurns.stateOf(inner.find((d) => d.id === SymptomCheckTurns.ID))?.pending;
    return pending && (pending.kind === 'group' || pending.kind === 'which') ? pending.index : undefined;
  }

  /**
   * What set the pain off, as told in `text` (`own`), or earlier: in the check under way on `stack`,
   * or in the details kept from before (heard while routing, or a check stopped or finished).
   */
  async triggerTold(context: TurnContext, stack: readonly DialogInstance[], text: string): Promise<{ own?: string; earlier?: string }> {
    const own = this.parsing.all(context, text).trigger?.trigger;
    const instance = stack.find((d) => d.id === TriageDialog.ID);
    const inner = (instance?.state as { dialogs?: { dialogStack?: DialogInstance[] } } | undefined)?.dialogs?.dialogStack ?? [];
    const running = SymptomCheckTurns.stateOf(inner.find((d) => d.id === SymptomCheckTurns.ID))?.details.trigger?.trigger;
    const kept = (await this.saved.get(context))?.state.details.trigger?.trigger;
    return { own, earlier: running ?? kept ?? (await this.causes?.get(context)) };
  }

  /**
   * Keeps what set the pain off when a message outside the check tells it as an event ("he bent down
   * for the dog bowl"), so that a later "first time ever, he's 64" is read with its cause. Not a
   * question, nor a habit, a job's duties or a plan (triggers.yaml `habitual`): those are no event of this bout.
   */
  async noteCause(context: TurnContext, text: string): Promise<void> {
    if (!this.causes || asksSomething(text) || vocabulary().triggers.habitual.test(prepare(text))) return;
    const kind = this.parsing.all(context, text).trigger?.trigger;
    if (kind !== undefined && kind !== 'unknown') await this.causes.set(context, kind);
  }

  /** A message that tells of the pain with details of it ("lower back since this morning, about a 6"). */
  describesPain(context: TurnContext, text: string): boolean {
    const found = this.parsing.all(context, text);
    const t = prepare(text);
    // A place or a number is the pain's; a time alone ("since Monday") needs the writer's own pain beside it.
    const placed = found.location !== undefined || numberScore(found);
    return placed || (found.onset !== undefined && vocabulary().control.ownPain.test(t));
  }

  /**
   * How many of the check's details the text gives, whether one is a pain score in numbers, whether one is a place,
   * and how many are firm: a pain word alone ("sore", "agony") is kept as heard, but tells no score to start a check from.
   */
  detailsIn(context: TurnContext, text: string): { count: number; scored: boolean; firm: number; placed: boolean; cause?: string } {
    const found = this.parsing.all(context, text);
    const count = Object.values(found).filter((v) => v !== undefined).length;
    const worded = found.severity !== undefined && !numberScore(found);
    const cause = found.trigger && found.trigger.trigger !== 'unknown' ? found.trigger.description : undefined;
    return { count, scored: numberScore(found), firm: count - (worded ? 1 : 0), placed: namesPlace(found), ...(cause ? { cause } : {}) };
  }

  /**
   * The text tells a place and a pain score in numbers, the check's own answers: "back" alone names no place (only a
   * region, a side or a leg counts as where), "sore" or "agony" no score. "backs killing me, driving all day" is a story
   * yet, not the check's answers.
   */
  tellsPlaceAndScore(context: TurnContext, text: string): boolean {
    const found = this.parsing.all(context, text);
    return namesPlace(found) && numberScore(found);
  }

  /**
   * The text tells at least one of the check's own answers about the pain: a place (a region, a side or a leg, not
   * "back" alone), when it started, what set it off, or a score in numbers. "my back is killing me" tells none.
   */
  tellsRealDetail(context: TurnContext, text: string): boolean {
    const found = this.parsing.all(context, text);
    // "no idea what caused it" alone is kept as heard (no clear trigger) but tells nothing to start from.
    const cause = found.trigger !== undefined && found.trigger.trigger !== 'unknown';
    return namesPlace(found) || numberScore(found) || found.onset !== undefined || cause;
  }

  /** A 0-10 score in numbers anywhere in the text ("no clue what did it, 6 maybe", "dunno, 5? 6"), read as the severity question's answer. */
  looseScore(context: TurnContext, text: string): CheckDetails['severity'] {
    const score = this.parsing.severity(context, text);
    return score && !score.approximate ? score : undefined;
  }

  static asksForCheck(text: string): boolean {
    return vocabulary().control.startCheck.test(prepare(text));
  }

  /** The whole message asks to run the check ("ok do the check then"): no topic reading can mean anything else. */
  static asksForCheckNow(text: string): boolean {
    const { startCheckNow } = vocabulary().control;
    // Commas between the words ("sure, please check") do not change the request.
    const whole = (t: string) => startCheckNow.test(withoutAcknowledgements(prepare(t)).replace(/[.!?]+$/, '').replace(/\s*[,;:]\s*/g, ' '));
    // "it's an 11 lol. can u do the check": a sentence that is the request on its own asks for it too.
    return whole(text) || sentencesAsTyped(text, { spaceAfter: false }).some((sentence) => whole(sentence));
  }

  /**
   * A message outside the check that follows up on one: "Details and sources"
   * after a result (answered here), or "let's carry on" after a stop (MainDialog
   * starts the check again with `resume`).
   */
  async followUp(context: TurnContext, text: string): Promise<TriageFollowUp> {
    const previous = await this.saved.get(context);
    if (!previous || previous.status === 'heard') {
      await this.hear(context, text, previous);
      return undefined;
    }
    const t = prepare(text).replace(/[.!?]+$/, '');
    const { control } = vocabulary();
    if (previous.status === 'finished' && control.details.test(t)) {
      const { responses } = this.services;
      const details = this.turns.wording.detailsText(previous.state.details, context.activity.locale);
      await context.sendActivity(withSuggestions(details, labelsFor(responses, responses.triage.afterSummary), context.activity.channelId));
      return 'handled';
    }
    const bare = t.replace(/[,;:]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (previous.status === 'stopped' && (control.backAgain.test(bare) || (control.carryOn.test(bare) && bare.split(' ').length <= MAX_CARRY_ON_WORDS))) return { resume: true };
    // "ok back. started sunday, about a 5": back, with the answers in the same message; the check resumes with them.
    const [first, ...rest] = sentencesAsTyped(text, { spaceAfter: false });
    const after = rest.join(' ').trim();
    if (previous.status === 'stopped' && first && after && control.backAgain.test(prepare(first).replace(/[.!?]+$/, '')) && !asksSomething(after)) {
      return { resume: true, openingText: after };
    }
    // "ok back, sorry, that was the courier": back, with a word on the pause that answers nothing; the check resumes
    // at its question. Denials in the rest ("back now, no numbness") are kept as the check's answers.
    const [lead, ...others] = clauses(t, { colonEnds: true }).map((c) => c.trim());
    const remark = others.join(' ').trim();
    if (previous.status === 'stopped' && lead && remark && control.backAgain.test(lead) && !asksSomething(remark)) {
      // "back now, started friday, about a 6": two details or a score are answers, not a word on the pause.
      const told = this.detailsIn(context, remark);
      const answers = told.count >= 2 || told.scored || saidNoGroups(remark).length > 0 || deniedSigns(remark, this.parsing.denied(context, remark)).size > 0;
      return answers ? { resume: true, openingText: remark } : { resume: true };
    }
    // Safety questions answered in passing after a pause ("she didn't fall, no numbness, toilet's normal"):
    // the check's own answers, so it resumes with them rather than the message being read as a topic.
    if (previous.status === 'stopped' && !asksSomething(text) && (saidNoGroups(text).length > 0 || deniedSigns(text, this.parsing.denied(context, text)).size > 0)) {
      return { resume: true, openingText: text };
    }
    return undefined;
  }
}

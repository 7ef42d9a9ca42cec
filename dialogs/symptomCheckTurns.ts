import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogInstance, DialogTurnResult } from './dialogLibrary';
import { fill } from '../src/content/responses';
import {
  absorb,
  askedEnough,
  DETAIL_ORDER,
  type CheckState,
  type DetailField,
  newCheck,
  nextQuestion,
  type Pending,
} from '../src/triage/symptomCheck';
import { prepare } from '../src/triage/text';
import { type ScreenItem, vocabulary } from '../src/triage/vocabulary';
import { framedSign } from './screenFrames';
import { CheckWording } from './checkWording';
import { type AskMode, CheckQuestions } from './checkQuestions';
import { CheckParsing } from './checkParsing';
import { checkCommand, isQuestion, withoutCheckRequest } from './checkMessages';
import { noToEveryOneIn } from './answerInClauses';
import { EscalationDialog, EscalationOptions } from './escalationDialog';
import { noteCheckStep } from './turnEvents';
import type { DialogServices } from './services';
import type { Pronoun } from '../src/safety/helperSubject';
import { CheckAsides } from './checkAsides';
import { checkText, readOnly, takeCountNote, takeVerdictNote } from './checkTurnNotes';
import { CheckScreenAnswers, type ScreenHost } from './checkScreenAnswers';
import { CheckDetailAnswers } from './checkDetailAnswers';
import { CheckResult } from './checkResult';
import { CheckOpening } from './checkOpening';
import { answersWaitingNo, noteSaidNo } from './checkSaidNo';
import { CheckProbe } from './checkProbe';
import { aboutPatient } from './aboutPatient';
import { asksOnlyMeaning } from './checkMeaning';
import type { CheckOptions, SavedCheck } from './checkOptions';

export { SYMPTOM_CHECK_ANSWER_ID } from './checkResult';
export type { CheckOptions, SavedCheck } from './checkOptions';

/** A question's id for the review report's drop-off counts: a field, or a screen group by number. */
function stepId(pending: Pending): string {
  if (pending.kind === 'detail') return pending.field;
  if (pending.kind === 'group' || pending.kind === 'which') return `screen-${pending.index + 1}`;
  return pending.kind;
}

interface TurnsState {
  check: CheckState;
  offer?: SavedCheck;
  /** The check is for someone else: an alarm from its questions is said for them. */
  forOther?: Pronoun;
}

/**
 * The symptom check, one question a turn: details first (only those still
 * missing), then the safety screen from knowledge/triage/screen.yaml, then a
 * short result. Every detail in any message is kept, whichever question was
 * asked. A "yes" to an emergency group escalates at once.
 */
export class SymptomCheckTurns extends Dialog<CheckOptions> {
  static readonly ID = 'symptomCheckTurns';
  readonly wording: CheckWording;
  private readonly questions: CheckQuestions;
  private readonly parsing: CheckParsing;
  private readonly asides: CheckAsides;
  private readonly screen: CheckScreenAnswers;
  private readonly details: CheckDetailAnswers;
  private readonly result: CheckResult;
  private readonly opening: CheckOpening;
  /** What the routing dialogs ask of a running check (checkProbe.ts). */
  readonly probe: CheckProbe;

  constructor(
    private readonly services: DialogServices,
    private readonly saved: StatePropertyAccessor<SavedCheck | undefined>,
  ) {
    super(SymptomCheckTurns.ID);
    this.wording = new CheckWording(services);
    this.questions = new CheckQuestions(services, this.wording);
    this.parsing = new CheckParsing(services);
    this.asides = new CheckAsides(services, this.questions, this.parsing, this.wording);
    this.screen = new CheckScreenAnswers(services, this.parsing);
    this.details = new CheckDetailAnswers(services, this.parsing, this.wording);
    this.result = new CheckResult(services, this.wording, saved);
    this.probe = new CheckProbe(this.parsing, this.asides, (index, text) => framedSign(services, vocabulary().screen[index]!, text) !== undefined);
    this.opening = new CheckOpening(services, this.parsing, saved);
  }

  override async beginDialog(dc: DialogContext, options: CheckOptions = {}): Promise<DialogTurnResult> {
    const triage = this.services.responses.triage;
    if (options.resume) {
      const st: TurnsState = { check: options.resume };
      // After a pause the question is asked afresh: the asks before it do not count.
      st.check.asks = 0;
      dc.activeDialog!.state = st;
      // "she didn't fall, no numbness, toilet's normal" after a pause: kept, and the check goes on from there.
      if (options.openingText) {
        absorb(st.check, this.parsing.all(dc.context, options.openingText));
        noteSaidNo(dc.context, this.parsing, st.check, options.openingText);
      }
      const known = DETAIL_ORDER.filter((f) => st.check.details[f] !== undefined);
      const resumed = known.length > 0 ? fill(triage.reuse.resumedWith, { details: this.wording.describe(st.check.details, known) }) : triage.reuse.resumed;
      await dc.context.sendActivity(resumed);
      const waiting = st.check.pending;
      if (options.openingText && waiting?.kind === 'group' && answersWaitingNo(dc.context, this.parsing, st.check, options.openingText)) return this.screen.onGroup(dc, st.check, waiting.index, options.openingText, this.host(st));
      return this.askPendingOrNext(dc, st);
    }
    const st: TurnsState = { check: newCheck(), ...(options.forOther ? { forOther: options.forOther } : {}) };
    dc.activeDialog!.state = st;
    let opened: DetailField[] = [];
    if (options.openingText) {
      // "run the symptom check please": the request itself is no detail ("run" is no sport).
      const opening = withoutCheckRequest(options.openingText);
      const given = absorb(st.check, this.opening.ownTurnFirst(dc.context, opening));
      // "low back, down my right leg. 8": a plain number beside the other details is how bad.
      if (given.length > 0) this.details.looseSeverity(dc.context, st.check, opening, true);
      noteSaidNo(dc.context, this.parsing, st.check, options.openingText);
      // Not asked for: what the report told is said back, so the person sees it was kept (and can correct it).
      if (options.fromReport) {
        opened = DETAIL_ORDER.filter((f) => st.check.details[f] !== undefined);
        st.check.scoreFirst = true;
      }
    }
    await this.opening.deniedBefore(dc.context, st.check);
    // "right side, since monday", then "sorry, the left, and it was yesterday", then a check that starts from the
    // first message: the corrected values win, unless this turn's own message says the detail again.
    const correctedNow = this.opening.correctedHeard(dc.context, options, st.check);
    // What was said earlier ("since 2 days, lifting a mattress") counts too, said back so it can be corrected.
    const earlier = options.heard ? absorb(st.check, options.heard) : [];
    const saidBack = DETAIL_ORDER.filter((f) => opened.includes(f) || earlier.includes(f) || correctedNow.includes(f));
    const said = saidBack.length > 0 ? this.wording.describe(st.check.details, saidBack) : '';
    // Told for someone else ("my wife ... low down on the left"): said back of them, not "your".
    const noted = said ? fill(triage.noted, { details: said }) : '';
    const heard = noted ? `\n\n${options.forOther ? await aboutPatient(dc.context, this.services, noted, options.forOther) : noted}` : '';
    noteCheckStep(dc.context, 'started');
    if (options.verdictNow) return this.result.finishNow(dc, st.check);
    const intro = options.forOther ? fill(triage.introForOther, { them: options.forOther }) : options.fromReport ? triage.introFromReport : triage.intro;
    await dc.context.sendActivity(`${intro}${heard}`);
    if (options.offer && Object.keys(options.offer.state.details).length > 0) {
      st.offer = options.offer;
      return this.ask(dc, st, { kind: 'reuse' });
    }
    return this.advance(dc, st);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const st = dc.activeDialog!.state as TurnsState;
    const text = checkText(dc.context);
    const { check } = st;
    const pending = check.pending;
    noteSaidNo(dc.context, this.parsing, check, text);
    if (pending?.kind === 'group' && check.saidNo?.includes(pending.index)) {
      // The group asked was denied in the same message ("no numbness, bladder's fine"): answered, with what else it gives.
      absorb(check, this.parsing.all(dc.context, text));
      // "no to all of them": every safety question left is answered no, and the result follows.
      check.nextGroup = noToEveryOneIn(text, dc.context.activity.locale) ? vocabulary().screen.length : pending.index + 1;
      // "none of those. so what now?" or "none of those, cheers, got to go": the result now.
      if (this.asides.endsWithClose(dc.context, text, pending)) return this.verdictAfterAnswer(dc, check);
      return this.advance(dc, st);
    }
    // "what do you mean by that?": a question about the question corrects nothing told before.
    const corrected = asksOnlyMeaning(this.parsing, dc.context, text, pending) ? {} : this.parsing.corrections(dc.context, check, text);
    if (Object.keys(corrected).length > 0 && pending) {
      Object.assign(check.details, corrected);
      // "left, not right. about an 8 when I move": what else the message gives is kept too.
      absorb(check, this.parsing.all(dc.context, text));
      const details = this.wording.describe(check.details, Object.keys(corrected) as DetailField[]);
      await dc.context.sendActivity(fill(this.services.responses.triage.control.changed, { details }));
      return this.askPendingOrNext(dc, st);
    }
    if (vocabulary().control.whyAsk.test(prepare(text)) && pending && pending.kind !== 'reuse') {
      // "why do you need to know that?": the reason, then the same question.
      const why = this.services.responses.triage.why;
      const reason = pending.kind === 'detail' ? why[pending.field] : pending.kind === 'severityNumber' ? why.severity : why.screen;
      await dc.context.sendActivity(`${reason} ${why.skip}`);
      return this.ask(dc, st, pending, 'again');
    }
    const aside = await this.asides.handle(dc, check, text, this.host(st));
    if (aside) return aside;
    const command = checkCommand(text);
    if (command === 'skipRest' && pending) return this.result.finishNow(dc, check, this.services.responses.triage.control.skipRest);
    if (command === 'skipOne' && pending) return this.skip(dc, st, pending);
    // A question (not an answer) that CancelAndHelpDialog could not place as a topic.
    if ((pending?.kind === 'detail' || pending?.kind === 'severityNumber') && isQuestion(text)) {
      await dc.context.sendActivity(this.services.responses.triage.questionNotPlaced);
      return this.ask(dc, st, pending);
    }
    switch (pending?.kind) {
      case 'reuse':
        return this.onReuse(dc, st, text);
      case 'detail':
        return this.details.onDetail(dc, check, pending.field, text, this.host(st));
      case 'severityNumber': {
        const n = this.parsing.severity(dc.context, text);
        check.details.severity = n && !n.approximate ? n : check.wordSeverity;
        check.wordSeverity = undefined;
        absorb(check, this.parsing.all(dc.context, text));
        return this.advance(dc, st);
      }
      case 'group':
        return this.screen.onGroup(dc, check, pending.index, text, this.host(st));
      case 'which':
        return this.screen.onWhich(dc, check, pending.index, text, this.host(st));
      default:
        return this.advance(dc, st);
    }
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const st = instance.state as TurnsState;
    if (!st.check.pending) return;
    st.check.asks = (st.check.asks ?? 0) + 1;
    await context.sendActivity(this.questions.text(context, st.check, st.check.pending, 'again', st.offer, st.forOther));
  }

  /** The check's own moves, for its asides (checkAsides.ts). */
  private host(st: TurnsState): ScreenHost {
    return {
      escalate: (dc, item, question) => this.escalate(dc, item, question),
      ask: (dc, pending, mode) => this.ask(dc, st, pending, mode),
      advance: (dc) => this.advance(dc, st),
      finishNow: (dc) => this.result.finishNow(dc, st.check),
      answer: (dc, text) => {
        readOnly(dc.context, text);
        return this.continueDialog(dc);
      },
    };
  }

  /** The state of a running check, to keep when the user stops it. */
  static stateOf(instance: DialogInstance | undefined): CheckState | undefined {
    return (instance?.state as TurnsState | undefined)?.check;
  }

  /** The check moved past the screen question it waits on (answered yes, and escalated), or undefined when none waits. */
  static pastScreenQuestion(check: CheckState): CheckState | undefined {
    if (check.pending?.kind !== 'group' && check.pending?.kind !== 'which') return undefined;
    return { ...check, pending: undefined, nextGroup: Math.max(check.nextGroup, check.pending.index + 1), attempts: 0, unsure: 0 };
  }

  /** Whom the check is for, when someone writes for them. */
  static forOtherOf(instance: DialogInstance | undefined): Pronoun | undefined {
    return (instance?.state as TurnsState | undefined)?.forOther;
  }

  /** What a stop leaves the person with: what was gathered, and what to do meanwhile. */
  stoppedText(check: CheckState | undefined, locale: string | undefined): string {
    return this.result.stoppedText(check, locale);
  }

  // ------------------------------------------------------------------ answers

  /** "skip that one" (or a detail asked twice already, then `say` is false): only the pending question is left out; a safety question with the warning to act if it applies. */
  private async skip(dc: DialogContext, st: TurnsState, pending: Pending, say = true): Promise<DialogTurnResult> {
    const { check } = st;
    const words = this.services.responses.triage.control;
    switch (pending.kind) {
      case 'detail':
        if (!check.skipped.includes(pending.field)) check.skipped.push(pending.field);
        if (say) await dc.context.sendActivity(words.skipped);
        break;
      case 'severityNumber':
        check.details.severity = check.wordSeverity;
        check.wordSeverity = undefined;
        if (say) await dc.context.sendActivity(words.skipped);
        break;
      case 'group':
      case 'which': {
        check.nextGroup = pending.index + 1;
        check.corrected = undefined;
        const emergency = this.services.numbers.forLocale(dc.context.activity.locale).emergency;
        await dc.context.sendActivity(fill(words.skippedScreen, { emergency }));
        break;
      }
      case 'reuse':
        st.offer = undefined;
        break;
    }
    return this.advance(dc, st);
  }

  private async onReuse(dc: DialogContext, st: TurnsState, text: string): Promise<DialogTurnResult> {
    const offer = st.offer;
    st.offer = undefined;
    const { check, resumed } = this.opening.reuseAnswer(dc.context, st.check, offer, text);
    st.check = check;
    return resumed ? this.askPendingOrNext(dc, st) : this.advance(dc, st);
  }

  private async escalate(dc: DialogContext, item: ScreenItem, question?: string): Promise<DialogTurnResult> {
    // Kept as stopped, past the group answered: only a clear no to that question takes the alarm
    // back (redFlagCheck.ts), and then the check carries on from the next one.
    const check = SymptomCheckTurns.stateOf(dc.activeDialog);
    const past = check && SymptomCheckTurns.pastScreenQuestion(check);
    if (past) await this.saved.set(dc.context, { status: 'stopped', state: past });
    const options: EscalationOptions = { level: item.level, flags: [item.flag], why: item.why, answered: item.flag, answeredQuestion: question };
    // A check for someone else escalates for them ("please get her seen today").
    const forOther = SymptomCheckTurns.forOtherOf(dc.activeDialog);
    if (forOther) Object.assign(options, { subject: 'other_present', pronoun: forOther });
    return dc.replaceDialog(EscalationDialog.ID, options);
  }

  // ---------------------------------------------------------------- questions

  private async advance(dc: DialogContext, st: TurnsState): Promise<DialogTurnResult> {
    // "no. so what's the verdict?": the answer taken, then the result, with the signs not asked to watch for.
    if (takeVerdictNote(dc.context)) return this.verdictAfterAnswer(dc, st.check);
    const next = nextQuestion(st.check, vocabulary().screen.length);
    if (!next) return this.result.finish(dc, st.check);
    return this.ask(dc, st, next);
  }

  /** The result after an answer: the question just answered is not listed among the signs still to watch for. */
  private async verdictAfterAnswer(dc: DialogContext, check: CheckState): Promise<DialogTurnResult> {
    check.pending = undefined;
    return this.result.finishNow(dc, check);
  }

  private async askPendingOrNext(dc: DialogContext, st: TurnsState): Promise<DialogTurnResult> {
    const p = st.check.pending;
    // A safety question since answered no in passing is not open any more.
    const answeredNo = p?.kind === 'group' && st.check.saidNo?.includes(p.index);
    if (answeredNo) st.check.nextGroup = Math.max(st.check.nextGroup, p.index + 1);
    const stillOpen = p && !answeredNo && (p.kind !== 'detail' || st.check.details[p.field] === undefined) && p.kind !== 'reuse';
    return stillOpen ? this.ask(dc, st, p) : this.advance(dc, st);
  }

  private async ask(dc: DialogContext, st: TurnsState, pending: Pending, mode: AskMode = 'first'): Promise<DialogTurnResult> {
    // Never a third time: left out as not given, and the check moves on to the next question.
    if (askedEnough(st.check, pending)) return this.skip(dc, st, pending, false);
    const same = st.check.pending && JSON.stringify(st.check.pending) === JSON.stringify(pending);
    if (!same) {
      st.check.attempts = 0;
      st.check.unsure = 0;
      st.check.asks = 0;
    }
    st.check.asks = (st.check.asks ?? 0) + 1;
    st.check.pending = pending;
    if (!same) noteCheckStep(dc.context, stepId(pending));
    if (takeCountNote(dc.context)) await dc.context.sendActivity(this.questions.howManyText(st.check, pending));
    await dc.context.sendActivity(this.questions.text(dc.context, st.check, pending, mode, st.offer, st.forOther));
    return Dialog.EndOfTurn;
  }
}

import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogContext, DialogTurnResult, DialogTurnStatus } from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { answerKind, explainsMistake, hedgesSign, isCorrection, meantNo, noAboutSomethingElse, readCall, saysNormal, talksOfPlan } from '../src/safety/checkAnswers';
import { isTopicIntent } from '../src/nlu/intents';
import { asksInstead, asksSomething, messageForm, parseYesNo, withoutAcknowledgements } from '../src/triage/yesNo';
import { prepare } from '../src/triage/text';
import { closingKind } from '../src/triage/checkAsides';
import { readOnly } from './checkAsides';
import { CheckParsing } from './checkParsing';
import { vocabulary } from '../src/triage/vocabulary';
import type { RedFlagResult } from '../src/safety/redFlagScreen';
import { EscalationDialog, EscalationOptions, EscalationRecord, escalationReminder } from './escalationDialog';
import { promptWithChoices, signsDescribed } from './replies';
import type { DialogServices } from './services';
import { TriageDialog } from './triageDialog';
import { calmTurn } from './calmFlags';
import { getUnderstanding, setUnderstanding } from './turnUnderstanding';
import { readWellDoubt } from './wellDoubt';
import { alarmAnsweredNote } from './alarmExplained';
import { RedFlagCheckAsides, askCheck } from './redFlagCheckAsides';
import { noteDenied } from './deniedRecord';
import { accountedFor, callsNow, correctsWithDenial, deniesAnswered, deniesUrgentInOtherWords, deniesFlag, deniesOnlyOtherSigns, deniesRaised, deniesSign, describes, explainsAway, isAside, onlyAsks, pushesBack, shrugsOff } from './redFlagCheckReadings';

/** A check question waiting for its answer (conversation state). */
export interface PendingCheck {
  flag: string;
  /** `check`: asked because the screen was unsure; `recheck`: asked again after "wait, I meant no". */
  mode: 'check' | 'recheck';
  /** Answers read so far that were neither yes, no nor not sure. */
  unclear: number;
  /** Questions or pushback sent instead of an answer, answered so far. */
  asides?: number;
  /** A "not sure" already met with what the sign feels like; the next one is taken as yes. */
  described?: true;
  subject?: RedFlagResult['subject'];
  pronoun?: RedFlagResult['pronoun'];
  /** The question asked, when it is not the flag's own (a grouped screening question asked again). */
  question?: string;
  /** Raised from a sign told with doubt ("maybe?"): after a no, routed on only if it asked something. */
  hedged?: true;
  /** The message that raised the check, routed as usual after a "no" when nothing else was going on. */
  original?: Pick<Understanding, 'text' | 'intent' | 'score'>;
}

/** Words up to which a message with a flag ruled out by its cause is taken as only telling it ("I'm 61, first time ever"). */
const MAX_TOLD_WORDS = 12;

/** Unclear answers asked again before one is taken as "not sure". */
const MAX_UNCLEAR = 1;

/**
 * The `check` band in conversation, before any dialog sees the message:
 * - a message the red-flag screen is unsure about gets ONE direct question
 *   about that flag (Yes / No / Not sure buttons);
 * - Yes, or Not sure, escalates (with a plain explanation for Not sure);
 * - No says so with the one-line safety net and carries on: the symptom check
 *   asks its pending question again, anything else is routed as usual;
 * - "wait, I meant no" right after a yes that escalated asks that question
 *   again, and only a clear no takes the escalation back.
 * MainDialog calls `handle` at the start of every turn.
 */
export class RedFlagCheck {
  constructor(
    private readonly services: DialogServices,
    private readonly pending: StatePropertyAccessor<PendingCheck | undefined>,
    private readonly escalation: StatePropertyAccessor<EscalationRecord | undefined>,
    /** Starts normal routing of the message (MainDialog's route). */
    private readonly routeId: string,
    /** Carries on a symptom check the alarm stopped, if one is kept; undefined when there is none. */
    private readonly resumeCheck?: (dc: DialogContext) => Promise<DialogTurnResult | undefined>,
    /** Keeps the details of a message answered here, before any symptom check, so a later check does not ask them. */
    private readonly hearDetails?: (dc: DialogContext, text: string) => Promise<void>,
    /** What set the pain off ("shovelling the drive"), told in the message (`own`) or before it (`earlier`). */
    private readonly causeTold?: (dc: DialogContext, text: string) => Promise<{ own?: string; earlier?: string }>,
  ) {
    this.asides = new RedFlagCheckAsides({ services, pending, escalation, routeId });
    this.parsing = new CheckParsing(services);
  }

  /** Questions and other talk beside the pending question. */
  private readonly asides: RedFlagCheckAsides;
  /** The symptom check's reading of details, for a message read after the question it raised. */
  private readonly parsing: CheckParsing;

  /** The question answered before the alarm, asked again clearly ("wait, I meant no", or a later clear denial). */
  private async askAgain(context: TurnContext, record: EscalationRecord, flag: string): Promise<DialogTurnResult> {
    const question = record.answeredQuestion ?? this.services.redFlags.question(flag);
    await this.escalation.set(context, { ...record, recheck: undefined, answered: undefined, answeredQuestion: undefined });
    await this.ask(context, { flag, mode: 'recheck', unclear: 0, question }, fill(this.services.checkDialogue.text.recheck, { question }));
    return { status: DialogTurnStatus.waiting };
  }

  async handle(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    if (!getUnderstanding(context)) return undefined;
    // A flag the notes say not to alarm about: its calm note, then the turn goes on without it.
    const calm = await calmTurn(dc, this.services, this.hearDetails);
    if (calm) return calm;
    const understanding = getUnderstanding(context)!;
    const pending = await this.pending.get(context);
    if (pending) return this.answer(dc, understanding, pending);

    const record = await this.escalation.get(context);
    // "no way am I ringing them": a refusal to call starts like a no, but takes nothing back
    // (answered later with the reluctance line, dialogs/actAnswers.ts).
    const refuses = record?.level === 'emergency' && readCall(this.services.checkDialogue, understanding.text) === 'reluctant';
    if (record?.recheck) {
      const flag = record.recheck;
      // Only the very next message can take the yes back; the learned stage's unsure reading of the denial does not stop it.
      await this.escalation.set(context, { ...record, recheck: undefined });
      if (!refuses && (isCorrection(this.services.checkDialogue, understanding.text) || explainsMistake(this.services.checkDialogue, understanding.text)) && understanding.redFlag?.level !== 'emergency' && understanding.redFlag?.level !== 'urgent') {
        // "I meant no, that's all normal", "misread it, I meant no", "misread the question, none of that":
        // two of the no said outright, the sign denied and how the slip came about are taken at once;
        // a bare "I meant no" gets the question again.
        const words = this.services.checkDialogue;
        // The sign asked about denied in its own words ("no trouble going at all") is that no, as "all normal" is.
        const deniesAsked = this.services.redFlags.denied(understanding.text, understanding.flagRaised).includes(flag);
        const signs = [meantNo(words, understanding.text), deniesSign(understanding) || saysNormal(words, understanding.text) || deniesAsked, explainsMistake(words, understanding.text)];
        if (signs.filter(Boolean).length >= 2 && !asksInstead(understanding.text)) return this.takeBack(dc);
        return this.askAgain(context, record, flag);
      }
    }
    // "checked, 36.7", "oh I had beetroot, and it's not in waves": the same-day alarm answered (alarmExplained.ts).
    const answeredNote = refuses ? undefined : alarmAnsweredNote(this.services, understanding, record);
    if (answeredNote) {
      await this.withdraw(context, answeredNote);
      return this.afterTakenBack(dc, understanding);
    }
    // "no, none of that" after an alarm raised from a check answer (a yes, a not sure): that
    // question once more, plainly; only a clear no to it takes the escalation back.
    if (!refuses && record?.answered && !record.fromMessage && deniesAnswered(understanding)) return this.askAgain(context, record, record.answered);
    // "that's no help, I just need to get the job done" after an alarm read from none of the sign's own
    // words: the reading may be wrong, so the sign is asked about plainly once; only a clear no takes it back.
    if (!refuses && record?.guessed && !understanding.redFlag && pushesBack(understanding)) {
      await this.escalation.set(context, { ...record, guessed: undefined });
      return this.askAgain(context, { ...record, guessed: undefined }, record.flags[0]!);
    }
    // "prob just asleep, it's fine" after an emergency: a shrug, held below, not a denial.
    // "no shivering or confusion" after an alarm for "a fever of 101": other signs of the flag denied, not what was told.
    const deniesOthers = record?.fromMessage === true && deniesOnlyOtherSigns(this.services, understanding, record.signWords);
    // "it eases if I turn over" after a same-day alarm for night pain: the sign denied in other words;
    // "I'd been digging all day" after one for a first bout over 50: the "no clear cause" ruled out.
    const urgentOwn = !refuses && record?.fromMessage === true && record.level === 'urgent';
    const causeGiven = urgentOwn && !understanding.redFlag && !asksInstead(understanding.text) && (await this.clearCause(dc, understanding.text, record!.flags, 'own'));
    const deniesUrgent = causeGiven || (urgentOwn && deniesUrgentInOtherWords(this.services, understanding, record!.flags));
    const denies = deniesUrgent || (!refuses && record?.fromMessage === true && !deniesOthers && (deniesSign(understanding) || correctsWithDenial(this.services, understanding) || deniesRaised(this.services, context, understanding, record.flags)));
    // Only where it would read as a denial: other play-downs ("probably nothing, I'd rather wait") get the sign's reason below.
    const shrugged = denies && record?.level === 'emergency' && shrugsOff(this.services, understanding, record.flags);
    if (denies && !shrugged) {
      // "oh no, that's all normal" after an alarm read from their own words: taken back, with the safety net.
      // A cause told: the note on what it changes is the reply, not "taken as a no".
      await this.withdraw(context, causeGiven ? this.services.checkDialogue.clearCause.note : undefined);
      return this.afterTakenBack(dc, understanding);
    }
    // "I only drank less, when I go it's normal" after an alarm read from their own words: the
    // one direct question about that sign, once; only a clear no to it takes the alarm back.
    // An everyday cause that cannot account for the sign ("probably slept funny" for numb legs)
    // rules nothing out: the advice is held, kindly, and not asked about again.
    // (An emergency only: a same-day "get seen" leaves time for its one question.)
    if (record && (shrugged || (!refuses && record.fromMessage && record.level === 'emergency' && explainsAway(this.services, understanding) && !accountedFor(this.services, record.flags, understanding.text)))) {
      const instruction = escalationReminder(this.services, record, context.activity.locale);
      const { text } = this.services.checkDialogue;
      const drive = fill(record.pronoun ? text.noDriveOther : text.noDrive, { them: record.pronoun ?? 'them' });
      await context.sendActivity(fill(text.explainedHold, { instruction, noDrive: drive }).trim());
      return { status: DialogTurnStatus.complete };
    }
    if (!refuses && record?.fromMessage && !record.explained && explainsAway(this.services, understanding)) {
      const flag = record.flags[0]!;
      await this.escalation.set(context, { ...record, explained: true });
      const question = this.services.redFlags.question(flag);
      await this.ask(context, { flag, mode: 'recheck', unclear: 0, question }, fill(this.services.checkDialogue.text.explained, { question }));
      return { status: DialogTurnStatus.waiting };
    }
    const found = understanding.redFlag;
    // "not sure about a fever, I feel normal": no alarm from the doubt; the check counts the sign
    // as denied (dialogs/checkSaidNo.ts) and its safety net says what would change that.
    const doubtedWell = found && found.level === 'urgent' && !record ? readWellDoubt(this.services.checkDialogue, understanding.text, found.flags) : undefined;
    if (doubtedWell) {
      setUnderstanding(context, { ...understanding, redFlag: null, worry: false, flagRaised: false, doubtedWell });
      return undefined;
    }
    // "I'm 58, first time ever" after "it went shovelling the drive": a flag the notes define by "no clear
    // cause" is ruled out by the cause told; its note says what would change that, at the notes' levels.
    if (found && found.level === 'urgent' && !record && (await this.clearCause(dc, understanding.text, found.flags, 'any'))) {
      const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
      await context.sendActivity(fill(this.services.checkDialogue.clearCause.note, { emergency }));
      setUnderstanding(context, { ...understanding, redFlag: null, worry: false, flagRaised: false });
      // A running check reads the message on; a question on another topic is answered after the note.
      if (dc.activeDialog || (isTopicIntent(understanding.intent) && !this.asksOfFlagOnly(understanding.text))) return undefined;
      return { status: DialogTurnStatus.complete };
    }
    // "bladder... maybe? I've been going less": a sign told with doubt about the sign itself is the
    // possible band: its one direct question, where "not sure" is still taken as yes.
    if (found && found.level !== 'check' && this.hedgedSign(dc, understanding, record)) {
      const { text, intent, score } = understanding;
      await this.ask(
        context,
        { flag: found.flags[0]!, mode: 'check', unclear: 0, hedged: true, subject: found.subject, pronoun: found.pronoun, original: { text, intent, score } },
        this.services.redFlags.question(found.flags[0]!),
      );
      return { status: DialogTurnStatus.waiting };
    }
    if (found?.level !== 'check') return undefined;
    // A `check` is the learned stage's unsure reading alone. Of a message that only asks a
    // question ("and getting up in the night for the loo?") it reads the topic, not a sign the
    // writer tells: the question is answered as asked, with the answer's safety line.
    if (onlyAsks(understanding.text)) return undefined;
    // So is a plan ahead ("can I still work tomorrow? I'm up ladders all day"): what the person
    // will do is no sign they have; the question is answered, with its safety line.
    if (talksOfPlan(this.services.checkDialogue, understanding.text)) return undefined;
    // In the symptom check, a possible urgent flag is left to its own screening
    // questions, which ask about every urgent row ("between my shoulder blades"
    // as the answer to "where is it?" already is that answer); a possible
    // emergency is asked about at once.
    const level = this.services.redFlags.level(found.flags[0]!);
    const inCheck = dc.stack.some((d) => d.id === TriageDialog.ID);
    if (level === 'urgent' && inCheck) return undefined;
    // So is a guess read from none of the flag's own words ("didn't do anything to it, just
    // woke up like it"): the screen asks about bladder and bowels plainly, in its turn.
    if (found.unanchored && inCheck) return undefined;
    // An answer to the screen's own question about this flag ("no, not since yesterday") is
    // that question's answer: the screen reads it (a yes or not sure still escalates there).
    if (this.answersScreenAbout(dc, found.flags[0]!, understanding.text)) return undefined;
    // After an escalation its reminder applies instead, unless the possible flag is
    // graver than what was escalated (an emergency after a same-day "get seen").
    if (record && !(record.level === 'urgent' && level === 'emergency')) return undefined;
    const { text, intent, score } = understanding;
    await this.ask(
      context,
      { flag: found.flags[0]!, mode: 'check', unclear: 0, subject: found.subject, pronoun: found.pronoun, original: { text, intent, score } },
      this.services.redFlags.question(found.flags[0]!),
    );
    return { status: DialogTurnStatus.waiting };
  }

  /**
   * Every flag is one the notes define by "no clear cause", and a cause that rules it out was told: in
   * the message (`own`), or in it or before it (`any`).
   */
  private async clearCause(dc: DialogContext, text: string, flags: readonly string[], where: 'own' | 'any'): Promise<boolean> {
    const { clearCause } = this.services.checkDialogue;
    if (!this.causeTold || flags.length === 0 || !flags.every((f) => clearCause.flags.has(f))) return false;
    const told = await this.causeTold(dc, text);
    return [told.own, where === 'any' ? told.earlier : undefined].some((t) => t !== undefined && clearCause.triggers.has(t));
  }

  /** "does that matter?", "is that bad?": a question about what was told, which the note answers. */
  private asksOfFlagOnly(text: string): boolean {
    return onlyAsks(text) || text.trim().split(/\s+/).length <= MAX_TOLD_WORDS;
  }

  /**
   * After an alarm taken back from the person's own words: a check the alarm stopped carries on, and a
   * question told with it ("nothing new. can I take ibuprofen with metformin?") is answered too.
   */
  private async afterTakenBack(dc: DialogContext, understanding: Understanding): Promise<DialogTurnResult> {
    if (!asksSomething(understanding.text)) return (await this.resumeCheck?.(dc)) ?? { status: DialogTurnStatus.complete };
    setUnderstanding(dc.context, { ...understanding, redFlag: null, worry: false });
    return dc.beginDialog(this.routeId);
  }

  /** The escalation taken back after a clear no, with the safety net; a check the alarm stopped carries on. */
  private async takeBack(dc: DialogContext): Promise<DialogTurnResult> {
    await this.withdraw(dc.context);
    return (await this.resumeCheck?.(dc)) ?? { status: DialogTurnStatus.complete };
  }

  /** Deletes the escalation and says so, with the safety net. */
  private async withdraw(context: TurnContext, instead?: string): Promise<void> {
    const urgent = (await this.escalation.get(context))?.level === 'urgent';
    await this.escalation.delete(context);
    const { text } = this.services.checkDialogue;
    const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
    if (instead) {
      await context.sendActivity(fill(instead, { emergency }));
      return;
    }
    await context.sendActivity(`${fill(urgent ? text.deescalatedUrgent : text.deescalated, { emergency })} ${fill(text.safetyNet, { emergency })}`);
  }

  private answersScreenAbout(dc: DialogContext, flag: string, text: string): boolean {
    const index = dc.stack.map((d) => TriageDialog.pendingScreenGroup(d)).find((i) => i !== undefined);
    if (index === undefined || !vocabulary().screen[index]?.items.some((item) => item.flag === flag)) return false;
    return parseYesNo(text, dc.context.activity.locale) !== undefined;
  }

  private async ask(context: TurnContext, check: PendingCheck, question: string): Promise<void> {
    await askCheck(context, this.pending, this.services, check, question);
  }

  private async answer(dc: DialogContext, understanding: Understanding, check: PendingCheck): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    const words = this.services.checkDialogue;
    // "ok, calling now", "my wife's driving me in": acting on an instruction that still stands. The question
    // asked again after the alarm was explained away is dropped, not pressed a third time; the message is routed.
    // While they call for an emergency ("ok calling"), no question of any kind is pressed on them.
    const standing = await this.escalation.get(context);
    const stillEscalated = check.mode === 'recheck' || standing?.level === 'emergency' ? standing : undefined;
    if (stillEscalated && !understanding.redFlag && callsNow(this.services, understanding.text)) {
      await this.pending.delete(context);
      return undefined;
    }
    const found = understanding.redFlag;
    // A sign named with doubt about the sign itself ("that numbness, no clue what it would feel like"):
    // what it feels like and its own question, never an alarm from the doubt alone.
    const hedged = found?.level === 'emergency' && found.flags.length === 1 && hedgesSign(words, understanding.text) && !(await this.escalation.get(context));
    const describeHedged = hedged ? describes(found.flags[0]!) : undefined;
    if (found && describeHedged) {
      const question = this.services.redFlags.question(found.flags[0]!);
      // The message that raised the question before stays the one to read after a no.
      const original = check.original ? { original: check.original } : {};
      await this.ask(context, { flag: found.flags[0]!, mode: 'check', unclear: 0, described: true, subject: found.subject, pronoun: found.pronoun, ...original }, `${signsDescribed(this.services.responses, describeHedged)}\n\n${question}`);
      return { status: DialogTurnStatus.waiting };
    }
    // The answer itself names a red flag ("yes, and now I can't pee"): that wins.
    if (found && found.level !== 'check') {
      await this.pending.delete(context);
      return this.escalate(dc, { level: found.level, flags: found.flags, subject: found.subject ?? check.subject, pronoun: found.pronoun ?? check.pronoun });
    }
    // At an emergency question, reluctance to call or a call under way is acted on, never asked again.
    const call = check.mode === 'check' && this.services.redFlags.level(check.flag) === 'emergency' ? readCall(words, understanding.text) : undefined;
    if (call) {
      await this.pending.delete(context);
      const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
      return this.escalate(dc, {
        level: 'emergency',
        flags: [check.flag],
        calling: call === 'calling',
        note: call === 'reluctant' ? fill(words.text.reluctant, { emergency }) : undefined,
        subject: check.subject,
        pronoun: check.pronoun,
      });
    }
    const asked = check.question ?? this.services.redFlags.question(check.flag);
    // The screen reading a sign in it ("I am, it's numb down there") makes an echoed yes about the question.
    // "only the right one, the left's fine": the sign asked about, denied in other words, is a no.
    // A learned-stage guess of another sign (a check, never an alarm) does not hide the denial of this one.
    const guessOnly = !understanding.redFlag || (understanding.redFlag.level === 'check' && !understanding.redFlag.flags.includes(check.flag));
    const denies = guessOnly && deniesFlag(this.services, dc.context, understanding.text, check.flag);
    let kind = answerKind(words, understanding.text, understanding.redFlag ? undefined : asked, denies);
    // "oh ok then no, nothing like that": the answer after the words that open it.
    const opened = kind === 'unclear' ? withoutAcknowledgements(prepare(understanding.text)) : '';
    if (opened) kind = answerKind(words, opened, understanding.redFlag ? undefined : asked, denies);
    // "it comes out normal, I'd just drunk less": the function said to work as usual is a no.
    if (kind === 'unclear' && !understanding.redFlag && saysNormal(words, understanding.text) && !understanding.text.includes('?')) kind = 'no';
    // "i don't have medical aid, the queues are crazy" at an emergency's question: no answer to it.
    if (kind === 'no' && !denies && this.services.redFlags.level(check.flag) === 'emergency' && noAboutSomethingElse(words, understanding.text, asked)) kind = 'statement';
    // "thanks x": a sign-off is no failed answer, never counted towards "not sure".
    if (kind === 'unclear' && closingKind(understanding.text) !== undefined) {
      return dc.activeDialog ? this.asides.askAgainInDialog(dc, check) : this.asides.answerAside(dc, understanding, check);
    }
    // "I'm 12 weeks pregnant by the way": a statement of something else is no answer, never a yes.
    if (kind === 'statement' || (kind === 'unclear' && isAside(understanding))) {
      if (!dc.activeDialog) return this.asides.answerAside(dc, understanding, check);
      if (kind === 'statement') return this.asides.askAgainInDialog(dc, check);
    }
    if (kind === 'unclear' && check.unclear < MAX_UNCLEAR) {
      await this.ask(context, { ...check, unclear: check.unclear + 1 }, fill(words.text.retry, { question: asked }));
      return { status: DialogTurnStatus.waiting };
    }
    const saidUnsure = kind === 'unsure';
    if (kind === 'unclear') kind = 'unsure';
    // A first "not sure" ("no clue what that means") gets what the sign feels like and the
    // question again, as the symptom check's screen does; a second is taken as yes.
    const describe = describes(check.flag);
    if (saidUnsure && check.mode === 'check' && !check.described && describe) {
      await this.ask(context, { ...check, described: true }, `${signsDescribed(this.services.responses, describe)}\n\n${asked}`);
      return { status: DialogTurnStatus.waiting };
    }
    await this.pending.delete(context);
    const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
    const safetyNet = fill(words.text.safetyNet, { emergency });

    if (check.mode === 'recheck') {
      const record = await this.escalation.get(context);
      if (kind === 'no') {
        await noteDenied(context, this.services, [check.flag]);
        await this.withdraw(context);
        if (!dc.activeDialog) {
          // "no. can I drive tomorrow?": the question is answered; otherwise a check the alarm stopped carries on.
          if (asksSomething(understanding.text)) {
            setUnderstanding(context, { ...understanding, redFlag: null, worry: false });
            return dc.beginDialog(this.routeId);
          }
          const resumed = await this.resumeCheck?.(dc);
          if (resumed) return resumed;
        }
      } else if (record) {
        const instruction = escalationReminder(this.services, record, context.activity.locale);
        await context.sendActivity(fill(words.text.stillEscalated, { instruction }));
      }
      return this.carryOn(dc);
    }
    if (kind === 'no') {
      await noteDenied(context, this.services, [check.flag]);
      await context.sendActivity(`${words.text.no} ${safetyNet}`);
      if (dc.activeDialog) {
        // "No. Is it cancer though?": the question asked beside the no is answered before the check goes on.
        if (asksSomething(understanding.text)) await this.asides.answerBeside(dc, understanding);
        // The message that raised the question inside the symptom check, when it gives details ("lower back,
        // started Monday maybe"), was its answer to the check's own question: read now, not asked for again.
        else if (check.original && Object.values(this.parsing.all(context, check.original.text)).some((v) => v !== undefined)) {
          readOnly(context, check.original.text);
          setUnderstanding(context, { ...understanding, ...check.original, redFlag: null, worry: false });
          return dc.continueDialog();
        }
        await dc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
      // The message that raised the question is routed as usual; a hedged sign's only if it asked something.
      if (check.original && (!check.hedged || (isTopicIntent(check.original.intent) && asksInstead(check.original.text)))) {
        setUnderstanding(context, { ...check.original, redFlag: null, worry: false });
        return dc.beginDialog(this.routeId);
      }
      // A hedged sign that asked nothing: the other warning signs are offered, not an answer to nothing asked.
      if (check.original) {
        const label = this.services.responses.labels.report_symptoms;
        await context.sendActivity(label ? promptWithChoices(words.text.offerCheck, [label], context.activity.channelId) : words.text.offerCheck);
      }
      return { status: DialogTurnStatus.complete };
    }
    // Yes, or not sure: "not sure" to a red-flag question is treated as yes.
    return this.escalate(dc, {
      level: this.services.redFlags.level(check.flag),
      flags: [check.flag],
      answered: check.flag,
      note: kind === 'unsure' ? words.text.unsure : undefined,
      subject: check.subject,
      pronoun: check.pronoun,
    });
  }

  /**
   * One sign, told in free text with doubt about the sign itself ("maybe worse at night?"), with no alarm
   * standing and no screen question waiting (the screen reads its own answers, "not sure" included): its
   * one plain question, never an alarm or a dismissal from the doubt alone. An emergency or a same-day sign
   * alike: a "get seen today" from a guess is as wrong as a sign let go.
   */
  private hedgedSign(dc: DialogContext, understanding: Understanding, record: EscalationRecord | undefined): boolean {
    const found = understanding.redFlag;
    if (!found || found.level === 'check' || record || found.flags.length !== 1) return false;
    if (dc.stack.some((d) => TriageDialog.pendingScreenGroup(d) !== undefined)) return false;
    return hedgesSign(this.services.checkDialogue, understanding.text);
  }

  private async escalate(dc: DialogContext, options: EscalationOptions): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    return dc.beginDialog(EscalationDialog.ID, options);
  }

  /** After a recheck: the symptom check (if any) asks its question again; otherwise the turn ends. */
  private async carryOn(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.activeDialog) {
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return { status: DialogTurnStatus.complete };
  }
}

import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogContext, DialogTurnResult, DialogTurnStatus } from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { explainsMistake, hedgesSign, isCorrection, meantNo, readCall, saysNormal, talksOfPlan } from '../src/safety/checkAnswers';
import { isTopicIntent } from '../src/nlu/intents';
import { asksInstead, asksSomething, parseYesNo, withoutAcknowledgements } from '../src/triage/yesNo';
import { prepare } from '../src/triage/text';
import { sentencesAsTyped } from '../src/language/sentences';
import { clauses } from '../src/language/clauses';
import { CheckParsing } from './checkParsing';
import { vocabulary } from '../src/triage/vocabulary';
import type { RedFlagResult } from '../src/safety/redFlagScreen';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import type { DialogServices } from './services';
import { TriageDialog } from './triageDialog';
import { calmTurn } from './calmFlags';
import { getUnderstanding, setUnderstanding } from './turnUnderstanding';
import { worseIfItHappens } from './supposedWorse';
import { aboutPatient } from './aboutPatient';
import { hasAnyWord } from './routeReadings';
import { readWellDoubt } from './wellDoubt';
import { alarmAnsweredNote } from './alarmExplained';
import { RedFlagCheckAsides, askCheck } from './redFlagCheckAsides';
import { RedFlagCheckAnswer } from './redFlagCheckAnswer';
import { accountedFor, callsNow, correctsWithDenial, deniesAnswered, deniesUrgentInOtherWords, deniesOnlyOtherSigns, deniesRaised, deniesSign, explainsAway, narrowsToOneSide, onlyAsks, pushesBack, shrugsOff } from './redFlagCheckReadings';

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
  /** The question asked, when it is not the flag's own (a grouped screening question asked again, or only the part not yet told). */
  question?: string;
  /** Raised from a sign told with doubt ("maybe?"): after a no, routed on only if it asked something. */
  hedged?: true;
  /** The message that raised the check, routed as usual after a "no" when nothing else was going on. */
  original?: Pick<Understanding, 'text' | 'intent' | 'score'>;
}

/** Words up to which a message with a flag ruled out by its cause is taken as only telling it ("I'm 61, first time ever"). */
const MAX_TOLD_WORDS = 12;

/**
 * The `check` band in conversation, before any dialog sees the message:
 * - a message the red-flag screen is unsure about gets ONE direct question
 *   about that flag (Yes / No / Not sure buttons);
 * - Yes, or Not sure, escalates (with a plain explanation for Not sure);
 * - No says so with the one-line safety net and carries on: the symptom check
 *   asks its pending question again, anything else is routed as usual;
 * - "wait, I meant no" right after a yes that escalated asks that question
 *   again, and only a clear no takes the escalation back.
 * MainDialog calls `handle` at the start of every turn; the answer to a pending
 * question is read by RedFlagCheckAnswer (redFlagCheckAnswer.ts).
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
    const parsing = new CheckParsing(services);
    this.answers = new RedFlagCheckAnswer({ services, pending, escalation, routeId, asides: this.asides, parsing, withdraw: (c, instead) => this.withdraw(c, instead), resumeCheck });
  }

  /** Questions and other talk beside the pending question. */
  private readonly asides: RedFlagCheckAsides;
  /** The answer to the question asked, once one is pending. */
  private readonly answers: RedFlagCheckAnswer;

  /** The question answered before the alarm, asked again clearly ("wait, I meant no", or a later clear denial). */
  private async askAgain(context: TurnContext, record: EscalationRecord, flag: string): Promise<DialogTurnResult> {
    const asked = record.answeredQuestion ?? this.services.redFlags.question(flag);
    // Raised for someone the writer speaks for: the question asks of them ("does he have ..."), not of the writer.
    const question = record.pronoun && this.services.person ? this.services.person.wording.aboutThem(asked, record.pronoun) : asked;
    await this.escalation.set(context, { ...record, recheck: undefined, answered: undefined, answeredQuestion: undefined });
    await this.ask(context, { flag, mode: 'recheck', unclear: 0, question }, fill(this.services.checkDialogue.text.recheck, { question }));
    return { status: DialogTurnStatus.waiting };
  }

  async handle(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    if (!getUnderstanding(context)) return undefined;
    // A flag the notes say not to alarm about: its calm note, then the turn goes on without it.
    const calm = await calmTurn(dc, this.services, this.hearDetails, await this.escalation.get(context));
    if (calm) return calm;
    const understanding = getUnderstanding(context)!;
    const pending = await this.pending.get(context);
    // "dunno, a 5? 6 on a bad day" beside the answer: the pain's details are kept for a check started later, so it never
    // asks them again (only before any check: hearBefore keeps nothing once one has run).
    if (pending && !dc.activeDialog) await this.hearDetails?.(dc, understanding.text);
    if (pending) return this.answers.answer(dc, understanding, pending);

    const record = await this.escalation.get(context);
    // "no way am I ringing them": a refusal to call starts like a no, but takes nothing back
    // (answered later with the reluctance line, dialogs/actAnswers.ts).
    // "sorry I mean he reckons they're fine, misread his text": the words of a relayed play-down, but said as the
    // writer's own slip (how it came about, and the sign now said fine): a correction, weighed as one below.
    const refuses = record?.level === 'emergency' && readCall(this.services.checkDialogue, understanding.text) === 'reluctant' && !(!understanding.redFlag && this.slipCorrected(understanding));
    // "what if I get muddled?" under a same-day alarm for a fever: the emergency that would be, and the instruction now.
    const worse = record && !understanding.redFlag ? worseIfItHappens(this.services, record, understanding.text, context.activity.locale) : undefined;
    if (worse) {
      await context.sendActivity(await aboutPatient(context, this.services, worse));
      return { status: DialogTurnStatus.complete };
    }
    if (record?.recheck) {
      const flag = record.recheck;
      // Only the very next message can take the yes back; the learned stage's unsure reading of the denial does not stop it.
      await this.escalation.set(context, { ...record, recheck: undefined });
      if (!refuses && (isCorrection(this.services.checkDialogue, understanding.text) || explainsMistake(this.services.checkDialogue, understanding.text)) && understanding.redFlag?.level !== 'emergency' && understanding.redFlag?.level !== 'urgent') {
        // "I meant no, that's all normal", "misread it, I meant no", "misread the question, none of that":
        // two of the no said outright, the sign denied and how the slip came about are taken at once;
        // a bare "I meant no" gets the question again.
        // The sign asked about denied in its own words ("no trouble going at all") is that no, as "all normal" is.
        const deniesAsked = this.services.redFlags.denied(understanding.text, understanding.flagRaised).includes(flag);
        if (this.slipCorrected(understanding, deniesAsked)) return this.takeBack(dc);
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
    // So is the answered sign denied in its own words among other news ("about a 3, and I've never had cancer").
    const deniedInWords = !understanding.redFlag && !asksInstead(understanding.text) && record?.answered !== undefined && this.services.redFlags.denied(understanding.text, understanding.flagRaised).includes(record.answered);
    if (!refuses && record?.answered && !record.fromMessage && (deniesAnswered(understanding) || deniedInWords)) return this.askAgain(context, record, record.answered);
    // "only his left leg, he said both by mistake" after a both-legs alarm: the one-leg advice instead.
    const narrowed = !refuses && record?.fromMessage === true && narrowsToOneSide(this.services, understanding, record.flags);
    // "that's no help, I just need to get the job done" after an alarm read from none of the sign's own
    // words: the reading may be wrong, so the sign is asked about plainly once; only a clear no takes it back.
    if (!refuses && !narrowed && record?.guessed && !understanding.redFlag && pushesBack(understanding) && !this.slipCorrected(understanding)) {
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
    // "my wife can drive me to A&E now if that's ok": going for help, whatever words of "ok" it has, is never a denial.
    const goes = callsNow(this.services, understanding.text);
    const denies = narrowed || deniesUrgent || (!refuses && !goes && record?.fromMessage === true && !deniesOthers && (deniesSign(understanding) || correctsWithDenial(this.services, understanding) || deniesRaised(this.services, context, understanding, record.flags) || (!understanding.redFlag && this.slipCorrected(understanding))));
    // Only where it would read as a denial: other play-downs ("probably nothing, I'd rather wait") get the sign's reason below.
    const shrugged = denies && !narrowed && record?.level === 'emergency' && shrugsOff(this.services, understanding, record.flags);
    if (denies && !shrugged) {
      // "oh no, that's all normal" after an alarm read from their own words: taken back, with the safety net.
      // A cause told: the note on what it changes is the reply, not "taken as a no".
      await this.withdraw(context, causeGiven ? this.services.checkDialogue.clearCause.note : narrowed ? this.services.checkDialogue.text.oneSide : undefined);
      return this.afterTakenBack(dc, understanding);
    }
    // "I only drank less, when I go it's normal" after an alarm read from their own words: the
    // one direct question about that sign, once; only a clear no to it takes the alarm back.
    // An everyday cause that cannot account for the sign ("probably slept funny" for numb legs)
    // rules nothing out: the advice is held, kindly, and not asked about again.
    // (An emergency only: a same-day "get seen" leaves time for its one question.)
    if (record && !goes && (shrugged || (!refuses && record.fromMessage && record.level === 'emergency' && explainsAway(this.services, understanding) && !accountedFor(this.services, record.flags, understanding.text)))) {
      const instruction = escalationReminder(this.services, record, context.activity.locale);
      const { text } = this.services.checkDialogue;
      const drive = fill(record.pronoun ? text.noDriveOther : text.noDrive, { them: record.pronoun ?? 'them' });
      await context.sendActivity(fill(text.explainedHold, { instruction, noDrive: drive }).trim());
      return { status: DialogTurnStatus.complete };
    }
    // "he says it's just from shovelling" after "get seen today" for a history told (cancer, osteoporosis): an
    // everyday cause explains nothing of a history, so it is not asked about again; why it matters is said instead.
    if (!refuses && record?.fromMessage && record.level === 'urgent' && record.flags.every((f) => this.services.redFlags.historyCounts(f)) && explainsAway(this.services, understanding)) {
      await context.sendActivity(await aboutPatient(context, this.services, fill(this.services.acts.afterEscalation.urgent.pushback, { matters: [...new Set(record.flags.map((f) => this.services.redFlags.explain(f)))].join(' '), instruction: escalationReminder(this.services, record, context.activity.locale) })));
      return { status: DialogTurnStatus.complete };
    }
    if (!refuses && !goes && record?.fromMessage && !record.explained && explainsAway(this.services, understanding)) {
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
    // A message that frames someone ("sorry, different client, 60, first time ever") has only its own cause:
    // one told earlier may be another person's (mend45a).
    const causes = this.services.redFlags.helperOf(understanding.text) ? 'own' : 'any';
    if (found && found.level === 'urgent' && !record && (await this.clearCause(dc, understanding.text, found.flags, causes))) {
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
    // So is a same-day sign guessed from a follow-up that opens by asking on ("and at night? I sleep on my
    // stomach", "and for sleeping? my night is the daytime") and tells no pain: how they sleep is no pain
    // worse at night. An emergency's question stays the safety net.
    if (this.services.redFlags.level(found.flags[0]!) === 'urgent' && asksOnWithoutPain(this.services, understanding.text)) return undefined;
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
    // A same-day sign told in a clause of its own after an opening that hedges nothing ("ok, just the back
    // then, it's between my shoulder blades"): the opening lowered the learned reading, not what was told,
    // so the clause read alone is the message's sign and the same-day advice is given, not asked for again.
    if (level === 'urgent' && !record && this.toldInClauseOfItsOwn(understanding.text, found.flags[0]!)) {
      setUnderstanding(context, { ...understanding, redFlag: { ...found, level: 'urgent' } });
      return undefined;
    }
    const { text, intent, score } = understanding;
    // Only what is missing: a part of the flag told in the message ("she is 79") is not asked again.
    const question = this.services.redFlags.question(found.flags[0]!, this.services.redFlags.toldOfPatient(text));
    // A possible same-day sign in a message that asks a question of its own ("he is 71 ... can he take ...?"): the
    // question is answered now and the one check question asked after it, as after an aside, so the answer is never
    // lost behind it; a possible emergency is asked about first.
    if (level === 'urgent' && !record && isTopicIntent(intent) && asksSomething(text)) {
      return this.asides.answerAside(dc, understanding, { flag: found.flags[0]!, mode: 'check', unclear: 0, question, subject: found.subject, pronoun: found.pronoun });
    }
    await this.ask(context, { flag: found.flags[0]!, mode: 'check', unclear: 0, question, subject: found.subject, pronoun: found.pronoun, original: { text, intent, score } }, question);
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

  /**
   * A slip put right: two of "I meant no", the sign denied or said to be normal, and how the slip came
   * about ("misread it"), with no question instead. `deniesAsked`: the sign asked about denied in its own words.
   */
  private slipCorrected(understanding: Understanding, deniesAsked = false): boolean {
    const words = this.services.checkDialogue;
    const { text } = understanding;
    const signs = [meantNo(words, text), deniesSign(understanding) || saysNormal(words, text) || deniesAsked, explainsMistake(words, text)];
    return signs.filter(Boolean).length >= 2 && !asksInstead(text);
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
  /** The flag read at its own level from one clause of a message of several (a check reading of the whole). */
  private toldInClauseOfItsOwn(text: string, flag: string): boolean {
    // A row told in parts (an age over 50 and a first episode) is left to its question: a clause read
    // alone can read the row whole without the part the message never told ("never had back trouble").
    if (this.services.redFlags.combinations(flag).length > 0) return false;
    const parts = clauses(text).map((c) => c.trim()).filter(Boolean);
    if (parts.length < 2) return false;
    return parts.some((part) => {
      const read = this.services.redFlags.detect(part);
      return read !== null && read.level !== 'check' && read.flags.includes(flag);
    });
  }
}

/** A message that opens with a follow-up asked on ("and at night?") and names no pain. */
function asksOnWithoutPain(services: DialogServices, text: string): boolean {
  const first = sentencesAsTyped(text.trim())[0] ?? '';
  if (!first.includes('?') || !vocabulary().control.followUpStart.test(withoutAcknowledgements(prepare(first)))) return false;
  return !hasAnyWord(text, services.responses.backRelated.painWords);
}

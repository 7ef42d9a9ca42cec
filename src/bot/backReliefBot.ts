import { ActivityHandler, BotState, ConversationState, InvokeResponse, StatusCodes, TurnContext, UserState } from 'botbuilder';
import type { DialogState } from '../../dialogs/dialogLibrary';
import type { MainDialog } from '../../dialogs/mainDialog';
import { labelsFor, welcomeCard } from '../../dialogs/replies';
import type { DialogServices } from '../../dialogs/services';
import { fill, listOf } from '../content/responses';
import { getUnderstanding, setUnderstanding } from '../../dialogs/turnUnderstanding';
import type { Understanding } from '../nlu/messageUnderstander';
import type { Pronoun } from '../safety/helperSubject';
import type { DeleteRequestMatcher, PartDeleteWording } from './privacyRequests';
import { emptyAnswerState } from '../knowledge/answerState';
import type { ReviewRecorder } from './reviewRecorder';
import { setTurnOutcome } from './turnPipeline';
import { deniedSigns } from '../triage/denials';
import { noteTold } from '../../dialogs/deniedRecord';
import { saidNoGroups } from '../../dialogs/checkMessages';
import { vocabulary } from '../triage/vocabulary';
import { prepare } from '../triage/text';
import { factsToldIn } from '../../dialogs/factAsides';
import { patientOf } from '../../dialogs/routeReadings';
import { givesSafetyLine, pointedSafetySign } from '../triage/safetyLinePick';
import { afterHedgedEcho } from '../triage/hedgedEcho';

/** Bookkeeping kept in conversation state next to the dialogs' own. */
export interface ConversationInfo {
  /** Messages this conversation has sent the bot (since its state was created or last deleted). */
  messages: number;
  startedAt: string;
}

export interface PrivacyOptions {
  matcher: DeleteRequestMatcher;
  /** The confirmation: "I've deleted what I stored about you and this conversation." */
  deleted: string;
  /** Added when a dialog (the symptom check) was running: its answers went too. */
  deletedMidCheck?: string;
  /** "Delete the bit where I said warfarin": one detail forgotten, not everything. */
  part?: PartDeleteWording;
}

/**
 * The activity handler: welcomes new members, deletes the user's data on
 * request ("delete my data", "forget me"; before any dialog, so it works in
 * the middle of the symptom check too), hands each message's text to the main
 * dialog, and saves state at the end of every turn.
 */
export class BackReliefBot extends ActivityHandler {
  private readonly dialogState;
  private readonly info;
  /** Set when someone wrote for the person in pain ("checking for my dad"); later messages are read as theirs too. */
  private readonly patient;
  /** The last person a message named ("best way for my husband to sleep?"), before any helper's framing. */
  private readonly named;
  /** Parts of red-flag combinations told so far of the patient (AcrossTurns): sign and flag ids, no words. */
  private readonly toldParts;
  /** The last turn's replies gave the safety line ("... bladder or bowel trouble ... call 999 now"). */
  private readonly safetyLineShown;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly mainDialog: MainDialog,
    private readonly services: DialogServices,
    private readonly privacy?: PrivacyOptions,
    private readonly review?: ReviewRecorder,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.info = conversationState.createProperty<ConversationInfo>('conversationInfo');
    this.patient = conversationState.createProperty<{ pronoun: Pronoun } | undefined>('patient');
    this.named = conversationState.createProperty<{ pronoun: Pronoun } | undefined>('namedPerson');
    this.toldParts = conversationState.createProperty<string[] | undefined>('toldParts');
    this.safetyLineShown = conversationState.createProperty<boolean | undefined>('safetyLineShown');

    this.onMessage(async (context, next) => {
      const { unreadable } = this.services.responses;
      const understanding = getUnderstanding(context);
      if (understanding && this.privacy?.matcher.matches(understanding.text)) {
        const midDialog = ((await this.dialogState.get(context))?.dialogStack?.length ?? 0) > 0;
        await this.forget(context);
        await context.sendActivity(this.privacy.deleted);
        if (midDialog && this.privacy.deletedMidCheck) await context.sendActivity(this.privacy.deletedMidCheck);
      } else if (understanding && (await this.forgetPart(context, understanding))) {
        // One detail forgotten, or what can be deleted said.
      } else if (await this.review?.onMessage(context)) {
        // A rating from the feedback card, or the comment after a thumbs-down.
      } else if (!understanding) {
        // No text at all: an empty message, a picture, or a card submit with no question in it.
        await context.sendActivity(context.activity.attachments?.length ? unreadable.attachment : unreadable.empty);
      } else {
        const info = await this.info.get(context, { messages: 0, startedAt: this.services.now().toISOString() });
        info.messages += 1;
        await this.placeUser(context, understanding);
        await this.readForPatient(context, understanding);
        this.askHedgedEcho(context);
        await this.combineAcrossTurns(context);
        await this.answerSafetyLine(context);
        const shown = this.watchSafetyLine(context);
        await this.noteDenials(context);
        await this.mainDialog.run(context, this.dialogState);
        await this.safetyLineShown.set(context, shown.value || undefined);
      }
      await next();
    });

    this.onEvent(async (context, next) => {
      await this.review?.onEvent(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      // In a group chat or team, the bot itself is what gets added: introduce it once there.
      const botJoinedGroup = context.activity.conversation?.isGroup === true && added.some((m) => m.id === botId);
      if (botJoinedGroup || added.some((m) => m.id !== botId)) await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    this.review?.startTurn(context, ((await this.dialogState.get(context))?.dialogStack?.length ?? 0) > 0);
    await super.run(context);
    await this.review?.endTurn(context);
    await this.saveState(context, this.conversationState, this.userState);
  }

  /**
   * Invokes the bot does not implement are the caller's mistake, not a server
   * failure: 400 instead of botbuilder's 501, so that monitoring of 5xx only
   * sees real faults. So is an invoke whose value botbuilder cannot read
   * (e.g. an `adaptiveCard/action` without `action`, on which it throws a
   * TypeError).
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const feedback = await this.review?.onInvoke(context);
    if (feedback) return feedback;
    let response: InvokeResponse;
    try {
      response = await super.onInvokeActivity(context);
    } catch (err) {
      if (err instanceof TypeError) return { status: StatusCodes.BAD_REQUEST, body: { error: 'bad_request' } };
      throw err;
    }
    if (response?.status === StatusCodes.NOT_IMPLEMENTED) return { status: StatusCodes.BAD_REQUEST, body: { error: 'not_supported' } };
    return response;
  }

  /**
   * A helper writes for the patient once ("I'm doing this for my dad") and then
   * answers in the third person ("he says 9, he's gone grey and sweaty"): once a
   * message has the helper's framing, later messages that raise nothing as the
   * user's own are read as the patient's too.
   */
  private async readForPatient(context: TurnContext, understanding: Understanding): Promise<void> {
    const pronoun = this.services.redFlags.helperOf(understanding.text);
    // The writer telling of their own back ("I've had a bad back for years") is no longer writing for someone else.
    // So is the writer asking for themselves ("what can I take, my husband says ...").
    const asksForSelf = this.services.person?.wording.asksForSelf(understanding.text) ?? false;
    if (!pronoun && (this.ownBack(understanding.text) || asksForSelf)) await this.services.person?.writingFor.delete(context);
    const patient = await this.patient.get(context);
    // A relative who passes on news of the patient already known, or of the person named before
    // ("my aunt, who lives with him, says he's lost weight"), is the messenger, not a new patient.
    const known = patient ?? (await this.named.get(context));
    if (pronoun && !this.messenger(understanding.text, pronoun, known)) {
      await this.patient.set(context, { pronoun });
      // Who replies speak of (dialogs/aboutPatient.ts): not when the writer tells of their own back
      // beside someone else ("put my back out, my pal says rest, is he right?").
      const forThem = patientOf(this.services, understanding.text) !== undefined && !asksForSelf;
      // Their advice passed on ("the missus reckons ice first") neither starts writing for them nor ends it.
      if (!(forThem && this.services.person?.wording.onlyRelaysAdvice(understanding.text, pronoun))) await this.services.person?.writingFor.set(context, forThem ? { pronoun } : undefined);
      return;
    }
    if (!patient) return this.readForNamed(context, understanding);
    // Their facts ("he's on ramipril") are read as the patient's in every later message.
    const patientText = this.services.redFlags.patientWords(understanding.text);
    if (understanding.redFlag && understanding.redFlag.level !== 'check') {
      // "he says it's there for weeks, worse at night": a sign read as the writer's, told of the patient
      // in their pronoun and of no pain of the writer's own, is the patient's (replies say "get him seen").
      const { redFlag } = understanding;
      const theirs = redFlag.subject === 'self' && !this.ownBack(understanding.text) && this.services.redFlags.speaksOfNow(understanding.text, patient.pronoun);
      setUnderstanding(context, { ...understanding, patientText, ...(theirs ? { redFlag: { ...redFlag, subject: 'other_present' as const, pronoun: patient.pronoun } } : {}) });
      return;
    }
    const theirs = this.services.redFlags.readAsPatient(understanding.text, patient.pronoun);
    setUnderstanding(context, theirs ? { ...understanding, patientText, redFlag: theirs, worry: false } : { ...understanding, patientText });
  }

  /**
   * "I'm 71" early on, then "first time my back has ever done this": parts of a
   * red-flag combination told in different messages raise it as one message
   * would (knowledge/safety/across-turns.yaml). Only a higher level than the
   * message's own reading changes the turn.
   */
  private async combineAcrossTurns(context: TurnContext): Promise<void> {
    const { acrossTurns, redFlags } = this.services;
    const understanding = getUnderstanding(context);
    if (!acrossTurns || !understanding) return;
    // The person the replies speak of ("my husband has pain between his shoulders"), even before a
    // sign of theirs made them the patient: what is told of them is kept as theirs.
    const patient = (await this.patient.get(context)) ?? (await this.services.person?.writingFor.get(context));
    const told = redFlags.toldNow(understanding.text, patient !== undefined);
    const now = understanding.redFlag;
    const denied = now && now.level !== 'check' ? [] : redFlags.denied(understanding.text, false);
    const kept = (await this.toldParts.get(context)) ?? [];
    const { kept: next, redFlag } = acrossTurns.read(kept, { ...told, denied }, now);
    if (next.length || kept.length) await this.toldParts.set(context, next);
    if (redFlag === now) return;
    const whose = patient ? { subject: 'other_present' as const, pronoun: patient.pronoun } : { subject: now?.subject ?? ('self' as const) };
    setUnderstanding(context, { ...understanding, redFlag: redFlag && { ...redFlag, ...whose }, worry: false });
  }

  /**
   * "pain at night? kinda? worse when I cough": a sign's words asked back and hedged are no report
   * of it. Its question is asked (the check band); a sign the rest of the message raises on its own is
   * that sign, read on the rest (a calm one keeps its calm note).
   */
  private askHedgedEcho(context: TurnContext): void {
    const understanding = getUnderstanding(context);
    const flag = understanding?.redFlag;
    if (!understanding || !flag || flag.level === 'check') return;
    const rest = afterHedgedEcho(understanding.text, context.activity.locale);
    if (rest === undefined) return;
    const again = rest ? this.services.redFlags.detect(rest) : null;
    const redFlag = again && again.level !== 'check' ? { ...flag, level: again.level, flags: again.flags } : { ...flag, level: 'check' as const, flags: flag.flags.slice(0, 1) };
    setUnderstanding(context, { ...understanding, redFlag });
  }

  /**
   * "yes to the bladder one" right after a reply whose safety line listed that sign
   * with the emergency number: the yes answers that line, so the sign is told, and
   * its emergency raised (a check offer in the same reply is not what it says yes to).
   * Only raises: a flag the message reads as on its own is kept.
   */
  private async answerSafetyLine(context: TurnContext): Promise<void> {
    const understanding = getUnderstanding(context);
    if (!understanding || (understanding.redFlag && understanding.redFlag.level !== 'check')) return;
    if (!(await this.safetyLineShown.get(context))) return;
    const flag = pointedSafetySign(understanding.patientText ?? understanding.text, context.activity.locale);
    if (!flag) return;
    const patient = await this.patient.get(context);
    const whose = patient ? { subject: 'other_present' as const, pronoun: patient.pronoun } : { subject: 'self' as const };
    setUnderstanding(context, { ...understanding, redFlag: { level: 'emergency', flags: [flag], answered: flag, ...whose }, worry: false });
  }

  /** Whether this turn's replies give the safety line, known once the turn has sent them. */
  private watchSafetyLine(context: TurnContext): { value: boolean } {
    const shown = { value: false };
    context.onSendActivities(async (_ctx, activities, next) => {
      const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
      if (activities.some((a) => a.type === 'message' && typeof a.text === 'string' && givesSafetyLine(a.text, emergency))) shown.value = true;
      return next();
    });
    return shown;
  }

  /**
   * "no numbness, bladder's fine": the signs a message denies are kept for the
   * conversation, and those it tells of (a later "actually I can't feel when I
   * wipe") come off the record. A message that raises a flag denies nothing.
   */
  private async noteDenials(context: TurnContext): Promise<void> {
    const understanding = getUnderstanding(context);
    if (!understanding) return;
    const { redFlags } = this.services;
    const patient = await this.patient.get(context);
    const found = understanding.redFlag;
    const present = [...redFlags.toldNow(understanding.text, patient !== undefined).present, ...(found?.flags ?? [])];
    const text = understanding.patientText ?? understanding.text;
    // "legs are fine" denies the legs group's signs, as in the symptom check.
    const groups = saidNoGroups(text).flatMap((i) => vocabulary().screen[i]!.items.map((item) => item.flag));
    const denied = found ? [] : [...deniedSigns(text, redFlags.denied(text, false)), ...groups];
    await noteTold(context, this.services, { denied, present });
  }

  /**
   * "I'm in the US btw, visiting family": where the user says they are decides
   * the emergency number and the words for the rest of the conversation, over
   * the locale the channel sends, in every dialog that reads the turn's locale.
   */
  private async placeUser(context: TurnContext, understanding: Understanding): Promise<void> {
    const state = (await this.services.answerState.get(context)) ?? emptyAnswerState();
    const { locale } = this.services.answers.facts.read(understanding.text, state.facts);
    if (locale) context.activity.locale = locale;
  }

  /**
   * The person the message names (`person`) only passes on news of the one known before (`known`):
   * another person, and the message tells a sign of the known one, now, in their pronouns.
   */
  private messenger(text: string, person: Pronoun, known: { pronoun: Pronoun } | undefined): boolean {
    if (!known || person === known.pronoun) return false;
    const { redFlags } = this.services;
    return redFlags.speaksOfNow(text, known.pronoun) && redFlags.readAsPatient(text, known.pronoun) !== null;
  }

  /** The writer tells of their own back ("my back hurts, my wife says rest"). */
  private ownBack(text: string): boolean {
    return vocabulary().control.ownPain.test(prepare(text));
  }

  /**
   * Someone named earlier without a helper's framing ("best way for my husband
   * to sleep with a bad back?") and then told of in the present, as the answer
   * to an unrelated question ("he's in bed now, burning hot and not making
   * sense"): read as that person's words, and they become the patient.
   */
  private async readForNamed(context: TurnContext, understanding: Understanding): Promise<void> {
    const { redFlags } = this.services;
    const person = redFlags.personIn(understanding.text);
    const named = await this.named.get(context);
    // As for a patient: another relative passing on news of the person named before is the messenger.
    if (person && !this.messenger(understanding.text, person, named)) {
      await this.named.set(context, { pronoun: person });
      // "my wife hurt her back": no helper's framing, but the back told of is theirs, so replies speak of them.
      // Wording only: the red-flag reading takes them as the patient only on a sign told of them, as above.
      const { wording } = this.services.person ?? {};
      if ((wording?.tellsOfTheirBack(understanding.text, person) || wording?.asksForThem(understanding.text, person)) && !wording.asksForSelf(understanding.text) && !this.ownBack(understanding.text)) {
        await this.services.person!.writingFor.set(context, { pronoun: person });
        // Their facts told in the same message ("my wife is 7 months pregnant, her back went") are theirs: the answers are for her.
        const theirWords = redFlags.namedPatientWords(understanding.text);
        await this.keepTheirFacts(context, understanding, theirWords);
        // A sign told of them in that message ("my mum's back started last week, she had breast cancer") is
        // theirs too: the patient's own history, not a relative's story beside the writer's back.
        if (understanding.redFlag && understanding.redFlag.level !== 'check') return;
        const theirs = theirWords === understanding.text ? null : redFlags.readAsPatient(theirWords, person);
        if (!theirs) return;
        await this.patient.set(context, { pronoun: person });
        const now = getUnderstanding(context) ?? understanding;
        setUnderstanding(context, { ...now, patientText: now.patientText ?? theirWords, redFlag: theirs, worry: false });
      }
      return;
    }
    if (!named || (understanding.redFlag && understanding.redFlag.level !== 'check')) return;
    if (!redFlags.speaksOfNow(understanding.text, named.pronoun)) return;
    const theirs = redFlags.readAsPatient(understanding.text, named.pronoun);
    if (!theirs) return this.keepTheirFacts(context, understanding);
    await this.patient.set(context, named);
    setUnderstanding(context, { ...understanding, patientText: redFlags.patientWords(understanding.text), redFlag: theirs, worry: false });
  }

  /**
   * "he's 68 if that matters", "he takes warfarin" of the person named before: their facts (age,
   * conditions, medicines) are read in their words, so the answers note what they change for them.
   * They do not become the patient for the red-flag reading: that takes a sign told of them.
   */
  private async keepTheirFacts(context: TurnContext, understanding: Understanding, patientText = this.services.redFlags.patientWords(understanding.text)): Promise<void> {
    if (patientText === understanding.text) return;
    const known = (await this.services.answerState.get(context))?.facts ?? { known: {} };
    if (factsToldIn(this.services.answers.facts, patientText, known) === undefined) return;
    setUnderstanding(context, { ...understanding, patientText });
  }

  /**
   * "Can you delete the part where I said warfarin": the details held (the
   * user facts) that the message names are forgotten, and said so; a part
   * pointed at that is no held detail gets what can be deleted instead.
   * A message with a red flag in it is never read as one.
   */
  private async forgetPart(context: TurnContext, understanding: Understanding): Promise<boolean> {
    const part = this.privacy?.part;
    if (!part || (understanding.redFlag && understanding.redFlag.level !== 'check')) return false;
    const state = (await this.services.answerState.get(context)) ?? emptyAnswerState();
    const { facts } = this.services.answers;
    const held = [...facts.mentions(understanding.text).any].filter((id) => state.facts.known[id] !== undefined);
    const asked = part.reader.asks(understanding.text, held.length > 0);
    if (!asked) return false;
    // The red-flag parts kept from earlier messages may stand on the detail named (an age): they go too.
    await this.toldParts.delete(context);
    if (asked === 'points') {
      await context.sendActivity(part.notHeld);
      return true;
    }
    await this.services.answerState.set(context, { ...state, facts: facts.forget(state.facts, held) });
    const details = held.map((id) => facts.said(id));
    await context.sendActivity(fill(part.forgot, { details: listOf(details, 'and'), it: held.length > 1 ? 'them' : 'it' }));
    return true;
  }

  /** Deletes this user's user state, this conversation's state and the user's review items. */
  private async forget(context: TurnContext): Promise<void> {
    await this.review?.deleteUser(context);
    await this.conversationState.delete(context);
    await this.userState.delete(context);
    setTurnOutcome(context, 'deleted');
  }

  private async saveState(context: TurnContext, ...states: BotState[]): Promise<void> {
    for (const state of states) await state.saveChanges(context, false);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const { responses, numbers } = this.services;
    const channel = context.activity.channelId;
    const emergency = numbers.forLocale(context.activity.locale).emergency;
    const labels = labelsFor(responses, responses.welcome.suggestions);
    // One set of topic buttons: the card's (they stay in the transcript and work in Teams chats
    // of every kind), not the same labels again as quick replies under it.
    const card = welcomeCard(responses.welcome.cardTitle, labels, channel);
    await context.sendActivity(fill(responses.welcome.text, { emergency }));
    await context.sendActivity(card);
  }
}

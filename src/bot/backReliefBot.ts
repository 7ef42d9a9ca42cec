import { ActivityHandler, BotState, ConversationState, InvokeResponse, StatusCodes, TurnContext, UserState } from 'botbuilder';
import type { DialogState } from '../../dialogs/dialogLibrary';
import type { MainDialog } from '../../dialogs/mainDialog';
import { labelsFor, welcomeCard } from '../../dialogs/replies';
import type { DialogServices } from '../../dialogs/services';
import { fill, listOf } from '../content/responses';
import { getUnderstanding } from '../../dialogs/turnUnderstanding';
import type { Understanding } from '../nlu/messageUnderstander';
import type { DeleteRequestMatcher, PartDeleteWording } from './privacyRequests';
import { emptyAnswerState } from '../knowledge/answerState';
import type { ReviewRecorder } from './reviewRecorder';
import { setTurnOutcome } from './turnPipeline';
import { PatientReading } from './patientReading';
import type { HeardPain } from '../../dialogs/heardPain';
import { TurnSigns } from './turnSigns';

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
  /** Whose message it is: the writer's, or a patient's they write for (patientReading.ts). */
  private readonly patients: PatientReading;
  /** The turn's signs weighed against earlier turns' (turnSigns.ts). */
  private readonly signs: TurnSigns;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly mainDialog: MainDialog,
    private readonly services: DialogServices,
    heard: HeardPain,
    private readonly privacy?: PrivacyOptions,
    private readonly review?: ReviewRecorder,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.info = conversationState.createProperty<ConversationInfo>('conversationInfo');
    this.patients = new PatientReading(conversationState, services, heard);
    this.signs = new TurnSigns(conversationState, services, this.patients);

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
        await this.patients.read(context, understanding);
        await this.patients.factsFollowPerson(context, understanding);
        const shown = await this.signs.beforeDialogs(context);
        await this.mainDialog.run(context, this.dialogState);
        await this.signs.afterDialogs(context, shown);
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
   * "I'm in the US btw, visiting family": where the user says they are decides
   * the emergency number and the words for the rest of the conversation, over
   * the locale the channel sends, in every dialog that reads the turn's locale.
   */
  private async placeUser(context: TurnContext, understanding: Understanding): Promise<void> {
    const state = (await this.services.answerState.get(context)) ?? emptyAnswerState();
    const facts = this.services.answers.facts.read(understanding.text, state.facts);
    // A question about where a trip ahead goes ("who do I see over there?") is answered for that place, this turn only.
    const locale = this.services.answers.facts.localeAsked(understanding.text, facts) ?? facts.locale;
    if (locale) context.activity.locale = locale;
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
    await this.signs.forgetParts(context);
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

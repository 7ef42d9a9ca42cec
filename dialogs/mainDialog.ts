import { closingKind } from '../src/triage/checkAsides';
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogContext,
  DialogSet,
  DialogState,
  DialogTurnResult,
  DialogTurnStatus,
  WaterfallDialog,
  WaterfallStepContext,
} from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { Intent } from '../src/nlu/intents';
import type { ActName } from '../src/nlu/acts';
import { answerActWhileRouting, answerAfterEscalation, confidentAct } from './actAnswers';
import { EscalationDialog, EscalationOptions, EscalationRecord } from './escalationDialog';
import { needsIn } from './escalationNeeds';
import { keepReply } from './escalationReplies';
import { PendingCheck, RedFlagCheck } from './redFlagCheck';
import { labelsFor, thanksReply, withSuggestions } from './replies';
import type { DialogServices } from './services';
import { answerAfterAlarm, answerTurn, rememberFacts, ROUTING_KEY } from './topicAnswer';
import { factsToldIn } from './factAsides';
import { TriageDialog, TriageOptions } from './triageDialog';
import { closingRead, RouteActs } from './routeActs';
import { answerFactConcern } from './factConcern';
import { openWithFeeling } from './feelingOpener';
import { getUnderstanding } from './turnUnderstanding';
import { asksSomething } from '../src/triage/yesNo';
import { halfwayUp, statusUpdate } from '../src/triage/statusUpdates';
import { answerProgress } from './progressReport';
import { remediesHelped } from '../src/triage/progressReports';
import { alreadyEscalated, asksBotsPastimes, answersCheckUnasked, deniesWarningSign, asksForReal, saysPlainNo, signOff, takesOffer, tellsDetails, tellsPlanAhead, withoutEchoedAsk, withoutThanks } from './routeReadings';
import { correctedWords, saysCorrection, scoreOnly } from './checkMessages';
import { painToldWith } from '../src/knowledge/answerState';
import { talksOfPlan } from '../src/safety/checkAnswers';
import { frightenedDenying, reassurance } from './deniedRecord';
import { aboutPatient } from './aboutPatient';
import { reportsDetails, statusOrHelper } from './reportedNotAsked';
import { agreeToEscalation, refuseRoutineCheck } from './keptEscalation';
import { opensWithAcknowledgement, takeCheckOffer } from './checkOffer';
import { alarmFollowsPatient } from './alarmFollowsPatient';
import { tellsStory } from './storyReport';
import { startCheck } from './startCheck';
import { answerSeriousAsked, readyQuestion } from './plainQuestions';
import { helpReply, unmatchedReply } from './unmatchedReply';

/** Set for the turn when a same-day sign was raised by a message that asks something. */
const ASKED_WITH_ALARM = Symbol('askedWithAlarm');
/** A plan asked for ("so what do I do?") must be this sure to turn a message into a result. */
const PLAN_CONFIDENCE = 0.7;
/** A remark about an activity gives at most its own time and movement as the parser's details. */
const REMARK_DETAILS = 2;
/** Intents under which a check request ("can we do the questions?") is read: the check's own, help ("what can you do?"), or a greeting that opens with the request. */
const CHECK_REQUEST_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['report_symptoms', 'help', 'greeting']);
const CHECK_REQUEST_MIN = 0.5;
/** Below this, a goodbye read with no word of leaving in it ("so I'm stuck then") is a remark, not a farewell. */
const WEAK_GOODBYE = 0.5;
/** Acts that, with a flag already escalated, answer the escalation rather than report the flag anew. */
const ANSWERING_ESCALATION: ReadonlySet<ActName> = new Set<ActName>(['pushback', 'thanks_ok', 'better', 'frustration']);

/**
 * Routes each message: a red flag first (escalation); after an escalation,
 * replies that keep its instruction (actAnswers.ts); then what the message
 * does (a dialogue act: "it's better now", "are you a real person?", "let's
 * carry on", which resumes a paused symptom check), then by intent to a
 * knowledge answer, the symptom check, or a short reply. While the symptom
 * check is running, messages go to it (and its interruption handling) instead.
 */
export class MainDialog extends ComponentDialog {
  static readonly ID = 'main';
  private dialogSet?: DialogSet;
  private readonly check?: RedFlagCheck;
  /** Acts answered while routing, and where a message is about. */
  private readonly acts: RouteActs;

  constructor(
    private readonly services: DialogServices,
    private readonly escalation: StatePropertyAccessor<EscalationRecord | undefined>,
    private readonly triage: TriageDialog,
    escalationDialog: EscalationDialog,
    pendingCheck?: StatePropertyAccessor<PendingCheck | undefined>,
  ) {
    super(MainDialog.ID);
    this.acts = new RouteActs(services, escalation, { canResume: (id) => Boolean(this.findDialog(id)), describesPain: (context, text) => triage.describesPain(context, text) });
    // After an alarm is taken back, a check it stopped carries on where it was.
    const resumeCheck = async (dc: DialogContext): Promise<DialogTurnResult | undefined> => {
      if (!(await triage.hasStopped(dc.context))) return undefined;
      await services.paused.delete(dc.context);
      return dc.beginDialog(TriageDialog.ID, { resume: true } satisfies TriageOptions);
    };
    // A calm note that is the whole reply ("a jolt when you sneeze is common") still keeps the pain's details told with it.
    const hearDetails = async (dc: DialogContext, text: string) => triage.hearBefore(dc.context, text);
    // What set the pain off, told now or before: a flag defined by "no clear cause" is ruled out by it.
    const causeTold = (dc: DialogContext, text: string) => triage.triggerTold(dc.context, dc.stack, text);
    if (pendingCheck) this.check = new RedFlagCheck(services, pendingCheck, escalation, 'route', resumeCheck, hearDetails, causeTold);
    this.addDialog(triage);
    this.addDialog(escalationDialog);
    this.addDialog(new WaterfallDialog('route', [(step) => this.route(step), (step) => this.afterAlarm(step)]));
    this.initialDialogId = 'route';
  }

  /** Continues the active dialog, or starts routing; the message was understood by UnderstandingMiddleware. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    // Built once: a DialogSet is per state property, not per turn.
    if (!this.dialogSet) {
      this.dialogSet = new DialogSet(dialogState);
      this.dialogSet.add(this);
    }
    // Labour-like pain in pregnancy, a heart patient's shoulder-blade pain: where to turn now, before any dialog.
    if (await answerFactConcern(context, this.services, this.escalation)) return;
    // A feeling or situation told opens the turn's first reply (not before a safety instruction).
    await openWithFeeling(context, this.services, this.escalation);
    const told = getUnderstanding(context);
    if (told) await this.triage.noteCause(context, told.text);
    const dc = await this.dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  // The red-flag check question (the `check` band) and its answer come before
  // any dialog, including the symptom check, sees the message.
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.check?.handle(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const checked = await this.check?.handle(innerDc);
    if (checked) return checked;
    // Waiting on a check question with nothing else running: this message is routed afresh.
    if (!innerDc.activeDialog) return innerDc.beginDialog('route');
    return super.onContinueDialog(innerDc);
  }

  private async route(step: WaterfallStepContext) {
    const understanding = getUnderstanding(step.context);
    if (!understanding) return step.endDialog();
    const { context } = step;
    const { responses } = this.services;
    const channel = context.activity.channelId;
    const found = understanding.redFlag;
    if (await alarmFollowsPatient(context, this.services, this.escalation, understanding)) return step.endDialog();
    if (found && found.level !== 'check') {
      // "I'm 66 and it started for no reason": the age (or medicines) said with a flag still shape later answers.
      await rememberFacts(context, this.services, understanding.patientText ?? understanding.text);
      // "I can manage at home, it's only a temperature" after the fever was escalated: the
      // answer to that push-back (why it matters, what to do), not the whole escalation again.
      // The act is read on its own here: the flag's words make a topic the likelier reading.
      const record = await this.escalation.get(context);
      const act = confidentAct(understanding);
      // So is a question or an everyday need that names the flag again ("can I take ibuprofen for the fever?").
      const answers = (act && ANSWERING_ESCALATION.has(act)) || asksSomething(understanding.text) || needsIn(this.services, understanding.text).length > 0;
      const tryAnswer = () => answerTurn(context, this.services, this.escalation, understanding, this.acts.body.aboutBack(understanding.text));
      if (record && answers && alreadyEscalated(record, found) && (await answerAfterEscalation(context, this.services, record, understanding, { act, tryAnswer, agree: () => agreeToEscalation(context, this.escalation, record), said: (reply) => keepReply(context, this.escalation, reply) }))) return step.endDialog();
      const options: EscalationOptions = { ...found, level: found.level, fromTopic: true };
      // "... is heat ok?" asked with a same-day sign: answered after the instruction (next step).
      if (found.level === 'urgent' && asksSomething(understanding.text)) context.turnState.set(ASKED_WITH_ALARM, true);
      return step.beginDialog(EscalationDialog.ID, options);
    }
    // A worry with a passage of its own ("could it be my heart?"): that passage, with its signs.
    if (understanding.worry && this.services.answers.planner.answersWorry(understanding.text) && (await answerTurn(context, this.services, this.escalation, understanding, true))) {
      return step.endDialog();
    }
    // "I'm terrified. No numbness, legs fine": a fear told with signs denied is answered as a worry
    // (not after an escalation, whose own replies keep the instruction).
    const frightened = !understanding.worry && frightenedDenying(context, this.services, understanding.text, asksSomething(understanding.text)) && !(await this.escalation.get(context));
    if (understanding.worry || frightened) {
      const { emergency } = this.services.numbers.forLocale(context.activity.locale);
      // A cause feared by name ("is it my heart?"): its own warning signs, not the general list.
      const signs = (understanding.fears ?? []).map((f) => this.services.redFlags.describe(f)).join('; ');
      // Signs already ruled out: named as such, with only what is left to watch for.
      const calm = signs ? undefined : await reassurance(context, this.services, emergency);
      const text = signs ? fill(this.services.checkDialogue.worryFeared, { emergency, signs }) : (calm ?? fill(this.services.checkDialogue.worry, { emergency }));
      await context.sendActivity(withSuggestions(text, labelsFor(responses, ['report_symptoms']), channel));
      return step.endDialog();
    }
    // "is that bad?", "should I be alarmed?" asked on its own: a direct answer, never a menu.
    if (!found && (await answerSeriousAsked(context, this.services, this.escalation, understanding.text))) return step.endDialog();
    // "Details and sources" after a result, "let's carry on" after a stop.
    const followUp = await this.triage.followUp(context, understanding.text);
    if (followUp === 'handled') return step.endDialog();
    // The check resumes from its own saved state; the paused stack is then spent.
    if (followUp && !(await this.escalation.get(context))) return startCheck(step, this.services, followUp);
    // "lower back since this morning, about a 6, no numbness... so what do I do?": the result now, from what it says.
    const plan = [understanding.acts, ...(understanding.sentenceActs ?? [])].some((a) => a?.act === 'plan' && a.score >= PLAN_CONFIDENCE);
    // "my neck is killing me, what do I do?": another body part, not the back, is no pain for the check: its scope answer.
    const planOtherPart = plan && this.acts.body.otherPart(understanding.text);
    if (plan && !(await this.escalation.get(context)) && this.triage.describesPain(context, understanding.text)) {
      if (!planOtherPart) return startCheck(step, this.services, { openingText: understanding.text, verdictNow: true });
      const part = this.services.scope.partIn(understanding.text, this.services.redFlags.wordScope(understanding.text));
      if (part) {
        await context.sendActivity(fill(this.services.scope.reply, { part, emergency: this.services.numbers.forLocale(context.activity.locale).emergencyText }));
        return step.endDialog();
      }
    }
    // "brb", "hang on, door": a short "no rush", not a fallback or a topic. Never after an
    // escalation: "I'll hang on till he's home" is a wait, answered with the instruction.
    if (closingKind(understanding.text) === 'away' && !asksSomething(understanding.text) && !(await this.escalation.get(context))) {
      await context.sendActivity(responses.triage.asides.awayIdle);
      return step.endDialog();
    }
    const { intent } = understanding;
    const record = await this.escalation.get(context);
    const offeredFor = await takeCheckOffer(context, this.services);
    context.turnState.set(ROUTING_KEY, true);
    // A confident request to run the check starts it, whatever passage its words resemble.
    const checkRequest = (CHECK_REQUEST_INTENTS.has(intent) && understanding.score >= CHECK_REQUEST_MIN && TriageDialog.asksForCheck(understanding.text)) || TriageDialog.asksForCheckNow(understanding.text);
    // "can you do the check for my dad": its questions and any alarm speak of him.
    if (!record && checkRequest) return startCheck(step, this.services, { openingText: understanding.text }, { text: understanding.text });
    // The check offered last turn ("If you'd like, I can check your symptoms") is taken up by a yes
    // ("yeah go on then"), reading the message it was offered for; any other message lets the offer go.
    // "I have asthma though" reads like a yes to the act model, but it tells a fact for the answers, not a yes.
    // ("I have" reads as a yes on its own): only an opening "yes" or "ok" beside the fact takes the offer.
    const tellsOwnFact = this.services.answers.facts.mentions(understanding.text).own.size > 0 && !opensWithAcknowledgement(understanding.text);
    // Offered to someone writing for another person ("my wife hurt her back"): the check is about them.
    if (!record && offeredFor !== undefined && takesOffer(understanding) && !tellsOwnFact) return startCheck(step, this.services, { openingText: offeredFor }, { text: offeredFor, orNoted: true });
    // The message's check details, parsed once for the readings below ("where? lower": the answer after the echoed word).
    const answerText = withoutEchoedAsk(understanding.text);
    const details = this.triage.detailsIn(context, answerText);
    // "it's a 40 min drive", "the hip carry is all she'll put up with": an everyday activity told outside the pain's
    // story, with no word of the back or the pain, speaks of that activity; its durations and movements are no details.
    // A score, or more details than a time and a movement ("left side, low down, since saturday carrying him"), are the pain's.
    const activityRemark = !record && !understanding.redFlag && !asksSomething(understanding.text) && !this.acts.body.mentionsBack(understanding.text) && !this.acts.body.mentionsPain(understanding.text) && !details.scored && details.count <= REMARK_DETAILS
      ? this.services.answers.activities.besidesCause(understanding.text)
      : undefined;
    // "7ish" on its own, with or without the offer: a pain score is the check's detail; the check starts with it.
    const score = !record && !understanding.redFlag && (understanding.intent === 'none' || understanding.intent === 'report_symptoms') ? scoreOnly(understanding.text, context.activity.locale) : undefined;
    if (score) return startCheck(step, this.services, { score, ...(offeredFor !== undefined ? { openingText: offeredFor } : {}) });
    // "lower middle, like a 5" right after the offer: details for the check, which starts with them.
    // "no, just the one leg. thanks": details said after a plain no turn the offer down ("no fever, no fall" gives them).
    // "I have sugar and BP both" tells conditions, not the pain: a lone word it shares with a detail ("both") is no report;
    // the facts' notes say what they change. A score or more details beside the fact still start the check.
    const factNotDetails = tellsOwnFact && !details.scored && details.count <= 1;
    // Offered to someone writing for another person ("my father in law ... what to give him"): the check is framed for them;
    // not when the writer told of their own back beside a relative's history ("my back ... my mum had it too").
    // "looser after a bath last night": what helped and when is news of a remedy (answerProgress), not the pain's start.
    const remedyNews = !details.scored && remediesHelped(understanding.text).length > 0;
    // "actually it started Tuesday, not this morning": a detail put right is a correction, said back as such
    // (routeActs), not the opening of a check. A score told with it ("right side not left, a 6") is news for the check.
    const correcting = !details.scored && saysCorrection(understanding.text, false) && correctedWords(understanding.text) !== undefined;
    if (!record && offeredFor !== undefined && !activityRemark && !factNotDetails && !remedyNews && !correcting && tellsDetails(this.services, understanding, details) && !saysPlainNo(this.services, understanding.text, context.activity.locale) && !statusUpdate(understanding.text)) {
      return startCheck(step, this.services, { openingText: `${offeredFor}. ${answerText}`, fromReport: true }, { text: offeredFor, orNoted: true });
    }
    // "low down, kinda both sides?", "no clue what did it, 7 maybe": a detail of the pain told with doubt and asking
    // nothing is that detail (the doubt is about it, not about where to start): the check starts with it said back.
    const hedged = !record && !activityRemark && !understanding.redFlag && confidentAct(understanding) === 'unsure' && !asksForReal(understanding.text);
    const hedgedScore = hedged ? this.triage.looseScore(context, understanding.text) : undefined;
    // "weakness? not that I've noticed. an ache into the buttock maybe": doubt told with a sign denied is the denial's,
    // no request for the check (RouteActs hears the denial); a score told with it still is the pain's.
    if (hedged && (hedgedScore || (!deniesWarningSign(this.services, understanding) && this.triage.tellsRealDetail(context, understanding.text)))) {
      const told = (await this.services.answerState.get(context))?.painTold ?? offeredFor;
      return startCheck(step, this.services, { openingText: painToldWith(told, understanding.text), fromReport: true, ...(hedgedScore ? { score: hedgedScore } : {}) });
    }
    // "cheers, will see how it goes", "sorry for snapping": a sign-off that asks and reports nothing gets a
    // short close, never the passage nearest its words or the "no answer" fallback.
    // "cheers, I'm 71 btw" tells a fact the answers note with what it changes: no sign-off.
    const known = (await this.services.answerState.get(context))?.facts ?? { known: {} };
    const tellsNewFact = factsToldIn(this.services.answers.facts, understanding.patientText ?? understanding.text, known) !== undefined;
    // "ok I'm on my hands and knees now" tells where they have got to (answerProgress): no close.
    const close = !record && !tellsNewFact && !halfwayUp(understanding.text) && !(saysCorrection(understanding.text, false) && correctedWords(understanding.text) !== undefined) ? signOff(understanding) : undefined;
    if (close) {
      // Written for someone else, the close hopes their back eases, not the writer's.
      await context.sendActivity(await aboutPatient(context, this.services, close === 'apology' ? responses.triage.asides.apologyIdle : close === 'goodbye' ? responses.goodbye : thanksReply(responses, understanding.text)));
      return step.endDialog();
    }
    // "no temperature, no falls" or "began yesterday lifting, 7/10" later on, unasked: the check's answers, so it
    // starts with them and the pain told before (when the check was offered) and asks only what is still missing.
    // Another body part named and not the back ("my shoulder aches as well") gets its scope answer, never the check.
    const before = await this.services.answerState.get(context);
    const told = before?.painTold;
    const talked = { offered: told !== undefined, answered: (before?.given.length ?? 0) > 0 };
    if (!record && offeredFor === undefined && !activityRemark && !correcting && !this.acts.body.otherPart(understanding.text) && answersCheckUnasked(this.services, understanding, details, talked)) {
      return startCheck(step, this.services, { openingText: painToldWith(told, understanding.text) });
    }
    // "left low back since sunday, did it at the gym, a 6": the pain's story with the check's answers starts the check.
    if (!record && !activityRemark && !correcting && tellsStory(this.services, understanding, details, this.acts.body.otherPart(understanding.text))) {
      return startCheck(step, this.services, { openingText: understanding.text, fromReport: true }, { text: understanding.text, orNoted: true });
    }
    // "made it onto the couch", "he's still on the floor": where they are decides the next step.
    if (!record && !understanding.redFlag && (await answerProgress(context, this.services, understanding))) return step.endDialog();
    const reported = !record && (await statusOrHelper(step, this.services, this.triage, understanding, CHECK_REQUEST_MIN));
    if (reported) return reported;
    const tryAnswer = () => answerTurn(context, this.services, this.escalation, understanding, this.acts.body.aboutBack(understanding.text));
    if (record && (await answerAfterEscalation(context, this.services, record, understanding, { tryAnswer, agree: () => agreeToEscalation(context, this.escalation, record), said: (reply) => keepReply(context, this.escalation, reply) }))) return step.endDialog();
    // After an escalation a request to run the check is refused (the instruction stands), whatever passage its words resemble.
    if (record && checkRequest) {
      await refuseRoutineCheck(context, this.services, record);
      return step.endDialog();
    }
    const byAct = await this.acts.answer(step, understanding, record);
    if (byAct) return byAct;
    const act = this.acts.actIn(understanding);
    // A close that tells a fact of theirs ("just the water tablets, that's all") is read for the fact, as a question is.
    const thanksThenQuestion = this.acts.thanksThenQuestion(understanding, act) || (closingRead(understanding, act) && tellsNewFact);
    // Knowledge questions, follow-ups to the last answer, "tell me more", "sources?".
    // After a thanks, the question is read without it: its topic, not "thanks", is what it asks about.
    const said = thanksThenQuestion ? withoutThanks(understanding) : understanding;
    // "I'm on the tools tomorrow": a plan told in a back conversation asks, in effect, whether the back allows it.
    const aboutBack = this.acts.body.aboutBack(understanding.text) || talksOfPlan(this.services.checkDialogue, understanding.text);
    const otherPart = this.acts.body.otherPart(understanding.text);
    // "seen the match last night?": chat about the bot's own pastimes, read once here for the answers and the reply below.
    const botsPastimes = asksBotsPastimes(this.services, understanding.text);
    if (await answerTurn(context, this.services, this.escalation, said, aboutBack, otherPart, botsPastimes)) return step.endDialog();
    // "curling on Thursday and the sweeping is hard on my back": a plan ahead told without a question, which no answer
    // took as it stands ("flying Friday" already gets the flight answer), asks whether the back allows it: it is asked as
    // that activity's own question (its facts read from what was said), never left to start the check.
    // "will I be right for a school tour on Friday?": a day ahead asked about, whatever it holds, is asked as the event-ahead question.
    const fresh = !record && !understanding.redFlag;
    const ahead = fresh ? (!asksSomething(said.text) ? this.services.answers.activities.planned(said.text, false)?.passage.question : readyQuestion(this.services, said.text)) : undefined;
    const asAhead = ahead && { ...said, text: ahead, intent: 'none' as const, score: 0, patientText: said.patientText ?? said.text };
    if (asAhead && (await answerTurn(context, this.services, this.escalation, asAhead, aboutBack, otherPart, false))) return step.endDialog();
    // A thanks that opened a question no passage answered ("cheers. my knee hurts too, what do I do?") is routed as that question.
    if (act && !thanksThenQuestion) {
      await answerActWhileRouting(context, this.services, act, intent);
      return step.endDialog();
    }
    const weakGoodbye = said.intent === 'goodbye' && said.score < WEAK_GOODBYE && closingKind(said.text) === undefined;
    switch (weakGoodbye ? 'none' : said.intent) {
      case 'report_symptoms': {
        if (record) {
          await refuseRoutineCheck(context, this.services, record);
          return step.endDialog();
        }
        // A report ("pulled it moving a futon, keeps seizing up") or a question about it gets what
        // helps most, with the check offered: a yes or the details next turn start it with this
        // message's details. Only a request ("check my symptoms", above) starts it unasked-for.
        if (!TriageDialog.asksForCheck(understanding.text)) {
          // "my neck's been in agony since this morning": another body part, not the back, gets its scope answer.
          const part = this.acts.body.otherPart(understanding.text) ? this.services.scope.partIn(understanding.text, this.services.redFlags.wordScope(understanding.text)) : undefined;
          if (part) {
            await context.sendActivity(fill(this.services.scope.reply, { part, emergency: this.services.numbers.forLocale(context.activity.locale).emergencyText }));
            break;
          }
          // "lower back, since Sunday, lifting the shopping, a 7": a report that already tells the check's details
          // and asks nothing is the check's answers; it starts with them kept and asks only what is missing.
          if (reportsDetails(this.services, understanding, this.triage.tellsPlaceAndScore(context, understanding.text), activityRemark !== undefined)) {
            return startCheck(step, this.services, { openingText: understanding.text, fromReport: true }, { text: understanding.text, orNoted: true });
          }
          await this.acts.answerQuestionFirst(context, understanding.text);
          break;
        }
        return startCheck(step, this.services, { openingText: understanding.text });
      }
      case 'greeting':
        await context.sendActivity(withSuggestions(responses.greeting, labelsFor(responses, responses.welcome.suggestions), channel));
        break;
      case 'thanks':
        await context.sendActivity(await aboutPatient(context, this.services, thanksReply(responses, understanding.text)));
        break;
      case 'goodbye':
        await context.sendActivity(responses.goodbye);
        break;
      case 'help':
        await context.sendActivity(helpReply(responses, understanding.text, channel));
        break;
      default: {
        // `none` (and a `cancel` intent the act model did not confirm: "There's
        // nothing to cancel" is for cancel requests only): say what the bot can
        // and cannot do, without guessing an answer; if the message is about
        // their back, offer the symptom check instead; another body part gets
        // where to go for it.
        const emergency = this.services.numbers.forLocale(context.activity.locale).emergencyText;
        const back = this.acts.body.mentionsBack(understanding.text);
        const part = back ? undefined : this.services.scope.partIn(understanding.text, this.services.redFlags.wordScope(understanding.text));
        if (part) {
          await context.sendActivity(fill(this.services.scope.reply, { part, emergency }));
          break;
        }
        // "7 outta 10 i'd say", "lower left side": a detail of the pain, told before any question, opens the check with it.
        if (!record && !activityRemark && !asksSomething(understanding.text) && !tellsPlanAhead(this.services, understanding.text) && this.triage.describesPain(context, understanding.text)) {
          return startCheck(step, this.services, { openingText: understanding.text });
        }
        // A question that mentions the back or pain is never "not something I can help with":
        // the closest topics were tried (answerTurn); what helps most, with the check offered.
        if ((back || this.acts.body.mentionsPain(understanding.text)) && asksSomething(understanding.text)) {
          await this.acts.answerQuestionFirst(context, understanding.text);
          break;
        }
        await context.sendActivity(unmatchedReply(responses, { text: understanding.text, back, botsPastimes, before, emergency, channel }));
      }
    }
    return step.endDialog();
  }

  /** After a same-day instruction raised by a message that also asked a practical question: its answer, when one may follow. */
  private async afterAlarm(step: WaterfallStepContext) {
    const understanding = getUnderstanding(step.context);
    const escalated = (step.result as { escalated?: string } | undefined)?.escalated;
    if (understanding && escalated === 'urgent' && step.context.turnState.get(ASKED_WITH_ALARM) === true) {
      await answerAfterAlarm(step.context, this.services, this.escalation, understanding, this.acts.body.aboutBack(understanding.text));
    }
    return step.endDialog();
  }
}

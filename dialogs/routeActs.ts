import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { ActName } from '../src/nlu/acts';
import { isTopicIntent } from '../src/nlu/intents';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { emptyAnswerState, painToldWith } from '../src/knowledge/answerState';
import { fillWords } from '../src/knowledge/localeWords';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import { asksSomething, messageForm, withoutAcknowledgements } from '../src/triage/yesNo';
import { ACT_CONFIDENCE, actOf, answerActWhileRouting, asksIfItChanges, confidentAct } from './actAnswers';
import { correctedWords, saysCorrection, saysNoToEveryOne, swapsDetail } from './checkMessages';
import type { EscalationRecord } from './escalationDialog';
import { resumeOptions } from './pausedDialog';
import { labelsFor, withSuggestions } from './replies';
import { BodyWords, closingRead, progressAct } from './routeReadings';
import { statusUpdate } from '../src/triage/statusUpdates';
import { deniedSigns, impliedByDenial } from '../src/triage/denials';
import { asksVerdict, saysAlreadyDoing, saysSaidAgain } from '../src/triage/checkAsides';
import { clauses } from '../src/language';
import { remediesTried, saysNotWorking } from '../src/triage/progressReports';
import type { DialogServices } from './services';
import { answerTurn } from './topicAnswer';
import { factsToldIn } from './factAsides';
import { askedAgain, answersAgain } from './askedAgain';
import { confirmationOf } from './confirmLast';
import { deniedThisTurn, noteDenied } from './deniedRecord';
import { TriageDialog } from './triageDialog';
import { aboutPatient } from './aboutPatient';
import { situationLead } from '../src/knowledge/situationLead';
import { getUnderstanding } from './turnUnderstanding';

/** A question read as its topic this surely is asked for itself, beside any correction. */
const OWN_QUESTION_CONFIDENCE = 0.9;

/** Acts answered before any reading against the last answer. */
const SOCIAL_ACTS: readonly ActName[] = ['thanks_ok', 'goodbye', 'about_bot', 'frustration', 'pushback', 'cancel', 'how_many_more'];

/** The rest of a complaint ("I know all that, I have to keep working") fits a passage this well: it is what to answer. */
const REST_FIT = 0.4;

/** A topic read this surely outweighs a complaint in the first clause. */
const SURE_TOPIC = 0.8;

/**
 * "that's no good, I've a shop to open": a complaint about the bot in the first clause, the rest
 * telling why. The whole may read as a request for help (the topic list) or as nothing; the
 * complaint is what to answer first.
 */
function leadingFrustration(understanding: Understanding): ActName | undefined {
  // A question asked after it ("that's no good, what about ice?"), or a topic read surely, is for the answers.
  const smallTalk = ['help', 'none', 'greeting'].includes(understanding.intent);
  if (!smallTalk && (asksSomething(understanding.text) || understanding.score >= SURE_TOPIC)) return undefined;
  const first = understanding.sentenceActs?.[0];
  return first && first.act === 'frustration' && first.score >= ACT_CONFIDENCE ? 'frustration' : undefined;
}

/** How sure a topic reading must be to win over a question count no check is there to give. */
const SURE_COURSE_TOPIC = 0.8;

// Readings of the message's words (routeReadings.ts), for MainDialog that imports closingRead from here.
export { closingRead } from './routeReadings';

/** What routing needs from MainDialog to answer an act. */
export interface RouteActsHost {
  /** The dialog that a "let's carry on" resumes, if it is one of MainDialog's. */
  canResume(dialogId: string): boolean;
  /** Does the message describe pain the symptom check would record? */
  describesPain(context: TurnContext, text: string): boolean;
}

/**
 * What a message does, answered while routing when no passage is the better
 * reading: a correction said back (and the last answer given again for it when
 * asked), an acknowledgement, warning signs denied, "let's carry on", and the
 * social acts ("thanks", "are you a person?", "this is useless").
 */
export class RouteActs {
  readonly body: BodyWords;

  constructor(
    private readonly services: DialogServices,
    private readonly escalation: StatePropertyAccessor<EscalationRecord | undefined>,
    private readonly host: RouteActsHost,
  ) {
    this.body = new BodyWords(services);
  }

  /** The act's reply, or undefined when the message is for the answers (and the act, if any, replied to after them). */
  async answer(step: WaterfallStepContext, understanding: Understanding, record: EscalationRecord | undefined): Promise<DialogTurnResult | undefined> {
    const { context } = step;
    const { intent, text } = understanding;
    const asks = asksSomething(text);
    const tryAnswer = () => answerTurn(context, this.services, this.escalation, understanding, this.body.aboutBack(text));
    // "sorry, she's 78 not 72": a correction by its words, when the act model was not sure.
    // "sorry, I meant Friday, not today, I'm busy today" corrects, whatever else it sounds like.
    const corrected = this.correctedIn(understanding);
    const act = this.actIn(understanding);
    // "no, I meant my lower back": a correction that now tells of back pain gets what helps, with the check offered.
    if (!record && act === 'correction' && this.body.mentionsBack(text) && this.host.describesPain(context, text) && !asks) {
      await this.answerQuestionFirst(context, text);
      return step.endDialog();
    }
    // "sorry, he is 68 not 80" is said back as such; no passage is a better reading of it.
    if (corrected !== undefined && !asks) {
      await answerActWhileRouting(context, this.services, 'correction', intent);
      return step.endDialog();
    }
    // "the other side, not this one. does that change anything?" naming no medicine, condition or number: the advice stands, said so.
    if (!record && act === 'correction' && asksIfItChanges(this.services, text)) {
      await answerActWhileRouting(context, this.services, 'correction', intent);
      return step.endDialog();
    }
    // "sorry, 22 weeks not 24, does that change anything?": said back, then the last answer given again for the new value.
    // "she's had it many times, not the first. is a doctor visit needed?": a question of its own topic is answered as asked.
    const ownQuestion = asks && isTopicIntent(intent) && understanding.score >= OWN_QUESTION_CONFIDENCE && !asksIfItChanges(this.services, text);
    if (corrected !== undefined && !record && !ownQuestion && (await this.againForCorrection(context, understanding, corrected))) return step.endDialog();
    // "you told me about heat already": sorry, and the other topics, never the same answer again.
    if (!record && !asks && saysSaidAgain(text)) {
      await this.somethingElse(context, intent);
      return step.endDialog();
    }
    // "I do that already", "I know that, but I have to work": beyond what was said, never it again nor the answer
    // nearest its words. A remedy it names ("took ibuprofen already") is the progress reports' (progressReport.ts).
    if (!record && !asks && !understanding.redFlag && saysAlreadyDoing(text) && remediesTried(text).length === 0) {
      await this.beyondLast(context, understanding, intent);
      return step.endDialog();
    }
    // "I think you're wrong there": the last answer disputed, a courteous reply rather than the closest answers.
    const { disagrees, missedQuestion, feelsBlamed, earlierChat } = vocabulary().control;
    // "Good morning. Yesterday you told me to try heat": no earlier conversation is kept. Said so, with how it went
    // asked, not the greeting's menu; a question beside it is answered after that line.
    if (!record && !understanding.redFlag && earlierChat.test(prepare(text))) {
      const { earlierChat: reply, earlierChatLead } = this.services.acts.routing;
      if (asks && (await this.leadThenAnswer(context, understanding, earlierChatLead, text, this.body.aboutBack(text)))) return step.endDialog();
      if (!asks) {
        await context.sendActivity(withSuggestions(reply, labelsFor(this.services.responses, ['report_symptoms']), context.activity.channelId));
        return step.endDialog();
      }
    }
    // "so it's my fault now?": an apology and what to do from here, not the closest answers.
    if (!record && !understanding.redFlag && feelsBlamed.test(prepare(text))) {
      await context.sendActivity(this.services.acts.routing.notYourFault);
      return step.endDialog();
    }
    if (!record && !asks && disagrees.test(prepare(text))) {
      await context.sendActivity(this.services.acts.routing.disagree);
      return step.endDialog();
    }
    // "that doesn't answer my question": sorry, and a way to ask again, not more of the same answer.
    if (!record && missedQuestion.test(prepare(text))) {
      // "..., I asked when": the question put again is answered, after a short sorry.
      const again = askedAgain(text);
      const state = (await this.services.answerState.get(context)) ?? emptyAnswerState();
      if (again && answersAgain(this.services.answers.planner, state, again) && (await this.leadThenAnswer(context, understanding, this.services.acts.routing.missedThenAnswer, again, true))) return step.endDialog();
      await this.somethingElse(context, intent, this.services.acts.routing.missedQuestion);
      return step.endDialog();
    }
    // "so both together is fine then?": the last answer checked back; a short yes with it said again, not the closest topics.
    if (!record) {
      const state = await this.services.answerState.get(context);
      const confirmed = confirmationOf(text, state?.lead, this.services.acts.routing);
      if (confirmed) {
        await context.sendActivity(confirmed);
        return step.endDialog();
      }
      // "so what's the verdict then?" after answers: the gist of them (the first steps), not the closest topics.
      if ((state?.given.length ?? 0) > 0 && (asksVerdict(text) || this.remarkThenVerdict(understanding))) {
        await answerActWhileRouting(context, this.services, 'plan', intent);
        return step.endDialog();
      }
    }
    // "Fine.", "fair enough": an acknowledgement alone asks for nothing; a short OK, never the closest answers.
    if (!record && messageForm(text) === 'acknowledgement') {
      await answerActWhileRouting(context, this.services, 'thanks_ok', intent);
      return step.endDialog();
    }
    // "none of those, just sore and stiff": the warning signs denied outside the check; what that means, not the closest answers.
    // "someone said that medicine is fine" is about the medicine: its answer, with the person's facts first.
    if (!record && !asks && !understanding.redFlag && !this.services.answers.planner.namesMedicine(text) && this.deniesSigns(understanding)) {
      const emergency = this.services.numbers.forLocale(context.activity.locale).emergencyText;
      // "none of those" names no sign: it denies those the last answer's safety line named.
      if (deniedThisTurn(context).length === 0) await noteDenied(context, this.services, this.services.denied.wording.safetyLine);
      // Signs denied that are same-day ones only (weight loss, fever, a past cancer), so a doctor today if they come on.
      const denied = deniedSigns(text, this.services.redFlags.denied(text, understanding.flagRaised));
      const implied = impliedByDenial(denied);
      const named = [...denied].filter((f) => !implied.has(f));
      // Only the screen's own signs have a level ("no weakness" also denies the lexicon's nerve_symptom, which has none).
      const screenSign = (f: string) => vocabulary().screen.some((g) => g.items.some((i) => i.flag === f));
      // A part of a row's combination denied stands for that row ("haven't lost any weight": weight loss's part).
      const asRows = (f: string) => (screenSign(f) ? [f] : this.services.redFlags.flagsWithPart(f));
      const rows = named.map(asRows);
      const sameDayOnly = named.length > 0 && rows.every((r) => r.length > 0 && r.every((f) => screenSign(f) && this.services.redFlags.level(f) === 'urgent'));
      await context.sendActivity(fill(this.services.acts.routing[sameDayOnly ? 'noSignsUrgent' : 'noSigns'], { emergency }));
      return step.endDialog();
    }
    if (act === 'carry_on') {
      const paused = await this.services.paused.get(context);
      if (paused && this.host.canResume(paused.dialogId)) {
        await this.services.paused.delete(context);
        // The symptom check says so itself when it picks up its saved state.
        if (paused.dialogId !== TriageDialog.ID) await context.sendActivity(this.services.acts.routing.carryOnResume);
        return step.beginDialog(paused.dialogId, resumeOptions(paused));
      }
      // "back. where were we. oh, is heat ok?" with nothing paused: the question is what to answer.
      if (text.includes('?') && (await tryAnswer())) return step.endDialog();
      // Nothing to carry on with: say so, rather than read "carry on" as a question.
      await answerActWhileRouting(context, this.services, act, intent);
      return step.endDialog();
    }
    // "that's no use to me, I've a job to finish" straight after an answer: the practical rest of it, not the stock apology.
    // With nothing more to it, what the rest of the message asks for ("..., I can't stop working"), not the stock apology.
    // "where did you get that?" may sound curt, but it asks for the sources: the answers give them, never "more practical".
    if (act === 'frustration' && !record && !this.services.answers.planner.asksForSources(text) && ((await this.moreOfLast(context, understanding)) || (await this.restAnswered(context, understanding, this.services.acts.routing.morePractical)))) return step.endDialog();
    if (act && SOCIAL_ACTS.includes(act) && !(await this.triesAnswerFirst(context, understanding, act))) {
      await answerActWhileRouting(context, this.services, act, intent);
      return step.endDialog();
    }
    return undefined;
  }

  /**
   * The new value of a correction by its words ("sorry, 78 not 72"), if the message is one.
   * Not a progress report ("way better today, a 3 instead of 7"): the change is news, not a mistake put right.
   */
  correctedIn(understanding: Understanding): string | undefined {
    const { text } = understanding;
    if (progressAct(understanding) || statusUpdate(text)) return undefined;
    if (saysCorrection(text, false)) return correctedWords(text);
    return swapsDetail(text, this.services.now()) ? correctedWords(text) : undefined;
  }

  /** A count of questions read while routing, in words that ask no such thing, with a sure topic beside it. */
  private asksCourseNotCount(understanding: Understanding): boolean {
    if (confidentAct(understanding) !== 'how_many_more' || !isTopicIntent(understanding.intent) || understanding.score < SURE_COURSE_TOPIC) return false;
    return !vocabulary().control.howManyMore.test(prepare(understanding.text));
  }

  /** What the message does: a correction by its words, else the act model's reading when it is the likelier one. */
  actIn(understanding: Understanding): ActName | undefined {
    if (this.correctedIn(understanding) !== undefined) return 'correction';
    // "how long is this going to go on for?" while no check runs: the pain's course asked, not how many questions
    // are left, unless its words ask about the questions (check-control.yaml `howManyMore`).
    if (this.asksCourseNotCount(understanding)) return undefined;
    // "ugh this is so annoying, my back keeps catching": annoyed with the pain, not with the bot.
    return actOf(understanding) ?? (this.body.aboutBack(understanding.text) ? undefined : leadingFrustration(understanding));
  }

  /**
   * The wish for a plan said last, after a remark on the answers ("this is a lot, just say what I should do"),
   * read as a plan by the act model: the short plan, not the passage nearest its words. Not after a question or the
   * pain told ("what if a warning sign comes on later, what then?", "my leg went numb, what now?"), which
   * ask about what they name.
   */
  private remarkThenVerdict(understanding: Understanding): boolean {
    const { text } = understanding;
    if (understanding.acts?.act !== 'plan' || understanding.redFlag) return false;
    const words = text.trim().split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const head = words.slice(0, i).join(' ');
      if (!asksVerdict(words.slice(i).join(' '))) continue;
      return !asksSomething(head) && !this.body.aboutBack(head);
    }
    return false;
  }

  /**
   * A social act that is read as a question first: pushback asked as a question ("is it going to come
   * back?"), a thanks that opens one, the person's own fact ("just so you know I'm diabetic"), a request
   * for sources ("where does this advice come from"), or how the floor steps are going ("legs are ok").
   */
  async triesAnswerFirst(context: TurnContext, understanding: Understanding, act: ActName | undefined): Promise<boolean> {
    const { text } = understanding;
    if (this.thanksThenQuestion(understanding, act)) return true;
    // "cheers, I'm 71 btw": the thanks carries a fact about them; what it changes, not "you're welcome".
    // So does a fact whose closing words ("that's all") read as a goodbye: it answers what was asked, it does not leave.
    if (closingRead(understanding, act)) {
      const known = ((await this.services.answerState.get(context)) ?? emptyAnswerState()).facts;
      if (factsToldIn(this.services.answers.facts, understanding.patientText ?? text, known)) return true;
    }
    // "I drive a lorry for a living, can't just stop": a stop told beside a fact of theirs (a condition, a job's
    // demands) is their life that can't stop, not the bot asked to: what the fact changes, never "nothing to cancel".
    if (act === 'cancel' && this.services.answers.facts.mentions(understanding.patientText ?? text).own.size > 0) return true;
    if (act === 'pushback' && text.includes('?')) return true;
    if (act === 'pushback' && this.services.answers.facts.mentions(text).own.size > 0) return true;
    if (this.services.answers.planner.asksForSources(text)) return true;
    return act === 'pushback' && this.services.answers.planner.inSteps((await this.services.answerState.get(context)) ?? emptyAnswerState());
  }

  /**
   * "ok cheers. what about the quad bike, is that ok": a thanks that opens a question (the act model may read the question
   * alone); so is a question whose words only sound like a goodbye ("a better way to do it next time?").
   */
  thanksThenQuestion(understanding: Understanding, act: ActName | undefined): boolean {
    return closingRead(understanding, act) && asksSomething(withoutAcknowledgements(prepare(understanding.text)));
  }

  /** What helps most, with the symptom check offered (a button and one line), for a pain report that asked a question. */
  async answerQuestionFirst(context: TurnContext, text: string): Promise<void> {
    const locale = context.activity.locale;
    const { answers, responses, numbers } = this.services;
    const net = fillWords(answers.wording.safetyNet, { ...answers.localeWords.forLocale(locale), emergency: numbers.forLocale(locale).emergency });
    const reply = responses.questionFirst;
    const state = (await this.services.answerState.get(context)) ?? emptyAnswerState();
    // "hairdresser, on my feet all day": the first steps start with what their stated work asks of their back.
    // The turn's facts read as the answers read them: in the patient's words when written for someone ("she's a hairdresser").
    const told = getUnderstanding(context);
    const { lead, facts } = situationLead(answers.facts, { text, ...(told?.text === text && told.patientText ? { factsText: told.patientText } : {}) }, state.facts);
    const steps = lead ? fill(reply.withLead, { lead: fillWords(lead, answers.localeWords.forLocale(locale)) }) : reply.text;
    // "my back's in spasm and my knee is swollen too": the other part's where-to-go first, as a passage answer has it.
    const part = this.services.scope.asidePartIn(text);
    const aside = part ? `${fillWords(fill(this.services.scope.aside, { part }), answers.localeWords.forLocale(locale))} ` : '';
    // Written for someone else ("my wife hurt her back"): said of them (dialogs/aboutPatient.ts).
    const said = await aboutPatient(context, this.services, `${aside}${steps}\n\n${net}`);
    await context.sendActivity(withSuggestions(said, labelsFor(responses, reply.suggestions), context.activity.channelId));
    await this.services.answerState.set(context, { ...state, facts, checkOffered: text, painTold: painToldWith(state.painTold, text) });
  }

  /** Warning signs denied in the message ("no numbness or anything", "I don't have any of those"), with no progress report. */
  private deniesSigns(understanding: Understanding): boolean {
    const { text } = understanding;
    // "no to all of them" after the warning signs were listed: every one denied, not help declined.
    if (vocabulary().control.deniesSign.test(prepare(text)) || saysNoToEveryOne(text)) return true;
    if (confidentAct(understanding) !== 'no') return false;
    // "pee's fine, no numbness": the check's denials (denials.yaml) read as the check reads them, as well as the lexicon's.
    const denied = this.services.redFlags.denied(text, understanding.flagRaised);
    return denied.length > 0 || deniedSigns(text, denied).size > 0;
  }

  /** The corrected value said back, then the last answer given again (now read with it); false when there was no last answer. */
  private async againForCorrection(context: TurnContext, understanding: Understanding, value: string): Promise<boolean> {
    const state = await this.services.answerState.get(context);
    const last = state?.passage ? this.services.answers.library.get(state.passage) : undefined;
    if (!last) return false;
    // Asked by the last answer's own question, so that it is given for the facts as they now stand.
    return this.leadThenAnswer(context, understanding, fill(this.services.acts.routing.correctionThenAnswer, { value }), last.question, true);
  }

  /** After "you said that already": a short sorry, with buttons for the usual topics not yet answered. */
  private async somethingElse(context: TurnContext, named: string, text = this.services.acts.routing.saidAgain): Promise<void> {
    const { responses, answers, knowledge } = this.services;
    const state = (await this.services.answerState.get(context)) ?? emptyAnswerState();
    const answered = new Set(state.given.flatMap((id) => knowledge.byId(answers.library.get(id)?.topic ?? '')?.intents ?? []));
    // The topic the complaint names ("you already said heat") is no suggestion either.
    const suggestions = responses.welcome.suggestions.filter((i) => !answered.has(i as never) && i !== named);
    await context.sendActivity(withSuggestions(text, labelsFor(responses, suggestions), context.activity.channelId));
  }

  /**
   * "I do that already": what the rest of the message asks for, else more of the last answer (or the one offered
   * after it), else the usual topics not yet answered; each after a line that backs what they do.
   */
  private async beyondLast(context: TurnContext, understanding: Understanding, named: string): Promise<void> {
    const { alreadyDoing, alreadyNoHelp, alreadyBeyond, alreadyOther, morePractical } = this.services.acts.routing;
    // "that's no help, I know all that, ...": the complaint that opens it is no part of what to answer, and no
    // "that part's covered" to someone annoyed: the practical line the other complaints get.
    const complains = this.actIn(understanding) === 'frustration';
    const lead = saysNotWorking(understanding.text) ? alreadyNoHelp : complains ? morePractical : alreadyDoing;
    const beyond = complains ? lead : `${lead} ${alreadyBeyond}`;
    // What the rest asks for first ("I know all that, I have to keep working"): the need they name beats more of the same topic.
    if ((await this.restAnswered(context, understanding, beyond, complains)) || (await this.moreOfLast(context, understanding, beyond))) return;
    await this.somethingElse(context, named, `${lead} ${alreadyOther}`);
  }

  /**
   * The message without its complaint ("that's no use, I know all that, I have to drive all day"): the clauses that
   * neither complain nor say it is done already, answered after `lead` when they fit a passage well; false otherwise.
   */
  private async restAnswered(context: TurnContext, understanding: Understanding, lead: string, complaintFirst = true): Promise<boolean> {
    const parts = clauses(understanding.text, { breakingWords: ['turns'] }).map((c) => c.trim()).filter(Boolean);
    // A clause that only says it is not working ("no better") names nothing to answer.
    const rest = parts.filter((c, i) => !(complaintFirst && i === 0) && !saysAlreadyDoing(c) && !saysNotWorking(c)).join(', ');
    if (!rest || this.services.answers.planner.bestFit(rest) < REST_FIT) return false;
    return this.leadThenAnswer(context, understanding, lead, rest, true);
  }

  /** More of the last answer (or the one offered after it), said after `lead` (as more practical help); false when there is none. */
  async moreOfLast(context: TurnContext, understanding: Understanding, lead = this.services.acts.routing.morePractical): Promise<boolean> {
    const { answers } = this.services;
    const state = await this.services.answerState.get(context);
    const ask = answers.wording.requests.more[0];
    if (!state || !ask || !answers.planner.hasMore(state)) return false;
    // Asked as "tell me more", so that the answers keep their own count of what was given.
    return this.leadThenAnswer(context, understanding, lead, ask, false);
  }

  /**
   * `lead` said, then `asked` answered in place of the message (the last answer's question, the rest of a complaint,
   * "tell me more"): read by its words alone, no intent, so the passage that fits it is given; false when none is.
   */
  private async leadThenAnswer(context: TurnContext, understanding: Understanding, lead: string, asked: string, aboutBack: boolean): Promise<boolean> {
    await context.sendActivity(lead);
    return answerTurn(context, this.services, this.escalation, { ...understanding, text: asked, intent: 'none', score: 0 }, aboutBack);
  }
}

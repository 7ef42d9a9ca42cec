import { closingKind, notBetterForWeeks, saysNotBetter } from '../src/triage/checkAsides';
import { TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import type { ActName } from '../src/nlu/acts';
import type { EscalatedAct } from '../src/content/actReplies';
import { Intent, isTopicIntent } from '../src/nlu/intents';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { notTwice } from './escalationReplies';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import { findPhrase } from '../src/language/phrases';
import { clauses } from '../src/language/clauses';
import { capitalise, labelsFor, thanksReply, withSuggestions } from './replies';
import { correctedWords } from './checkMessages';
import { parseSeverity } from '../src/triage/severity';
import type { DialogServices } from './services';
import { getUnderstanding } from './turnUnderstanding';
import { asksSomething, withoutAcknowledgements } from '../src/triage/yesNo';
import { vocabulary } from '../src/triage/vocabulary';
import { prepare } from '../src/triage/text';
import { readCall, talksOfPlan } from '../src/safety/checkAnswers';
import { deniedThisTurn, pushbackWithDenials } from './deniedRecord';
import { needsIn, needsReply, notedReply } from './escalationNeeds';
import { actOf } from './actReading';
import { saidToWriter } from '../src/language/functionWords';

// Which act a message performs (actReading.ts), for the routing dialogs that import it from here.
export { ACT_CONFIDENCE, actOf, confidentAct } from './actReading';

/** Values for acts.yaml's placeholders. */
function values(services: DialogServices, locale: string | undefined, record?: EscalationRecord) {
  const emergency = services.numbers.forLocale(locale).emergencyText;
  const instruction = record ? escalationReminder(services, record, locale) : undefined;
  // Why it matters, in the flag's own plain sentence (flag-wording.yaml): pushback is answered with the reason,
  // said of the person the alarm is for ("before he moves about").
  const explained = record ? [...new Set(record.flags.map((f) => services.redFlags.explain(f)))].join(' ') : undefined;
  const matters = explained && record?.pronoun && services.person ? services.person.wording.aboutThem(explained, record.pronoun) : explained;
  return { emergency, instruction, Instruction: instruction && capitalise(instruction), matters, them: record?.pronoun ?? 'them' };
}

/**
 * "he's 76, not 67": the new value said back; otherwise a request to say it again. Asked whether it
 * changes anything, a correction that names no fact of theirs (a side, a day) gets that the advice stands.
 */
function correctionReply(services: DialogServices, text: string, locale?: string): string {
  const r = services.acts.routing;
  if (asksIfItChanges(services, text)) return r.correctionSameAdvice;
  const value = correctedWords(text) ?? scoreCorrected(text, locale);
  if (value && (value.split(/\s+/).length > MAX_VALUE_WORDS || /[,;.]/.test(value))) return r.correctionTaken;
  return value ? fill(r.correctionNoted, { value: saidToWriter(value) }) : r.correction;
}

/** Most words a corrected value said back has ("the left side of my lower back"): more is a sentence, taken as told. */
const MAX_VALUE_WORDS = 7;

/**
 * "wait no, more like a 5, it's 9 when i bend": a pain score put right in numbers is the new value, said back as
 * the check will read it (the check opens with it), never "tell me again in your own words".
 */
function scoreCorrected(text: string, locale?: string): string | undefined {
  const s = parseSeverity(text, locale);
  if (!s || s.approximate) return undefined;
  return s.low !== undefined && s.low < s.value ? `${s.low} to ${s.value} out of 10` : `${s.value} out of 10`;
}

/**
 * "the right side, not the left. does that change anything?": no medicine or condition named (anyone's),
 * and no number (an age, a dose, a week of pregnancy), whose correction may well change the answer.
 */
export function asksIfItChanges(services: DialogServices, text: string): boolean {
  return vocabulary().control.changesAnything.test(prepare(text)) && services.answers.facts.mentions(text).any.size === 0 && !/\d/.test(text);
}

const ROUTING_SUGGESTIONS: Partial<Record<ActName, Intent[]>> = {
  better: ['stretches', 'prevention'],
  worse: ['report_symptoms', 'when_to_see_doctor'],
  pushback: ['report_symptoms', 'when_to_see_doctor'],
};

/**
 * Answers an act when no dialog is running. Only a `cancel` act gets "there's
 * nothing to cancel"; `carry_on` is MainDialog's (it may resume a dialog).
 */
export async function answerActWhileRouting(context: TurnContext, services: DialogServices, act: ActName, intent: Intent): Promise<void> {
  const { responses } = services;
  const r = services.acts.routing;
  const v = values(services, context.activity.locale);
  const texts: Record<Exclude<ActName, 'carry_on'>, string> = {
    yes: r.yes,
    no: r.no,
    unsure: r.unsure,
    correction: correctionReply(services, context.activity.text ?? '', context.activity.locale),
    better: r.better,
    // "3 weeks and no better": after a few weeks of self-care the time to be seen is now (mend49b).
    worse: notBetterForWeeks(context.activity.text ?? '') ? r.notBetterWeeks : saysNotBetter(context.activity.text ?? '') ? r.notBetter : r.worse,
    // "ok thank you doctor": what the bot is, said plainly.
    thanks_ok: intent === 'thanks' || vocabulary().control.calledClinician.test(prepare(context.activity.text ?? '')) ? thanksReply(responses, context.activity.text ?? '') : r.ok,
    pushback: r.pushback,
    about_bot: aboutBotText(services, getUnderstanding(context)),
    frustration: r.frustration,
    goodbye: responses.goodbye,
    cancel: responses.cancelNothing,
    how_many_more: r.howManyMore,
    plan: r.plan,
  };
  // "it's my back, legs are fine": with signs ruled out on record, they are named, not listed again.
  const calm = act === 'pushback' ? await pushbackWithDenials(context, services, v.emergency) : undefined;
  const text = calm ?? fill(act === 'carry_on' ? r.carryOnNothing : texts[act], v);
  const quiet: ActName[] = ['no', 'thanks_ok', 'goodbye', 'correction'];
  const suggestions = quiet.includes(act) ? [] : (ROUTING_SUGGESTIONS[act] ?? responses.welcome.suggestions);
  await context.sendActivity(withSuggestions(text, labelsFor(responses, suggestions), context.activity.channelId));
}

/**
 * After an escalation in this conversation, answers so that nothing
 * contradicts the instruction: acts get a reply that repeats it, and topics
 * whose routine advice would read as "carry on as normal" (acts.yaml
 * holdTopics: work, driving, exercise...) get a held answer. Returns false
 * when the normal route should answer (another topic, which then carries the
 * reminder; a new symptom report, which is refused a routine check).
 */
export async function answerAfterEscalation(
  context: TurnContext,
  services: DialogServices,
  record: EscalationRecord,
  understanding: Understanding,
  options: { tryAnswer?: () => Promise<boolean>; act?: ActName; agree?: () => Promise<void>; said?: (reply: string) => Promise<void> } = {},
): Promise<boolean> {
  const a = services.acts.afterEscalation;
  // An alarm raised for someone the writer is with: the replies that say what to do speak of them.
  const level = levelReplies(services, record);
  const v = values(services, context.activity.locale, record);
  const { intent } = understanding;
  // Never the reply before word for word: the instruction in a short line instead (escalationReplies.ts).
  const say = async (reply: string) => {
    const once = notTwice(services, record, reply, context.activity.locale);
    await options.said?.(once);
    await context.sendActivity(once);
  };
  const asks = asksSomething(understanding.text);
  // "she can walk, and no tingling in her legs": warning signs denied, told not asked, are taken in.
  const denies = !asks && deniedThisTurn(context).length > 0;
  // "you're very good. slán": a thanks or goodbye in words the models don't know is still a close, not a topic.
  const read = options.act ?? actOf(understanding) ?? (asks ? undefined : closeAct(understanding.text));
  // "but I can walk fine": a statement set against the instruction is push-back, whatever topic its words resemble.
  const act = !read && !asks && opensWith(services, understanding.text, a.pushbackOpeners) && !isDriven(services, understanding.text) ? 'pushback' : read;
  // After an emergency, a call under way or reluctance to call is read as at the check question
  // (the same words, src/safety/checkAnswers), before the everyday needs.
  const call = record.level === 'emergency' ? readCall(services.checkDialogue, understanding.text) : undefined;
  // "ok we're going to the ER now. can he take Tylenol first?": the plan told beside a question is agreed to;
  // after an emergency nothing is to hold them up, so the question is not answered as a topic.
  const plan = asks && !call ? plannedIn(services, understanding.text) : undefined;
  if (plan) {
    await options.agree?.();
    if (record.level === 'emergency' && plan.need === 'going') {
      const going = needsReply(services, record, { text: plan.told, intent: 'none', score: 0 }, context.activity.locale);
      await context.sendActivity(fill(`${going ?? ''} ${a.goNow}`.trim(), v));
      return true;
    }
  }
  // "my GP can't see me till Thursday", "what do I tell them?", "she's calling": the need answered, at the instruction's level.
  // A need marked overActs ("ok pulling over now") is news whatever act the message reads as.
  const actHidesNeeds = act && NOT_QUESTIONS.includes(act) && act !== 'pushback' && !needsIn(services, understanding.text)[0]?.overActs;
  const need = call || actHidesNeeds ? undefined : needsReply(services, record, understanding, context.activity.locale);
  if (need) {
    if (AGREEING_NEEDS.includes(needsIn(services, understanding.text)[0]?.name ?? '')) await options.agree?.();
    await say(need);
    return true;
  }
  // "why does that matter?": why the instruction was given, in the flag's own words, with the instruction.
  if (!call && vocabulary().control.whyAsk.test(prepare(understanding.text))) {
    await context.sendActivity(fill(level.why, v));
    return true;
  }
  // After "get seen today", a question ("which doctor?", "can she take Dolo meanwhile?")
  // is answered, with the one reminder line the answer carries; not deflected.
  // Pushback worded as a question ("is that really necessary?") keeps its own reply unless a passage fits it well.
  // "Alright. What can I take meanwhile?": the okay agrees, and the question after it is what to answer, not push-back.
  const prepared = prepare(understanding.text);
  const agreedThenAsks = act === 'pushback' && withoutAcknowledgements(prepared) !== prepared && asksSomething(withoutAcknowledgements(prepared));
  const question = !(act && NOT_QUESTIONS.includes(act)) || agreedThenAsks || (act === 'pushback' && services.answers.planner.bestFit(understanding.text) >= PASSAGE_FIT);
  if (record.level === 'urgent' && options.tryAnswer && asksSomething(understanding.text) && question && !isDriven(services, understanding.text)) {
    if (await options.tryAnswer()) return true;
  }
  let text: string | undefined;
  // "alright, quit nagging" once they are on their way: a short kind close, not the instruction word for word again.
  const closes = act ? CLOSING_ACTS.includes(act) : intent === 'thanks' || intent === 'goodbye';
  if (record.agreed && closes && !call) text = level.agreedClose;
  // "my brother is coming with the car, we're going to the hospital": going in by a lift is answered as the lift.
  else if (call === 'calling') text = isDriven(services, understanding.text) ? drivenText(services, record, understanding.text) : services.checkDialogue.text.whileYouWait;
  else if (call === 'reluctant') text = `${services.checkDialogue.text.reluctant} ${level.pushback}`;
  else switch (act) {
    case 'pushback': text = level.pushback; break;
    // "ok, my wife's driving me in now": the lift is the news, not the okay.
    case 'thanks_ok': text = isDriven(services, understanding.text) ? drivenText(services, record, understanding.text) : level.ok; break;
    case 'better': text = level.better; break;
    case 'worse': text = level.worse; break;
    case 'no': text = denies ? level.denied : level.answer; break;
    case 'yes': case 'unsure': text = level.answer; break;
    case 'correction': text = a.correction; break;
    case 'frustration': text = level.frustration; break;
    case 'goodbye': text = level.goodbye; break;
    case 'cancel': text = a.cancel; break;
    case 'how_many_more': text = a.howManyMore; break;
    case 'carry_on': text = a.carryOn; break;
    case 'about_bot': text = `${aboutBotText(services, understanding)}\n\n${level.other}`; break;
    default:
      // "can my son take me?" is the plan, whatever topic it reads as.
      if (isDriven(services, understanding.text)) text = drivenText(services, record, understanding.text);
      else if (denies) text = level.denied;
      // "got a load due in the city tomorrow": a plan for later, told, is answered as putting it off.
      else if (!asks && talksOfPlan(services.checkDialogue, understanding.text)) text = level.later;
      else if (isTopicIntent(intent)) {
        // A statement no topic reads surely is news for whoever sees them, not a loosely matching passage.
        if (!asksSomething(understanding.text) && understanding.score < UPDATE_TOPIC_MIN) text = notedReply(services, record, context.activity.locale);
        else if (!a.holdTopics[record.level].includes(intent)) return false;
        else text = heldText(services, record, understanding.text, a.driveTopics.includes(intent), a.medicineTopics.includes(intent));
      } else if (intent === 'report_symptoms') return false;
      else if (intent === 'thanks') text = level.ok;
      else if (intent === 'goodbye') text = level.goodbye;
      // A question the answers may place ("what can I take meanwhile?"): answered, with the reminder, or held by its passage.
      else if (options.tryAnswer && (await options.tryAnswer())) return true;
      // "there was blood in it this morning": news for whoever sees them; "hmm" is just kept company.
      else text = !asksSomething(understanding.text) && wordsIn(understanding.text) >= STATEMENT_WORDS ? notedReply(services, record, context.activity.locale) : level.other;
  }
  if (call === 'calling' || text === level.driven) await options.agree?.();
  await say(fill(text, v));
  return true;
}

/** Needs that say they are calling or on their way, or will call (knowledge/after-escalation.yaml). */
const AGREEING_NEEDS: readonly string[] = ['calling', 'going', 'willCall'];

/** The agreeing need told in the clauses of a message that ask nothing, with those clauses. */
function plannedIn(services: DialogServices, text: string): { need: string; told: string } | undefined {
  const told = clauses(text).filter((c) => !asksSomething(c)).join('. ');
  const need = told ? needsIn(services, told).find((n) => AGREEING_NEEDS.includes(n.name)) : undefined;
  return need ? { need: need.name, told } : undefined;
}
/** Acts that close or acknowledge rather than ask or push back. */
const CLOSING_ACTS: readonly ActName[] = ['thanks_ok', 'goodbye', 'frustration'];

/** Below this, a topic read from a statement after an escalation is not taken as a question about it. */
const UPDATE_TOPIC_MIN = 0.7;
/** A message this long that asks nothing tells something. */
const STATEMENT_WORDS = 4;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A passage fitting a pushback this well answers it as a question ("till then can she take Dolo?"). */
export const PASSAGE_FIT = 0.5;

/** Acts that are no question to answer, even when worded as one ("can we stop?", "are you a bot?"). */
const NOT_QUESTIONS: readonly ActName[] = ['pushback', 'goodbye', 'cancel', 'correction', 'about_bot', 'how_many_more', 'carry_on'];

/** The message has one of the phrases, both read as the answers read words. */
function mentionsAny(services: DialogServices, text: string, phrases: readonly string[]): boolean {
  const words = services.answers.words(text);
  return phrases.some((p) => findPhrase(words, services.answers.words(p)).length > 0);
}

/** The message opens with one of the phrases ("but ..."), read as the answers read words. */
function opensWith(services: DialogServices, text: string, phrases: readonly string[]): boolean {
  const words = services.answers.words(text);
  return phrases.some((p) => findPhrase(words, services.answers.words(p)).includes(0));
}

/** The replies at the escalation's level; for someone the writer is with, those that speak of them (forOther). */
function levelReplies(services: DialogServices, record: EscalationRecord): Record<EscalatedAct, string> {
  const a = services.acts.afterEscalation;
  return record.pronoun ? { ...a[record.level], ...a.forOther?.[record.level] } : a[record.level];
}

/** The message is about being driven by someone else ("can my wife take me?"). */
export function isDriven(services: DialogServices, text: string): boolean {
  return mentionsAny(services, text, services.acts.afterEscalation.drivenWords);
}

/** The writer is the driver: said outright ("I'll drive him"), or a driving word with "myself" anywhere ("drive her in to A&E myself"). */
function atTheWheel(services: DialogServices, text: string): boolean {
  const a = services.acts.afterEscalation;
  return mentionsAny(services, text, a.selfDriveWords) || (mentionsAny(services, text, a.selfDriveVerbs) && mentionsAny(services, text, a.selfDriveSelf));
}

/** A wait of hours (knowledge/after-escalation.yaml): put off too, after an emergency. */
const WAIT_HOURS = 'waitHours';

/**
 * Being driven is a good plan only when it is not put off: "tomorrow" under "get seen today" is not
 * agreed to, nor, after an emergency, "can he take me when he's home in an hour?".
 */
function drivenText(services: DialogServices, record: EscalationRecord, text: string): string {
  const level = levelReplies(services, record);
  // "I'll drive him in myself": the writer at the wheel, which an emergency's instruction rules out.
  if (record.level === 'emergency' && atTheWheel(services, text)) return level.drive;
  const later = mentionsAny(services, text, services.acts.afterEscalation.laterWords);
  const hours = record.level === 'emergency' && needsIn(services, text, { ignoreUnless: true }).some((n) => n.name === WAIT_HOURS);
  return later || hours ? level.drivenLater : level.driven;
}

/**
 * The reply that stands in for a held topic after an escalation: being driven
 * by someone else is the plan ("can my son take me?"), driving oneself is not,
 * and anything else waits until a clinician has seen them.
 */
export function heldText(services: DialogServices, record: EscalationRecord, text: string, driveTopic: boolean, medicineTopic = false): string {
  const a = services.acts.afterEscalation;
  const level = levelReplies(services, record);
  if (isDriven(services, text)) return drivenText(services, record, text);
  if (driveTopic && mentionsAny(services, text, a.driveWords)) return level.drive;
  // "can she have ibuprofen meanwhile?", "do I tell them about the naproxen?": a short answer, not "that can wait".
  if (medicineTopic && record.level === 'emergency') return a.heldMedicine;
  return level.hold;
}

/**
 * After an escalation, the held reply for a passage that would contradict the
 * instruction: its topic is held at this level, or it has a held tag
 * ("book if not better in a few weeks" under "get seen today"). Filled in.
 */
export function heldForPassage(
  services: DialogServices,
  record: EscalationRecord,
  text: string,
  passage: { topic: string; tags: readonly string[] },
  locale: string | undefined,
  /** The message tells warning signs denied and asks nothing ("I can walk, no tingling"): taken in, not held. */
  denies = false,
): string | undefined {
  const a = services.acts.afterEscalation;
  const intents = services.knowledge.byId(passage.topic)?.intents ?? [];
  let reply: string | undefined;
  if (passage.tags.some((t) => a.heldTags[record.level].includes(t))) reply = a[record.level].routine;
  else if (intents.some((i) => (a.holdTopics[record.level] as readonly string[]).includes(i))) {
    reply = heldText(services, record, text, intents.some((i) => (a.driveTopics as readonly string[]).includes(i)), intents.some((i) => (a.medicineTopics as readonly string[]).includes(i)));
  }
  if (reply !== undefined && denies) reply = a[record.level].denied;
  return reply === undefined ? undefined : fill(reply, values(services, locale, record));
}

/**
 * Inside a prompt: the acts CancelAndHelpDialog answers before asking the
 * pending question again. yes/no/unsure/correction/better/worse/carry_on are
 * answers to the prompt, left to the prompt's own dialog.
 */
export const INTERRUPTING_ACTS: readonly ActName[] = ['pushback', 'about_bot', 'frustration', 'thanks_ok', 'how_many_more'];

export function interruptionText(services: DialogServices, act: ActName, remaining: number | undefined, understanding?: Understanding): string {
  const i = services.acts.interruption;
  switch (act) {
    case 'pushback': return i.pushback;
    case 'about_bot': return `${aboutBotText(services, understanding)}\n\n${i.resume}`;
    case 'frustration': return i.frustration;
    case 'how_many_more': return remaining === undefined ? i.howManyMoreUnknown : fill(i.howManyMore, { remaining });
    default: return i.ok;
  }
}

/** Who the bot is, or, when the message asked who sees or keeps what it types, only what it keeps. */
export function aboutBotText(services: DialogServices, understanding: Understanding | undefined): string {
  const results = understanding ? [understanding.acts, ...(understanding.sentenceActs ?? [])] : [];
  return results.some((a) => a?.aboutPrivacy) ? services.responses.aboutPrivacy : services.responses.aboutBot;
}

/** The act of a thanks or goodbye read by its words (check-asides.yaml `closing`), if the message is one. */
function closeAct(text: string): ActName | undefined {
  const kind = closingKind(text);
  return kind === 'thanks' ? 'thanks_ok' : kind === 'goodbye' ? 'goodbye' : undefined;
}

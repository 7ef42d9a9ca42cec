import { openerSaid, openerTaken, pendingOpener } from './feelingOpener';
import type { NamedProduct } from '../src/knowledge/medicineQuestions';
import { Entity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import { countryOf, fillWords } from '../src/knowledge/localeWords';
import type { AnswerInput, AnswerPlan, AnswerPlanner } from '../src/knowledge/answerPlanner';
import { AnswerState, emptyAnswerState, painToldWith, withRecent } from '../src/knowledge/answerState';
import { withoutClashes } from '../src/knowledge/factClashes';
import type { Reference } from '../src/knowledge/passages';
import { sentences } from '../src/knowledge/answerText';
import type { TopicIntent } from '../src/nlu/intents';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { heldForPassage } from './actAnswers';
import { asksSomething } from '../src/triage/yesNo';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import { keepReply, notTwice } from './escalationReplies';
import { withSuggestions } from './replies';
import { worseIfItHappens } from './supposedWorse';
import type { DialogServices } from './services';
import { noteDisambiguation, rateable } from './turnEvents';
import { getUnderstanding } from './turnUnderstanding';
import { prepare } from '../src/triage/text';
import { sentencesAsTyped } from '../src/language/sentences';
import { vocabulary } from '../src/triage/vocabulary';
import { deniedSoFar, deniedThisTurn } from './deniedRecord';
import { asStillNotBetter } from './stillNotBetter';
import { asksBotsPastimes } from './routeReadings';
import { clauses } from '../src/language/clauses';
import { aboutPatient, patientPronoun } from './aboutPatient';
import type { Passage } from '../src/knowledge/passages';

/** A passage written to the one helping the person in pain ("Don't lift them"): not reworded for the person. */
const TO_HELPER_TAG = 'to-helper';

/** How many sentences said the state keeps: enough for a conversation's warnings, bounded for storage. */
const MAX_SAID = 60;

/**
 * Answers a knowledge question with the passage that fits it best, read
 * against the last answer first, for this user (their facts) and in their
 * words (their locale). Returns false when the message is not for the answers
 * (a greeting, a symptom report, something off topic), so routing goes on.
 * After an escalation the answer is preceded by a reminder of what to do.
 */
export async function answerTurn(
  context: TurnContext,
  services: DialogServices,
  escalation: StatePropertyAccessor<EscalationRecord | undefined>,
  understanding: Understanding,
  aboutBack: boolean,
  otherPart = false,
  botsPastimes?: boolean,
): Promise<boolean> {
  // "did you see the match last night?": chat asked of the bot is answered as chat, never as the last answer's follow-up.
  // Routing reads it once a turn and passes it down; other callers leave it to be read here.
  if (botsPastimes ?? asksBotsPastimes(services, understanding.text)) return false;
  understanding = asStillNotBetter(services, understanding);
  const input: AnswerInput = {
    text: understanding.text,
    intent: understanding.intent,
    score: understanding.score,
    ranked: understanding.ranked ?? [{ intent: understanding.intent, score: understanding.score }],
    aboutBack,
    ...(otherPart ? { otherPart } : {}),
    ...(understanding.patientText ? { factsText: understanding.patientText } : {}),
  };
  return answer(context, services, escalation, input);
}

/**
 * The practical question asked in the message that just raised a same-day sign ("... is heat ok?"):
 * its usual answer straight after the instruction, with no reminder of it, when its topic is comfort
 * while waiting to be seen (acts.yaml selfCareWithUrgent) and the passage is not held under the instruction.
 * Nothing is said otherwise (false).
 */
export async function answerAfterAlarm(
  context: TurnContext,
  services: DialogServices,
  escalation: StatePropertyAccessor<EscalationRecord | undefined>,
  understanding: Understanding,
  aboutBack: boolean,
): Promise<boolean> {
  // A long story around the question ("... tried advil ... chemo 2 years ago ... should I get a massage?") reads as its
  // question alone: the whole message's topic is often the story's. The facts still come from all of it.
  const asked = askedSentence(understanding.text);
  const whole = asked === understanding.text.trim();
  const input: AnswerInput = {
    text: asked,
    intent: whole ? understanding.intent : 'none',
    score: whole ? understanding.score : 0,
    ranked: whole ? (understanding.ranked ?? [{ intent: understanding.intent, score: understanding.score }]) : [],
    aboutBack,
    factsText: understanding.patientText ?? understanding.text,
  };
  return answer(context, services, escalation, input, true);
}

/**
 * The last sentence that ends in a "?" (however many: "is heat ok??"), else the whole message. A line break ends a
 * sentence too, since people often type each thought on its own line with no full stop.
 */
function askedSentence(text: string): string {
  const trimmed = text.trim();
  const asked = sentencesAsTyped(trimmed, { marks: '.!?\n', spaceAfter: false })
    .map((s) => s.trim())
    .filter((s) => s.endsWith('?'));
  return asked.at(-1) ?? trimmed;
}

/** The plan is a self-care passage that may follow a same-day instruction just given. */
function selfCareUnderAlarm(services: DialogServices, plan: AnswerPlan, record: EscalationRecord | undefined, text: string, locale: string | undefined): boolean {
  if (plan.kind !== 'passage' || record?.level !== 'urgent') return false;
  const a = services.acts.afterEscalation;
  if (record.flags.some((f) => a.selfCareNotWith.includes(f))) return false;
  const intents = services.knowledge.byId(plan.passage.topic)?.intents ?? [];
  if (!intents.some((i) => (a.selfCareWithUrgent as readonly string[]).includes(i))) return false;
  return heldForPassage(services, record, text, plan.passage, locale) === undefined;
}

/**
 * Keeps the facts a message states ("he's 67, on blood pressure tablets")
 * when it is not answered by the answers (it starts the symptom check), so
 * that later answers are still for this person.
 */
export async function rememberFacts(context: TurnContext, services: DialogServices, text: string): Promise<void> {
  const before = (await services.answerState.get(context)) ?? emptyAnswerState();
  await services.answerState.set(context, { ...before, facts: services.answers.facts.read(text, before.facts) });
}

/** A knowledge question during another dialog (the symptom check): answered the same way. */
export async function sendTopicAnswer(
  context: TurnContext,
  services: DialogServices,
  escalation: StatePropertyAccessor<EscalationRecord | undefined>,
  intent: TopicIntent,
): Promise<void> {
  const u = getUnderstanding(context);
  const text = u?.text ?? services.responses.labels[intent] ?? intent;
  const factsText = u?.patientText;
  await answer(context, services, escalation, { text, intent, score: 1, ranked: [{ intent, score: 1 }], aboutBack: false, ...(factsText ? { factsText } : {}) });
}

async function answer(
  context: TurnContext,
  services: DialogServices,
  escalation: StatePropertyAccessor<EscalationRecord | undefined>,
  input: AnswerInput,
  afterAlarm = false,
): Promise<boolean> {
  const { answers, answerState } = services;
  const before = (await answerState.get(context)) ?? emptyAnswerState();
  const planned = forHelper(answers.planner.plan(input, before), await patientPronoun(context, services));
  const state = planned.state;
  // A stated fact filters what follows: no "cold works too" after "I have Raynaud's".
  // A limit told (pharmacy shut, no floor) swaps the stock next step and is acknowledged once.
  const plan = withoutClashes(answers.circumstances.apply(planned.plan, state.facts, state.said ?? [], answers.words), state.facts, answers.facts, answers.words);
  if (plan.kind === 'pass') {
    // Facts are still remembered; nothing is said.
    await answerState.set(context, state);
    return false;
  }
  const locale = answers.facts.localeAsked(input.text, state.facts) ?? state.facts.locale ?? context.activity.locale;
  // "my knee and my back": the knee is said to be outside what this covers, then the back is answered.
  const part = plan.kind === 'passage' ? services.scope.asidePartIn(input.text) : undefined;
  const record = await escalation.get(context);
  // "what if I get confused?" after a same-day alarm for a fever: what the supposed sign would make it, and the instruction standing now.
  const worse = record ? worseIfItHappens(services, record, input.text, locale) : undefined;
  if (worse) {
    await answerState.set(context, state);
    await context.sendActivity(await aboutPatient(context, services, worse));
    return true;
  }
  if (afterAlarm && !selfCareUnderAlarm(services, plan, record, input.text, locale)) {
    await answerState.set(context, state);
    return false;
  }
  // After an escalation a menu of the closest topics answers nothing: the escalation's own replies keep the instruction instead.
  if (record && plan.kind === 'topics') {
    await answerState.set(context, state);
    return false;
  }
  // "what if I lose bladder control?" with no answer to the rest: what to do if it happens and how rare it is, not the menu.
  const warnOnly = !record && plan.kind === 'topics' ? signWarning(services, input.text, locale) : undefined;
  if (warnOnly) {
    await answerState.set(context, state);
    await context.sendActivity(await aboutPatient(context, services, `${warnOnly} ${services.responses.answer.signRare}`));
    return true;
  }
  // A feeling told ("I'm terrified") is heard first, inside the first answer's word limit.
  const opener = plan.kind === 'passage' && !record && !afterAlarm ? pendingOpener(context, services, plan.passage.answer) : undefined;
  const composed = answers.composer.compose(plan, {
    words: { ...answers.localeWords.forLocale(locale), ...productWords(state.product), ...answers.facts.productWords(state.facts) },
    ...(part ? { aside: fill(services.scope.aside, { part }) } : {}),
    emergency: services.numbers.forLocale(locale).emergency,
    ...(countryOf(locale) ? { country: countryOf(locale) } : {}),
    topicLabel: (topic) => {
      const intent = services.knowledge.byId(topic)?.intents[0];
      return intent ? services.responses.labels[intent] : undefined;
    },
    next: nextFor(plan, services, state),
    shown: before.shown,
    ...(state.said ? { said: state.said } : {}),
    ...(opener && !opener.alone ? { opener: opener.sentences } : {}),
  });
  if (!composed) return false;
  if (opener) openerTaken(context);
  // Advice with the feeling heard (serious causes are rare, and what would change that), or an opener the answer had no
  // room for: a message of its own first.
  if (opener && (opener.alone || !composed.opened)) await context.sendActivity(opener.sentences.join(' '));
  if (opener) await openerSaid(context, services, opener.keys);
  // The answer's first sentence is kept for a check-back of it; a menu or question back leaves none to check.
  const lead = leadOf(plan.kind, composed.text, part, state.lead, composed.opened);
  const said = composed.said?.length ? { said: [...(state.said ?? []), ...composed.said].slice(-MAX_SAID) } : {};
  // The passage this reply spoke from is kept as just shown, so that it is not pasted again a turn or two later.
  const recent = 'passage' in plan && plan.passage ? { recent: withRecent(state.recent, plan.passage.id) } : {};
  // A second ask only offered (its button) is not given yet: tapping it gives its answer in full, not a recap.
  const given = composed.offered ? { given: state.given.filter((id) => id !== composed.offered) } : {};
  await answerState.set(context, { ...state, ...(composed.shown !== undefined ? { shown: composed.shown } : {}), lead, ...said, ...recent, ...given });

  // After an escalation, a passage that would read as "wait and see" is not given; the instruction is.
  if (record && (plan.kind === 'passage' || plan.kind === 'more' || plan.kind === 'brief' || plan.kind === 'recap')) {
    const denies = !asksSomething(input.text) && deniedThisTurn(context).length > 0;
    const held = heldForPassage(services, record, input.text, plan.passage, locale, denies);
    if (held) {
      const once = notTwice(services, record, held, locale);
      await keepReply(context, escalation, once);
      await context.sendActivity(once);
      return true;
    }
  }
  // Straight after the instruction itself, no reminder of it. A fact told after it ("I have high blood
  // pressure if that matters") is noted under the instruction, never in its place.
  if (record && (plan.kind === 'passage' || plan.kind === 'noted') && !afterAlarm) {
    const reminder = context.turnState.get(AGREED_NOW) === true ? services.responses.answer.reminderAgreed : services.responses.answer.reminderAfterEscalation;
    await context.sendActivity(fill(reminder, { why: record.why, instruction: escalationReminder(services, record, locale) }));
  }
  const ifItHappens = !record && signWarning(services, input.text, locale);
  if (ifItHappens) await context.sendActivity(await aboutPatient(context, services, ifItHappens));
  // "when is it an emergency?" after "no numbness, legs fine": what was ruled out is said before the list.
  const ruledOut = !record && !ifItHappens && plan.kind === 'passage' && services.denied.wording.listsSigns(plan.passage.id) && services.denied.wording.acknowledgement(await deniedSoFar(context, services));
  if (ruledOut) await context.sendActivity(ruledOut);
  // "put my back out lifting, ice or heat?": the question is answered, and the symptom check offered as the first button.
  const offerCheck = plan.kind === 'passage' && !record && reportsPain(input);
  const checkLabel = services.responses.labels.report_symptoms;
  const buttons = offerCheck && checkLabel ? [checkLabel, ...composed.buttons.filter((b) => b !== checkLabel)] : composed.buttons;
  // Writing for someone else: the answer speaks of them ("if she is pregnant"), not to the writer (dialogs/aboutPatient.ts).
  // A passage written to the helper (a carer's view, `to-helper`) keeps its words; the rest of the message is worded.
  const toHelper = 'passage' in plan && plan.passage && (plan.passage.carer || plan.passage.tags.includes(TO_HELPER_TAG)) ? plan.passage : undefined;
  const helperWords = { ...answers.localeWords.forLocale(locale), emergency: services.numbers.forLocale(locale).emergency };
  const helperSaid = toHelper ? [toHelper.answer, toHelper.more ?? ''].flatMap((t) => sentences(fillWords(t, helperWords))) : [];
  let message = withSuggestions(await aboutPatient(context, services, composed.text, undefined, helperSaid), buttons, context.activity.channelId);
  if (composed.citations.length) message.entities = [citationEntity(composed.citations)];
  // An answer from a passage can be rated; a question back ("Do you mean A or B?") is noted for review.
  if (plan.kind === 'passage' || plan.kind === 'more' || plan.kind === 'brief' || plan.kind === 'recap') message = rateable(message, `${plan.passage.topic}#${plan.passage.id}`);
  if (plan.kind === 'clarify' || plan.kind === 'topics') noteDisambiguation(context, 'offered', input.text);
  await context.sendActivity(message);
  // A passage whose own answer offers the check ("I can go through the warning signs with you") offers it as the button does.
  const offeredInWords = plan.kind === 'passage' && !record && plan.passage.tags.includes(OFFERS_CHECK_TAG);
  if (offerCheck || offeredInWords) {
    // The pain told with the offer: answers to the check's questions told later start it with this too,
    // and a detail said next ("low down, maybe a 5") takes the offer up.
    const state = (await services.answerState.get(context)) ?? emptyAnswerState();
    // Only while routing: an answer given inside the running check offers nothing to take up after it.
    // The button alone offers nothing to take up: a statement after a practical answer ("been on paracetamol
    // since lunch, not much help") is for the answers, not the check's first details.
    const offer = offeredInWords && context.turnState.get(ROUTING_KEY) === true ? { checkOffered: input.text } : {};
    await services.answerState.set(context, { ...state, ...offer, painTold: painToldWith(state.painTold, input.text) });
  }
  return true;
}

/**
 * Writing for someone else ("how do I get my husband out of bed"): a passage with a carer's view gives it
 * (what to do for them, what not to), in place of the steps said to the person in pain.
 */
function forHelper(planned: ReturnType<AnswerPlanner['plan']>, pronoun: string | undefined): ReturnType<AnswerPlanner['plan']> {
  const plan = planned.plan;
  if (!pronoun || !('passage' in plan) || !plan.passage?.carer) return planned;
  const { answer, more } = plan.passage.carer;
  const passage: Passage = { ...plan.passage, answer, ...(more ? { more } : {}) };
  return { ...planned, plan: { ...plan, passage } };
}

/**
 * "what if it starts going down both legs?": a warning sign only supposed or asked
 * about raises nothing, but what to do if it happens is said before the answer,
 * at the sign's level (emergency first).
 */
function signWarning(services: DialogServices, text: string, locale: string | undefined): string | undefined {
  const flags = services.redFlags.supposed(text);
  if (!flags.length) return undefined;
  const emergency = flags.filter((f) => services.redFlags.level(f) === 'emergency');
  const chosen = emergency.length ? emergency : flags;
  const signs = chosen.map((f) => services.redFlags.describe(f)).join('; ');
  const { answer } = services.responses;
  return fill(emergency.length ? answer.ifEmergencySign : answer.ifUrgentSign, {
    signs,
    emergency: services.numbers.forLocale(locale).emergency,
    sameDay: services.answers.localeWords.forLocale(locale).sameDay ?? '',
  });
}

/**
 * The first sentence of a new passage's answer (no aside about another body part before it); more of the same
 * passage, its sources or a recap keep the one it had; a menu or a question back leaves none to check.
 */
function leadOf(kind: AnswerPlan['kind'], text: string, part: string | undefined, before: string | undefined, opened = 0): string | undefined {
  // The answer's own first sentence, after any opener that heard a feeling.
  if (kind === 'passage') return part ? undefined : sentences(text)[opened];
  return kind === 'more' || kind === 'sources' || kind === 'brief' || kind === 'recap' ? before : undefined;
}

/** Set in turnState by MainDialog's routing: an offer made then can be taken up next turn. */
export const ROUTING_KEY = Symbol('routing');
/** Set in the turn the person says they are calling or going: that answer's reminder backs the plan instead. */
export const AGREED_NOW = Symbol('agreedNow');

/** The passage tag of an answer that offers the symptom check in its own words. */
const OFFERS_CHECK_TAG = 'offers-check';

/** How likely a message reads as a symptom report for its answer to offer the check too. */
const REPORT_OFFER_MIN = 0.25;

/**
 * The message also reports the person's pain: the intent classifier half reads it as a report, or it
 * tells of their own back in a clause besides the question ("put my back out lifting, ice or heat?";
 * not "can I take ibuprofen for my back?").
 */
function reportsPain(input: AnswerInput): boolean {
  if (input.ranked.some((r) => r.intent === 'report_symptoms' && r.score >= REPORT_OFFER_MIN)) return true;
  const told = clauses(input.text).filter((c) => c.trim());
  return told.length >= 2 && vocabulary().control.ownPain.test(prepare(input.text));
}

function nextFor(plan: AnswerPlan, services: DialogServices, state: AnswerState) {
  if (plan.kind !== 'passage' && plan.kind !== 'more' && plan.kind !== 'brief' && plan.kind !== 'recap') return undefined;
  return services.answers.planner.nextOf(plan.passage, state);
}

/**
 * The sources as a schema.org Message entity with Claim citations, which
 * Teams and Web Chat show as numbered references matching "[1]" in the text.
 */
export function citationEntity(references: readonly Reference[]): Entity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: references.map((r, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: r.short,
        abstract: r.title.slice(0, 160),
        ...(r.url ? { url: r.url } : {}),
      },
    })),
  } as Entity;
}

/** The product last named fills {product} and {productIngredients}, and the combination placeholders when it has that in it (a fact's own product name wins). */
function productWords(product: NamedProduct | undefined): Record<string, string> {
  if (!product) return {};
  return {
    product: product.name,
    productIngredients: product.has,
    ...(product.contains.includes('paracetamol') ? { comboProduct: product.name } : {}),
    ...(product.contains.includes('opioid') ? { opioidProduct: product.name, opioidContents: product.has } : {}),
  };
}

/**
 * Which dialogue act a message performs, when the bot should answer it as one: the
 * act model's confident reading weighed against the topic the words are near, and
 * acts the words themselves name (actAnswers.ts answers them).
 */
import { isTopicIntent } from '../src/nlu/intents';
import type { ActName } from '../src/nlu/acts';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { asksSomething } from '../src/triage/yesNo';
import { vocabulary } from '../src/triage/vocabulary';
import { prepare } from '../src/triage/text';

/** Below this calibrated probability an act is not acted on (the model's own threshold is tuned for F1, not for changing course). */
export const ACT_CONFIDENCE = 0.5;

/** The act model this sure the whole message is no act... */
const SURE_NONE = 0.9;
/** ...needs a clause this sure it asks about the bot before that question is answered. */
const SURE_CLAUSE = 0.7;

/** Acts answered even beside a greeting: "hello, are you a bot?". */
const SPEAKS_FOR_ITSELF: readonly string[] = ['about_bot', 'pushback', 'frustration'];

/**
 * The act a message performs, when the bot should answer it as such: a
 * confident act, and for a topic question only when the act is the likelier
 * reading ("really?? 911??" is pushback; "is heat better than ice?" is a topic).
 */
export function actOf(understanding: Understanding): ActName | undefined {
  const cued = cuedAct(understanding);
  if (cued) return cued;
  const act = confidentAct(understanding) ?? askedAboutBot(understanding);
  if (!act) return undefined;
  // A topic question that is the likelier reading wins; so does a greeting or
  // a request for help ("hi, I'm back"), unless the act asks something of its own.
  const { intent } = understanding;
  const smallTalk = (intent === 'greeting' || intent === 'help') && !SPEAKS_FOR_ITSELF.includes(act);
  if ((isTopicIntent(intent) || smallTalk) && understanding.score > understanding.acts!.score) return undefined;
  return act;
}

/** A "keep going" is a short message, not a sentence that holds the words ("I can't keep going at work like this"). */
const MAX_CUED_CARRY_ON_WORDS = 6;

/**
 * An act its own words name, that the act model reads too, however unsure: "alright keep going" is no question
 * about staying active, "is this an actual doctor?" none about when to see one (check-control.yaml `carryOn`,
 * `aboutBot`, `aboutBotHint`). Acts are read before the topic the words are near.
 */
function cuedAct(understanding: Understanding): ActName | undefined {
  const { text } = understanding;
  const t = prepare(text);
  const { carryOn, aboutBot, aboutBotHint } = vocabulary().control;
  const reads = (act: ActName) => understanding.acts?.act === act || (understanding.sentenceActs ?? []).some((a) => a.act === act);
  if (aboutBot.test(t) || (reads('about_bot') && aboutBotHint.test(t))) return 'about_bot';
  const short = t.split(/\s+/).length <= MAX_CUED_CARRY_ON_WORDS;
  // "sure, carry on" reads as a yes to the act model: agreeing to go on is going on.
  const goesOn = understanding.acts?.act === 'carry_on' || understanding.acts?.act === 'yes';
  if (short && !asksSomething(text) && goesOn && carryOn.test(t)) return 'carry_on';
  return undefined;
}

/**
 * "wait, is this a bot? and who else can read it?": one sentence asks who
 * the bot is while the whole reads as nothing in particular (help, none). That
 * question is answered (its reply says what is kept), never the topic list.
 */
function askedAboutBot(understanding: Understanding): ActName | undefined {
  if (isTopicIntent(understanding.intent)) return undefined;
  // "yes, you said to see my GP. what can I do till then?": a clause only just read as about the bot,
  // in a message the act model is sure does no act, tells what the bot said rather than asking who it is.
  const wholeIsNone = understanding.acts?.act === 'none' && understanding.acts.score >= SURE_NONE;
  const bar = wholeIsNone ? SURE_CLAUSE : ACT_CONFIDENCE;
  const asked = (understanding.sentenceActs ?? []).some((a) => a.act === 'about_bot' && a.score >= bar);
  return asked ? 'about_bot' : undefined;
}

/** The act classifier's confident reading, whatever the intent says (actOf weighs the two). */
export function confidentAct(understanding: Understanding): ActName | undefined {
  const a = understanding.acts;
  return a && a.act !== 'none' && a.score >= ACT_CONFIDENCE ? a.act : undefined;
}

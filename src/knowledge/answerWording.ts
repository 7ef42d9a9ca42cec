import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { EVIDENCE_LEVELS, EvidenceLevel, KnowledgeValidationError } from './knowledgeBase';
import { isTopicIntent, type TopicIntent } from '../nlu/intents';

/** knowledge/answers.yaml, typed: how topic answers are worded and steered. */
export interface AnswerWording {
  safetyNet: string;
  sourcesLine: string;
  evidence: Record<EvidenceLevel, string>;
  fullSources: string;
  /** Heads the sources of every answer given, for "where's all this from?". */
  allSources?: string;
  noSourcesYet: string;
  noted: string;
  /** After a fact's note: that it is remembered, and how to forget it. */
  notedAlso: string;
  /** The first-steps passage: a fact stated while reporting pain gets it, the fact's warnings first. */
  firstSteps?: string;
  brief: string;
  /** Asked again about an answer just shown in full: that it is the main advice on {question}, not the text again. */
  mainAdvice: string;
  /** The line of the answer just given that speaks to a follow-up asking again in other words ({sentence}). */
  recalledLine: string;
  /** A follow-up whose line of the answer was just said, with nothing new to add: said plainly instead of the line again. */
  saidAlready?: string;
  /** The line that speaks to a follow-up's detail, already said in this conversation: pointed back to ({sentence}), not given as new. */
  saidLineAgain?: string;
  /** "say that simpler": the last answer's headline ({sentence}) in a plain frame. */
  simpler?: string;
  /** Two asks whose answers will not both fit the first message: the second offered plainly ({question}, its button's label). */
  alsoAsked?: string;
  nothingMore: string;
  askWhich: string;
  closestTopics: string;
  /** Nothing fits well: the closest answers, as questions to pick. */
  closestPassages: string;
  labels: { more: string; sources: string };
  /** sourceWords: a short message holding one asks for the sources, whatever its other words ("can you share the source for that"). */
  requests: { more: string[]; sources: string[]; sourceWords: string[]; moreAbout: string[]; /** "where is ... from": asks where something said comes from. */ sourceFrames?: string[]; /** "all", "everything": a source request for every answer given. */ sourcesAll?: string[];
    /** "every website says ...": a source word followed by one of these tells what a source said; it asks for none. */ sourceTold?: string[];
    /** A whole short message asking why ("how come?"): the reason behind the last answer. */ why?: string[];
    /** A message ending in one of these ("ok, I'm on my side, now what") asks for the next step of the last answer. */ nextStep?: string[];
    /** A short message ending in one of these ("can you put that more simply") asks for the last answer in plainer words. */ simpler?: string[];
    /** A source request naming one of these ("give me the actual study") wants an answer that rests on research. */ studyWords?: string[];
    /** A reference whose title holds one of these ("trial", "review", "et al") reports research. */ studyMarks?: string[] };
  followUpMarkers: string[];
  questionWords: string[];
  /** A message ending in one of these asks ("made it up, now what"). */
  questionEnds?: string[];
  /** A "?" that closes only a doubt ("maybe?", "not sure?"): no question (questionReading.ts). */
  hedgeMarks?: string[];
  /** A later clause that opens with one of `starts` followed by one of `then` asks ("I'm 60 and heavy, is my weight to blame"), though the message does not open as a question. */
  clauseQuestions?: { starts: string[]; then: string[]; pointBack?: string[]; anySubject?: string[] };
  /** "my mate says...": passed-on advice, which asks whether it is right. */
  heardAdvice?: string[];
  /** "I'm stuck on the floor, can't get up": a plight told that asks for a way out, though it has no question. */
  statedNeeds?: string[];
  /** Answers that are steps to follow: a short report of how it is going ("on my knees now") gets the next part. */
  stepPassages?: string[];
  /** Words that open a report on those steps ("ok", "right"): an acknowledgement there, not a question ("ok to ...?"). */
  stepOpeners?: string[];
  /**
   * "did my back lifting a box, what do I do?": a bare ask for what to do now (`asks`, ending the message) after a story
   * whose told cause draws answers of `storyTopics` (how it happened, how to prevent it): the first steps answer it.
   */
  whatToDo?: { asks: string[]; storyTopics: string[] };
  /** "can I take anything?" with no medicine named: the painkiller question (`passage`), whatever story comes with it. */
  takeQuestions?: { phrases: string[]; passage: string };
  /**
   * A short message that asks the last question again, about something else ("and for the stiffness?": `switch`, which
   * starts it) or for a measure of it ("how long for?": `measure`, with no subject of its own): read as that question.
   */
  reframes?: { switch: string[]; measure: string[]; quantities?: string[] };
  /** Words that speak to the bot ("what can you do?"): a wish for help with them is about the bot, not a question of self-care. */
  botWords?: string[];
  /** Words that ask wherever they stand ("in the meantime what helps"), for a wish for help that is no question in form. */
  askingWords?: string[];
  /** "it's not doing much", "hasn't helped": what was tried is not helping; the answer for that (tag `not-working`), not the same advice again. */
  notHelping?: string[];
  /** "ice neither", "nor the stretches": a short message saying the same of another thing, after an answer for what is not helping. */
  notHelpingToo?: string[];
  /** "no I mean ...", "that's not what I asked": the question again, reworded; the answer just given is not it. Matched at the start. */
  rewordings?: string[];
  /** "and ...", "what about ...": how a short follow-up goes on to a thing the last answer spoke of (lastAnswerFollowUps.ts). Matched at the start. */
  askedOfLast?: string[];
  /** A plain statement after an answer that no answer fits: acknowledged (`lead`) with the line of the last answer it bears on. */
  /** "and if it's still as sore next week?": the conditional words, the topic such a question is read as and how surely (dialogs/stillNotBetter.ts). */
  ifStillNotBetter?: { frames: string[]; intent: TopicIntent; score: number; /** Day words that are ahead in such a conditional. */ ahead?: string[]; /** More ways of saying it still hurts. */ stillWords?: string[] };
  heardStatement?: { lead: string; conditionWords: string[]; /** Said over the closest answers when the statement is near some of them. */ ask: string };
  /** One word naming someone other than the writer ("aunt"): a passage tagged someone-elses-history needs one in the message. */
  otherPeople?: string[];
}

const STRINGS = ['safetyNet', 'sourcesLine', 'fullSources', 'noSourcesYet', 'noted', 'notedAlso', 'brief', 'mainAdvice', 'recalledLine', 'nothingMore', 'askWhich', 'closestTopics', 'closestPassages', 'labels.more', 'labels.sources'];
const LISTS = ['requests.more', 'requests.sources', 'requests.sourceWords', 'requests.moreAbout', 'followUpMarkers', 'questionWords'];

export function loadAnswerWording(file: string): AnswerWording {
  const data = readYamlFile(file);
  const at = (path: string): unknown => path.split('.').reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), data);
  for (const p of [...STRINGS, ...EVIDENCE_LEVELS.map((l) => `evidence.${l}`)]) {
    const v = at(p);
    if (typeof v !== 'string' || !v.trim()) throw new KnowledgeValidationError(file, p, 'must be a non-empty string');
  }
  for (const p of LISTS) {
    const v = at(p);
    if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string' || !s.trim())) {
      throw new KnowledgeValidationError(file, p, 'must be a non-empty list of strings');
    }
  }
  for (const p of ['otherPeople', 'hedgeMarks', 'botWords', 'askingWords', 'notHelping', 'notHelpingToo', 'rewordings', 'askedOfLast', 'heardAdvice', 'statedNeeds', 'stepPassages', 'stepOpeners', 'reframes.switch', 'reframes.measure', 'reframes.quantities', 'requests.simpler', 'requests.sourceTold', 'whatToDo.asks', 'whatToDo.storyTopics']) {
    const v = at(p);
    if (v !== undefined && (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !s.trim()))) {
      throw new KnowledgeValidationError(file, p, 'must be a list of strings');
    }
  }
  const simpler = at('simpler');
  if (simpler !== undefined && (typeof simpler !== 'string' || !simpler.includes('{sentence}'))) throw new KnowledgeValidationError(file, 'simpler', 'must be a string with {sentence}');
  const saidAlready = at('saidAlready');
  if (saidAlready !== undefined && (typeof saidAlready !== 'string' || !saidAlready.trim())) throw new KnowledgeValidationError(file, 'saidAlready', 'must be a non-empty string');
  const saidLineAgain = at('saidLineAgain');
  if (saidLineAgain !== undefined && (typeof saidLineAgain !== 'string' || !saidLineAgain.includes('{sentence}'))) throw new KnowledgeValidationError(file, 'saidLineAgain', 'must be a string with {sentence}');
  const alsoAsked = at('alsoAsked');
  if (alsoAsked !== undefined && (typeof alsoAsked !== 'string' || !alsoAsked.includes('{question}'))) throw new KnowledgeValidationError(file, 'alsoAsked', 'must be a string with {question}');
  if (at('ifStillNotBetter') !== undefined) {
    const frames = at('ifStillNotBetter.frames');
    if (!Array.isArray(frames) || frames.length === 0 || frames.some((w) => typeof w !== 'string' || !w.trim())) throw new KnowledgeValidationError(file, 'ifStillNotBetter.frames', 'must be a non-empty list of strings');
    const intent = at('ifStillNotBetter.intent');
    if (typeof intent !== 'string' || !isTopicIntent(intent as TopicIntent)) throw new KnowledgeValidationError(file, 'ifStillNotBetter.intent', 'must be a topic intent');
    for (const key of ['ahead', 'stillWords']) {
      const v = at(`ifStillNotBetter.${key}`);
      if (v !== undefined && (!Array.isArray(v) || v.some((w) => typeof w !== 'string' || !w.trim()))) throw new KnowledgeValidationError(file, `ifStillNotBetter.${key}`, 'must be a list of strings');
    }
    const score = at('ifStillNotBetter.score');
    if (typeof score !== 'number' || score <= 0 || score > 1) throw new KnowledgeValidationError(file, 'ifStillNotBetter.score', 'must be a number in (0, 1]');
  }
  if (at('heardStatement') !== undefined) {
    for (const key of ['lead', 'ask']) {
      const v = at(`heardStatement.${key}`);
      if (typeof v !== 'string' || !v.trim()) throw new KnowledgeValidationError(file, `heardStatement.${key}`, 'must be a non-empty string');
    }
    const words = at('heardStatement.conditionWords');
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || !w.trim())) throw new KnowledgeValidationError(file, 'heardStatement.conditionWords', 'must be a list of strings');
  }
  return data as AnswerWording;
}

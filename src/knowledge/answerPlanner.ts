import { isTopicIntent, type Intent } from '../nlu/intents';
import { findPhrase } from '../language/phrases';
import type { AnswerState } from './answerState';
import type { Passage } from './passages';
import type { UserFacts } from './userFacts';
import type { ActivityMatch } from './everydayActivities';
import { byKindOnly, WEIGHTS, type AnswerInput, type AnswerPlan, type Planned, type PlannerParts } from './answerPlan';
import { PassageGiver } from './passageGiver';
import { SourceRequests } from './sourceRequests';
import { sentences } from './answerText';
import { PassageRanker } from './passageRanking';
import { endsWith, QuestionReader } from './questionReading';
import { Reframer } from './reframes';

export { WEIGHTS, type AnswerInput, type AnswerPlan, type PlannerParts } from './answerPlan';

const isTopic = (intent: Intent) => isTopicIntent(intent);

/** Intents the answers never take over, even with a passage in context. */
const NOT_QUESTIONS: ReadonlySet<Intent> = new Set(['greeting', 'thanks', 'goodbye', 'help', 'cancel']);


/** How rare a word of a rewording must be for the line of the answer that has it to be said again, rather than its first ("floor", not "one"). */
const RECALL_WORD_IDF = 5;
/** How much better an answer in context must fit a short follow-up's words to outvote the classifier's topic (a tie is no reason). */
const CONTEXT_FITS_BETTER = 0.015;
/** How many words the rest of a message must have to be a story around its question ("grand." is none). */
const STORY_MIN_WORDS = 3;
/** Among how many of the whole message's best passages the asking clause's own best must be. */
const QUESTION_IN_STORY_TOP = 3;
/** Among how many of the best readings a statement naming a medicine looks for one that speaks of it. */
const MEDICINE_STATEMENT_TOP = 3;
/**
 * Decides how to answer a message: which passage (read against the last one
 * first), more of the last one, its sources, a question back when two readings
 * are close, or nothing (the message is not a knowledge question). Pure: the
 * new state is returned, not stored.
 */
export class AnswerPlanner {
  private readonly more: ReadonlySet<string>;
  private readonly markers: string[][];
  private readonly why: ReadonlySet<string>;
  private readonly nextStep: string[][];
  private readonly stepPassages: ReadonlySet<string>;
  private readonly sourceRequests: SourceRequests;
  private readonly giver: PassageGiver;
  private readonly ranker: PassageRanker;
  private readonly reader: QuestionReader;
  private readonly reframer: Reframer;

  constructor(private readonly parts: PlannerParts) {
    const key = (s: string) => parts.words(s).join(' ');
    this.more = new Set(parts.wording.requests.more.map(key));
    this.markers = parts.wording.followUpMarkers.map((m) => parts.words(m));
    this.why = new Set((parts.wording.requests.why ?? []).map(key));
    this.nextStep = (parts.wording.requests.nextStep ?? []).map((p) => parts.words(p));
    this.stepPassages = new Set(parts.wording.stepPassages ?? []);
    this.sourceRequests = new SourceRequests(parts);
    this.giver = new PassageGiver(parts);
    this.ranker = new PassageRanker(parts, this.giver);
    this.reader = new QuestionReader(parts);
    this.reframer = new Reframer(parts, this.giver, this.reader);
  }

  plan(input: AnswerInput, before: AnswerState): Planned {
    const remembered = this.reframer.plan(input, before, (i, b) => this.planTurn(i, b));
    const p = remembered.plan;
    // Asked again in other words ("would the floor help?" after the mattress answer): the line of it that speaks to them is said again, not always its first.
    if (p.kind !== 'more' || !p.recalled) return remembered;
    const at = this.parts.matcher.closestSentence(input.text, sentences(p.passage.answer), RECALL_WORD_IDF);
    return at > 0 ? { ...remembered, plan: { ...p, recallAt: at } } : remembered;
  }

  private planTurn(input: AnswerInput, before: AnswerState): Planned {
    const words = this.parts.words(input.text);
    const facts = this.parts.facts.read(input.factsText ?? input.text, before.facts);
    const product = this.parts.namedProduct?.(words);
    const { alsoInContext, ...kept } = before;
    const state: AnswerState = { ...kept, facts, ...(product ? { product } : {}) };
    const newFacts = Object.keys(facts.known).filter((k) => before.facts.known[k] === undefined && !this.parts.facts.isQuiet(k));
    const last = before.passage ? (this.parts.library.get(before.passage) ?? this.parts.activities?.get(before.passage)) : undefined;
    const key = words.join(' ');
    const forThem = this.ranker.factPassages(input.factsText ?? input.text, facts);
    // The last answer's topic, and the passages of an activity the last question named (see AnswerState.alsoInContext).
    const inContextOf = (p: Passage) => p.topic === last?.topic || (alsoInContext ?? []).includes(p.id);

    const sources = this.sourceRequests.plan(words, last, state, () => this.giver.givenPassages(state));
    if (sources) return { plan: sources, state };
    if (last && this.more.has(key)) return this.giver.moreOf(last, state);
    const why = last ? this.whyOf(input.text, words, last, state) : undefined;
    if (why) return why;
    // "ok, I'm on my side, now what": the next step of the answer just given, not a new topic from the story's words.
    if (last && words.length <= WEIGHTS.shortFollowUp + 2 && this.nextStep.some((p) => endsWith(words, p))) return this.giver.moreOf(last, state);
    // "on my hands and knees now", "legs are ok, I'm on my own": how the steps just given are going, not a new topic.
    if (last && this.stepPassages.has(last.id) && words.length <= WEIGHTS.shortFollowUp + 2 && !this.reader.asks(input.text, words)) return this.giver.moreOf(last, state);

    const labelled = this.parts.library.byLabel(input.text);
    if (labelled) return this.giver.give(labelled, state);

    // "tell me more about the heat": more of the last answer when that is what it names, else the passage it names.
    const about = this.reader.aboutWhat(words);
    if (about) {
      const [named] = this.ranker.score({ ...input, text: about.join(' ') }, last, true, forThem, inContextOf);
      if (named && named.sim >= WEIGHTS.topicsMin) {
        return last && named.passage.topic === last.topic && (named.passage.id === last.id || state.given.includes(named.passage.id))
          ? this.giver.moreOf(last, state)
          : this.giver.give(named.passage, state);
      }
    }

    // "I'm 24 weeks pregnant": information, not a question. The last answer again, for them, if it changes; else noted.
    // "what about the tramadol left from my op" asks, though it has no question mark.
    const kind = this.parts.library.get(this.parts.questionKind?.(words) ?? '');
    const asks = this.reader.asks(input.text, words) || Boolean(kind);
    // "my heart's fine too" after a painkiller answer: a condition denied, nothing asked; not the heart worry its words sound like.
    if (last && !asks && !newFacts.length && this.parts.facts.deniedIn(input.factsText ?? input.text).length) return { plan: { kind: 'noted', facts: [], notes: [] }, state };
    // "been using the heat pack two days, it's not doing much": what to do when that is not helping, not the same advice again.
    const failed = !kind ? this.notHelpingPassage(input.text, words, last) : undefined;
    if (failed) return state.given.includes(failed.id) ? this.giver.moreOf(failed, state) : this.giver.give(failed, state);
    // A worry with a passage of its own ("is this my heart?") gets it whatever topic is in context: its signs come first.
    const worry = asks && !kind ? this.namedWorry(input.text) : undefined;
    if (worry) return this.giver.give(worry, state);
    // "can I still drive?", "is a hot tub ok?", "I need to drive today": the activity it names is answered by name, unless it is a medicine
    // question ("can I take ibuprofen before golf?") that the medicine passages answer better.
    // Not only questions: "I need to drive today for work" asks about it too (the frames say when an activity is asked about).
    const activity = this.parts.activities?.match(input.text);
    // The medicine classes the message names, read once for every use below.
    const classes = this.parts.medicineClasses?.(words) ?? [];
    const namesMedicine = Boolean(kind) || classes.length > 0;
    // A product question ("is solpadeine ok? I have to drive after") is the product's answer, which says what it means for driving.
    const activityAnswer = activity && !kind && (activity.withMedicine || !namesMedicine) ? activity : undefined;
    // A statement of facts that change the last answer ("one more thing, I had an ulcer") is that answer again, for them, whatever topic it also sounds like.
    // Only when it changes which answer fits ("I work on a forklift" after a product answer is a work question, not a warning on that answer).
    const changesLast = Boolean(last && this.parts.facts.redirect(last.id, facts));
    // Facts told with a report of pain and no clear question ("locked up at work, I'm on lisinopril"): first steps, their warnings first.
    const reportsPain = input.intent === 'report_symptoms' || (!last && input.aboutBack);
    if (newFacts.length && !asks && (!isTopic(input.intent) || changesLast)) return this.giver.factsOnly(last, state, newFacts, reportsPain);
    // "one more thing, I had an ulcer" after another painkiller answer (a product's): the fact's own passage.
    const factPassage = newFacts
      .filter((f) => this.parts.facts.applies(f, facts))
      .map((f) => this.parts.library.get(this.parts.facts.passageOf(f) ?? ''))
      .find((p) => p && p.topic === last?.topic);
    if (factPassage && !asks) return this.giver.give(factPassage, state);
    // "my GP gave me Panadeine Forte, can I take it before I go?": a product named with a question is what is asked about,
    // not the prescriber the story names; a product whose contents are a fact of their own (codeine) has that fact's answer.
    const productPassage = asks && product && !kind
      ? newFacts.map((f) => this.parts.library.get(this.parts.facts.passageOf(f) ?? '')).find((p): p is Passage => Boolean(p))
      : undefined;
    if (productPassage) return this.giver.give(productPassage, state);

    // "...from carrying the car seat, can I take anything?": the painkiller question, not the story's topic (causes).
    const takes = this.parts.wording.takeQuestions;
    const asksToTake = !kind && !namesMedicine && !activityAnswer && takes && takes.phrases.some((p) => findPhrase(words, this.parts.words(p)).length > 0);
    const toTake = asksToTake ? this.parts.library.get(takes.passage) : undefined;
    if (toTake) return this.giver.give(toTake, state);
    const followUp = Boolean(last) && (words.length <= WEIGHTS.shortFollowUp || this.markers.some((m) => findPhrase(words, m).length > 0));
    // "at night?" after an answer that offered "Heat at night?": that offer, asked in the person's words.
    const offered = last && words.length <= WEIGHTS.shortFollowUp && !kind ? this.giver.nextOf(last, state) : undefined;
    if (offered && this.parts.matcher.echoes(input.text, offered)) return this.giver.give(offered, state);
    // "my back's gone, how do I get up?": the story around a question dilutes it; the question alone is scored too.
    // So does a story the classifier half reads as a report ("my back's gone into a spasm, what do I do?" read as "what is a spasm").
    const halfReport = input.ranked.some((r) => r.intent === 'report_symptoms' && r.score >= WEIGHTS.reportClause);
    const clause = input.intent === 'report_symptoms' || halfReport ? this.reader.questionClause(input.text) : this.askedClause(input.text, forThem, facts);
    const ranked = this.ranker.score(clause ? { ...input, text: clause } : input, last, followUp, forThem, inContextOf);
    if (clause) {
      const whole = new Map(this.ranker.score(input, last, followUp, forThem, inContextOf).map((s) => [s.passage.id, s]));
      for (const r of ranked) {
        const w = whole.get(r.passage.id);
        // The story's words raise how well a passage fits, but the lifts (the classifier's topic, the context) stay the question's:
        // "...went into spasm this morning, what's the best thing to do?" is not a morning-stiffness question.
        if (w && w.sim > r.sim) Object.assign(r, { sim: w.sim, total: w.total });
      }
      ranked.sort((a, b) => b.total - a.total);
    }
    // Of two close readings, the one that speaks to more of the question's key words goes first.
    // A reading that speaks to far more of them ("is driving ok after codeine?": driving and codeine) goes first from further behind.
    const gap = ranked[1] ? ranked[0]!.total - ranked[1].total : Infinity;
    // Only a reading the words alone fit well enough, or as well as the first: the reorder picks between readings, it does not
    // promote one below the bar a statement must reach ("the knee one hurts" after stretches: when to stop, not the cat-cow steps).
    if (ranked[1] && gap < WEIGHTS.keyWordsReorderFar && ranked[1].sim >= Math.min(ranked[0]!.sim, WEIGHTS.noneMin)) {
      const text = clause ?? input.text;
      const [c0, c1] = this.parts.matcher.coverage(text, [ranked[0]!.passage, ranked[1].passage]);
      if (c1 - c0 >= (gap < WEIGHTS.keyWordsReorder ? WEIGHTS.keyWordsMargin : WEIGHTS.keyWordsFarMargin)) [ranked[0], ranked[1]] = [ranked[1], ranked[0]!];
    }
    // A short follow-up that an answer in context fits better than any other ("how long?" after the bath
    // answer): the classifier's topic (the pain's course) read it without that context, so the context decides.
    const own = last && followUp && words.length <= WEIGHTS.shortFollowUp ? ranked.findIndex((r) => r.passage.topic === last.topic) : -1;
    if (own > 0 && ranked[own]!.sim - ranked[0]!.sim >= CONTEXT_FITS_BETTER) ranked.unshift(...ranked.splice(own, 1));
    // The topic in context lifted a passage the words hardly fit over one they fit well ("if it's still bad by Friday"
    // after the flight answer: getting up when alone over not getting better): the words decide.
    const wordsBest = ranked.reduce((a, r, i) => (r.sim > ranked[a]!.sim ? i : a), 0);
    // Not when the message's question fits the lifted passage better: "... getting up from the floor. Which painkiller is safe?" asks about painkillers, whatever its story's words fit.
    const wordsDecide = wordsBest > 0 && !this.questionPrefers(clause ?? this.reader.questionClause(input.text), ranked[0]!.passage, ranked[wordsBest]!.passage) && ranked[0]!.sim < WEIGHTS.noneMin && ranked[wordsBest]!.sim >= WEIGHTS.noneMin && ranked[wordsBest]!.sim - ranked[0]!.sim >= WEIGHTS.clearMargin;
    if (wordsDecide) ranked.unshift(...ranked.splice(wordsBest, 1));
    // A medicine told of with no question ("the walk-in clinic put me on methocarbamol"): the place that gave it is not what
    // it is about. A passage that speaks of no medicine named gives way to the closest one that speaks of them all.
    const speaksOfAll = (p: Passage) => this.parts.matcher.classesNotIn(input.text, p).length === 0;
    // Not with an activity asked about ("is driving ok after codeine"): its answers speak to the medicine there.
    // A question naming a medicine ("the clinic gave me X, how many can I take?") is not answered by a passage that speaks of
    // no medicine at all, whatever else of the story it fits.
    const offMedicine = namesMedicine && !activity && ranked[0] !== undefined && (asks ? !this.parts.matcher.speaksOfMedicine(ranked[0].passage) : !speaksOfAll(ranked[0].passage));
    const onMedicine = offMedicine ? ranked.findIndex((r, i) => i > 0 && i < MEDICINE_STATEMENT_TOP && speaksOfAll(r.passage)) : -1;
    if (onMedicine > 0) ranked.unshift(...ranked.splice(onMedicine, 1));
    const [best, second] = ranked;
    // A passage that already answers the activity ("can I fly?": the travel passage), when this reading picks it, is given, with the person's facts; else the activity's own answer.
    // With a medicine named, a reading on another topic ("is solpadeine ok? I have to drive after": the product's answer) wins.
    // The reading picks the group's passage (lifting in general) for an activity with its own (a child to lift): its own answers it.
    // An activity one of whose answers is the person's own ("a hot tub?" in pregnancy: the pregnancy heat answer) gets that one,
    // not the general "you can" that a warning then contradicts.
    const factActivityPassage = activityAnswer ? this.forTheirFacts(activityAnswer, facts) : undefined;
    const ownPassage = activityAnswer?.own ? this.parts.library.get(activityAnswer.own) : undefined;
    const covered = best && activityAnswer?.covered.has(best.passage.id) ? (ownPassage ?? best.passage) : undefined;
    const medicineReading = namesMedicine && !covered && best && best.passage.topic !== activityAnswer?.passage.topic;
    if (activityAnswer && !medicineReading) {
      return this.giver.give(factActivityPassage ?? covered ?? activityAnswer.passage, state, false, new Set(), classes);
    }
    if (!best) return { plan: { kind: 'pass' }, state };
    const inContext = inContextOf(best.passage);
    // A confident greeting or "cancel" is not a question, unless it is almost word for word one ("is it going to come back?").
    // "Hi, I'm breastfeeding, what can I take?": a greeting that goes on to ask a longer question is the question.
    const greetsThenAsks = input.intent === 'greeting' && asks && words.length > WEIGHTS.shortFollowUp;
    const notQuestion = NOT_QUESTIONS.has(input.intent) && !greetsThenAsks;
    // After an answer, "what else helps?" reads as help ("what can you do?") but asks for more self-care: a good fit is answered.
    // So does a practical question one passage clearly fits ("what should I ask my manager to change?"), by more than any other topic's.
    const bySim = [...ranked].sort((a, b) => b.sim - a.sim);
    const otherTopic = bySim.find((r) => r.passage.topic !== bySim[0]?.passage.topic);
    const clearHelpFit = Boolean(bySim[0]) && bySim[0]!.sim >= WEIGHTS.noneMin && bySim[0]!.sim - (otherTopic?.sim ?? 0) >= WEIGHTS.clearMargin;
    const helpFollowUp = input.intent === 'help' && Boolean(last) && asks && (ranked.some((r) => r.sim >= WEIGHTS.helpFollowUpMin) || clearHelpFit);
    // "in the meantime what helps?", "so what does work then?": read as a wish for help ("what can you do?"), but asked about
    // the back, in a conversation about it, they ask what helps: the first steps, never the list of topics. Not when the
    // bot itself is asked about ("what can you help with?").
    const asksWhatHelps = input.intent === 'help' && !kind && !namesMedicine && !product && this.reader.hasAskingWord(words) && !helpFollowUp && (Boolean(last) || input.aboutBack) && !input.otherPart && !this.speaksToBot(words);
    const steps = asksWhatHelps ? this.parts.library.get(this.parts.wording.firstSteps ?? '') : undefined;
    if (steps) return state.given.includes(steps.id) ? this.giver.moreOf(steps, state) : this.giver.give(steps, state);
    if (notQuestion && input.score >= WEIGHTS.notQuestionMin && best.sim < WEIGHTS.strong && !helpFollowUp) return { plan: { kind: 'pass' }, state };

    // A topic intent is a question about it; otherwise only a question ("my dad had cancer" is not one) that fits a passage well.
    const accept = (() => {
      if (isTopic(input.intent) || kind) return true;
      // A statement is read as a follow-up only when it fits the last answer's topic ("I'm so stiff in the morning" after sleep).
      // Also a longer one straight after an answer on that topic ("getting out is the hard part" after the bath answer).
      const rival = ranked.find((r) => r.passage.topic !== best.passage.topic);
      // After an answer, a remark one passage of another topic fits well and clearly ("five days and nothing has
      // shifted" after the heat answer: not getting better) says what it wants answered; judged by the topic's best-fitting passage.
      const topicSim = Math.max(...ranked.filter((r) => r.passage.topic === best.passage.topic).map((r) => r.sim));
      const clearRemark = !asks && followUp && !input.otherPart && topicSim >= WEIGHTS.noneMin && topicSim - (rival?.sim ?? 0) >= WEIGHTS.clearMargin;
      if (!asks) return (Boolean(last) && inContext && best.sim >= (followUp ? WEIGHTS.noneMin : WEIGHTS.symptomsQuestionMin)) || clearRemark;
      // A question the classifier only half reads as a symptom report ("can I get a letter for work about my back?") is read like an unplaced one.
      const weakReport = input.intent === 'report_symptoms' && input.score < WEIGHTS.weakReport;
      // After an answer, a question one passage fits clearly better than any other topic ("is it normal that it keeps coming back?") is answered.
      const clearInConversation = Boolean(last) && !input.otherPart && best.sim >= WEIGHTS.inConversationMin && best.sim - (rival?.sim ?? 0) >= WEIGHTS.clearMargin;
      // So is a question only half read as a wish for help ("how can you be sure it isn't a tumour?").
      const weakHelp = input.intent === 'help' && input.score < WEIGHTS.notQuestionMin;
      if (input.intent === 'none' || greetsThenAsks || weakReport || weakHelp) return best.sim >= WEIGHTS.noneMin || clearInConversation || (followUp && inContext && best.sim >= WEIGHTS.followUpMin);
      // A symptom report that asks a practical question ("I'm stuck on the floor, how do I get up?") gets the answer when one passage clearly fits.
      // Clear against other topics: two passages of one topic ("could it be cancer?", "a relative had cancer") both fitting is no doubt about the topic.
      const clearFit = best.sim >= WEIGHTS.symptomsQuestionMin && best.sim - (rival?.sim ?? 0) >= WEIGHTS.clearMargin;
      return best.sim >= WEIGHTS.symptomsMin || helpFollowUp || (input.intent === 'report_symptoms' && clearFit) || (followUp && inContext && best.sim >= WEIGHTS.followUpMin * 2);
    })();
    if (!accept) {
      // "I turned 58, does that change anything?": a question about the fact just told has that fact's answer.
      // A fact that already applies ("I'm 74": over the NSAID line) has its own passage, asked about or not.
      const askedAbout = asks
        ? newFacts.filter((f) => !this.parts.facts.applies(f, facts)).map((f) => this.parts.library.get(this.parts.facts.askedPassage(f) ?? '')).find((p): p is Passage => Boolean(p))
        : undefined;
      if (askedAbout) return this.giver.give(askedAbout, state);
      if (newFacts.length) return this.giver.factsOnly(last, state, newFacts, reportsPain);
      // In a conversation, a remark no passage fits that names an everyday activity ("long shifts on a digger after
      // the flight") tells of a plan: whether it is still on is the question.
      // A first report of pain that tells what lies ahead ("back in spasm, netball Saturday") or a daily duty (a toddler to lift):
      // that is what they need help with, more than the general first steps.
      const ahead = !last && reportsPain && !input.otherPart && !namesMedicine ? this.parts.activities?.planned?.(input.text) : undefined;
      const plan = ahead ?? (last && !input.otherPart && !namesMedicine ? this.parts.activities?.mentioned(input.text) : undefined);
      if (plan) return this.giver.give(this.forTheirFacts(plan, facts) ?? (plan.own ? this.parts.library.get(plan.own) : undefined) ?? plan.passage, state);
      // "any positions that are easier?" right after an answer that named positions: a short follow-up whose own word the
      // last answer spoke of asks about that part of it. Its line is said again (see plan()), never "no answer".
      const spokenOf = last && followUp && !input.otherPart && !namesMedicine ? this.parts.matcher.saidIn(input.text, last, WEIGHTS.lastThingIdf) : undefined;
      if (last && spokenOf) return { plan: { kind: 'more', passage: last, recalled: true }, state };
      // Some overlap with the passages: offer the closest topics; none at all ("my spine feels strange") is left to the symptom-check offer.
      // After an answer, a short remark the passages half fit ("my job is all driving though") is not out of scope either.
      // So is any question asked after an answer ("is that normal?"), unless it names another body part: the closest topics, not a refusal.
      const inConversation = !input.otherPart && (input.aboutBack || ((followUp || (Boolean(last) && asks)) && input.intent === 'none'));
      // A short remark straight after an answer ("big day on Saturday though") is about the back in context even when no passage's words are in it.
      const remark = Boolean(last) && followUp && input.intent === 'none' && !input.otherPart;
      if ((asks || followUp) && inConversation && (input.intent === 'none' || notQuestion) && (best.sim >= WEIGHTS.topicsMin || remark)) {
        // In a conversation, the closest answers themselves; a first message gets the broader topics.
        const passages = last ? { passages: this.ranker.closestPassages(ranked, state, best.sim < WEIGHTS.topicsMin ? last : undefined) } : {};
        return { plan: { kind: 'topics', topics: this.ranker.closestTopics(ranked, last?.topic), ...passages }, state };
      }
      return { plan: { kind: 'pass' }, state };
    }
    if (
      !kind &&
      !wordsDecide &&
      second &&
      second.passage.topic !== best.passage.topic &&
      !inContext &&
      best.total - second.total < WEIGHTS.close &&
      best.sim < 0.6 &&
      input.score < 0.7 &&
      !this.namesItsTopic(clause ?? input.text, best.passage, second.passage)
    ) {
      return { plan: { kind: 'clarify', options: [best.passage, second.passage] }, state };
    }
    // "my flatmate's tramadol, does it work?": the kind of medicine question decides the passage.
    // A medicine named by someone whose known facts have their own painkiller answer (pregnancy), on a reading that does not speak
    // of it ("I was told that one is fine" read as feeling fine): that answer, so its warning comes first however it is put.
    const factOwn = !kind && namesMedicine && !this.parts.matcher.speaksOfClasses(best.passage, classes) ? this.parts.library.get(this.parts.facts.ownPainkillerPassage(before.facts) ?? '') : undefined;
    const chosen = kind ?? factOwn ?? best.passage;
    const given = this.giver.give(chosen, state, false, new Set(), classes);
    // "can I drive on muscle relaxants?" answered by the medicine passage: "I feel fine on them" next is about driving on them too.
    const activityPassages = activity ? [...activity.covered].filter((id) => id !== chosen.id) : [];
    return activityPassages.length ? { ...given, state: { ...given.state, alsoInContext: activityPassages } } : given;
  }

  /**
   * The asking clause of a message with a story around it ("threw my back out today. should I stay in bed?"), when that
   * clause alone clearly fits another passage than the whole message does: the passage whose question is asked.
   */
  private askedClause(text: string, fits: (passage: Passage) => boolean, facts: UserFacts): string | undefined {
    // Sentences only: "ibuprofen and tylenol together" is one question, and "grand. and heat?" has no story around it.
    const pieces = (text.match(/[^.;!?]+[.;!?]*/g) ?? []).map((c) => c.trim()).filter((c) => /\w/.test(c));
    const asking = pieces.filter((c) => this.reader.asks(c, this.parts.words(c)));
    if (pieces.length < 2 || asking.length !== 1) return undefined;
    const question = asking[0]!;
    const storyText = pieces.filter((c) => c !== question).join(' ');
    const story = this.parts.words(storyText);
    if (story.length < STORY_MIN_WORDS) return undefined;
    // A story that names a medicine is part of the question; so is one that names an everyday activity other than
    // as the cause ("I drive trucks. can I work?": work that is driving).
    if ((this.parts.medicineClasses?.(story) ?? []).length > 0 || this.parts.activities?.besidesCause?.(storyText)) return undefined;
    // Only passages that may answer this person (as the ranking itself reads them).
    const wholeRanking = this.parts.matcher.rank(text).filter((r) => fits(r.passage) && !byKindOnly(r.passage));
    const [whole] = wholeRanking;
    const asked = this.parts.matcher.rank(question).filter((r) => fits(r.passage) && !byKindOnly(r.passage));
    const top = asked[0];
    if (!whole || !top || top.passage.id === whole.passage.id || top.score < WEIGHTS.noneMin) return undefined;
    // A short question the story gives its sense ("...three night shifts this week. should I go in?" is about work, not the
    // emergency department): the question's passage must be one the whole message fits too.
    if (!wholeRanking.slice(0, QUESTION_IN_STORY_TOP).some((r) => r.passage.id === top.passage.id)) return undefined;
    // A fact the story tells ("I have asthma that aspirin worsens. can I take ibuprofen?") is part of the question, unless
    // it sends the question's own passage to the person's answer ("I take ramipril. what's best to take?": the blood pressure one).
    if (this.parts.facts.mentions(storyText).any.size > 0 && !this.parts.facts.redirect(top.passage.id, facts)) return undefined;
    const wholeTopThere = asked.find((r) => r.passage.id === whole.passage.id)?.score ?? 0;
    return top.score - wholeTopThere >= WEIGHTS.clearMargin ? question : undefined;
  }

  /**
   * A message saying something tried is not helping: the `not-working` answer of what it names (heat, the tablets), else of
   * the last answer's topic ("what if that doesn't work?" after the heat answer).
   */
  private notHelpingPassage(text: string, words: readonly string[], last: Passage | undefined): Passage | undefined {
    if (!this.reader.saysNotHelping(words)) return undefined;
    const ranked = this.parts.matcher.rank(text);
    const [best] = ranked;
    const named = best && best.score >= WEIGHTS.noneMin ? best.passage.topic : undefined;
    const topic = named ?? last?.topic;
    return ranked.find((r) => r.passage.tags.includes('not-working') && r.passage.topic === topic)?.passage;
  }

  /** The message speaks to the bot ("what can you do?"). */
  private speaksToBot(words: readonly string[]): boolean {
    const bot = new Set(this.parts.wording.botWords ?? []);
    return words.some((w) => bot.has(w));
  }

  /** The activity's answer that is the person's own (a spa in pregnancy: the pregnancy heat answer), if one is. */
  private forTheirFacts(activity: ActivityMatch, facts: UserFacts): Passage | undefined {
    const theirs = this.parts.facts.redirectTargets(facts);
    const id = [...activity.covered].find((p) => theirs.has(p));
    return id ? this.parts.library.get(id) : undefined;
  }

  /** The question's key words point to one of the two: it is answered, not asked back. */
  private namesItsTopic(text: string, best: Passage, second: Passage): boolean {
    const [c0, c1] = this.parts.matcher.coverage(text, [best, second]);
    return c0 >= WEIGHTS.keyWordsNamed || c0 - c1 >= WEIGHTS.keyWordsMargin;
  }

  /** The asking clause of a message, if it has one, fits the first passage better than the second. */
  private questionPrefers(question: string | undefined, first: Passage, second: Passage): boolean {
    if (!question) return false;
    const ranked = this.parts.matcher.rank(question);
    const fit = (p: Passage) => ranked.find((r) => r.passage.id === p.id)?.score ?? 0;
    return fit(first) > fit(second);
  }

  /** Whether a text names a medicine or a product ("advil", "her naproxen"): then it is about that medicine, whatever else it sounds like. */
  namesMedicine(text: string): boolean {
    return (this.parts.medicineClasses?.(this.parts.words(text)) ?? []).length > 0;
  }

  /** A request for sources ("where's all that from?"): for dialogs, so that it is not read as a question about the bot. */
  asksForSources(text: string): boolean {
    return this.sourceRequests.asks(this.parts.words(text)) !== undefined;
  }

  /**
   * "why though?" after "avoid ibuprofen", "why does diabetes matter?" after the heat answer: why the
   * person's fact changes the advice; with no fact behind it, what the last answer has not said yet.
   */
  private whyOf(text: string, words: readonly string[], last: Passage, state: AnswerState): Planned | undefined {
    const facts = this.parts.facts;
    const named = new Set([...facts.mentions(text).any].filter((f) => state.facts.known[f] !== undefined));
    const asksWhy = this.why.has(words.join(' ')) || (named.size > 0 && words.length <= WEIGHTS.shortFollowUp && (words[0] === 'why' || (words[0] === 'how' && words[1] === 'come')));
    if (!asksWhy) return undefined;
    const line = facts.why(last, state.facts, named);
    if (line) return { plan: { kind: 'recap', passage: last, lines: [line], withMore: false }, state };
    return this.giver.moreOf(last, state);
  }

  /** The passage to offer after this one: its `next`, else the topic's next not yet given. */
  nextOf(passage: Passage, state: Pick<AnswerState, 'given'> & { facts?: UserFacts }): Passage | undefined {
    return this.giver.nextOf(passage, state);
  }

  /** Whether the last answer is steps the person is following ("roll onto your side..."): their next short report is about them. */
  inSteps(state: AnswerState): boolean {
    return state.passage !== undefined && this.stepPassages.has(state.passage);
  }

  /** Whether "tell me more" now would give something new: the last answer's more, or the passage offered after it. */
  hasMore(state: AnswerState): boolean {
    const own = state.passage ? this.parts.library.get(state.passage) : undefined;
    const last = own ?? (state.passage ? this.parts.activities?.get(state.passage) : undefined);
    if (!last) return false;
    // An everyday activity's answer has no topic of its own to go on with: only its own more.
    return (Boolean(last.more) && !state.moreGiven.includes(last.id)) || (own !== undefined && this.giver.nextOf(own, state) !== undefined);
  }

  /** How well the best passage fits a text (0..1): for dialogs deciding whether a message is a knowledge question. */
  bestFit(text: string): number {
    return this.parts.matcher.rank(text)[0]?.score ?? 0;
  }

  /**
   * A worry one passage answers by name (tag named-worry: "could it be my heart?" has its own signs), fitting
   * clearly: that passage answers it rather than the general reassurance about serious causes.
   */
  answersWorry(text: string): boolean {
    return Boolean(this.namedWorry(text));
  }

  private namedWorry(text: string): Passage | undefined {
    const [best, next] = this.parts.matcher.rank(text);
    const clear = best && best.passage.tags.includes('named-worry') && best.score >= WEIGHTS.noneMin && best.score - (next?.score ?? 0) >= WEIGHTS.clearMargin;
    return clear ? best.passage : undefined;
  }

  /** A plight told with no question ("stuck on the floor, can't get up"): it asks for the way out of it. */
  statesNeed(text: string): boolean {
    return this.reader.statesNeed(this.parts.words(text));
  }
}

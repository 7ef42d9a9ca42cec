import { isTopicIntent, type Intent } from '../nlu/intents';
import { findPhrase } from '../language/phrases';
import type { AnswerState } from './answerState';
import type { Passage } from './passages';
import type { UserFacts } from './userFacts';
import { WEIGHTS, turnFacts, type AnswerInput, type Planned, type PlannerParts } from './answerPlan';
import { focusedLine, laterLineAsked, onFocus, plainlyIfOff } from './focusedReading';
import { onSubject, uncoveredThing } from './subjectReading';
import { onDoing } from './doingReading';
import { withSecondQuestion } from './secondQuestion';
import { onSetting } from './settingReading';
import { PassageGiver } from './passageGiver';
import { LastAnswerFollowUps } from './lastAnswerFollowUps';
import { sentences } from './answerText';
import { PassageRanker, type Scored } from './passageRanking';
import { QuestionReader } from './questionReading';
import { Reframer } from './reframes';
import { quietFactsAlone } from './quietFacts';
import { activityOnlyTold, causeOnlyFits, askedClause } from './storyClause';
import { withFactLeads } from './factLeads';
import { forTheirFacts, namedWorry, notHelpingPassage } from './namedPassages';
import { byContext, byKeyWords, byMedicine, byWords, withStoryFit } from './readingOrder';
import { acceptsReading } from './readingAcceptance';
import { isCloseCall, ownedByFact } from './closeCall';
import { UnfitAnswers } from './unfitAnswers';
import { whatHelps } from './whatHelps';
import { withoutLeadIn } from '../nlu/asks';
import type { Asking, NotQuestionReading, Reading, Turn } from './answerTurn';

export { WEIGHTS, type AnswerInput, type AnswerPlan, type PlannerParts } from './answerPlan';

/** Intents the answers never take over, even with a passage in context. */
const NOT_QUESTIONS: ReadonlySet<Intent> = new Set(['greeting', 'thanks', 'goodbye', 'help', 'cancel']);

/** How rare a word of a rewording must be for the line of the answer that has it to be said again, rather than its first ("floor", not "one"). */
const RECALL_WORD_IDF = 5;

/**
 * Decides how to answer a message: which passage (read against the last one
 * first), more of the last one, its sources, a question back when two readings
 * are close, or nothing (the message is not a knowledge question). Pure: the
 * new state is returned, not stored.
 */
export class AnswerPlanner {
  private readonly markers: string[][];
  private readonly rewordings: string[][];
  private readonly giver: PassageGiver;
  private readonly ranker: PassageRanker;
  private readonly reader: QuestionReader;
  private readonly reframer: Reframer;
  private readonly unfit: UnfitAnswers;
  private readonly lastAnswer: LastAnswerFollowUps;

  constructor(private readonly parts: PlannerParts) {
    const key = (s: string) => parts.words(s).join(' ');
    this.markers = parts.wording.followUpMarkers.map((m) => parts.words(m));
    this.rewordings = (parts.wording.rewordings ?? []).map((m) => parts.words(m));
    this.giver = new PassageGiver(parts);
    this.ranker = new PassageRanker(parts, this.giver);
    this.reader = new QuestionReader(parts);
    this.reframer = new Reframer(parts, this.giver, this.reader);
    this.unfit = new UnfitAnswers(parts, this.giver, this.ranker, this.reader);
    this.lastAnswer = new LastAnswerFollowUps(parts, this.giver, this.reader);
  }

  plan(asWritten: AnswerInput, before: AnswerState): Planned {
    // "like what are the signs": read as the question it leads into.
    const text = withoutLeadIn(asWritten.text, { words: this.parts.words, questionWords: this.parts.wording.questionWords });
    const input = text === asWritten.text ? asWritten : { ...asWritten, text };
    // The plain "I can't say how long" check first, so a fact's lead goes with the answer actually given.
    const once = (i: AnswerInput) => withFactLeads(plainlyIfOff(this.parts, i, this.reframer.plan(i, before, (j, b) => this.planTurn(j, b))), before, this.parts.facts);
    // A medicine asked by brand: what the brand is, said once before the answer for its ingredient.
    const named = (planned: Planned) => this.parts.brands?.onPlan(input.text, planned) ?? planned;
    // A line already shown that speaks to the aspect asked (how often) goes first (focusedLine).
    return named(focusedLine(this.parts, input, before, this.recalling(input, once(input))));
  }

  /** Asked again in other words ("would the floor help?" after the mattress answer): the line of it that speaks to them is said again, not always its first. */
  private recalling(input: AnswerInput, remembered: Planned): Planned {
    const p = remembered.plan;
    // Asked again about an answer just shown in full, by a thing one of its later lines speaks of ("and squats?" after the
    // gym answer): that line, rather than "that's the main advice I have".
    if (p.kind === 'exhausted' && p.named) return laterLineAsked(this.parts, input.text, p.passage, remembered.state, RECALL_WORD_IDF) ?? remembered;
    if (p.kind !== 'more' || !p.recalled) return remembered;
    const at = this.parts.matcher.closestSentence(input.text, sentences(p.passage.answer), RECALL_WORD_IDF);
    return at > 0 ? { ...remembered, plan: { ...p, recallAt: at } } : remembered;
  }

  /** One message's plan: each step answers it, or leaves it to the next (see the steps' comments for why this order). */
  private planTurn(input: AnswerInput, before: AnswerState): Planned {
    const t = this.readTurn(input, before);
    const early = this.lastAnswer.plan(t) ?? this.byLabelOrName(t);
    if (early) return early;
    const a = this.readAsking(t);
    const told = this.remarkOrWorry(t, a) ?? this.factsOrProduct(t, a) ?? this.offeredEcho(t, a);
    if (told) return told;
    // A second question in the message ("..., and can I drive?") is answered too, each briefly.
    return withSecondQuestion(this.parts, t, a, this.chooseReading(t, a, this.rankReadings(t, a)));
  }

  private readTurn(input: AnswerInput, before: AnswerState): Turn {
    const words = this.parts.words(input.text);
    const facts = turnFacts(this.parts.facts, input, before.facts);
    const product = this.parts.namedProduct?.(words);
    const { alsoInContext, ...kept } = before;
    const state: AnswerState = { ...kept, facts, ...(product ? { product } : {}) };
    const newFacts = Object.keys(facts.known).filter((k) => before.facts.known[k] === undefined && !this.parts.facts.isQuiet(k));
    const last = before.passage ? (this.parts.library.get(before.passage) ?? this.parts.activities?.get(before.passage)) : undefined;
    const fitsThem = this.ranker.factPassages(input.factsText ?? input.text, facts);
    // "no I mean how many days": the answer just given missed, so it is not given again (nor briefly, "As I said").
    const reworded = last !== undefined && this.rewordings.some((r) => r.length > 0 && r.every((w, i) => words[i] === w));
    const forThem = reworded ? (p: Passage) => p.id !== last.id && fitsThem(p) : fitsThem;
    const inContextOf = (p: Passage) => p.topic === last?.topic || (alsoInContext ?? []).includes(p.id);
    return { input, before, words, facts, product, state, newFacts, last, forThem, inContextOf };
  }

  /** A passage the message names: by its label, or "tell me more about the heat" (more of the last answer when that is what it names). */
  private byLabelOrName(t: Turn): Planned | undefined {
    const { input, words, last, state } = t;
    const labelled = this.parts.library.byLabel(input.text);
    if (labelled) return this.giver.give(labelled, state);
    const about = this.reader.aboutWhat(words);
    if (!about) return undefined;
    const [named] = this.ranker.score({ ...input, text: about.join(' ') }, last, true, t.forThem, t.inContextOf);
    if (!named || named.sim < WEIGHTS.topicsMin) return undefined;
    return last && named.passage.topic === last.topic && (named.passage.id === last.id || state.given.includes(named.passage.id))
      ? this.giver.moreOf(last, state)
      : this.giver.give(named.passage, state);
  }

  private readAsking(t: Turn): Asking {
    const { input, words, last } = t;
    // "what about the tramadol left from my op" asks, though it has no question mark.
    const kind = this.parts.library.get(this.parts.questionKind?.(words) ?? '');
    const asks = this.reader.asks(input.text, words) || Boolean(kind);
    // "can I still drive?", "is a hot tub ok?", "I need to drive today": the activity it names is answered by name, unless it is a medicine
    // question ("can I take ibuprofen before golf?") that the medicine passages answer better.
    // Not only questions: "I need to drive today for work" asks about it too (the frames say when an activity is asked about).
    const activity = this.parts.activities?.match(input.text);
    const classes = this.parts.medicineClasses?.(words) ?? [];
    const namesMedicine = Boolean(kind) || classes.length > 0;
    // A product question ("is solpadeine ok? I have to drive after") is the product's answer, which says what it means for driving.
    // "got a game in 3 days. ice or heat?": an activity told beside another question is its story, not what it asks.
    const besideActivity = activity ? activityOnlyTold(this.parts, this.reader, input.text, activity, t.forThem) : undefined;
    const activityAnswer = activity && !kind && (activity.withMedicine || !namesMedicine) && !besideActivity ? activity : undefined;
    // Facts told with a report of pain and no clear question ("locked up at work, I'm on lisinopril"): first steps, their warnings first.
    const reportsPain = input.intent === 'report_symptoms' || (!last && input.aboutBack);
    // A "?" that closes only a doubt ("not sure if it was bad. maybe no?") tells, with doubt, about the last answer.
    const doubted = input.text.includes('?') && !asks;
    const followUp = Boolean(last) && (doubted || words.length <= WEIGHTS.shortFollowUp || this.markers.some((m) => findPhrase(words, m).length > 0));
    return { kind, asks, activity, classes, namesMedicine, activityAnswer, ...(besideActivity ? { besideActivity } : {}), reportsPain, followUp };
  }

  /** A condition denied, a remedy not helping, a worry with a passage of its own: each answered whatever topic is in context. */
  private remarkOrWorry(t: Turn, a: Asking): Planned | undefined {
    const { input, words, last, state } = t;
    // "my heart's fine too" after a painkiller answer: a condition denied, nothing asked; not the heart worry its words sound like.
    if (last && !a.asks && !t.newFacts.length && this.parts.facts.deniedIn(input.factsText ?? input.text).length) return { plan: { kind: 'noted', facts: [], notes: [] }, state };
    // "been using the heat pack two days, it's not doing much": what to do when that is not helping, not the same advice again.
    const failed = !a.kind ? notHelpingPassage(this.parts, this.reader, input.text, words, last) : undefined;
    if (failed) return state.given.includes(failed.id) ? this.giver.moreOf(failed, state) : this.giver.give(failed, state);
    // A worry with a passage of its own ("is this my heart?") gets it whatever topic is in context: its signs come first.
    const worry = a.asks && !a.kind ? namedWorry(this.parts, input.text) : undefined;
    return worry ? this.giver.give(worry, state) : undefined;
  }

  /**
   * Facts told ("I'm 24 weeks pregnant": information, not a question): the last answer again, for them, if it changes; else noted.
   * Or a product or a wish to take something, named with a question: what is asked about, not the story's topic.
   */
  private factsOrProduct(t: Turn, a: Asking): Planned | undefined {
    const { input, words, last, state, facts, newFacts } = t;
    // A statement of facts that change the last answer ("one more thing, I had an ulcer") is that answer again, for them, whatever topic it also sounds like.
    // Only when it changes which answer fits ("I work on a forklift" after a product answer is a work question, not a warning on that answer).
    // A limit told after an answer it rules out ("I can't do that at work", "the chemist's shut") asks for that answer honouring it.
    const redirects = (id: string) => this.parts.facts.redirect(id, facts);
    // "I can't do that at work" reads as an ask ("can"), but with no question mark it states the limit: the last answer honouring it.
    if (last && (!a.asks || !input.text.includes('?')) && this.lastAnswer.limitChanges(t, last)) return this.giver.give(last, state, true);
    const changesLast = Boolean(last && redirects(last.id));
    if (newFacts.length && !a.asks && (!isTopicIntent(input.intent) || changesLast)) return this.giver.factsOnly(last, state, newFacts, a.reportsPain);
    const quiet = quietFactsAlone(this.parts, t, a);
    if (quiet.length) return this.giver.factsOnly(last, state, quiet);
    // "one more thing, I had an ulcer" after another painkiller answer (a product's): the fact's own passage.
    const factPassage = newFacts
      .filter((f) => this.parts.facts.applies(f, facts))
      .map((f) => this.parts.library.get(this.parts.facts.passageOf(f) ?? ''))
      .find((p) => p && p.topic === last?.topic);
    if (factPassage && !a.asks) return this.giver.give(factPassage, state);
    // "the doctor gave me <a product>, is it ok before I leave?": a product named with a question is what is asked about,
    // not the prescriber the story names; a product whose contents are a fact of their own (codeine) has that fact's answer.
    const productPassage = a.asks && t.product && !a.kind ? this.productFactPassage(t) : undefined;
    if (productPassage) return this.giver.give(productPassage, state);
    // "...from carrying the car seat, can I take anything?": the painkiller question, not the story's topic (causes).
    const takes = this.parts.wording.takeQuestions;
    const asksToTake = !a.kind && !a.namesMedicine && !a.activityAnswer && takes && takes.phrases.some((p) => findPhrase(words, this.parts.words(p)).length > 0);
    const toTake = asksToTake ? this.parts.library.get(takes.passage) : undefined;
    return toTake ? this.giver.give(toTake, state) : undefined;
  }

  /** The own answer of the first new fact a named product brings (the codeine in co-codamol before the paracetamol in it). */
  private productFactPassage(t: Turn): Passage | undefined {
    return t.newFacts.map((f) => this.parts.library.get(this.parts.facts.passageOf(f) ?? '')).find((p): p is Passage => Boolean(p));
  }

  /** "at night?" after an answer that offered "Heat at night?": that offer, asked in the person's words. */
  private offeredEcho(t: Turn, a: Asking): Planned | undefined {
    const { input, words, last, state } = t;
    const offered = last && words.length <= WEIGHTS.shortFollowUp && !a.kind ? this.giver.nextOf(last, state) : undefined;
    return offered && this.parts.matcher.echoes(input.text, offered) ? this.giver.give(offered, state) : undefined;
  }

  /** The passages ranked for the message, then given second looks (see readingOrder). */
  private rankReadings(t: Turn, a: Asking): Reading {
    const { input, words, last, facts, forThem, inContextOf } = t;
    // "my back's gone, how do I get up?": the story around a question dilutes it; the question alone is scored too.
    // So does a story the classifier half reads as a report ("my back's gone into a spasm, what do I do?" read as "what is a spasm").
    const halfReport = input.ranked.some((r) => r.intent === 'report_symptoms' && r.score >= WEIGHTS.reportClause);
    const clause = input.intent === 'report_symptoms' || halfReport ? this.reader.questionClause(input.text) : (askedClause(this.parts, this.reader, input.text, forThem, facts) ?? a.besideActivity);
    // "done his back in lifting the turf, he's on warfarin, what can he take?": the story's lifting is how it happened, not what is asked.
    const causeOnly = clause ? undefined : causeOnlyFits(this.parts, this.reader, input.text);
    const ranked = this.ranker.score(clause ? { ...input, text: clause } : input, last, a.followUp, forThem, inContextOf, causeOnly);
    if (clause) withStoryFit(ranked, this.ranker.score(input, last, a.followUp, forThem, inContextOf));
    byKeyWords(this.parts.matcher, clause ?? input.text, ranked);
    if (last && a.followUp && words.length <= WEIGHTS.shortFollowUp) byContext(ranked, last.topic);
    const wordsDecide = byWords(this.parts.matcher, ranked, () => clause ?? this.reader.questionClause(input.text));
    // Not with an activity asked about ("is driving ok after codeine"): its answers speak to the medicine there.
    if (a.namesMedicine && !a.activity) byMedicine(this.parts.matcher, input.text, ranked, a.asks);
    return { ranked, clause, wordsDecide };
  }

  /** What the best reading leads to: an activity's answer, first steps, the reading itself, a question back, or the fallback. */
  private chooseReading(t: Turn, a: Asking, r: Reading): Planned {
    const { input, last, state } = t;
    const [first, close] = r.ranked;
    // Two close readings, one the own answer of a fact known for this person ("kidney trouble ... what to give":
    // painkillers with kidney disease): the fact decides, with no question back.
    const owned = close && isCloseCall(this.parts, t, a, r, first!, close) ? [first!, close].find((c) => ownedByFact(this.parts, t, c.passage.id)) : undefined;
    const [best, second] = owned ? [owned, undefined] : [first, close];
    const forActivity = this.activityChoice(t, a, best);
    if (forActivity) return forActivity;
    if (!best) return { plan: { kind: 'pass' }, state };
    const inContext = t.inContextOf(best.passage);
    const nq = this.readNotQuestion(t, a, r.ranked);
    const steps = whatHelps(this.parts, this.reader, this.giver, t, a, nq, best);
    if (steps) return steps;
    if (nq.notQuestion && input.score >= WEIGHTS.notQuestionMin && best.sim < WEIGHTS.strong && !nq.helpFollowUp) return { plan: { kind: 'pass' }, state };
    const goesOnLast = last !== undefined && best.passage.id === last.id && this.ranker.namesNothingNew(r.clause ?? input.text, last);
    const accept = acceptsReading({ input, byKind: Boolean(a.kind), asks: a.asks, afterAnswer: Boolean(last), followUp: a.followUp, inContext, goesOnLast, greetsThenAsks: nq.greetsThenAsks, helpFollowUp: nq.helpFollowUp }, r.ranked, best);
    // A question about a thing no reviewed answer speaks of ("what about cupping?"): said plainly, then what has support.
    const uncovered = () => (nq.notQuestion ? undefined : uncoveredThing(this.parts, t, a));
    if (!accept) return this.doing(t, a, best, nq.notQuestion, false) ?? this.plainly(t, uncovered()) ?? this.unfit.plan(t, a, r.ranked, best, nq.notQuestion);
    if (second && isCloseCall(this.parts, t, a, r, best, second)) {
      return { plan: { kind: 'clarify', options: [best.passage, second.passage] }, state };
    }
    const focused = onFocus(this.parts, (w) => this.reframer.ownWords(w), t, r.ranked, best);
    // The thing the question names ("is a foam roller ok?"): a close answer that speaks of it, or said plainly that none does.
    const subject = onSubject(this.parts, t, a, r.ranked, focused);
    // An ask about doing something the chosen answer only weakly fits and never names ("can I repaint the ceiling?"): said plainly, then the principle.
    const doing = subject.passage !== best.passage && !subject.unknown ? undefined : this.doing(t, a, best, nq.notQuestion, true);
    if (doing) return doing;
    if (subject.unknown && subject.passage !== focused) return this.plainly(t, subject)!;
    // Asked straight after an answer with no more to it, by a thing a later line of it speaks of ("which positions, then?"
    // after the answer that named some): that line, not the topic's next answer. (With its more given too, the same question
    // asked again goes on to the next answer, as before.)
    const shown = subject.passage.id === t.before.passage && !subject.passage.more;
    const again = shown && !a.kind ? laterLineAsked(this.parts, input.text, subject.passage, state, RECALL_WORD_IDF) : undefined;
    if (again) return again;
    const given = this.giveReading(t, a, subject.passage);
    const p = given.plan;
    if ((p.kind !== 'passage' && p.kind !== 'brief') || p.cannot) return given;
    // What is asked about is spoken of, but not where it is to be used ("heat packs on the plane"): said plainly too.
    const cannot = subject.unknown && p.passage === subject.passage ? subject.unknown : onSetting(this.parts, t, a, p.passage);
    return cannot ? { ...given, plan: { ...p, cannot } } : given;
  }

  /**
   * The general principle for doing something no answer names, said plainly first (see doingReading): for a reading the
   * planner accepted, or else in a conversation about the back (not any question at all).
   */
  private doing(t: Turn, a: Asking, best: Scored, notQuestion: boolean, accepted: boolean): Planned | undefined {
    if (notQuestion || !(accepted || t.last || t.input.aboutBack)) return undefined;
    const choice = onDoing(this.parts, t, a, best);
    return choice && this.plainly(t, choice);
  }

  /** A passage given for what no reviewed answer names, after saying so (`unknown`), if it does not. */
  private plainly(t: Turn, choice: { passage: Passage; unknown?: string } | undefined): Planned | undefined {
    if (!choice) return undefined;
    // The principle asked for again by another doing or thing: said plainly again, with its first line briefly, not the rest of it as if it answered.
    if (choice.unknown && t.state.given.includes(choice.passage.id)) return { plan: { kind: 'brief', passage: choice.passage, cannot: choice.unknown }, state: { ...t.state, passage: choice.passage.id } };
    const given = this.giver.give(choice.passage, t.state);
    const p = given.plan;
    return choice.unknown && (p.kind === 'passage' || p.kind === 'brief') ? { ...given, plan: { ...p, cannot: choice.unknown } } : given;
  }

  /**
   * A passage that already answers the activity ("can I fly?": the travel passage), when this reading picks it, is given, with the person's facts; else the activity's own answer.
   * With a medicine named, a reading on another topic ("is solpadeine ok? I have to drive after": the product's answer) wins.
   */
  private activityChoice(t: Turn, a: Asking, best: Scored | undefined): Planned | undefined {
    const activity = a.activityAnswer;
    if (!activity) return undefined;
    // The reading picks the group's passage (lifting in general) for an activity with its own (a child to lift): its own answers it.
    // An activity one of whose answers is the person's own ("a hot tub?" in pregnancy: the pregnancy heat answer) gets that one,
    // not the general "you can" that a warning then contradicts.
    const factActivityPassage = forTheirFacts(this.parts, activity, t.facts);
    const ownPassage = activity.own ? this.parts.library.get(activity.own) : undefined;
    const covered = best && activity.covered.has(best.passage.id) ? (ownPassage ?? best.passage) : undefined;
    const medicineReading = a.namesMedicine && !covered && best && best.passage.topic !== activity.passage.topic;
    if (medicineReading) return undefined;
    const chosen = factActivityPassage ?? covered ?? activity.passage;
    // The same activity asked about again straight after its answer, by a thing a later line of it speaks of: that line
    // (read in the message's own words, not in the last question reframed with them).
    const again = chosen.id === t.state.passage && !chosen.more ? laterLineAsked(this.parts, t.input.reframed ? (t.input.factsText ?? t.input.text) : t.input.text, chosen, t.state, RECALL_WORD_IDF) : undefined;
    return again ?? this.giver.give(chosen, t.state, false, new Set(), a.classes);
  }

  private readNotQuestion(t: Turn, a: Asking, ranked: readonly Scored[]): NotQuestionReading {
    const { input, words, last } = t;
    // A confident greeting or "cancel" is not a question, unless it is almost word for word one ("is it going to come back?").
    // "Hi, I'm breastfeeding, what can I take?": a greeting that goes on to ask a longer question is the question.
    const greetsThenAsks = input.intent === 'greeting' && a.asks && words.length > WEIGHTS.shortFollowUp;
    const notQuestion = NOT_QUESTIONS.has(input.intent) && !greetsThenAsks;
    // After an answer, "what else helps?" reads as help ("what can you do?") but asks for more self-care: a good fit is answered.
    // So does a practical question one passage clearly fits ("what should I ask my manager to change?"), by more than any other topic's.
    const bySim = [...ranked].sort((x, y) => y.sim - x.sim);
    const otherTopic = bySim.find((r) => r.passage.topic !== bySim[0]?.passage.topic);
    const clearHelpFit = Boolean(bySim[0]) && bySim[0]!.sim >= WEIGHTS.noneMin && bySim[0]!.sim - (otherTopic?.sim ?? 0) >= WEIGHTS.clearMargin;
    const helpFollowUp = input.intent === 'help' && Boolean(last) && a.asks && (ranked.some((r) => r.sim >= WEIGHTS.helpFollowUpMin) || clearHelpFit);
    return { greetsThenAsks, notQuestion, helpFollowUp };
  }

  /** The accepted reading given, unless the kind of medicine question or the person's own painkiller answer decides the passage. */
  private giveReading(t: Turn, a: Asking, best: Passage): Planned {
    // "my flatmate's tramadol, does it work?": the kind of medicine question decides the passage.
    // A medicine named by someone whose known facts have their own painkiller answer (pregnancy), on a reading that does not speak
    // of it ("I was told that one is fine" read as feeling fine): that answer, so its warning comes first however it is put.
    const factOwn = !a.kind && a.namesMedicine && !this.parts.matcher.speaksOfClasses(best, a.classes) ? this.parts.library.get(this.parts.facts.ownPainkillerPassage(t.before.facts) ?? '') : undefined;
    const chosen = a.kind ?? factOwn ?? best;
    const given = this.giver.give(chosen, t.state, false, new Set(), a.classes);
    // "can I drive on muscle relaxants?" answered by the medicine passage: "I feel fine on them" next is about driving on them too.
    const activityPassages = a.activity ? [...a.activity.covered].filter((id) => id !== chosen.id) : [];
    return activityPassages.length ? { ...given, state: { ...given.state, alsoInContext: activityPassages } } : given;
  }

  /** Whether a text names a medicine or a product ("advil", "her naproxen"): then it is about that medicine, whatever else it sounds like. */
  namesMedicine(text: string): boolean {
    return (this.parts.medicineClasses?.(this.parts.words(text)) ?? []).length > 0;
  }

  /** A request for sources ("where's all that from?"): for dialogs, so that it is not read as a question about the bot. */
  asksForSources(text: string): boolean {
    return this.lastAnswer.asksForSources(this.parts.words(text));
  }

  /** The passage to offer after this one: its `next`, else the topic's next not yet given. */
  nextOf(passage: Passage, state: Pick<AnswerState, 'given'> & { facts?: UserFacts }): Passage | undefined {
    return this.giver.nextOf(passage, state);
  }

  /** Whether the last answer is steps the person is following ("roll onto your side..."): their next short report is about them. */
  inSteps(state: AnswerState): boolean {
    return this.lastAnswer.inSteps(state);
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
    return Boolean(namedWorry(this.parts, text));
  }

  /** A plight told with no question ("stuck on the floor, can't get up"): it asks for the way out of it. */
  statesNeed(text: string): boolean {
    return this.reader.statesNeed(this.parts.words(text));
  }
}

import { WEIGHTS, type Planned, type PlannerParts } from './answerPlan';
import type { Asking, Turn } from './answerTurn';
import { forTheirFacts } from './namedPassages';
import { heardStatement } from './heardStatement';
import type { PassageGiver } from './passageGiver';
import type { Passage } from './passages';
import type { PassageRanker, Scored } from './passageRanking';
import type { QuestionReader } from './questionReading';

/** How well the asking clause alone must fit an answer to be answered for itself: a clause that points back ("does that
 * change anything?") fits none this well, so the fact told before it is what is asked about. */
const OWN_CLAUSE_FIT = 0.35;

/**
 * When no reading answers a message well enough: a fact's answer, an activity's, a line of the last answer,
 * the closest topics, or nothing. The answer planner's last step, apart so that the planner reads as its steps.
 */
export class UnfitAnswers {
  constructor(
    private readonly parts: PlannerParts,
    private readonly giver: PassageGiver,
    private readonly ranker: PassageRanker,
    private readonly reader: QuestionReader,
  ) {}

  plan(t: Turn, a: Asking, ranked: readonly Scored[], best: Scored, notQuestion: boolean): Planned {
    const { input, last, state, facts, newFacts } = t;
    // "I turned 58, does that change anything?": a question about the fact just told has that fact's answer.
    // A fact that already applies ("I'm 74": over the NSAID line) has its own passage, asked about or not.
    // Not when the facts are told in one clause and another asks of something else ("I'm 58 and a smoker, could smoking
    // be why?"): that clause's own reading answers, the facts' warnings with it, rather than the fact's answer or "noted".
    const asking = a.asks ? this.reader.questionClause(input.text) : undefined;
    const clause = asking && !this.reader.pointsBack(asking) ? asking : undefined;
    const named = clause ? this.parts.facts.mentions(clause).any : undefined;
    const askedElse = clause && named && newFacts.every((f) => !named.has(f)) ? this.ranker.score({ ...input, text: clause }, last, a.followUp, t.forThem, t.inContextOf)[0] : undefined;
    if (askedElse && askedElse.sim >= OWN_CLAUSE_FIT) return this.giver.give(askedElse.passage, state);
    // A fact with no painkiller passage of its own asks of its `asked` answer even when it applies, a quiet one too ("lots
    // of standing at school, ok to carry on?": the standing job's answer); a quiet one told with a first report of pain
    // leads the general first steps instead (answers45).
    const told = Object.keys(facts.known).filter((f) => t.before.facts.known[f] === undefined && (!a.reportsPain || !this.parts.facts.isQuiet(f)));
    const askedAbout = a.asks
      ? told.filter((f) => !this.parts.facts.applies(f, facts) || !this.parts.facts.passageOf(f)).map((f) => this.parts.library.get(this.parts.facts.askedPassage(f) ?? '')).find((p): p is Passage => Boolean(p))
      : undefined;
    if (askedAbout) return this.giver.give(askedAbout, state);
    if (newFacts.length) return this.giver.factsOnly(last, state, newFacts, a.reportsPain);
    // In a conversation, a remark no passage fits that names an everyday activity ("long shifts on a digger after
    // the flight") tells of a plan: whether it is still on is the question.
    // A first report of pain that tells what lies ahead ("back in spasm, netball Saturday") or a daily duty (a toddler to lift):
    // that is what they need help with, more than the general first steps.
    const ahead = !last && a.reportsPain && !input.otherPart && !a.namesMedicine ? this.parts.activities?.planned?.(input.text) : undefined;
    const plan = ahead ?? (last && !input.otherPart && !a.namesMedicine ? this.parts.activities?.mentioned(input.text) : undefined);
    if (plan) return this.giver.give(forTheirFacts(this.parts, plan, facts) ?? (plan.own ? this.parts.library.get(plan.own) : undefined) ?? plan.passage, state);
    // "any positions that are easier?" right after an answer that named positions: a short follow-up whose own word the
    // last answer spoke of asks about that part of it. Its line is said again (see plan()), never "no answer".
    const spokenOf = last && a.followUp && !input.otherPart && !a.namesMedicine ? this.parts.matcher.saidIn(input.text, last, WEIGHTS.lastThingIdf) : undefined;
    if (last && spokenOf) return { plan: { kind: 'more', passage: last, recalled: true }, state };
    // Some overlap with the passages: offer the closest topics; none at all ("my spine feels strange") is left to the symptom-check offer.
    // After an answer, a short remark the passages half fit ("my job is all driving though") is not out of scope either.
    // So is any question asked after an answer ("is that normal?"), unless it names another body part: the closest topics, not a refusal.
    const inConversation = !input.otherPart && (input.aboutBack || ((a.followUp || (Boolean(last) && a.asks)) && input.intent === 'none'));
    // A short remark straight after an answer ("big day on Saturday though") is about the back in context even when no passage's words are in it.
    const remark = Boolean(last) && a.followUp && input.intent === 'none' && !input.otherPart;
    if ((a.asks || a.followUp) && inConversation && (input.intent === 'none' || notQuestion) && (best.sim >= WEIGHTS.topicsMin || remark)) {
      // "nope, never had that happen" after an answer, close to no other answer: context for that answer, acknowledged with the line it bears on.
      const statement = Boolean(last) && !a.asks;
      const heard = last && statement && remark && best.sim < WEIGHTS.topicsMin && !a.namesMedicine ? heardStatement(this.parts, input.text, last) : undefined;
      if (heard) return { plan: heard, state };
      // In a conversation, the closest answers themselves; a first message gets the broader topics.
      // A statement close to some ("my cousin comes friday") is acknowledged and asked which would help, not met with "no answer".
      const passages = last ? { passages: this.ranker.closestPassages(ranked, state, best.sim < WEIGHTS.topicsMin ? last : undefined) } : {};
      return { plan: { kind: 'topics', topics: this.ranker.closestTopics(ranked, last?.topic), ...passages, ...(statement ? { statement: true as const } : {}) }, state };
    }
    return { plan: { kind: 'pass' }, state };
  }
}

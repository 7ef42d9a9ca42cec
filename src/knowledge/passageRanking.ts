import type { AnswerState } from './answerState';
import type { Passage } from './passages';
import type { UserFacts } from './userFacts';
import { byKindOnly, needsMedicine, needsMedicineContext, needsSomeone, WEIGHTS, type AnswerInput, type PlannerParts } from './answerPlan';
import type { PassageGiver } from './passageGiver';

/** A passage with how well the words fit it (sim) and its score with the lifts of the classifier's topic and the context (total). */
export interface Scored {
  passage: Passage;
  sim: number;
  total: number;
}

/**
 * Ranks the passages for a message: the words' fit, lifted by the classifier's topic and the topic in
 * context; and the closest passages and topics to offer when none fits. Pure, for the answer planner.
 */
export class PassageRanker {
  /** One-word follow-up markers (knowledge/answers.yaml `followUpMarkers`: "them", "it"): words that point back. */
  private readonly pointers: ReadonlySet<string>;

  constructor(
    private readonly parts: PlannerParts,
    private readonly giver: PassageGiver,
  ) {
    this.pointers = new Set(parts.wording.followUpMarkers.filter((m) => !m.includes(' ')));
  }

  /**
   * Whether a passage about a fact (painkillers in pregnancy, with a blood thinner) fits
   * this person: the fact is known, the message names it as theirs, or the message asks
   * in general ("can someone on warfarin take ibuprofen?"). Not for "I'm 16, can I take
   * Advil?" (a number is not a pregnancy), "my dad is on warfarin, can I...?" or "never
   * had stomach trouble".
   */
  factPassages(text: string, facts: UserFacts): (passage: Passage) => boolean {
    return this.parts.facts.fitsThePerson(text, facts);
  }

  /** `causeOnly`: passages the message fits only through how the pain happened (storyClause.causeOnlyFits), which the classifier's topic does not lift. */
  score(input: AnswerInput, last: Passage | undefined, followUp: boolean, fits: (passage: Passage) => boolean, inContext: (passage: Passage) => boolean, causeOnly?: (passage: Passage) => boolean): Scored[] {
    const topicProb = new Map<string, number>();
    for (const [topic, intents] of this.parts.topicIntents) {
      topicProb.set(topic, input.ranked.filter((r) => intents.includes(r.intent)).reduce((s, r) => s + r.score, 0));
    }
    // A product's passages, and those tagged by-kind (someone else's medicine), answer only when the question kind gives them, never a question that merely sounds alike.
    // A dosing passage fits "how often" only about a medicine: a question that names none, or names no taking, asks how often of
    // something else (switching between sitting and standing, stops on a drive). After a medicine answer, a bare "how often?" still asks of it.
    const aboutMedicine = this.asksOfMedicine(input.text, last);
    // A relative's history ("my aunt had cancer") is not the question of someone who names no one ("could it be cancer?").
    const namesSomeone = this.namesSomeone(input.text);
    // "energy drinks with ibuprofen?": a drink of another kind is no alcohol, so the alcohol answers do not fit it.
    const drinks = this.parts.drowsyAlcohol;
    const noAlcohol = drinks?.otherDrinkOnly?.(this.parts.words(input.text)) ? new Set([drinks.from, drinks.to]) : undefined;
    const ranking = this.parts.matcher
      .rank(input.text)
      .filter(({ passage }) => !noAlcohol?.has(passage.id))
      .filter(({ passage }) => fits(passage) && !byKindOnly(passage) && (aboutMedicine || !needsMedicine(passage)) && (namesSomeone || !needsSomeone(passage)) && (aboutMedicine || !needsMedicineContext(passage) || (this.goesOn(passage, last) && !this.namesOtherThing(input.text, passage))));
    const top = ranking[0]?.score ?? 0;
    // The word that names what is asked ("a brace", "a fortnight"): in a follow-up, when the best-fitting passage speaks to it,
    // a passage that never does gets no lift from the topic in context or the classifier's topic (it is not what is asked now).
    // Not on a first message: there the classifier's topic is the better guide ("locked up shovelling, can I take Advil?").
    // Or a less rare word that the last answer spoke of too: "how long does the drowsiness last?" after an answer that warned of
    // drowsiness asks about that thing of the last answer (its drowsiness), not the pain's course that "how long" sounds like.
    // A word that points back ("them", "it") names nothing: it stands for what the context says ("how often should I change
    // between them?" after ice or heat), so it never takes the context's lift away.
    const naming = this.withoutPointers(input.text);
    const named = ranking[0] && (this.parts.matcher.rarestWordOf(naming, ranking[0].passage, WEIGHTS.rareWordIdf) ?? this.thingOfLast(naming, ranking[0].passage, last));
    // "and getting in?" right after the getting-in-and-out-of-the-car answer: a short follow-up that names nothing the last answer
    // did not say leaves out what it is about, and the last answer fills that in (the car, not the bed of a neighbouring card).
    const leavesOut = followUp && last !== undefined && this.namesNothingNew(input.text, last);
    return ranking
      .map(({ passage, score }) => {
        if (named !== undefined && last && !this.parts.matcher.speaksTo(passage, named)) return { passage, sim: score, total: score };
        // A medicine named that a passage never speaks of ("and a couple of Advil?" after the self-care answer) is a medicine question:
        // the topic in context and the answer just given get no lift from it (the classifier's topic still counts).
        const otherMedicine = last !== undefined && this.parts.matcher.classesNotIn(input.text, passage).length > 0;
        // The topic in context helps a follow-up, but does not outvote a question that clearly names another passage ("how do I get out of bed?" after sleep positions).
        const outmatched = top - score >= WEIGHTS.contextGap;
        const context = otherMedicine ? 0 : inContext(passage) ? (followUp && !outmatched ? WEIGHTS.context : WEIGHTS.contextWeak) : 0;
        // "and getting back in?" right after the getting-out-of-bed answer: in a near tie, the answer just given goes on (its "more").
        const same = followUp && !outmatched && !otherMedicine && passage.id === last?.id ? (leavesOut ? WEIGHTS.context : WEIGHTS.samePassage) : 0;
        // Nor does the classifier's topic lift a passage far behind on the words ("a hard time getting out of bed" read as sleep: the mattress answer).
        const intent = top - score >= WEIGHTS.intentGap || causeOnly?.(passage) ? 0 : WEIGHTS.intent * (topicProb.get(passage.topic) ?? 0);
        return { passage, sim: score, total: score + intent + context + same };
      })
      .sort((a, b) => b.total - a.total);
  }

  /**
   * Whether every known key word of a follow-up is one the last answer said, and it asks no measure of it ("how long?" goes to the
   * answer that gives one): it names nothing of its own.
   */
  namesNothingNew(text: string, last: Passage): boolean {
    if (this.parts.focus?.of(this.parts.words(text))) return false;
    const terms = this.parts.matcher.rareTermsOf(text, 0).filter((t) => t.idf > 0);
    const said = new Set(this.parts.matcher.rareTermsOf(`${last.answer} ${last.more ?? ''}`, 0).map((t) => t.term));
    return terms.length > 0 && terms.every((t) => said.has(t.term));
  }

  /** Whether a passage goes on from the last answer: its topic, or a tag they share (a drowsy medicine, a drive on one). */
  private goesOn(passage: Passage, last: Passage | undefined): boolean {
    return last !== undefined && (last.topic === passage.topic || last.tags.some((t) => passage.tags.includes(t)));
  }

  /**
   * Whether the text names a rare word (a thing: "a disc") that the passage never speaks of: "how would I know if it's a disc?"
   * after a painkiller answer asks how to tell about the disc, not whether the medicine affects them.
   */
  private namesOtherThing(text: string, passage: Passage): boolean {
    return this.parts.matcher.rareTermsOf(this.withoutPointers(text), WEIGHTS.rareWordIdf).some((t) => !this.parts.matcher.speaksTo(passage, t.term));
  }

  /** Whether the text names someone other than the writer by one of answers.yaml `otherPeople`; with no list, every text may. */
  private namesSomeone(text: string): boolean {
    const people = this.parts.wording.otherPeople;
    return !people || this.parts.words(text).some((w) => people.includes(w));
  }

  /** The text without its one-word follow-up markers (knowledge/answers.yaml `followUpMarkers`: "them", "it", "that"). */
  private withoutPointers(text: string): string {
    return this.parts.words(text).filter((w) => !this.pointers.has(w)).join(' ');
  }

  /** Whether the text asks about a medicine; with no reader for it, every text may. */
  private asksOfMedicine(text: string, last: Passage | undefined): boolean {
    const ask = this.parts.asksOfMedicine;
    if (!ask) return true;
    // "how often?", "how many a day?" right after a medicine answer ask of that medicine, as no other thing is named.
    return ask(this.parts.words(text), last?.topic === 'medication');
  }

  /** The rarest word of the text (at least `lastThingIdf` rare) that both the last answer and the best-fitting passage speak to. */
  private thingOfLast(text: string, best: Passage, last: Passage | undefined): string | undefined {
    if (!last || best.id === last.id) return undefined;
    return this.parts.matcher.rarestWordOf(text, best, WEIGHTS.lastThingIdf, last);
  }

  /** The three passages closest to the message that have not been given, one a topic; when none is close, what follows the last answer first. */
  closestPassages(ranked: readonly Scored[], state: AnswerState, last?: Passage): Passage[] {
    const out: Passage[] = [];
    const next = last ? this.giver.nextOf(last, state) : undefined;
    if (next) out.push(next);
    for (const r of ranked) {
      if (out.length >= 3) break;
      if (state.given.includes(r.passage.id) || out.some((p) => p.topic === r.passage.topic)) continue;
      out.push(r.passage);
    }
    return out;
  }

  /** The three topics closest to the message; the one in context first when it is among the close ones. */
  closestTopics(ranked: readonly Scored[], current?: string): string[] {
    const topics = [...new Set(ranked.map((r) => r.passage.topic))];
    const close = topics.slice(0, 3);
    return current && topics.slice(0, 5).includes(current) ? [current, ...close.filter((t) => t !== current)].slice(0, 3) : close;
  }
}

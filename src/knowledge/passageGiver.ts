import { sentences } from './answerText';
import type { AnswerState } from './answerState';
import type { Passage } from './passages';
import type { UserFacts } from './userFacts';
import { byKindOnly, type AnswerPlan, type Planned, type PlannerParts } from './answerPlan';

/**
 * Gives a chosen passage: with the person's facts applied (their own answer,
 * warnings first for a product), never the same text twice (more of it, the
 * next passage, briefly, or "that's all on this").
 */
export class PassageGiver {
  constructor(private readonly parts: PlannerParts) {}

  /**
   * New facts and no question: the last answer again for them, the fact's own answer, or noted.
   * Told while reporting pain ("my back's gone, I'm on warfarin"): the first steps, the facts' warnings first.
   */
  factsOnly(last: Passage | undefined, state: AnswerState, newFacts: string[], reportsPain = false): Planned {
    const facts = this.parts.facts;
    if (last && facts.redirect(last.id, state.facts)) return this.give(last, state, true);
    // "I've got asthma, forgot to say" after a painkiller answer (or a gel's, a few answers back): the fact's own
    // answer, not the last one again; only where it warns on something said in this conversation.
    const said = this.givenPassages(state);
    const own = newFacts
      .filter((f) => facts.applies(f, state.facts) && said.some((p) => facts.warnsOn(f, p.tags)))
      .map((f) => this.parts.library.get(facts.passageOf(f) ?? ''))
      .find((p): p is Passage => Boolean(p) && !state.given.includes(p!.id));
    if (own) return this.give(own, state);
    // The last answer again for them, the new fact's lines first: the answer's word limit drops caveats from the end
    // ("he has sugar also" after the blood pressure and age answer: the diabetes line, not only those two again).
    // Only when a new fact adds a line to it: "on metformin and ramipril" after the heat answer (diabetes already heard)
    // changes nothing there, so the same answer again would ignore the blood pressure tablets; their note says what they change.
    const without: UserFacts = { ...state.facts, known: Object.fromEntries(Object.entries(state.facts.known).filter(([k]) => !newFacts.includes(k))) };
    const old = new Set(last ? facts.caveats(last, without) : []);
    if (last && facts.caveats(last, state.facts).some((l) => !old.has(l))) {
      const again = this.give(last, state, true);
      if (again.plan.kind !== 'passage') return again;
      const caveats = again.plan.caveats;
      return { ...again, plan: { ...again.plan, caveats: [...caveats.filter((l) => !old.has(l)), ...caveats.filter((l) => old.has(l))] } };
    }
    const first = reportsPain ? this.parts.library.get(this.parts.wording.firstSteps ?? '') : undefined;
    // Only when every new fact's warning is said on it: a fact whose note is its whole point ("for months now": see someone) keeps its note.
    const saidOnIt = first && newFacts.every((f) => !facts.applies(f, state.facts) || facts.warnsOn(f, first.tags));
    if (first && saidOnIt && !state.given.includes(first.id)) {
      const steps = this.give(first, state);
      // Not the answer in context: it was not asked for, so the next question ("what can I take then?") is read on its own words.
      if (steps.plan.kind === 'passage') return { plan: { ...steps.plan, noted: true }, state: { ...state, given: steps.state.given } };
    }
    return { plan: { kind: 'noted', facts: newFacts, notes: this.parts.facts.notes(newFacts, state.facts) }, state };
  }

  /** The answers given in this conversation, the latest first. */
  givenPassages(state: AnswerState): Passage[] {
    return [...state.given].reverse().map((id) => this.parts.library.get(id) ?? this.parts.activities?.get(id)).filter((p): p is Passage => Boolean(p));
  }

  /** "a glass of wine with it?" after the diazepam answer: what alcohol does with that drowsy medicine, not with ibuprofen. */
  private afterDrowsy(passage: Passage, state: AnswerState): Passage {
    const d = this.parts.drowsyAlcohol;
    if (!d || passage.id !== d.from) return passage;
    const last = state.passage ? this.parts.library.get(state.passage) : undefined;
    const drowsy = Boolean(last?.tags.some((t) => d.marks.has(t))) || Boolean(state.product?.contains.some((c) => d.marks.has(c)));
    return drowsy ? (this.parts.library.get(d.to) ?? passage) : passage;
  }

  /** Gives a passage, applying the user's facts, never repeating the same text. */
  give(chosen: Passage, state: AnswerState, again = false, seen: ReadonlySet<string> = new Set(), classes: readonly string[] = []): Planned {
    const lib = this.parts.library;
    // A product's own answer ("what's in Saridon?") says what it contains: the medicine it names does not send it elsewhere.
    const byName = chosen.topic === 'medication' && !chosen.tags.includes('product');
    const byFacts = lib.get(this.parts.facts.redirect(chosen.id, state.facts, classes, byName) ?? '') ?? chosen;
    // A limit told (no tablets, no floor) rules out this kind of answer: the one that honours it instead.
    const honoured = lib.get(this.parts.circumstances?.honouring(byFacts, state.facts) ?? '') ?? byFacts;
    const redirected = this.afterDrowsy(honoured, state);
    let passage = redirected;
    // A new question that the person's fact already answered ("and together?" after the kidney answer): that fact's line for it, not the same text again.
    // A known fact's own answer not given yet ("the pharmacist gave me co-codamol": the codeine in it), sent to a more
    // important fact's answer that was already given (blood pressure): that one was said; this one, whose warning
    // (drowsy, no driving) was not, is given.
    const ownUnsaid = redirected !== chosen && state.given.includes(redirected.id) && !state.given.includes(chosen.id) && this.parts.facts.isOwnPassage(chosen.id, state.facts);
    if (ownUnsaid) passage = chosen;
    else if (redirected !== chosen && state.given.includes(redirected.id) && !again) {
      // "what about Tylenol?": the fact's line about paracetamol, not its NSAID warning again.
      const aboutParacetamol = classes.includes('paracetamol') && !classes.includes('nsaid');
      const lines = this.parts.facts.caveats(aboutParacetamol ? { id: chosen.id, tags: ['paracetamol'] } : chosen, state.facts);
      if (lines.length) {
        const withMore = Boolean(redirected.more) && !state.moreGiven.includes(redirected.id);
        const moreGiven = withMore ? [...state.moreGiven, redirected.id] : state.moreGiven;
        return { plan: { kind: 'recap', passage: redirected, lines, withMore }, state: { ...state, topic: redirected.topic, passage: redirected.id, moreGiven } };
      }
    }
    // A "next" passage the person's facts redirect back to one already offered ("and nurofen?" while
    // breastfeeding, after the breastfeeding answer): it answers this too, so it is said briefly once.
    if (seen.has(passage.id)) return state.briefed.includes(passage.id) ? this.exhausted(passage, state) : this.brief(passage, state);
    if (!again && state.given.includes(passage.id)) {
      if (passage.id === state.passage) {
        // Asked straight after: they want more, or the next thing.
        // The same question reworded ("how long should I stay in?" after the bath answer): its key line briefly, then what it did not say yet.
        if (!state.moreGiven.includes(passage.id)) {
          const more = this.moreOf(passage, state, new Set([...seen, passage.id]));
          return more.plan.kind === 'more' && more.plan.passage === passage ? { ...more, plan: { ...more.plan, recalled: true } } : more;
        }
        const next = this.nextOf(passage, state);
        if (next) passage = next;
        // Just shown in full: not pasted again, but said to be the main advice there is on it.
        else return this.mainAdvice(passage, state);
      } else if (passage.more && !state.moreGiven.includes(passage.id)) {
        // Back to an earlier answer ("how would I know if it was serious?"): what it did not say yet, before repeating it.
        return { plan: { kind: 'more', passage, onlyMore: true }, state: { ...state, topic: passage.topic, passage: passage.id, shown: sentences(passage.answer).length, moreGiven: [...state.moreGiven, passage.id] } };
      } else if ((state.recent ?? []).includes(passage.id)) {
        // Shown a turn or two ago, all of it: the same text again reads as not listening.
        return this.mainAdvice(passage, state);
      } else if (!state.briefed.includes(passage.id)) {
        return this.brief(passage, state);
      } else {
        const next = this.nextOf(passage, state);
        if (!next) return this.exhausted(passage, state);
        passage = next;
      }
    }
    // A product offered "if it's safe for you" (tag painkiller-choice) to someone whose facts give their own painkiller answer
    // (Combiflam in pregnancy): what the product contains, then that answer, never "it can help" after "avoid it".
    const own = passage.tags.includes('product') && passage.tags.includes('painkiller-choice') ? lib.get(this.parts.facts.ownPainkillerPassage(state.facts) ?? '') : undefined;
    if (own) {
      const given = state.given.includes(own.id) ? state.given : [...state.given, own.id];
      return { plan: { kind: 'passage', passage: own, caveats: [sentences(passage.answer)[0]!] }, state: { ...state, topic: own.topic, passage: own.id, given } };
    }
    // A product's answer warns first about what is in it (codeine while breastfeeding), then as its tags say.
    const warnFirst = passage.tags.includes('product') && state.product ? (this.parts.productWarnTags?.(state.product) ?? []) : [];
    const byTags = this.parts.facts.caveats(warnFirst.length ? { id: passage.id, tags: [...warnFirst, ...passage.tags] } : passage, state.facts);
    // A medicine the message names ("a nurofen as well" after the heat answer) brings the person's warnings for it when the passage's own tags bring none.
    // Not on the answer for a medicine that didn't help: its lines would offer it again.
    const caveats = byTags.length || !classes.length || passage.tags.includes('medicine-failed') ? byTags : this.parts.facts.caveats({ id: passage.id, tags: [...passage.tags, ...classes] }, state.facts);
    const given = state.given.includes(passage.id) ? state.given : [...state.given, passage.id];
    // A passage about a named product says what the product is before any warning ("Voltarol gel contains diclofenac...").
    const ownFirst = this.parts.facts.isOwnPassage(passage.id, state.facts) || passage.tags.includes('product');
    return { plan: { kind: 'passage', passage, caveats, ...(ownFirst ? { ownFirst } : {}) }, state: { ...state, topic: passage.topic, passage: passage.id, given } };
  }

  /** Everything on this topic has been said: say so, and offer the topics that usually come next. */
  exhausted(passage: Passage, state: AnswerState): Planned {
    return { plan: { kind: 'exhausted', passage, topics: this.otherTopics(passage.topic) }, state };
  }

  /** Asked again about an answer just shown in full: "that's the main advice I have on it", with the topics that usually come next. */
  mainAdvice(passage: Passage, state: AnswerState): Planned {
    return { plan: { kind: 'exhausted', passage, topics: this.otherTopics(passage.topic), named: true }, state: { ...state, topic: passage.topic, passage: passage.id } };
  }

  brief(passage: Passage, state: AnswerState) {
    return {
      plan: { kind: 'brief', passage } as AnswerPlan,
      state: { ...state, topic: passage.topic, passage: passage.id, briefed: [...state.briefed, passage.id] },
    };
  }

  moreOf(passage: Passage, state: AnswerState, seen: ReadonlySet<string> = new Set([passage.id])): Planned {
    const unshown = passage.id === state.passage && (state.shown ?? Infinity) < sentences(passage.answer).length;
    if ((passage.more || unshown) && !state.moreGiven.includes(passage.id)) {
      return { plan: { kind: 'more', passage }, state: { ...state, moreGiven: [...state.moreGiven, passage.id] } };
    }
    const next = this.nextOf(passage, state);
    if (next) return this.give(next, state, false, seen);
    return this.exhausted(passage, state);
  }

  /** The passage to offer after this one: its `next`, else the topic's next not yet given. */
  nextOf(passage: Passage, state: Pick<AnswerState, 'given'> & { facts?: UserFacts }): Passage | undefined {
    const lib = this.parts.library;
    const candidates = [...passage.next.map((id) => lib.get(id)!), ...lib.ofTopic(passage.topic)];
    // Not one the person's facts rule out ("which painkiller first?" after the kidney answer).
    // Nor one only for a fact the person hasn't got ("with blood pressure?" after the kidney answer).
    const facts = state.facts;
    const ruledOut = (p: Passage) =>
      Boolean(facts && (this.parts.facts.redirect(p.id, facts) || (this.parts.facts.aboutFacts(p.id).length && !this.parts.facts.aboutFacts(p.id).some((f) => this.parts.facts.applies(f, facts)))));
    return candidates.find((p) => p.id !== passage.id && !state.given.includes(p.id) && !ruledOut(p) && !byKindOnly(p));
  }

  private otherTopics(topic: string): string[] {
    return (this.parts.followUps.get(topic) ?? []).slice(0, 3);
  }
}

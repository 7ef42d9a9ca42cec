import { findPhrase } from '../language/phrases';
import { WEIGHTS, type AnswerInput, type AnswerPlan, type Planned, type PlannerParts } from './answerPlan';
import type { AnswerState } from './answerState';
import { STOP_WORDS } from './passageMatcher';
import type { PassageGiver } from './passageGiver';
import type { QuestionReader } from './questionReading';

/** How many words of its own a measure question may have and still be about the last question ("get up", not "postpartum workouts" and more). */
const MAX_OWN_WORDS = 2;

/** A short message read as the last question asked again: its text so asked, and what it switched to, if anything. */
export interface Reframe {
  kind: 'switch' | 'measure';
  /** The last question with the message's words: what is ranked. */
  text: string;
  /** A switch's new subject ("heat" of "what about heat?"), a measure's own words ("get up"): the answer must speak of them. */
  named: string;
  /** A measure's guessed quantities ("2 days", "a week"): they say what it measures when no words ask it ("give me a number"). */
  guesses?: string[];
}

/** Whether `frame` starts `words` and leaves something after it. */
const startsWith = (words: readonly string[], frame: readonly string[]) => frame.length < words.length && frame.every((w, i) => words[i] === w);

/**
 * Reads "what about heat?" and "how long for?" against the last question: a switch asks the same about
 * something else, a measure asks how long or how often of what was just asked about. Words are
 * knowledge/answers.yaml `reframes`; without them nothing is reframed.
 */
export class Reframer {
  private readonly switches: string[][];
  private readonly measures: string[][];
  /** Words that are no subject of their own in a measure question ("how long is it ok for?"). */
  private readonly noSubject: Set<string>;
  /** Guesses a measure question offers ("3 days? a week?"): not its subject, and not counted against its length. */
  private readonly quantities: Set<string>;

  constructor(
    private readonly parts: PlannerParts,
    private readonly giver: PassageGiver,
    private readonly reader: QuestionReader,
  ) {
    const r = parts.wording.reframes;
    // Longest first: "and what about" before "what about".
    this.switches = (r?.switch ?? []).map((p) => parts.words(p)).sort((a, b) => b.length - a.length);
    this.measures = (r?.measure ?? []).map((p) => parts.words(p));
    this.quantities = new Set((r?.quantities ?? []).flatMap((p) => parts.words(p)));
    this.noSubject = new Set([
      ...STOP_WORDS,
      ...this.measures.flat(),
      ...parts.wording.questionWords.flatMap((w) => parts.words(w)),
      ...parts.wording.followUpMarkers.flatMap((w) => parts.words(w)),
    ]);
  }

  /** The words of a message that name something, not how it asks ("settles" of "how long before it settles do you think?"). */
  ownWords(words: readonly string[]): string[] {
    return words.filter((w) => !this.noSubject.has(w));
  }

  /** Plans a turn (`planTurn` reads a message), reframed when it asks the last question again; the state keeps the question asked. */
  plan(input: AnswerInput, before: AnswerState, planTurn: (input: AnswerInput, before: AnswerState) => Planned): Planned {
    const reframe = before.passage ? this.read(input.text, before.asked) : undefined;
    const own = planTurn(input, before);
    // A measure the words alone answer on the same subject ("how often?" after the stretches: the stretching-often answer) needs no reframe.
    // Nor does a follow-up that asks for what the last answer offered next ("what about at night?" after an answer offering "Heat at night?").
    // Nor does a switch whose words alone fit strongly an answer that speaks of what it names ("what about getting out of the
    // car?" after the getting-out-of-bed answer): its own subject, not the last question's.
    const onSubject =
      (reframe?.kind === 'measure' && (goesOn(own.plan, before) || this.measuresItsOwn(input.text, own.plan, reframe))) ||
      (reframe?.kind === 'switch' && this.switchesToItsOwn(input.text, own.plan, before, reframe)) ||
      this.offeredNext(own.plan, before);
    const asAsked = reframe && !onSubject ? this.reframed(input, before, reframe, planTurn) : undefined;
    // "how often should I go?" after the massage answer: nothing says how often, as asked again or read afresh. The answer in
    // context is the nearest, not another topic's "how often" (the planner says plainly that it cannot say).
    const offFocus = reframe && !onSubject && !asAsked && !this.onFocus(input, own.plan, reframe) ? this.reframed(input, before, reframe, planTurn, false) : undefined;
    const planned = asAsked ?? offFocus ?? own;
    return { ...planned, state: this.withAsked(input, before, planned, asAsked ? reframe : undefined) };
  }

  /**
   * "what about heat?" after "should I ice it?", "how long is too long?" after the hot tub: the last question asked
   * again with these words. A measure's words alone were read by the classifier without their subject (the pain's
   * course), so only the words decide; the answer must speak of what the message names, else it is read afresh.
   */
  private reframed(input: AnswerInput, before: AnswerState, reframe: Reframe, planTurn: (input: AnswerInput, before: AnswerState) => Planned, needsFocus = true): Planned | undefined {
    const unread = reframe.kind === 'measure' ? { intent: 'none' as const, score: 0, ranked: [] } : {};
    const planned = planTurn({ ...input, ...unread, text: reframe.text, factsText: input.factsText ?? input.text, reframed: true }, before);
    const p = planned.plan;
    if (!answers(p)) return undefined;
    if (reframe.named && !this.parts.matcher.speaksOf(p.passage, reframe.named, reframe.kind === 'measure')) return undefined;
    // "how long before it settles?" after a painkiller answer: an answer with no word of how long is not that question
    // asked again of the painkiller; the message is read afresh.
    const focus = this.parts.focus;
    const asked = reframe.kind === 'measure' ? this.focusOf(input.text, reframe) : undefined;
    if (needsFocus && focus && asked && !focus.addresses(asked, p.passage)) return undefined;
    return planned;
  }

  /** What a message asks of its subject: its words ("how often"), else what its guesses measure ("2 days? a week?"). */
  private focusOf(text: string, reframe: Reframe) {
    const focus = this.parts.focus;
    return focus?.of(this.parts.words(text)) ?? (reframe.kind === 'measure' ? focus?.offered(reframe.guesses ?? []) : undefined);
  }

  /** Whether a plan answers what the message asks of its subject ("how often"), or the message asks nothing of the kind. */
  private onFocus(input: AnswerInput, plan: AnswerPlan, reframe: Reframe): boolean {
    const focus = this.parts.focus;
    const asked = this.focusOf(input.text, reframe);
    return !focus || !asked || (answers(plan) && focus.addresses(asked, plan.passage));
  }

  /**
   * "how long does the drowsiness last?" after the driving answer: the words alone fit, strongly, an answer that speaks of
   * what they measure (the drowsiness). That is the question, not the last one asked again.
   */
  private measuresItsOwn(text: string, plan: AnswerPlan, reframe: Reframe): boolean {
    if (!reframe.named || !answers(plan) || !this.parts.matcher.speaksOf(plan.passage, reframe.named, true)) return false;
    const fit = this.parts.matcher.rank(text).find((r) => r.passage.id === plan.passage.id)?.score ?? 0;
    return fit >= WEIGHTS.strong;
  }

  /**
   * "what about getting out of the car?" after the getting-out-of-bed answer: the words alone fit another answer strongly, one
   * that speaks of what they name, and clearly better than the last one. The message's own subject wins; the last question only
   * fills in what a switch leaves out ("what about heat?").
   */
  private switchesToItsOwn(text: string, plan: AnswerPlan, before: AnswerState, reframe: Reframe): boolean {
    if (!reframe.named || !answers(plan) || plan.passage.id === before.passage || !this.parts.matcher.speaksOf(plan.passage, reframe.named, false)) return false;
    const fits = this.parts.matcher.rank(text);
    const fit = (id: string | undefined) => fits.find((r) => r.passage.id === id)?.score ?? 0;
    return fit(plan.passage.id) >= WEIGHTS.strong && fit(plan.passage.id) - fit(before.passage) >= WEIGHTS.clearMargin;
  }

  /** Whether a plan gives the passage the last answer offered next. */
  private offeredNext(plan: AnswerPlan, before: AnswerState): boolean {
    const last = before.passage ? this.parts.library.get(before.passage) : undefined;
    return plan.kind === 'passage' && last !== undefined && this.giver.nextOf(last, before)?.id === plan.passage.id;
  }

  /**
   * The question a passage answered this turn, kept for a reframe next turn: a switch's is the question about what it
   * switched to ("how long?" after "what about the spa?" is about the spa); a measure keeps the question it measured.
   */
  private withAsked(input: AnswerInput, before: AnswerState, planned: Planned, reframe: Reframe | undefined): AnswerState {
    const state = { ...planned.state };
    delete state.asked;
    if (!answers(planned.plan)) return state;
    if (reframe?.kind === 'switch') return { ...state, asked: reframe.text };
    if (reframe) return before.asked ? { ...state, asked: before.asked } : state;
    const words = this.parts.words(input.text);
    return this.reader.asks(input.text, words) ? { ...state, asked: this.reader.questionClause(input.text) ?? input.text } : state;
  }

  private isQuantity(word: string): boolean {
    return /^\d+$/.test(word) || this.quantities.has(word);
  }

  /** The message as the last question asked again, if it is one of those. `asked` is the last question a passage answered. */
  read(text: string, asked: string | undefined): Reframe | undefined {
    if (!asked) return undefined;
    const words = this.parts.words(text);
    // A measure's guessed quantities ("2 days? a week?") ask the same thing again, however many are offered.
    const said = words.filter((w) => !this.isQuantity(w));
    if (!said.length || said.length > WEIGHTS.shortFollowUp) return undefined;
    // Without its closing mark: the message's words are part of the same question, not a clause after it.
    const base = asked.replace(/[\s?.!,;:]+$/, '');
    const frame = words.length <= WEIGHTS.shortFollowUp ? this.switches.find((f) => startsWith(words, f)) : undefined;
    if (frame) {
      const named = words.slice(frame.length).join(' ');
      return { kind: 'switch', text: `${base} ${named}?`, named };
    }
    if (!this.measures.some((m) => findPhrase(words, m).length > 0)) return undefined;
    // "how soon can I go back to yoga" has a subject of its own; "how long is too long?" has none, and
    // "how often should I get up?" names what it measures, which the answer must then speak of.
    const focus = this.parts.focus;
    // Hedges ("roughly", "like 3 days") soften the measure; they name nothing it is of.
    const own = said.filter((w) => !this.noSubject.has(w) && !focus?.hedges.has(w));
    // "how long will it take?" after the heat answer names only the pain's own course: how long it lasts, not the heat.
    if (focus?.namesCourse(words) && focus.withoutCourse(own).every((w) => focus.hedges.has(w))) return undefined;
    return own.length <= MAX_OWN_WORDS ? { kind: 'measure', text: `${base} ${words.join(' ')}?`, named: own.join(' '), guesses: words.filter((w) => this.isQuantity(w)) } : undefined;
  }
}

type Answering = Extract<AnswerPlan, { kind: 'passage' | 'more' | 'brief' | 'recap' }>;

/** Whether a plan answers with a passage. */
function answers(plan: AnswerPlan): plan is Answering {
  return plan.kind === 'passage' || plan.kind === 'more' || plan.kind === 'brief' || plan.kind === 'recap';
}

/** Whether a plan answers with a new passage of the last answer's topic. */
function goesOn(plan: AnswerPlan, before: AnswerState): boolean {
  return answers(plan) && plan.passage.id !== before.passage && plan.passage.topic === before.topic;
}

/**
 * A message read against the last answer first: its sources, more of it, why, its next step, how the steps just
 * given are going. Apart from answerPlanner.ts because it is the one planning step that reads the message only
 * against the last answer, with its own request words (answers.yaml `requests`, `stepPassages`).
 */
import { isTopicIntent } from '../nlu/intents';
import type { AnswerState } from './answerState';
import type { Passage } from './passages';
import { WEIGHTS, type Planned, type PlannerParts } from './answerPlan';
import type { PassageGiver } from './passageGiver';
import { SourceRequests } from './sourceRequests';
import { sentences } from './answerText';
import { endsWith, type QuestionReader } from './questionReading';
import type { Turn } from './answerTurn';

export class LastAnswerFollowUps {
  private readonly more: ReadonlySet<string>;
  private readonly why: ReadonlySet<string>;
  private readonly nextStep: string[][];
  private readonly simpler: string[][];
  private readonly stepPassages: ReadonlySet<string>;
  private readonly stepOpeners: ReadonlySet<string>;
  private readonly sourceRequests: SourceRequests;
  private readonly thingOpeners: string[][];

  constructor(private readonly parts: PlannerParts, private readonly giver: PassageGiver, private readonly reader: QuestionReader) {
    const key = (s: string) => parts.words(s).join(' ');
    this.more = new Set(parts.wording.requests.more.map(key));
    this.why = new Set((parts.wording.requests.why ?? []).map(key));
    this.nextStep = (parts.wording.requests.nextStep ?? []).map((p) => parts.words(p));
    this.simpler = (parts.wording.requests.simpler ?? []).map((p) => parts.words(p));
    this.stepPassages = new Set(parts.wording.stepPassages ?? []);
    this.stepOpeners = new Set((parts.wording.stepOpeners ?? []).map(key));
    this.sourceRequests = new SourceRequests(parts);
    this.thingOpeners = (parts.wording.askedOfLast ?? []).map((p) => parts.words(p)).filter((p) => p.length > 0);
  }

  /** A message read against the last answer first: its sources, more of it, why, its next step. */
  plan(t: Turn): Planned | undefined {
    const { input, words, last, state } = t;
    const sources = this.sourceRequests.plan(words, last, state, () => this.giver.givenPassages(state));
    if (sources) return { plan: sources, state };
    if (!last) return undefined;
    if (this.more.has(words.join(' '))) return this.giver.moreOf(last, state);
    const why = this.whyOf(input.text, words, last, state);
    if (why) return why;
    const short = words.length <= WEIGHTS.shortFollowUp + 2;
    // "can you put that more simply?": the answer just given, in plainer words, not the list of topics.
    if (short && this.asksSimpler(words)) return { plan: { kind: 'brief', passage: last, simpler: true }, state };
    // "ok, I'm on my side, now what": the next step of the answer just given, not a new topic from the story's words.
    if (short && this.nextStep.some((p) => endsWith(words, p))) return this.giver.moreOf(last, state);
    // "on my hands and knees now", "legs are ok, I'm on my own": how the steps just given are going, not a new topic.
    // Not a limit that changes those steps ("I live by myself" after the floor steps): that is the answer honouring it.
    // "ok, on my knees now": the opening acknowledges the steps; only the rest can ask ("ok, how do I stand?").
    // Nor a message the classifier reads clearly as another topic's question ("ice or heat for tonight"): asked, though with no asking word.
    // A report that names the steps' own things ("on my knees now. the chair is far") is about them, longer or not, whatever
    // other topic the classifier hears in it (kneeling reads as a stretch).
    const aboutSteps = this.stepPassages.has(last.id) && ((short && !this.otherTopic(t, last)) || this.namesStepThings(t, last));
    if (aboutSteps && !this.reader.asks(input.text, this.withoutOpener(words)) && !this.limitChanges(t, last)) return this.giver.moreOf(last, state);
    return this.thingItSpokeOf(t, last);
  }

  /**
   * "and the bag? it's heavy" after the travel answer that said to check heavy bags in: a short follow-up that goes on
   * ("and", "what about") to a thing the last answer spoke of asks about it there, not a new question that another
   * answer's words (lifting heavy again) happen to fit: the line that speaks of it, then what the answer had not said yet
   * (its more, when only that names it). Not for what other readers answer (a measure such as "how long", a medicine or
   * product, an everyday activity) or a question another answer fits strongly.
   */
  private thingItSpokeOf(t: Turn, last: Passage): Planned | undefined {
    const { input, words, state } = t;
    if (input.reframed || words.length > WEIGHTS.shortFollowUp + 2) return undefined;
    if (!this.thingOpeners.some((p) => p.length < words.length && p.every((w, i) => words[i] === w))) return undefined;
    if (this.parts.focus?.of(words) || (this.parts.medicineClasses?.(words) ?? []).length || this.parts.namedProduct?.(words) || this.parts.activities?.match(input.text)) return undefined;
    const matcher = this.parts.matcher;
    const moreLeft = Boolean(last.more) && !state.moreGiven.includes(last.id);
    const said = new Set(matcher.rareTermsOf(`${last.answer} ${moreLeft ? last.more : ''}`, 0).map((x) => x.term));
    // Rare words, and words no example has ("deadlifts": an activity's answer has no examples of its own).
    const rare = matcher.termsWithIdf(input.text).filter((x) => x.idf >= WEIGHTS.rareWordIdf);
    // Mostly what it spoke of ("a TENS machine from Boots": the machine, wherever it is bought).
    const weight = (inLast: boolean) => rare.filter((x) => said.has(x.term) === inLast).reduce((sum, x) => sum + x.idf, 0);
    if (weight(true) === 0 || weight(true) <= weight(false)) return undefined;
    const [best] = matcher.rank(input.text);
    if (best && best.passage.id !== last.id && best.score >= WEIGHTS.strong) return undefined;
    const asked = new Map(rare.map((x) => [x.term, x.idf]));
    const scores = sentences(last.answer).map((x) => matcher.rareTermsOf(x, 0).reduce((sum, y) => sum + (asked.get(y.term) ?? 0), 0));
    const top = Math.max(0, ...scores);
    const after = { ...state, passage: last.id, ...(moreLeft ? { moreGiven: [...state.moreGiven, last.id] } : {}) };
    // No line of the answer names it, its more does: that more.
    if (top === 0) return moreLeft ? { plan: { kind: 'more', passage: last }, state: after } : undefined;
    return { plan: { kind: 'more', passage: last, recalled: true, recallAt: scores.indexOf(top), focused: true }, state: after };
  }

  /** A report of a few words more than a follow-up that names things the steps just given spoke of (the knees, the chair). */
  private namesStepThings(t: Turn, last: Passage): boolean {
    if (t.words.length > 2 * WEIGHTS.shortFollowUp) return false;
    const matcher = this.parts.matcher;
    const said = new Set(matcher.rareTermsOf(last.answer, 0).map((x) => x.term));
    return matcher.termsWithIdf(t.input.text).filter((x) => said.has(x.term) && x.idf >= WEIGHTS.lastThingIdf).length >= 2;
  }

  /** The classifier reads the message confidently as a question of a topic other than the last answer's. */
  private otherTopic(t: Turn, last: Passage): boolean {
    const { intent, score } = t.input;
    return isTopicIntent(intent) && score >= WEIGHTS.strong && !(this.parts.topicIntents.get(last.topic) ?? []).includes(intent);
  }

  /** The words without an acknowledgement that opens them ("ok", "right"). */
  private withoutOpener(words: readonly string[]): readonly string[] {
    const at = words.findIndex((w) => !this.stepOpeners.has(w));
    return at > 0 ? words.slice(at) : words;
  }

  /** A limit told in this message (quiet ones too: "I live by myself") rules out the last answer or its next step (circumstances.ts). */
  limitChanges(t: Turn, last: Passage): boolean {
    const told = Object.keys(t.facts.known).filter((k) => t.before.facts.known[k] === undefined);
    return Boolean(this.parts.circumstances?.changes(last, told, (id) => this.parts.facts.redirect(id, t.facts), this.parts.words));
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

  /** A short message asking for the last answer in plainer words ("can you say that more simply?"). */
  asksSimpler(words: readonly string[]): boolean {
    return words.length <= WEIGHTS.shortFollowUp + 2 && this.simpler.some((p) => endsWith(words, p));
  }

  /** A request for sources ("where's all that from?"), in the message's words. */
  asksForSources(words: readonly string[]): boolean {
    return this.sourceRequests.asks(words) !== undefined;
  }

  /** Whether the last answer is steps the person is following ("roll onto your side..."). */
  inSteps(state: AnswerState): boolean {
    return state.passage !== undefined && this.stepPassages.has(state.passage);
  }
}

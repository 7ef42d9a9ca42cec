import type { Intent } from '../nlu/intents';
import type { WordsOf } from './answerText';
import type { AnswerState } from './answerState';
import type { AnswerWording } from './answerWording';
import type { Passage, PassageLibrary } from './passages';
import type { PassageMatcher } from './passageMatcher';
import type { UserFactReader, UserFacts } from './userFacts';
import type { NamedProduct } from './medicineQuestions';
import type { ActivityMatch } from './everydayActivities';
import type { QuestionFocus } from './questionFocus';
import type { AskFocus } from './askFocus';
import type { NamedSubjects } from './namedSubject';
import type { Circumstances } from './circumstances';
import type { BrandNamed, MedicineBrands } from './medicineBrands';

/** What the bot understood of the message, as far as answers care. */
export interface AnswerInput {
  text: string;
  intent: Intent;
  score: number;
  /** Intents with their probabilities, best first. */
  ranked: readonly { intent: Intent; score: number }[];
  /** The message talks about the back (for "which of these?" instead of a refusal). */
  aboutBack: boolean;
  /** The message names another body part and not the back ("my knee hurts too"): the back topics are not what it asks about. */
  otherPart?: boolean;
  /** The message in the patient's own words when a helper writes for them ("he's on ramipril" as "I'm on ramipril"): their facts. */
  factsText?: string;
  /** The last question asked again in this message's words (see Reframer): the reframer judges its focus, not the reading. */
  reframed?: boolean;
}

export type AnswerPlan =
  | { kind: 'passage'; passage: Passage; caveats: string[]; /** The passage is about one of the person's facts: its own first sentence goes before other facts' warnings. */ ownFirst?: boolean; /** Given for facts just stated: says they are remembered, when it fits. */ noted?: boolean;
      /** No answer speaks to what was asked of it ("how long?"): said plainly first, then this nearest answer (see QuestionFocus). */ cannot?: string;
      /** What facts stated with this message change (withFactLeads): after the warnings, beyond their limit. */ leads?: string[];
      /** A second question in the same message ("..., and can I drive?"): its answer's first sentence after this one's, with its sources. */ also?: Passage;
      /** The second question came first in the message: its answer is said first. */ alsoFirst?: boolean;
      /** The second answer needs a message of its own (a fact warns on it): offered with its button, not given. */ alsoOffered?: boolean;
      /** Follow-ups read against this passage, not the second ("tell me more" goes on from it). */ mainKept?: boolean;
      /** Medicines asked by brand ("Aleve"): what each is, said first unless the answer names it (medicineBrands.ts). */ brands?: BrandNamed }
  | { kind: 'brief'; passage: Passage; cannot?: string; brands?: BrandNamed; /** "say that simpler": its headline in plain words (answers.yaml `simpler`), not "to recap". */ simpler?: true }
  /** Asked something the person's fact answers ("together?" with kidney disease) after the fact's passage was given: the fact's line for this question, and what the passage has not said yet. */
  | { kind: 'recap'; passage: Passage; lines: string[]; withMore: boolean; cannot?: string }
  | { kind: 'more'; passage: Passage; /** Only its "more" text: the sentences shown count is the last passage's, not this one's. */ onlyMore?: boolean; /** Asked again in other words: its first sentence briefly first. */ recalled?: boolean; /** The sentence said briefly instead of the first: the one that speaks to the rewording. */ recallAt?: number; /** The recalled line is the one that speaks to what is asked (how often): said even when sentences of the answer are left. */ focused?: true; cannot?: string }
  | { kind: 'sources'; passage?: Passage; /** "where's all this from?": every answer given so far, the last one first. */ all?: Passage[] }
  | { kind: 'clarify'; options: [Passage, Passage] }
  /** Nothing fits well: the closest passages not given yet, as questions to pick (else the closest topics). */
  | { kind: 'topics'; topics: string[]; passages?: Passage[]; /** A statement after an answer, not a question: acknowledged and asked which would help. */ statement?: true }
  /** `named`: the passage asked about again was just shown in full; said to be the main advice on it, not pasted again. */
  | { kind: 'exhausted'; passage: Passage; topics: string[]; named?: true }
  | { kind: 'noted'; facts: string[]; notes: string[]; /** Short leads of facts whose notes the limit leaves out ("5 weeks ago" told with a blood thinner and an age). */ leads?: string[] }
  | { kind: 'pass' };

/** A plan with the answer state it leaves. */
export type Planned = { plan: AnswerPlan; state: AnswerState };

/** Passages the question kind gives (a named product, someone else's medicine), never the text match alone. */
export const byKindOnly = (p: Passage) => p.tags.includes('product') || p.tags.includes('by-kind');
/** A dosing passage ("how much and how often": the label) answers only a question that asks about a medicine (see asksOfMedicine). */
export const needsMedicine = (p: Passage) => p.tags.includes('needs-medicine');
/**
 * A passage that reads its question of a medicine ("how would I know it's affecting me?") answers only a message that asks
 * about one, or a follow-up to an answer on its topic or sharing one of its tags (drowsy): "how would I know?" after a
 * worry about cancer asks of that worry.
 */
export const needsMedicineContext = (p: Passage) => p.tags.includes('needs-medicine-context');
/** A passage about someone else's illness ("a relative's cancer") answers only a message that names someone (answers.yaml `otherPeople`). */
export const needsSomeone = (p: Passage) => p.tags.includes('someone-elses-history');

/** Weights of the reading: text similarity, the intent classifier's topic, the topic in context. Set by leave-one-out on the examples. */
export const WEIGHTS = { intent: 0.3, context: 0.25, contextWeak: 0.1, close: 0.03, noneMin: 0.25, symptomsMin: 0.5, followUpMin: 0.15, notQuestionMin: 0.6, strong: 0.6, helpFollowUpMin: 0.45, symptomsQuestionMin: 0.35, clearMargin: 0.1, topicsMin: 0.1, shortFollowUp: 8, keyWordsReorder: 0.12, keyWordsMargin: 0.15, keyWordsNamed: 0.8, contextGap: 0.25, weakReport: 0.6, reportClause: 0.3, inConversationMin: 0.2, rareWordIdf: 6, lastThingIdf: 5, keyWordsReorderFar: 0.25, keyWordsFarMargin: 0.5, samePassage: 0.05, intentGap: 0.15 };

export interface PlannerParts {
  library: PassageLibrary;
  /** Limits the person told (knowledge/circumstances.yaml): a passage one rules out gives way to the one that honours it. */
  circumstances?: Circumstances;
  matcher: PassageMatcher;
  facts: UserFactReader;
  wording: Pick<AnswerWording, 'requests' | 'followUpMarkers' | 'questionWords' | 'heardAdvice' | 'statedNeeds' | 'questionEnds' | 'hedgeMarks' | 'clauseQuestions' | 'firstSteps' | 'stepPassages' | 'stepOpeners' | 'takeQuestions' | 'reframes' | 'botWords' | 'askingWords' | 'notHelping' | 'notHelpingToo' | 'askedOfLast' | 'whatToDo' | 'heardStatement' | 'rewordings' | 'otherPeople'>;
  words: WordsOf;
  /** Topic id -> the intents it answers. */
  topicIntents: ReadonlyMap<string, readonly Intent[]>;
  /** Topic id -> the topics to suggest after it. */
  followUps: ReadonlyMap<string, readonly string[]>;
  /** The medicine classes a message names ("tylenol": paracetamol). */
  medicineClasses?: (words: string[]) => string[];
  /**
   * Whether a message asks about a medicine: names one, a word for one ("tablets") or taking one ("take", "dose"); after a
   * medicine answer, also a bare "how often?" that names nothing else.
   * "How often should I switch?" after a desk answer, or "how often should I stop?" on a long drive, does not.
   */
  asksOfMedicine?: (words: string[], afterMedicineAnswer: boolean) => boolean;
  /** The passage for the kind of medicine question this is (a comparison, someone else's medicine), if any. */
  questionKind?: (words: string[]) => string | undefined;
  /**
   * The alcohol answer (`from`) asked right after an answer about a drowsy medicine (its tags), or with a product in
   * context that holds one (its contents), any of `marks`: the drowsy alcohol answer (`to`) instead. `otherDrinkOnly`: the
   * message names a drink of another kind and no alcohol ("energy drinks with ibuprofen?"): neither answer is for it.
   */
  drowsyAlcohol?: { from: string; to: string; marks: ReadonlySet<string>; otherDrinkOnly?: (words: readonly string[]) => boolean };
  /** The product a message names, if any ("Night Nurse"). */
  namedProduct?: (words: string[]) => NamedProduct | undefined;
  /** The classes in a product whose fact warnings go first on its answer (the codeine in co-codamol). */
  productWarnTags?: (product: NamedProduct) => string[];
  /** Everyday activities ("can I drive?"): the one a question asks about, and activity answers by id. */
  /** What a question asks of its subject ("how long", "how often"), and whether an answer speaks to it. */
  focus?: QuestionFocus;
  /** The thing a question names as what it asks about ("is a foam roller ok?"), checked against the answer chosen. */
  subjects?: NamedSubjects;
  /** What an ask about doing something asks about ("can I repaint the ceiling?"), checked against a weak answer. */
  askFocus?: AskFocus;
  /** Brand names of medicines and what each is ("Aleve": naproxen). */
  brands?: MedicineBrands;
  activities?: { match(text: string): ActivityMatch | undefined; mentioned(text: string): ActivityMatch | undefined; planned?(text: string): ActivityMatch | undefined; besidesCause?(text: string): ActivityMatch | undefined; withoutCauses?(text: string, keep: (clause: string) => boolean): string | undefined; get(id: string): Passage | undefined; sameActivity?(a: string, b: string): boolean };
}

/**
 * The facts a turn tells, over those known: read once, in the words of the person asked about (`factsText`, the patient's
 * words when the writer tells of someone else), by every reader of the turn's facts (the planner, the first steps' lead).
 */
export function turnFacts(reader: Pick<UserFactReader, 'read'>, input: Pick<AnswerInput, 'text' | 'factsText'>, before: UserFacts): UserFacts {
  return reader.read(input.factsText ?? input.text, before);
}

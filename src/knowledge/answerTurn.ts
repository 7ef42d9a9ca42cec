import type { AnswerInput } from './answerPlan';
import type { AnswerState } from './answerState';
import type { ActivityMatch } from './everydayActivities';
import type { NamedProduct } from './medicineQuestions';
import type { Passage } from './passages';
import type { Scored } from './passageRanking';
import type { UserFacts } from './userFacts';

/** What the answer planner's steps read of one message, computed once and passed along (the planner keeps no state between messages). */

/** One message read against the state before it: what every step of planning it looks at. */
export interface Turn {
  input: AnswerInput;
  before: AnswerState;
  words: string[];
  facts: UserFacts;
  product: NamedProduct | undefined;
  /** The state this message leaves, before its answer is given. */
  state: AnswerState;
  /** Facts told for the first time in this message (quiet ones aside). */
  newFacts: string[];
  last: Passage | undefined;
  /** Passages that may answer this person (see PassageRanker.factPassages). */
  forThem: (passage: Passage) => boolean;
  /** The last answer's topic, and the passages of an activity the last question named (see AnswerState.alsoInContext). */
  inContextOf: (passage: Passage) => boolean;
}

/** What the message asks and names, read once for the steps after the follow-ups of the last answer. */
export interface Asking {
  /** The passage of the kind of medicine question this is, if any. */
  kind: Passage | undefined;
  asks: boolean;
  activity: ActivityMatch | undefined;
  /** The medicine classes the message names. */
  classes: string[];
  namesMedicine: boolean;
  /** The activity answered by name, unless the medicine passages answer the question better. */
  activityAnswer: ActivityMatch | undefined;
  /** The sentence that asks, when the activity is only the story around it ("got a game Sunday. ice or heat?"). */
  besideActivity?: string;
  reportsPain: boolean;
  followUp: boolean;
}

/** The ranked readings of a message, in the order the planner takes them. */
export interface Reading {
  ranked: Scored[];
  /** The asking clause scored apart from the story around it, if any. */
  clause: string | undefined;
  /** The words, not the lifts, put the first reading first. */
  wordsDecide: boolean;
}

/** How the message reads against the intents that are not questions. */
export interface NotQuestionReading {
  greetsThenAsks: boolean;
  notQuestion: boolean;
  helpFollowUp: boolean;
}

import type { UserFacts } from './userFacts';
import type { NamedProduct } from './medicineQuestions';

/**
 * What the answers remember in conversation state (deleted with it by
 * "delete my data"): the passage last given, what was said already, and the
 * facts the user told us about themself.
 */
export interface AnswerState {
  topic?: string;
  passage?: string;
  /** Sentences of the last passage's answer shown in its first message (the rest comes with "tell me more"). */
  shown?: number;
  /** Passages given in full, given briefly, and whose "more" was given. */
  given: string[];
  briefed: string[];
  moreGiven: string[];
  facts: UserFacts;
  /** The product last named ("Voltarol gel"): its name and ingredients fill {product} and {productIngredients}. */
  product?: NamedProduct;
  /** The symptom check was offered (a pain report that asked a question): the message it was offered for, read when the offer is taken ("yes", "go on then"). */
  checkOffered?: string;
  /** Pain reports that got what helps most, kept so that answers to the check's questions told later start it with them. */
  painTold?: string;
  /** Calm notes said (flags the notes say not to alarm about): said once, unless asked about again. */
  calmSaid?: string[];
  /**
   * Passages that answer the activity the last question named when another topic answered it ("can I drive on muscle
   * relaxants?": the medicine answer, and the driving passages): the next message is read in their context too. One turn only.
   */
  alsoInContext?: string[];
  /** The last question a passage answered, as asked: "what about heat?" or "how long for?" next asks it again (see AnswerPlanner.reframe). */
  asked?: string;
  /** The sentences of answers and warnings said so far by topic, the latest last: none is said twice on a topic (see AnswerComposer). */
  said?: string[];
  /**
   * The passages of the last few answers, the latest last: a passage shown this recently is not pasted again when
   * asked after again (the next one not shown, or a short "that's the main advice I have on it"; see PassageGiver).
   */
  recent?: string[];
  /** The first sentence of the last answer as shown: "so both together is fine then?" is answered by saying it again (dialogs/confirmLast.ts). */
  lead?: string;
  /** Where the person was last told to be (dialogs/progressReport.ts): on the floor (for a few messages) or up again. */
  position?: PositionState;
  /** Remedies they said they tried (knowledge/triage/progress.yaml names): the next step is given, not these again. */
  tried?: string[];
  /** The next steps for the remedies tried were given: "still no better" then gets what comes after them. */
  triedAnswered?: true;
  /** They said they will call a doctor or a helpline: backed once, not suggested again. */
  callPlanned?: true;
  /** Concerns of knowledge/fact-concerns.yaml said in this conversation (a pet's pain, then "give her some of mine?"). */
  concernsSaid?: string[];
}

/** Stuck on the floor or up again; `other`: the person written for; `turns`: messages the floor is kept for. */
export interface PositionState {
  where: 'floor' | 'up';
  other?: boolean;
  turns?: number;
  /** The get-up steps were the last reply: told again they are still stuck, the steps are not said word for word again. */
  stepsSaid?: boolean;
}

/** The pain told so far, then `text`: what a check started later opens with. */
export function painToldWith(told: string | undefined, text: string): string {
  return told ? `${told}. ${text}` : text;
}

/** How many answers back a passage counts as just shown (`recent`). */
export const RECENT_ANSWERS = 3;

/** `recent` after an answer from `passage`. */
export function withRecent(recent: readonly string[] | undefined, passage: string): string[] {
  return [...(recent ?? []).filter((id) => id !== passage), passage].slice(-RECENT_ANSWERS);
}

export function emptyAnswerState(): AnswerState {
  return { given: [], briefed: [], moreGiven: [], facts: { known: {} } };
}

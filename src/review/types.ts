/**
 * What the review loop keeps. Nothing here holds a raw user id: `userHash` is
 * a salted hash (see userHash.ts), so "delete my data" can find a user's items
 * while the store alone cannot name them. Message text is masked before it is
 * recorded (masking.ts); turn events carry no text at all.
 */

/** Why a message was kept as one the bot could not place. */
export type UnplacedReason = 'none' | 'low_confidence' | 'declined_disambiguation';

export type Reaction = 'like' | 'dislike';

export type DisambiguationOutcome = 'offered' | 'taken' | 'declined';

/** A message the bot could not place, masked. */
export interface UnplacedItem {
  kind: 'unplaced';
  userHash: string;
  text: string;
  intent: string;
  score: number;
  reason: UnplacedReason;
}

/** A thumbs up or down on an answer; `answerId` is `topic` or `topic#passage`. */
export interface FeedbackItem {
  kind: 'feedback';
  userHash: string;
  answerId: string;
  reaction: Reaction;
  /** A comment given with the rating (Teams' feedback form), masked. */
  comment?: string;
}

/** A comment sent as the next message after a thumbs-down (Web Chat, the card), masked. */
export interface CommentItem {
  kind: 'comment';
  userHash: string;
  answerId: string;
  comment: string;
}

/** One turn, without its text: what the bot understood and did. */
export interface TurnEvent {
  kind: 'turn';
  userHash: string;
  /** Salted hash of the conversation, to follow a symptom check across turns. */
  conversation: string;
  intent?: string;
  /** Answers sent this turn (topic or topic#passage). */
  answers?: string[];
  escalation?: 'emergency' | 'urgent';
  /** Symptom-check steps reached this turn, in order: 'started', a question id, 'finished'. */
  check?: string[];
  disambiguation?: DisambiguationOutcome[];
}

export type ReviewItem = UnplacedItem | FeedbackItem | CommentItem | TurnEvent;

/** An item as stored: with its id, time and expiry (epoch ms). */
export type StoredReviewItem = ReviewItem & { id: string; at: number; expiresAt: number };

export interface ReviewStore {
  /** Keeps an item until the store's TTL has passed. */
  record(item: ReviewItem): Promise<void>;
  /** Removes every item of this user; resolves to how many were removed. */
  deleteUser(userHash: string): Promise<number>;
  /** Every item not yet expired, oldest first. */
  list(): Promise<StoredReviewItem[]>;
  close(): Promise<void>;
}

/** Injected so that expiry is tested without waiting. Epoch milliseconds. */
export type Clock = () => number;

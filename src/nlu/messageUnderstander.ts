import type { ActResult } from './acts';
import { Intent } from './intents';
import { IntentClassifier, decide } from './intentClassifier';
import type { ScoredIntent } from './intentModel';
import type { RedFlagResult, ScreenReading } from '../safety/redFlagScreen';
import { sentencesAsTyped } from '../language/sentences';

/** What the bot understood of one message. */
export interface Understanding {
  /** The text as classified (mentions removed, whitespace collapsed, truncated). */
  text: string;
  intent: Intent;
  score: number;
  redFlag: RedFlagResult | null;
  /**
   * Whether the red-flag screen found a flag in the message as first read. Kept when
   * `redFlag` is cleared (a check-band question answered no), so later readings of the
   * same message (the flags it denies) need not run the screen again.
   */
  flagRaised?: boolean;
  /** A sign the notes say not to alarm about, told this turn and answered with its calm note (dialogs/calmFlags.ts). */
  calmTold?: readonly string[];
  /** What the message does (yes, no, pushback, ...); absent only when no act model was given. */
  acts?: ActResult;
  /** What each sentence or clause does, when there are several ("Hi again, I was here Monday, it's much better!"). */
  sentenceActs?: ActResult[];
  /** The clauses `sentenceActs` read, one for each, in order (set with it). */
  clauses?: string[];
  /** A worry about a serious illness with no red flag ("I'm scared it's cancer"): answered with reassurance. */
  worry?: boolean;
  /** With `worry`: the emergency flags whose cause is feared by name ("is it my heart?"), for their warning signs. */
  fears?: string[];
  /** Signs doubted beside feeling well ("not sure about a fever, I feel fine"): counted as no, not raised (dialogs/wellDoubt.ts). */
  doubtedWell?: WellDoubt;
  /** The best few intents with their probabilities (the answers weigh close readings). */
  ranked?: ScoredIntent[];
  /** In a conversation about someone a helper writes for, the message with the patient's pronouns as the first person. */
  patientText?: string;
}

/** The marks that end a clause read on its own for `sentenceActs`. */
const CLAUSE_MARKS = '.!?;,';

/** The one reading of a doubt beside feeling well (dialogs/wellDoubt.ts readWellDoubt). */
export interface WellDoubt {
  /** The urgent signs doubted. */
  flags: string[];
  /** The message read, trimmed. */
  text: string;
  /** Its sentences that are the doubt by themselves. */
  sentences: string[];
}

export interface RedFlagCheck {
  read(text: string): ScreenReading;
}

export interface ActCheck {
  classify(text: string): ActResult;
}

/** How sure the act model must be that a message the topic model reads as cancel is no act at all. */
const NOT_CANCEL_CONFIDENCE = 0.7;


/** A greeting said after another clause is short ("ok, good morning"); a longer clause with "morning" in it speaks of mornings. */
const MAX_GREETING_WORDS = 4;
/** Below this, the model's greeting for a longer one-sentence message is a guess (its own longer examples score 0.8 and up). */
const SURE_GREETING = 0.75;

/** Longest text read; a longer message is truncated, not rejected. */
export const MAX_TEXT_CHARS = 2000;

/**
 * Runs the red-flag check and the intent classifier on a message, once per
 * turn, so that every dialog sees the same reading of it. Button labels the
 * bot offered are understood exactly, without the classifier.
 */
export class MessageUnderstander {
  private readonly labels: ReadonlyMap<string, Intent>;

  constructor(
    private readonly classifier: IntentClassifier,
    private readonly redFlags: RedFlagCheck,
    labels: Partial<Record<Intent, string>> = {},
    private readonly acts?: ActCheck,
    /** The message without remarks that say nothing of the pain ("typing one handed"), if it has any. */
    private readonly withoutRemarks?: (text: string) => string | undefined,
  ) {
    this.labels = new Map(
      Object.entries(labels).map(([intent, label]) => [MessageUnderstander.key(label as string), intent as Intent]),
    );
  }

  understand(raw: string): Understanding {
    const typed = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
    // The red-flag screen reads every word typed; the rest reads the message without remarks on the typing.
    const { redFlag, worry, fears } = this.redFlags.read(typed);
    const text = this.withoutRemarks?.(typed) ?? typed;
    const acts = this.acts?.classify(text);
    // A clause after a comma is read on its own too ("ok, but why does it hurt").
    const sentences = sentencesAsTyped(text, { marks: CLAUSE_MARKS }).filter((x) => /\w/.test(x));
    const sentenceActs = this.acts && sentences.length > 1 ? sentences.map((x) => this.acts!.classify(x)) : undefined;
    const labelled = this.labels.get(MessageUnderstander.key(text));
    const flagRaised = redFlag !== null;
    if (labelled) return { text, intent: labelled, score: 1, redFlag, flagRaised, worry: false, ranked: [{ intent: labelled, score: 1 }], ...(acts && { acts }) };
    const ranked = this.withoutLateGreeting(MessageUnderstander.withoutUnconfirmedCancel(this.classifier.rank(text), acts), sentences);
    const { intent, score } = decide(ranked, this.classifier.threshold);
    return { text, intent, score, redFlag, flagRaised, worry, ...(fears && { fears }), ranked: ranked.slice(0, 5), ...(acts && { acts }), ...(sentenceActs && { sentenceActs, clauses: sentences }) };
  }

  /**
   * `cancel` is the one intent that is a dialogue act: when the act model is
   * sure the message does something else ("should I cancel my trip?" asks about
   * the person's own plans, issue 11), the topic model's next reading stands.
   */
  private static withoutUnconfirmedCancel(ranked: ScoredIntent[], acts: ActResult | undefined): ScoredIntent[] {
    if (ranked[0]?.intent !== 'cancel' || !acts || acts.act !== 'none' || acts.score < NOT_CANCEL_CONFIDENCE) return ranked;
    return ranked.filter((r) => r.intent !== 'cancel');
  }

  /**
   * A greeting's words are also times of day ("morning", "evening"): "ok. in the meantime anything that helps the
   * mornings" asks for help with the mornings. A message of several clauses greets only when its first clause does
   * ("Morning. Back spasm from last week", "hi, what can I take?") or a short one does ("ok, good morning");
   * a longer single sentence only when the model is sure; otherwise the next reading stands.
   */
  private withoutLateGreeting(ranked: ScoredIntent[], sentences: readonly string[]): ScoredIntent[] {
    if (ranked[0]?.intent !== 'greeting') return ranked;
    const greets = (clause: string) => decide(this.classifier.rank(clause), this.classifier.threshold).intent === 'greeting';
    const short = (clause: string) => clause.trim().split(/\s+/).length <= MAX_GREETING_WORDS;
    // One longer sentence is a greeting only when the model is sure of it ("hello, is this the back pain
    // bot" scores near 1): its unsure guess at "he says his right leg feels weak and tingly" is no hello.
    if (sentences.length < 2) return short(sentences[0] ?? '') || ranked[0].score >= SURE_GREETING ? ranked : ranked.filter((r) => r.intent !== 'greeting');
    if (greets(sentences[0]!) || sentences.slice(1).some((x) => short(x) && greets(x))) return ranked;
    return ranked.filter((r) => r.intent !== 'greeting');
  }

  private static key(text: string): string {
    return text.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim();
  }
}

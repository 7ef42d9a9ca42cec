/**
 * How an answer to one of the check's questions is read: the yes/no parser's
 * explicit reading (knowledge/triage/yes-no.yaml) combined with the dialogue
 * act classifier's reading of the same message. Pure: no I/O.
 */
import type { ActName, ActResult } from '../nlu/acts';
import type { YesNoAnswer } from './types';

/** Below this an act is not acted on (the same bar as dialogs/actAnswers.ts). */
export const ANSWER_ACT_CONFIDENCE = 0.5;
/** A "no" from the classifier alone, with no no-word the parser knows, needs more: a wrong no is the worst miss. */
export const NO_FROM_ACT_CONFIDENCE = 0.8;

const AS_ANSWER: Partial<Record<ActName, YesNoAnswer>> = { yes: true, no: false, unsure: 'unsure' };

export type ScreenReading =
  /** An answer; `change` keeps "and it's getting worse" said beside it. */
  | { kind: 'answer'; answer: YesNoAnswer; change?: 'better' | 'worse' }
  /** "wait no, I meant no": the answer before this one is in doubt. */
  | { kind: 'correction'; answer?: YesNoAnswer }
  /** Not an answer ("ok thanks", "is this really necessary", "better now"): reply, then ask again. */
  | { kind: 'act'; act: ActName }
  /** A question or request instead of an answer ("ok so what do I do?"): answered, then the question again. */
  | { kind: 'question' }
  | { kind: 'unread' };

/** What the message is besides any answer: a question ("so tylenol?"), a bare "ok", or anything else. */
export type MessageForm = 'question' | 'acknowledgement' | 'answerAfterAcknowledgement' | 'other';

function confidentAct(acts: ActResult | undefined): ActName | undefined {
  if (!acts || acts.act === 'none' || acts.score < ANSWER_ACT_CONFIDENCE) return undefined;
  return acts.act;
}

/**
 * Reads an answer to a yes/no question. The parser's reading wins when it is
 * clear: no confident act, or an act that is itself an answer. A confident act
 * of another kind means the yes-word was not an answer ("ok thanks", "ok,
 * why do you ask"); progress said beside an answer keeps the answer, and so
 * does a no or not sure beside a stop ("never mind", "no, start again").
 */
export function readScreenAnswer(parsed: YesNoAnswer | undefined, acts: ActResult | undefined, form: MessageForm = 'other'): ScreenReading {
  const act = confidentAct(acts);
  // A question is never a yes or a "not sure", whatever the classifier leans to.
  if (parsed === undefined && form === 'question' && act !== 'correction') return { kind: 'question' };
  if (act === 'correction') return parsed === undefined ? { kind: 'correction' } : { kind: 'correction', answer: parsed };
  if (parsed !== undefined) {
    if (!act || AS_ANSWER[act] !== undefined) return { kind: 'answer', answer: parsed };
    if (act === 'better' || act === 'worse') return { kind: 'answer', answer: parsed, change: act };
    // "never mind" (not sure) and "no, start again" answer; "ok stop" is no yes.
    if ((act === 'cancel' || act === 'goodbye') && parsed !== true) return { kind: 'answer', answer: parsed };
    // "oh ok. no, nothing like that": the parser read past the acknowledgement, so what it read is the answer.
    // A yes there must come from the act model too: a thanks is never a yes to a symptom.
    if (act === 'thanks_ok' && form === 'answerAfterAcknowledgement' && parsed !== true) return { kind: 'answer', answer: parsed };
    // "no to that as well, I'm just sore": weariness said with a clear no keeps the no. A yes
    // said with pushback may be sarcasm, so it stays an act.
    // So does "no to the rest too", which the classifier may read as carrying on: it carries on with a no.
    if ((act === 'pushback' || act === 'frustration' || act === 'carry_on') && parsed === false) return { kind: 'answer', answer: parsed };
    return { kind: 'act', act };
  }
  const fromAct = act && AS_ANSWER[act];
  // "ok" alone acknowledges; it says nothing of having the symptom.
  if (fromAct === true && form === 'acknowledgement') return { kind: 'act', act: 'thanks_ok' };
  if (fromAct !== undefined && (fromAct !== false || (acts?.score ?? 0) >= NO_FROM_ACT_CONFIDENCE)) return { kind: 'answer', answer: fromAct };
  if (act && AS_ANSWER[act] === undefined) return { kind: 'act', act };
  return { kind: 'unread' };
}

/** The act of a message at a detail question (where, when, how bad, what set it off), when confident. */
export function detailAct(acts: ActResult | undefined): ActName | undefined {
  return confidentAct(acts);
}

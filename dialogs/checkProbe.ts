/**
 * What the routing dialogs (triageDialog.ts, cancelAndHelpDialog.ts) ask of a
 * running symptom check before it reads a message: does the message answer
 * the pending question, is it an aside the check answers itself, a sign-off,
 * or a question asked beside an answer. It reads the check; it never moves it.
 */
import type { DialogContext } from './dialogLibrary';
import { askedEnough, type CheckState, type Pending, pickItem } from '../src/triage/symptomCheck';
import { prepare } from '../src/triage/text';
import { asksInstead, parseYesNo } from '../src/triage/yesNo';
import { vocabulary } from '../src/triage/vocabulary';
import { deniedSigns } from '../src/triage/denials';
import type { CheckParsing } from './checkParsing';
import { checkCommand, isQuestion, saidNoGroups } from './checkMessages';
import type { CheckAsides } from './checkAsides';
import { readOnly } from './checkTurnNotes';

/** A yes beside a question this short is the answer ("yes. what now?"); a longer "I have..." may be about anything. */
const SHORT_YES_WORDS = 4;

/** Acts the check answers itself at a yes/no question; the rest (pushback, about_bot...) are CancelAndHelpDialog's. */
const CHECK_ACTS: readonly string[] = ['thanks_ok', 'better', 'worse', 'carry_on'];

/** The check state of the running symptom check, if that is the active dialog's. */
export function runningCheck(dc: DialogContext): CheckState | undefined {
  return (dc.activeDialog?.state as { check?: CheckState } | undefined)?.check;
}

export class CheckProbe {
  constructor(
    private readonly parsing: CheckParsing,
    private readonly asides: CheckAsides,
    /** The pending group's sign told without its name (dialogs/screenFrames.ts): an answer, not a topic. */
    private readonly framed: (group: number, text: string) => boolean = () => false,
  ) {}

  /** An aside the check answers itself ("how many more?", "what does that mean?"), not a topic question. */
  steers(dc: DialogContext, text: string): boolean {
    return this.asides.steers(dc.context, text, runningCheck(dc)?.pending);
  }

  /** The warm close for a sign-off in the middle of the check ("cheers", "gotta go"), if the message is one. */
  closing(dc: DialogContext, text: string): string | undefined {
    return this.asides.closing(dc.context, text, runningCheck(dc)?.pending);
  }

  /** A question asked beside an answer: the question, and the answer the check then reads alone. */
  splitQuestion(dc: DialogContext, text: string): { question: string; answers: boolean } | undefined {
    const pending = runningCheck(dc)?.pending;
    if (!pending) return undefined;
    const split = this.asides.splitQuestion(dc.context, text);
    if (!split) return undefined;
    // The rest must answer the question asked; otherwise it is the question's context
    // ("Am I ok to work tonight? It's a ward with lots of lifting"), not a failed try.
    if (!this.answersPart(dc, pending, split.answer)) return { question: split.question, answers: false };
    readOnly(dc.context, split.answer);
    return { question: split.question, answers: true };
  }

  /** Whether a part of the message (the rest beside a fact told in passing) answers the pending question; if so only it is read. */
  takesPart(dc: DialogContext, part: string): boolean {
    const pending = runningCheck(dc)?.pending;
    if (!pending || !this.answersPart(dc, pending, part)) return false;
    readOnly(dc.context, part);
    return true;
  }

  /**
   * Whether the part of a message beside a question answers the pending one:
   * at a safety question a no, "not sure" or a short yes ("heat or ice? I have
   * one of those rice bags" says nothing of the warning signs); at a detail
   * question a detail.
   */
  private answersPart(dc: DialogContext, pending: Pending, part: string): boolean {
    if (pending.kind === 'group' || pending.kind === 'which') {
      const r = this.parsing.reading(dc.context, part);
      if (r.kind !== 'answer') return false;
      // "I have reflux, can I take ibuprofen?": an "I have" that opens a message ending in a
      // question states a fact for the question; only a yes the whole message gives is one.
      if (r.answer === true && parseYesNo(dc.context.activity.text ?? '', dc.context.activity.locale) !== true) return false;
      return r.answer !== true || part.trim().split(/\s+/).length <= SHORT_YES_WORDS;
    }
    if (pending.kind === 'reuse') return true;
    const n = this.parsing.severity(dc.context, part);
    return Object.keys(this.parsing.all(dc.context, part)).length > 0 || (n !== undefined && !n.approximate);
  }

  /** The pending question was already sent as often as it may be: after an aside the check pauses rather than asks it again. */
  askedEnough(dc: DialogContext): boolean {
    const check = runningCheck(dc);
    return check?.pending !== undefined && askedEnough(check, check.pending);
  }

  /** Whether the text answers the pending question (so it is not taken as a knowledge question). */
  answers(dc: DialogContext, text: string): boolean {
    const check = runningCheck(dc);
    const pending = check?.pending;
    if (!pending) return false;
    const t = prepare(text);
    const { control } = vocabulary();
    if (control.howManyMore.test(t) || control.whyAsk.test(t) || checkCommand(text)) return true;
    if (check && Object.keys(this.parsing.corrections(dc.context, check, text)).length > 0) return true;
    // Yes, no and "what does that feel like?" answer a screening question.
    if (pending.kind === 'group' || pending.kind === 'reuse' || pending.kind === 'which') {
      if (pending.kind === 'which' && pickItem(vocabulary().screen[pending.index]!, text) !== undefined) return true;
      const r = this.parsing.reading(dc.context, text, pending.kind === 'reuse');
      if (pending.kind === 'group' && r.kind !== 'act' && this.framed(pending.index, text)) return true;
      return r.kind === 'answer' || r.kind === 'correction' || (r.kind === 'act' && pending.kind !== 'reuse' && CHECK_ACTS.includes(r.act));
    }
    // "can I take ibuprofen though?" is a question to answer, then the check goes on; so is
    // "when can I train again? a match next month" at "how bad is it?" (no answer to it there).
    if (isQuestion(text)) return false;
    const field = pending.kind === 'detail' ? pending.field : 'severity';
    if (asksInstead(text) && this.parsing.field(dc.context, field, text) === undefined) return false;
    switch (pending.kind) {
      case 'severityNumber':
        return true;
      case 'detail':
        // "no numbness, legs ok" instead of the detail: denials are kept by the check, not read as a topic.
        return (
          this.parsing.field(dc.context, pending.field, text) !== undefined ||
          Object.keys(this.parsing.all(dc.context, text)).length > 0 ||
          saidNoGroups(text).length > 0 ||
          deniedSigns(text, this.parsing.denied(dc.context, text)).size > 0
        );
    }
  }
}

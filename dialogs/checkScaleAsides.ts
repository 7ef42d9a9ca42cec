/**
 * The symptom check's asides about the 0-10 score: scores told with when they happen at the score
 * question, "what even is a 7?", and a score or a question about the scale that comes after the score
 * question went by. Apart from the other asides (checkAsides.ts), which hand these messages here.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { CheckState, Pending } from '../src/triage/symptomCheck';
import { parseYesNo } from '../src/triage/symptomParser';
import { prepare } from '../src/triage/text';
import { asksSomething } from '../src/triage/yesNo';
import { vocabulary } from '../src/triage/vocabulary';
import { asksAboutScale, withoutScaleQuestion, withoutScore } from '../src/triage/checkAsides';
import type { CheckWording } from './checkWording';
import type { CheckParsing } from './checkParsing';
import type { CheckHost } from './checkAsides';
import { sentences } from './checkSentences';
import type { DialogServices } from './services';

/** A score with nothing else is this short at most ("6", "a 7", "8 / 10", "about a 5"). */
const MAX_BARE_SCORE_WORDS = 4;

/** Whether the question waiting is the 0-10 one (asked as a detail, or again for a number after words). */
export function atSeverity(pending: Pending): boolean {
  return pending.kind === 'severityNumber' || (pending.kind === 'detail' && pending.field === 'severity');
}

export class CheckScaleAsides {
  constructor(
    private readonly services: DialogServices,
    private readonly parsing: CheckParsing,
    private readonly wording: CheckWording,
  ) {}

  /**
   * "3 sitting and 8 when I turn over", "4. more like 6 lifting her": scores said with when they
   * happen, at the 0-10 question, are its answer (kept in the user's words), not a topic their
   * other words resemble. Not when a sentence asks something beyond a bare score ("6?").
   */
  scoresWithoutAsking(context: TurnContext, text: string): boolean {
    // "not sure how to score it. 2 standing and 6 bending": the doubt's sentence rates nothing, the next one does.
    const scored = (t: string) => {
      const score = this.parsing.severity(context, t);
      return score !== undefined && !score.approximate;
    };
    if (!scored(text) && !sentences(text).some(scored)) return false;
    const asking = sentences(text).filter((s) => !/^\W*\d{1,2}\W*$/.test(s.trim()));
    // "not sure how to score it." says a doubt about the scale; it asks nothing.
    const doubt = (s: string) => !s.trim().endsWith('?') && vocabulary().yesNo.unsure.test(prepare(s));
    return !asking.some((s) => asksSomething(s) && !asksAboutScale(s) && !doubt(s));
  }

  /**
   * The 0-10 question went by without a number (answered with when it started, or a shrug) and a later message
   * is about the score: a question about the scale ('scale') at any other question, or a score with no yes or no
   * ('score') at a safety question, where "probably a 6" must never be read as a hedged yes.
   */
  lateScore(context: TurnContext, check: CheckState, pending: Pending, text: string): 'scale' | 'score' | undefined {
    if (atSeverity(pending) || check.details.severity !== undefined) return undefined;
    if (asksAboutScale(text)) return 'scale';
    // "7" on its own at the place or cause question, after the 0-10 one went by: a number answers neither, so it is the score.
    // (At the start question a bare number may be days.)
    if (pending.kind === 'detail' && (pending.field === 'location' || pending.field === 'trigger')) return this.bareScore(context, text) ? 'score' : undefined;
    if (pending.kind !== 'group' && pending.kind !== 'which') return undefined;
    if (parseYesNo(text, context.activity.locale) !== undefined && !this.hedgedScoreOnly(context, text)) return undefined;
    return this.scoresWithoutAsking(context, text) ? 'score' : undefined;
  }

  /** The message is a score and nothing else ("6", "a 7", "8/10"). */
  private bareScore(context: TurnContext, text: string): boolean {
    const score = this.parsing.severity(context, text);
    return score !== undefined && !score.approximate && Object.keys(this.parsing.all(context, text)).every((f) => f === 'severity') && prepare(text).split(/\s+/).length <= MAX_BARE_SCORE_WORDS;
  }

  /** "probably around a 6": the hedge is the score's, not a yes; true when no yes or no is left once the number's words are gone. */
  private hedgedScoreOnly(context: TurnContext, text: string): boolean {
    const score = this.parsing.severity(context, text);
    if (!score || score.approximate) return false;
    return parseYesNo(withoutScore(text), context.activity.locale) === undefined;
  }

  async onLateScore(dc: DialogContext, check: CheckState, pending: Pending, text: string, kind: 'scale' | 'score', host: CheckHost): Promise<DialogTurnResult> {
    const { asides } = this.services.responses.triage;
    check.skipped = check.skipped.filter((f) => f !== 'severity');
    if (kind === 'scale') {
      // Explained, then the 0-10 question itself; the question that was waiting comes after it.
      check.scaleExplained = true;
      await dc.context.sendActivity(asides.scale);
      return host.ask(dc, { kind: 'detail', field: 'severity' });
    }
    const n = this.parsing.severity(dc.context, text) ?? sentences(text).map((s) => this.parsing.severity(dc.context, s)).find((s) => s && !s.approximate);
    if (n) check.details.severity = n;
    await dc.context.sendActivity(fill(this.services.responses.triage.noted, { details: this.wording.describe(check.details, ['severity']) }));
    return host.ask(dc, pending, 'again');
  }

  /** "what even is a 7?": the scale once; a number said with it is kept, and a second time the question is left out. */
  async explainScale(dc: DialogContext, check: CheckState, text: string, host: CheckHost): Promise<DialogTurnResult> {
    const { asides } = this.services.responses.triage;
    // The number the question is about is no rating ("what counts as a ten?").
    const rating = withoutScaleQuestion(text);
    const n = rating === '' ? undefined : this.parsing.severity(dc.context, rating);
    if (n && !n.approximate) {
      check.details.severity = n;
      check.wordSeverity = undefined;
      await dc.context.sendActivity(`${asides.scale} ${fill(asides.scaleKept, { value: String(n.value) })}`);
      return host.advance(dc);
    }
    // Unsure of the numbers, but how bad it is told in words ("pretty bad, but I can walk"): the scale
    // and a rough number offered back, kept as approximate; the check goes on without pressing for exact.
    if (n && !check.scaleExplained) {
      check.details.severity = n;
      check.wordSeverity = undefined;
      check.scaleExplained = true;
      await dc.context.sendActivity(`${asides.scale} ${fill(asides.scaleGuess, { value: String(n.value) })}`);
      return host.advance(dc);
    }
    if (check.scaleExplained) {
      if (check.wordSeverity) check.details.severity = check.wordSeverity;
      else if (!check.skipped.includes('severity')) check.skipped.push('severity');
      check.wordSeverity = undefined;
      await dc.context.sendActivity(asides.leftOut);
      return host.advance(dc);
    }
    check.scaleExplained = true;
    await dc.context.sendActivity(asides.scale);
    return host.ask(dc, check.pending!, 'again');
  }
}

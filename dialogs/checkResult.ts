/**
 * The end of the symptom check: its short result (at most 120 words, with a
 * "Details and sources" button), the result given early ("just tell me what to
 * do") with the warning signs not yet asked, and what a stop leaves the person with.
 */
import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from './dialogLibrary';
import { fill, listOf } from '../src/content/responses';
import { type CheckState, unaskedSigns } from '../src/triage/symptomCheck';
import { vocabulary } from '../src/triage/vocabulary';
import type { CheckWording } from './checkWording';
import { labelsFor, withSuggestions } from './replies';
import { noteCheckStep, rateable } from './turnEvents';
import type { DialogServices } from './services';
import type { SavedCheck } from './checkOptions';
import { deniedSoFar } from './deniedRecord';

/** The answer id of the check's result, for feedback and review. */
export const SYMPTOM_CHECK_ANSWER_ID = 'symptom-check';

export class CheckResult {
  constructor(
    private readonly services: DialogServices,
    private readonly wording: CheckWording,
    private readonly saved: StatePropertyAccessor<SavedCheck | undefined>,
  ) {}

  /**
   * "just tell me what to do" before the safety questions are done: the result
   * now, after the warning signs not yet asked, emergency ones first.
   */
  async finishNow(dc: DialogContext, check: CheckState, lead?: string): Promise<DialogTurnResult> {
    const words = this.services.responses.triage.control;
    const emergency = this.services.numbers.forLocale(dc.context.activity.locale).emergency;
    const { screen } = vocabulary();
    // Signs denied earlier in the conversation ("no numbness" before the check) are ruled out too.
    const denied = [...new Set([...(check.denied ?? []), ...(await deniedSoFar(dc.context, this.services))])];
    const signs = unaskedSigns({ ...check, denied }, screen);
    const wording = this.services.denied.wording;
    // Each group's signs in a few words (a short list), for the groups with a sign of that level still open;
    // a group with some of its signs denied names only the others, when each has words of its own.
    const groupWords = (g: (typeof screen)[number], level: 'emergency' | 'urgent') => {
      const open = g.items.filter((i) => i.level === level && signs.includes(i));
      const partly = g.items.some((i) => denied.includes(i.flag));
      const own = partly ? wording.wordsFor(open.map((i) => i.flag)) : undefined;
      return own ? listOf(own, 'or') : words.watch[g.id]?.[level];
    };
    const list = (level: 'emergency' | 'urgent') =>
      screen
        .filter((g) => g.items.some((i) => i.level === level && signs.includes(i)))
        .map((g) => groupWords(g, level))
        .filter((w): w is string => !!w)
        .join('; ');
    const lines = [
      lead ?? words.verdictNow,
      wording.acknowledgement(denied),
      signs.length > 0 ? words.watchIntro : '',
      list('emergency') ? fill(words.watchEmergency, { emergency, signs: list('emergency') }) : '',
      list('urgent') ? fill(words.watchUrgent, { signs: list('urgent') }) : '',
    ];
    return this.finish(dc, check, lines.filter(Boolean).join(' '));
  }

  /** What a stop leaves the person with: what was gathered, and what to do meanwhile. */
  stoppedText(check: CheckState | undefined, locale: string | undefined): string {
    const words = this.services.responses.triage.control;
    const emergency = this.services.numbers.forLocale(locale).emergency;
    const known = check ? this.wording.knownParts(check.details, check.change) : '';
    const gathered = known ? fill(words.soFar, { summary: known }) : '';
    return [gathered, fill(words.takeaway, { emergency })].filter(Boolean).join(' ');
  }

  /** The result, kept for "Details and sources" and a later check. `lead`: said before it ("OK, no more questions"), in the same message. */
  async finish(dc: DialogContext, check: CheckState, lead?: string): Promise<DialogTurnResult> {
    check.pending = undefined;
    const { context } = dc;
    const result = this.wording.resultText(check.details, context.activity.locale, check.change);
    const text = lead ? `${lead}\n\n${result}` : result;
    const triage = this.services.responses.triage;
    noteCheckStep(context, 'finished');
    await context.sendActivity(
      rateable(withSuggestions(text, [triage.result.detailsButton, ...labelsFor(this.services.responses, triage.afterSummary)], context.activity.channelId), SYMPTOM_CHECK_ANSWER_ID),
    );
    await this.saved.set(context, { status: 'finished', state: check });
    return dc.endDialog(check.details);
  }
}

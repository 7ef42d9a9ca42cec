import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { absorb, type CheckDetails, type CheckState, type DetailField } from '../src/triage/symptomCheck';
import { opensWithPlainNo } from '../src/triage/yesNo';
import { deniedSigns, groupsDenied } from '../src/triage/denials';
import { vocabulary } from '../src/triage/vocabulary';
import { deniedSoFar } from './deniedRecord';
import { withoutCheckRequest } from './checkMessages';
import type { CheckParsing } from './checkParsing';
import type { DialogServices } from './services';
import type { CheckOptions, SavedCheck } from './checkOptions';

/** The details this turn's own words win on when the check opens with an earlier message joined to them. */
const OWN_TURN_FIELDS: readonly DetailField[] = ['onset', 'trigger', 'severity'];

/**
 * What a symptom check starts from, apart from the turn-by-turn questions (symptomCheckTurns.ts): the opening
 * message, signs denied earlier in the conversation, details corrected before the check, and the answer to the
 * offer to reuse an earlier check's details.
 */
export class CheckOpening {
  constructor(
    private readonly services: DialogServices,
    private readonly parsing: CheckParsing,
    private readonly saved: StatePropertyAccessor<SavedCheck | undefined>,
  ) {}

  /**
   * The opening text's details. When it joins an earlier message to this turn's ("my dad had it a few years back ...",
   * then "ok, lower back, from Saturday"), the start, cause and score this turn tells win: they are the freshest
   * telling, and the earlier message's dates may be about something else. The place is read from the whole, so a
   * side told now still joins the region told before.
   */
  ownTurnFirst(context: TurnContext, opening: string): CheckDetails {
    const whole = this.parsing.all(context, opening);
    const own = withoutCheckRequest(context.activity.text ?? '');
    if (!own.trim() || opening.trim() === own.trim() || !opening.endsWith(own)) return whole;
    const now = this.parsing.all(context, own);
    const fresh = OWN_TURN_FIELDS.filter((f) => now[f] !== undefined);
    return fresh.length === 0 ? whole : { ...whole, ...Object.fromEntries(fresh.map((f) => [f, now[f]])) };
  }

  /**
   * Signs denied earlier in the conversation ("no, nothing like that" to the signs an answer listed, before the
   * check was asked for): kept as the check's own denials, so a group they answer is not asked again. Not for a
   * check after one that stopped or ended: asked again, the whole screen is asked afresh (signs may have come on).
   */
  async deniedBefore(context: TurnContext, check: CheckState): Promise<void> {
    const earlier = await this.saved.get(context);
    if (earlier && earlier.status !== 'heard') return;
    const before = await deniedSoFar(context, this.services);
    if (before.length === 0) return;
    for (const flag of before) if (!check.denied?.includes(flag)) (check.denied ??= []).push(flag);
    for (const index of groupsDenied(vocabulary().screen, new Set(check.denied), false)) if (!check.saidNo?.includes(index)) (check.saidNo ??= []).push(index);
  }

  /** Puts the corrected heard details in place of what the opening text gave for them; the fields changed. */
  correctedHeard(context: TurnContext, options: CheckOptions, check: CheckState): DetailField[] {
    const { heard, heardCorrected } = options;
    if (!heard || !heardCorrected) return [];
    const now = this.parsing.all(context, context.activity.text ?? '');
    const fields = heardCorrected.filter((f) => heard[f] !== undefined && now[f] === undefined && check.details[f] !== undefined);
    for (const f of fields) Object.assign(check.details, { [f]: heard[f] });
    return fields;
  }

  /**
   * The answer to the offer to reuse an earlier check's details. A yes to a stopped check's offer gives that check
   * back (`resumed`), with the new opening message's details winning over the old ones; otherwise `check` takes what
   * the answer gives, and the earlier details unless the answer refused them.
   */
  reuseAnswer(context: TurnContext, check: CheckState, offer: SavedCheck | undefined, text: string): { check: CheckState; resumed: boolean } {
    const r = this.parsing.reading(context, text, true);
    if (r.kind === 'answer' && r.answer === true && offer) {
      if (offer.status === 'stopped') {
        // Details of the new opening message win over the old ones.
        const opening = check.details;
        const resumed = offer.state;
        absorb(resumed, opening);
        return { check: resumed, resumed: true };
      }
      absorb(check, offer.state.details);
    } else {
      const given = this.parsing.all(context, text);
      // A score said on its own ("7.") is one here: the check is asking for what it still lacks.
      const score = this.parsing.severity(context, text);
      if (given.severity === undefined && score && !score.approximate) given.severity = score;
      // "7, and no numbness or anything": details given instead of a yes refuse nothing; only a plain
      // no ("no, start again") drops what was told before, and what is told now wins.
      const deniedIn = (part: string) => deniedSigns(part, this.parsing.denied(context, part));
      const refused = r.kind === 'answer' && r.answer === false && opensWithPlainNo(text, deniedIn, context.activity.locale);
      const tellsMore = Object.keys(given).length > 0 || deniedIn(text).size > 0;
      absorb(check, given);
      if (offer && !refused && tellsMore) absorb(check, offer.state.details);
    }
    return { check, resumed: false };
  }
}

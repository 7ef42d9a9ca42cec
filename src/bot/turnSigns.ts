import type { Activity, CardAction, ConversationState, TurnContext } from 'botbuilder';
import type { DialogServices } from '../../dialogs/services';
import { getUnderstanding, setUnderstanding } from '../../dialogs/turnUnderstanding';
import { noteTold } from '../../dialogs/deniedRecord';
import { saidNoGroups } from '../../dialogs/checkMessages';
import { deniedSigns } from '../triage/denials';
import { vocabulary } from '../triage/vocabulary';
import { givesSafetyLine, pointedSafetySign } from '../triage/safetyLinePick';
import { afterHedgedEcho } from '../triage/hedgedEcho';
import type { PatientReading } from './patientReading';

/** What the turn's replies showed, kept for reading the next message: the safety line, Yes and No buttons. */
export interface ShownReplies {
  value: boolean;
  yesNo: boolean;
}

/**
 * The turn's red-flag reading weighed against what earlier turns told, before the
 * dialogs read it: a sign's words asked back and hedged, parts of a combination
 * told in different messages (`toldParts`), a yes to the safety line the last
 * reply gave (`safetyLineShown`), and the signs the message denies kept for the
 * conversation. Apart from backReliefBot.ts, which calls it once a message.
 */
export class TurnSigns {
  /** Parts of red-flag combinations told so far of the patient (AcrossTurns): sign and flag ids, no words. */
  private readonly toldParts;
  /** The last turn's replies gave the safety line ("... bladder or bowel trouble ... call 999 now"). */
  private readonly safetyLineShown;
  /** The last turn's replies offered Yes and No buttons: a yes then answers that question. */
  private readonly yesNoShown;

  constructor(
    conversationState: ConversationState,
    private readonly services: DialogServices,
    private readonly patients: PatientReading,
  ) {
    this.toldParts = conversationState.createProperty<string[] | undefined>('toldParts');
    this.safetyLineShown = conversationState.createProperty<boolean | undefined>('safetyLineShown');
    this.yesNoShown = conversationState.createProperty<boolean | undefined>('yesNoShown');
  }

  /**
   * Reads the turn's signs before the dialogs run, in this order; the result says, once the
   * dialogs have replied, whether the replies gave the safety line (for `afterDialogs`).
   */
  async beforeDialogs(context: TurnContext): Promise<ShownReplies> {
    this.askHedgedEcho(context);
    await this.combineAcrossTurns(context);
    await this.answerSafetyLine(context);
    const shown = this.watchSafetyLine(context);
    await this.noteDenials(context);
    return shown;
  }

  /** Keeps for the next turn whether this one's replies gave the safety line. */
  async afterDialogs(context: TurnContext, shown: ShownReplies): Promise<void> {
    await this.safetyLineShown.set(context, shown.value || undefined);
    await this.yesNoShown.set(context, shown.yesNo || undefined);
  }

  /** Forgets the combination parts kept: they may stand on a detail the user had deleted (an age). */
  async forgetParts(context: TurnContext): Promise<void> {
    await this.toldParts.delete(context);
  }

  /**
   * "I'm 71" early on, then "first time my back has ever done this": parts of a
   * red-flag combination told in different messages raise it as one message
   * would (knowledge/safety/across-turns.yaml). Only a higher level than the
   * message's own reading changes the turn.
   */
  private async combineAcrossTurns(context: TurnContext): Promise<void> {
    const { acrossTurns, redFlags } = this.services;
    const understanding = getUnderstanding(context);
    if (!acrossTurns || !understanding) return;
    // The person the replies speak of ("my husband has pain between his shoulders"), even before a
    // sign of theirs made them the patient: what is told of them is kept as theirs.
    const patient = (await this.patients.known(context)) ?? (await this.services.person?.writingFor.get(context));
    const told = redFlags.toldNow(understanding.text, patient !== undefined);
    const now = understanding.redFlag;
    const denied = now && now.level !== 'check' ? [] : redFlags.denied(understanding.text, false);
    const kept = (await this.toldParts.get(context)) ?? [];
    const { kept: next, redFlag } = acrossTurns.read(kept, { ...told, denied }, now);
    if (next.length || kept.length) await this.toldParts.set(context, next);
    if (redFlag === now) return;
    const whose = patient ? { subject: 'other_present' as const, pronoun: patient.pronoun } : { subject: now?.subject ?? ('self' as const) };
    setUnderstanding(context, { ...understanding, redFlag: redFlag && { ...redFlag, ...whose }, worry: false });
  }

  /**
   * "pain at night? kinda? worse when I cough": a sign's words asked back and hedged are no report
   * of it. Its question is asked (the check band); a sign the rest of the message raises on its own is
   * that sign, read on the rest (a calm one keeps its calm note).
   */
  private askHedgedEcho(context: TurnContext): void {
    const understanding = getUnderstanding(context);
    const flag = understanding?.redFlag;
    if (!understanding || !flag || flag.level === 'check') return;
    const rest = afterHedgedEcho(understanding.text, context.activity.locale);
    if (rest === undefined) return;
    const again = rest ? this.services.redFlags.detect(rest) : null;
    const redFlag = again && again.level !== 'check' ? { ...flag, level: again.level, flags: again.flags } : { ...flag, level: 'check' as const, flags: flag.flags.slice(0, 1) };
    setUnderstanding(context, { ...understanding, redFlag });
  }

  /**
   * "yes to the bladder one" right after a reply whose safety line listed that sign
   * with the emergency number: the yes answers that line, so the sign is told, and
   * its emergency raised (a check offer in the same reply is not what it says yes to).
   * Only raises: a flag the message reads as on its own is kept.
   */
  private async answerSafetyLine(context: TurnContext): Promise<void> {
    const understanding = getUnderstanding(context);
    if (!understanding || (understanding.redFlag && understanding.redFlag.level !== 'check')) return;
    const lineShown = (await this.safetyLineShown.get(context)) === true;
    // "yes to the numbness one" with no line shown last turn (and no yes/no question it could answer): the sign is
    // named but what the yes is to is unclear, so its one direct question is asked (the check band), never passed over.
    if (!lineShown && (understanding.redFlag || (await this.yesNoShown.get(context)))) return;
    const flag = pointedSafetySign(understanding.patientText ?? understanding.text, context.activity.locale);
    if (!flag) return;
    const patient = await this.patients.known(context);
    const whose = patient ? { subject: 'other_present' as const, pronoun: patient.pronoun } : { subject: 'self' as const };
    const redFlag = lineShown ? { level: 'emergency' as const, flags: [flag], answered: flag, ...whose } : { level: 'check' as const, flags: [flag], ...whose };
    setUnderstanding(context, { ...understanding, redFlag, worry: false });
  }

  /** Whether this turn's replies give the safety line, known once the turn has sent them. */
  private watchSafetyLine(context: TurnContext): ShownReplies {
    const shown = { value: false, yesNo: false };
    context.onSendActivities(async (_ctx, activities, next) => {
      const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
      if (activities.some((a) => a.type === 'message' && typeof a.text === 'string' && givesSafetyLine(a.text, emergency))) shown.value = true;
      if (activities.some(offersYes)) shown.yesNo = true;
      return next();
    });
    return shown;
  }

  /**
   * "no numbness, bladder's fine": the signs a message denies are kept for the
   * conversation, and those it tells of (a later "actually I can't feel when I
   * wipe") come off the record. A message that raises a flag denies nothing.
   */
  private async noteDenials(context: TurnContext): Promise<void> {
    const understanding = getUnderstanding(context);
    if (!understanding) return;
    const { redFlags } = this.services;
    const patient = await this.patients.known(context);
    const found = understanding.redFlag;
    const present = [...redFlags.toldNow(understanding.text, patient !== undefined).present, ...(found?.flags ?? [])];
    const text = understanding.patientText ?? understanding.text;
    // "legs are fine" denies the legs group's signs, as in the symptom check.
    const groups = saidNoGroups(text).flatMap((i) => vocabulary().screen[i]!.items.map((item) => item.flag));
    const denied = found ? [] : [...deniedSigns(text, redFlags.denied(text, false)), ...groups];
    await noteTold(context, this.services, { denied, present });
  }
}

/** A Yes button offered (suggested actions, or a Teams hero card's buttons). */
function offersYes(activity: Partial<Activity>): boolean {
  if (activity.type !== 'message') return false;
  const cards = (activity.attachments ?? []).map((c) => (c.content as { buttons?: CardAction[] } | undefined)?.buttons ?? []);
  const buttons = [...(activity.suggestedActions?.actions ?? []), ...cards.flat()];
  return buttons.some((b) => /^yes$/i.test(String(b.title ?? b.value ?? '').trim()));
}

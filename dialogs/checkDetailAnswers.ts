/**
 * The symptom check's answers to its detail questions (where, since when, how
 * bad, what set it off): every detail in the message is kept, a plain number
 * beside others is the severity, a no or "not sure" leaves the question out,
 * and an answer it cannot read is asked once more, then left out.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from './dialogLibrary';
import { fill } from '../src/content/responses';
import { absorb, type CheckState, type DetailField, MAX_DETAIL_TRIES } from '../src/triage/symptomCheck';
import { parseYesNo, type SeverityResult } from '../src/triage/symptomParser';
import { detailAct } from '../src/triage/answerReading';
import type { CheckHost } from './checkAsides';
import type { CheckParsing } from './checkParsing';
import type { CheckWording } from './checkWording';
import { correctedWords, saidNoGroups, saysCorrection } from './checkMessages';
import { deniedSigns } from '../src/triage/denials';
import type { DialogServices } from './services';
import { saidToWriter } from '../src/language/functionWords';

/** A bare number in a message this long or longer is read as the severity ("5. can I ask you something?"). */
const LOOSE_SEVERITY_WORDS = 3;

/** A no or "not sure" this short is the whole answer ("nah, no idea"), not a word inside a longer message. */
const SHORT_ANSWER_WORDS = 6;

export class CheckDetailAnswers {
  constructor(
    private readonly services: DialogServices,
    private readonly parsing: CheckParsing,
    private readonly wording: CheckWording,
  ) {}

  async onDetail(dc: DialogContext, check: CheckState, field: DetailField, text: string, host: CheckHost): Promise<DialogTurnResult> {
    const parsed = this.parsing.field(dc.context, field, text);
    const historyBefore = check.details.history;
    const added = absorb(check, this.parsing.all(dc.context, text));
    // "on and off for a month" when asked how bad: it has happened before, told now; kept like a detail. (Asked when it
    // started, it is the history retry's, which asks when this bout started.)
    const toldHistory = field !== 'onset' && added.length === 0 && historyBefore === undefined && check.details.history !== undefined;
    if (field !== 'severity' && this.looseSeverity(dc.context, check, text, added.length > 0)) added.push('severity');
    if (parsed !== undefined && check.details[field] === undefined) {
      if (field === 'severity' && (parsed as SeverityResult).approximate) {
        // "nothing when sitting, awful when I twist": ask for a number rather than guess.
        check.wordSeverity = parsed as SeverityResult;
        return host.ask(dc, { kind: 'severityNumber' });
      }
      Object.assign(check.details, { [field]: parsed });
    }
    if (check.details[field] !== undefined) return host.advance(dc);
    // Nothing parsed: what the message does decides (a parsed detail always wins over it).
    // "sorry, she's 78 not 72": a correction by its words when the act model is not sure.
    const said = detailAct(this.parsing.acts(dc.context, text)) ?? (saysCorrection(text, false) && correctedWords(text) ? 'correction' : undefined);
    if (said === 'better' || said === 'worse') check.change = said;
    const act = added.length === 0 && !toldHistory ? said : undefined;
    const acts = this.services.acts.inCheck;
    if (act === 'better' || act === 'worse') {
      await dc.context.sendActivity(acts[act]);
      return host.ask(dc, { kind: 'detail', field }, 'again');
    }
    if (act === 'correction' || act === 'carry_on') {
      // "my shift is Friday, not Thursday": no detail of the pain, but said back all the same.
      const value = act === 'correction' ? correctedWords(text) : undefined;
      const reply = act === 'carry_on' ? acts.carryOn : value ? fill(acts.correctionNoted, { value: saidToWriter(value) }) : acts.correctionDetail;
      await dc.context.sendActivity(reply);
      return host.ask(dc, { kind: 'detail', field }, 'again');
    }
    // "legs are fine btw" or "no fever, no falls" instead of an answer: the denial is kept (symptomCheckTurns), said so,
    // and the question again; its "no" is about those signs, not this question.
    if (added.length === 0 && !toldHistory && (saidNoGroups(text).length > 0 || deniedSigns(text, this.parsing.denied(dc.context, text)).size > 0)) {
      await dc.context.sendActivity(this.services.responses.triage.deniedNoted);
      return host.ask(dc, { kind: 'detail', field }, 'again');
    }
    // "no", "not sure", "no idea": recorded as not given, and the check moves on.
    const yesNo = parseYesNo(text, dc.context.activity.locale);
    const short = text.split(/\s+/).length <= SHORT_ANSWER_WORDS;
    if (added.length === 0 && short && (act === 'unsure' || act === 'no' || yesNo === false || yesNo === 'unsure')) {
      check.skipped.push(field);
      await dc.context.sendActivity(this.services.responses.triage.asides.leftOut);
      return host.advance(dc);
    }
    // Not answered, but other questions were: say back what was kept and move
    // on; this question comes once more at the end, then counts as unknown.
    if (added.length > 0 || toldHistory) {
      // A history with no start yet is said back by the next question itself (this bout's start, checkQuestions.ts).
      const details = added.length > 0 ? this.wording.describe(check.details, added) : check.details.onset !== undefined ? this.wording.describeHistory(check.details) : '';
      if (details) await dc.context.sendActivity(fill(this.services.responses.triage.noted, { details }));
      const deferred = (check.deferred ??= []);
      if (deferred.includes(field)) check.skipped.push(field);
      else deferred.push(field);
      return host.advance(dc);
    }
    // Not answered, and nothing usable: asked once more, then left out.
    check.attempts += 1;
    if (check.attempts >= MAX_DETAIL_TRIES) {
      check.skipped.push(field);
      await dc.context.sendActivity(this.services.responses.triage.asides.leftOut);
      return host.advance(dc);
    }
    const afterHistory = field === 'onset' && check.details.history !== undefined;
    return host.ask(dc, { kind: 'detail', field }, afterHistory ? 'history' : 'retry');
  }

  /**
   * "Lower back, left side. She reckons 6": a plain 0-10 number beside other
   * details (or in a sentence of its own) is the severity when none is known
   * yet, though another question was asked. Not a lone number ("about 3"
   * when asked since when), and never a word ("awful").
   */
  looseSeverity(context: TurnContext, check: CheckState, text: string, otherDetails: boolean): boolean {
    if (check.details.severity !== undefined || check.skipped.includes('severity')) return false;
    const n = this.parsing.severity(context, text);
    // The whole message counts: "5." may be the answer part of "5. can I ask you something?".
    const words = (context.activity.text ?? text).trim().split(/\s+/).length;
    if (!n || n.approximate || !(otherDetails || words >= LOOSE_SEVERITY_WORDS)) return false;
    check.details.severity = n;
    return true;
  }
}

/**
 * A message that reports rather than asks (a change told, someone else's pain, a pain report with its details):
 * apart from mainDialog.ts because routing only decides where a message goes, and this module answers that kind.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { fill } from '../src/content/responses';
import { changeTold } from '../src/triage/checkAsides';
import { asksSomething } from '../src/triage/yesNo';
import { statusReply, statusUpdate } from '../src/triage/statusUpdates';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { answerActWhileRouting } from './actAnswers';
import { patientOf, progressAct, tellsPlanAhead } from './routeReadings';
import type { DialogServices } from './services';
import type { TriageDialog } from './triageDialog';
import { startCheck } from './startCheck';

/**
 * A message that reports rather than asks: "it's loads better today" gets
 * encouragement (or, worse, what to watch for) instead of a check; someone
 * describing another person's pain gets the check framed for that person.
 */
export async function statusOrHelper(step: WaterfallStepContext, services: DialogServices, triage: TriageDialog, understanding: Understanding, checkRequestMin: number): Promise<DialogTurnResult | undefined> {
  const { text, intent, score } = understanding;
  if (asksSomething(text)) return undefined;
  // "stiff again since I sat down", "now it's going down my left leg": that change's own reply.
  const status = understanding.redFlag ? undefined : statusUpdate(text);
  if (status) {
    const emergency = services.numbers.forLocale(step.context.activity.locale).emergency;
    await step.context.sendActivity(fill(statusReply(status), { emergency }));
    return step.endDialog();
  }
  // "hi, heaps better today than Monday", "way better, like a 3 now": a change told in words the act model read as a greeting or a report;
  // not a treatment's result ("the wheat bag made no difference"), which its topic answers.
  const readAsChange = !understanding.redFlag && (understanding.intent === 'greeting' || understanding.intent === 'report_symptoms');
  // "it's been getting better these last days, actually": easing told without a question reads to the intent model
  // as the how-long topic, whose answer (when to see someone) ignores the news; it is the easing's reply.
  const easingAsCourse = !understanding.redFlag && intent === 'recovery_time' && changeTold(text) === 'better';
  const act = progressAct(understanding) ?? (readAsChange ? changeTold(text) : easingAsCourse ? 'better' : undefined);
  if (act) {
    await answerActWhileRouting(step.context, services, act, intent);
    return step.endDialog();
  }
  const pronoun = intent === 'report_symptoms' && score >= checkRequestMin ? patientOf(services, text) : undefined;
  if (!pronoun) return undefined;
  // The details told for them ("hurt his lower back yesterday, a 6") are said back too.
  const told = triage.tellsPlaceAndScore(step.context, text);
  return startCheck(step, services, { openingText: text, forOther: pronoun, ...(told ? { fromReport: true } : {}) });
}

/**
 * A pain report, not a question, that tells where and how bad in numbers (maybe when and what set it off
 * too): the person has begun the check's story themselves. A plan ahead, a remark about an activity or a red
 * flag (its own dialog) is not that. (Any one detail would do for the person, but the conversation tests
 * still expect the advice first for a report without a score: branch open34-wide has that version.)
 */
export function reportsDetails(services: DialogServices, understanding: Understanding, placedAndScored: boolean, remark: boolean): boolean {
  if (remark || understanding.redFlag || !placedAndScored) return false;
  return !asksSomething(understanding.text) && !tellsPlanAhead(services, understanding.text);
}


/**
 * Where the person is, told along the way ("stuck on the floor", "made it onto
 * the couch"), kept in the answers' conversation state (deleted with it by
 * "delete my data") so that the next reply starts from there: someone still
 * on the floor gets the get-up steps in small pieces, not general advice;
 * someone up again gets what to do once up, never the get-up steps again.
 * The words are data (knowledge/triage/status-updates.yaml, read by
 * src/triage/statusUpdates.ts).
 */
import type { TurnContext } from 'botbuilder';
import type { Understanding } from '../src/nlu/messageUnderstander';
import type { ActName } from '../src/nlu/acts';
import type { AnswerState, PositionState } from '../src/knowledge/answerState';
import { emptyAnswerState } from '../src/knowledge/answerState';
import { fill } from '../src/content/responses';
import { asksSomething } from '../src/triage/yesNo';
import { prepare } from '../src/triage/text';
import { saysNotBetter } from '../src/triage/checkAsides';
import { halfwayReply, halfwayUp, positionIn, stillStuckReply, upReply, weakLegReply } from '../src/triage/statusUpdates';
import { callPlanReply, helpedReply, plansToCall, remediesHelped, remediesNamed, remediesTried, remedyPassage, saysNotWorking, triedReply } from '../src/triage/progressReports';
import { actOf } from './actAnswers';
import { hasAnyWord, patientOf, progressAct, signOff } from './routeReadings';
import { clauses, clauseWords } from '../src/language/clauses';
import type { DialogServices } from './services';

/** Messages a floor position is kept for: long after, "legs are fine" no longer speaks of the floor. */
const FLOOR_TURNS = 4;

/** Acts that say something else than where they are: answered as they are ("this is useless", "thanks"). */
const OWN_REPLY_ACTS: readonly ActName[] = ['frustration', 'thanks_ok', 'goodbye', 'cancel', 'carry_on', 'how_many_more', 'about_bot'];

/**
 * Reads the position the message tells, keeps it, and answers when it decides
 * the reply: true when a reply was sent. Called while routing, with no
 * escalation standing and no red flag read in the message.
 */
export async function answerProgress(context: TurnContext, services: DialogServices, understanding: Understanding): Promise<boolean> {
  const state: AnswerState = (await services.answerState.get(context)) ?? emptyAnswerState();
  const before = state.position;
  const text = understanding.patientText ?? understanding.text;
  const where = positionIn(understanding.text, before?.where);
  const emergency = services.numbers.forLocale(context.activity.locale).emergency;
  const asks = asksSomething(understanding.text);
  const act = actOf(understanding);
  const save = (position: PositionState | undefined) => services.answerState.set(context, { ...state, position });
  if (where === 'up') {
    await save({ where: 'up' });
    // "ok I'm up, can I take ibuprofen?": the question is what to answer; kept that they are up.
    if (asks && before?.where !== 'floor') return false;
    if (asks && services.answers.planner.bestFit(understanding.text) >= QUESTION_FIT) return false;
    await context.sendActivity(fill(upReply(), { emergency }));
    return true;
  }
  if (where === 'floor') {
    const other = before?.where === 'floor' ? before.other === true : patientOf(services, text) !== undefined;
    await save({ where: 'floor', other, turns: FLOOR_TURNS });
    // Someone writing for a person on the floor: how to help them up, whatever else the words resemble.
    // The writer's own "how do I get up?" is the get-up passage's (with its sources and its "what next").
    if (before?.where === 'floor' || !other) return false;
    await save({ where: 'floor', other, turns: FLOOR_TURNS, stepsSaid: true });
    await context.sendActivity(fill(weakLegReply(text, other) ?? stillStuckReply(other), { emergency }));
    return true;
  }
  if (before?.where !== 'floor') return doneOrPlanned(context, services, understanding, state);
  const turns = (before.turns ?? FLOOR_TURNS) - 1;
  const { stepsSaid, ...kept } = before;
  await save(turns > 0 ? { ...kept, turns } : undefined);
  // Still on the floor, and the message tells rather than asks ("legs are fine, just the pain"):
  // the steps in small pieces, not the general advice its words resemble.
  // A medicine named ("he wants to know can he take a nurofen") asks about it, with or without a "?".
  // mend47a: "he says his leg feels weak" while still down: call for help now, asked or told, never "no rush".
  const weakLeg = weakLegReply(text, before.other === true);
  if (weakLeg) {
    await context.sendActivity(fill(weakLeg, { emergency }));
    return true;
  }
  const namesMedicine = services.answers.planner.namesMedicine(understanding.text);
  // mend49b: "ok I'm on my hands and knees now": halfway, told (an "ok" before it is no sign-off); the steps from there.
  const halfway = halfwayUp(understanding.text);
  if (halfway && !asks && !namesMedicine && (!act || act === 'thanks_ok' || !OWN_REPLY_ACTS.includes(act))) {
    await context.sendActivity(fill(halfwayReply(before.other === true), { emergency }));
    return true;
  }
  if (asks || namesMedicine || (act && OWN_REPLY_ACTS.includes(act)) || signOff(understanding) || halfway) return false;
  // The steps were the last reply: they still stand, said in a line rather than word for word again.
  if (turns > 0) await save({ ...kept, turns, stepsSaid: true });
  await context.sendActivity(fill(stillStuckReply(before.other === true, stepsSaid === true), { emergency }));
  return true;
}

/**
 * What they did or will do: "I'll ring the GP this afternoon" is backed, with what to do meanwhile;
 * remedies tried are kept, and when they did not help (or "so what now?" comes later) the next step
 * for each is given instead of the same advice again.
 */
async function doneOrPlanned(context: TurnContext, services: DialogServices, understanding: Understanding, state: AnswerState): Promise<boolean> {
  const { text } = understanding;
  const asks = asksSomething(text);
  const act = actOf(understanding);
  const emergency = services.numbers.forLocale(context.activity.locale).emergency;
  const tried = remediesTried(text);
  const allTried = [...new Set([...(state.tried ?? []), ...tried])];
  const plans = !asks && plansToCall(text);
  if (tried.length > 0 || plans) await services.answerState.set(context, { ...state, ...(allTried.length ? { tried: allTried } : {}), ...(plans ? { callPlanned: true } : {}) });
  if (plans) {
    await context.sendActivity(fill(callPlanReply(), { emergency }));
    return true;
  }
  // "the wheat bag took the edge off": what helped is kept going, not explained again as if it were asked about.
  // "the tablets helped but it's still bad" turns against the help: not answered as good news.
  const { turns, contrasts } = clauseWords();
  const turned = hasAnyWord(text, [...turns, ...contrasts]);
  // "my hip aches too. heat helps a bit": a new pain told beside the help is news the good-news reply would pass over.
  const painBeside = clauses(prepare(text)).some((c) => hasAnyWord(c, services.responses.backRelated.painWords) && remediesNamed(c).length === 0);
  const helped = asks || turned || painBeside || act === 'worse' || saysNotBetter(text) ? [] : remediesHelped(text);
  if (helped.length > 0) {
    await services.answerState.set(context, { ...state, tried: [...new Set([...(state.tried ?? []), ...helped])] });
    await context.sendActivity(fill(helpedReply(helped), { emergency }));
    return true;
  }
  // "panado, hot water bottle, in bed all day. useless": what next for each, not the same advice.
  // One remedy with its own "not working" passage not yet given: that passage (with its sources) answers.
  const own = tried.length === 1 ? remedyPassage(tried[0]!) : undefined;
  const ownAnswers = own !== undefined && !state.given.includes(own);
  // "tried heat, stretches, nurofen. nothing works. what now": a question no passage fits well is the what-next of that report.
  const asksOther = asks && services.answers.planner.bestFit(text) >= QUESTION_FIT;
  const failed = tried.length > 0 && !ownAnswers && !asksOther && act !== 'better' && (saysNotWorking(text) || saysNotBetter(text) || act === 'worse');
  // "so what do I do now?" or "still no better" once they told what they tried: the next steps for those.
  const askedAgain = tried.length === 0 && allTried.length > 0 && !asks && ((act === 'plan' && services.answers.planner.bestFit(text) < QUESTION_FIT) || (progressAct(understanding) === 'worse' && saysNotBetter(text)));
  if (!failed && !askedAgain) return false;
  const again = !failed && state.triedAnswered === true;
  await services.answerState.set(context, { ...state, tried: allTried, triedAnswered: true });
  await context.sendActivity(fill(triedReply(allTried, again), { emergency }));
  return true;
}

/** A question this close to a passage is answered by it, even said with "I'm up now". */
const QUESTION_FIT = 0.5;

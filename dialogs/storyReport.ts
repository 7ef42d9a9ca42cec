/**
 * A person's own story of the pain that already tells the check's answers ("left low back since the weekend,
 * did it doing X, a 6"): apart from mainDialog.ts because routing only decides where a message goes.
 *
 * Such a report starts the check with its details kept, before any passage is looked for: an everyday activity
 * named as the cause (a chore, a class, a ladder) would otherwise draw that activity's passage, which answers a
 * question the person never asked and leaves their details unheard.
 */
import type { Understanding } from '../src/nlu/messageUnderstander';
import { asksSomething } from '../src/triage/yesNo';
import { statusUpdate } from '../src/triage/statusUpdates';
import { clauses } from '../src/language/clauses';
import { findPhrase } from '../src/language/phrases';
import { talksOfPlan } from '../src/safety/checkAnswers';
import { progressAct } from './routeReadings';
import type { DialogServices } from './services';

/** The details the check parsed from one message (TriageDialog.detailsIn). */
export interface ToldDetails {
  count: number;
  scored: boolean;
  placed: boolean;
  /** The words of what set it off, as the check says them back ("housework (was hoovering)"). */
  cause?: string;
}

/** A place and a score in numbers are the least; the cause or the start beside them make it the pain's story, not a remark. */
const STORY_DETAILS = 3;

/**
 * Whether `understanding` is a pain report that tells where, how bad in numbers and at least one more of the
 * check's details, asking nothing: a question, a plan ahead, a change in the pain, a red flag or another body
 * part is each read by its own reader instead.
 */
export function tellsStory(services: DialogServices, understanding: Understanding, details: ToldDetails, otherPart: boolean): boolean {
  if (understanding.redFlag || otherPart) return false;
  if (!details.placed || !details.scored || details.count < STORY_DETAILS) return false;
  const { text } = understanding;
  if (asksSomething(text) || aheadOfThem(services, text, details.cause)) return false;
  return !statusUpdate(text) && !progressAct(understanding);
}

/**
 * A plan ahead told beside the story ("... got a match on saturday"). An activity the check already read as what
 * set the pain off is the story's past, not a plan, whatever day word stands near it ("since tuesday, doing X").
 */
function aheadOfThem(services: DialogServices, text: string, cause: string | undefined): boolean {
  if (talksOfPlan(services.checkDialogue, text)) return true;
  // The person's own words for the cause, as the check keeps them in brackets: the clauses holding them are the past.
  const causeWords = services.answers.words(/\(([^)]*)\)/.exec(cause ?? '')?.[1] ?? '');
  const rest = clauses(text).filter((c) => !causeWords.length || findPhrase(services.answers.words(c), causeWords).length === 0);
  return services.answers.activities.planned(rest.join('. '), false) !== undefined;
}

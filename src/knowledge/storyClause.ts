import { byKindOnly, WEIGHTS, type PlannerParts } from './answerPlan';
import type { ActivityMatch } from './everydayActivities';
import type { Passage } from './passages';
import type { QuestionReader } from './questionReading';
import type { UserFacts } from './userFacts';

/** How many words the rest of a message must have to be a story around its question ("grand." is none). */
const STORY_MIN_WORDS = 3;
/** Among how many of the whole message's best passages the asking clause's own best must be. */
const QUESTION_IN_STORY_TOP = 3;

/**
 * The asking clause of a message with a story around it ("threw my back out today. should I stay in bed?"), when that
 * clause alone clearly fits another passage than the whole message does: the passage whose question is asked.
 * `fits` says which passages may answer this person (as the ranking itself reads them).
 */
export function askedClause(parts: PlannerParts, reader: QuestionReader, text: string, fits: (passage: Passage) => boolean, facts: UserFacts): string | undefined {
  const told = storyAndQuestion(parts, reader, text);
  if (!told) return undefined;
  const { question, storyText } = told;
  const story = parts.words(storyText);
  if (story.length < STORY_MIN_WORDS) return undefined;
  // A story that names a medicine is part of the question; so is one that names an everyday activity other than
  // as the cause ("I drive trucks. can I work?": work that is driving).
  if ((parts.medicineClasses?.(story) ?? []).length > 0 || parts.activities?.besidesCause?.(storyText)) return undefined;
  const wholeRanking = parts.matcher.rank(text).filter((r) => fits(r.passage) && !byKindOnly(r.passage));
  const [whole] = wholeRanking;
  const asked = parts.matcher.rank(question).filter((r) => fits(r.passage) && !byKindOnly(r.passage));
  const top = asked[0];
  if (!whole || !top || top.passage.id === whole.passage.id || top.score < WEIGHTS.noneMin) return undefined;
  // A short question the story gives its sense ("...three night shifts this week. should I go in?" is about work, not the
  // emergency department): the question's passage must be one the whole message fits too.
  if (!wholeRanking.slice(0, QUESTION_IN_STORY_TOP).some((r) => r.passage.id === top.passage.id)) return undefined;
  // A fact the story tells ("I have asthma that aspirin worsens. can I take ibuprofen?") is part of the question, unless
  // it sends the question's own passage to the person's answer ("I take ramipril. what's best to take?": the blood pressure one).
  if (parts.facts.mentions(storyText).any.size > 0 && !parts.facts.redirect(top.passage.id, facts)) return undefined;
  const wholeTopThere = asked.find((r) => r.passage.id === whole.passage.id)?.score ?? 0;
  return top.score - wholeTopThere >= WEIGHTS.clearMargin ? question : undefined;
}

/** A message's one asking sentence and the sentences around it, if it has both. */
function storyAndQuestion(parts: PlannerParts, reader: QuestionReader, text: string): { question: string; storyText: string } | undefined {
  // Sentences only: "ibuprofen and tylenol together" is one question, and "grand. and heat?" has no story around it.
  const pieces = (text.match(/[^.;!?]+[.;!?]*/g) ?? []).map((c) => c.trim()).filter((c) => /\w/.test(c));
  const asking = pieces.filter((c) => reader.asks(c, parts.words(c)));
  if (pieces.length < 2 || asking.length !== 1) return undefined;
  const question = asking[0]!;
  return { question, storyText: pieces.filter((c) => c !== question).join(' ') };
}

/**
 * The asking sentence, when an everyday activity the message names is only its story, not what it asks: "got a game in 3 days. ice or
 * heat?" asks about ice or heat, not whether to play. So when the activity is outside the one asking sentence, and that
 * sentence alone and the whole message both fit best the same passage, one that is no answer of the activity's. A bare
 * go-ahead ("yoga tomorrow. should I go?") fits nothing of its own that the whole message fits best: the activity stays.
 */
export function activityOnlyTold(parts: PlannerParts, reader: QuestionReader, text: string, activity: ActivityMatch, fits: (passage: Passage) => boolean): string | undefined {
  const told = storyAndQuestion(parts, reader, text);
  if (!told || parts.activities?.match(told.question)) return undefined;
  const best = (t: string) => parts.matcher.rank(t).find((r) => fits(r.passage) && !byKindOnly(r.passage));
  const asked = best(told.question);
  if (!asked || asked.score < WEIGHTS.noneMin || best(text)?.passage.id !== asked.passage.id) return undefined;
  const id = asked.passage.id;
  return id !== activity.passage.id && id !== activity.own && !activity.covered.has(id) ? told.question : undefined;
}

/** How much of a passage's fit must be left without the story's cause for the classifier's topic to lift it. */
const FIT_LEFT_WITHOUT_CAUSE = 0.5;

/**
 * The passages a question fits only through the clause telling how the pain happened ("my husband has done his back in
 * lifting the turf, he's on warfarin, what can he take?"): the classifier reads the story's lifting as the topic, but the
 * question asks what he can take. Such a passage keeps its words' fit, with no lift from the classifier's topic.
 */
export function causeOnlyFits(parts: PlannerParts, reader: QuestionReader, text: string): ((passage: Passage) => boolean) | undefined {
  const rest = parts.activities?.withoutCauses?.(text, (c) => reader.asks(c, parts.words(c)));
  if (!rest || !reader.asks(rest, parts.words(rest))) return undefined;
  const left = new Map(parts.matcher.rank(rest).map((r) => [r.passage.id, r.score]));
  const whole = new Map(parts.matcher.rank(text).map((r) => [r.passage.id, r.score]));
  return (passage) => (left.get(passage.id) ?? 0) < FIT_LEFT_WITHOUT_CAUSE * (whole.get(passage.id) ?? 0);
}

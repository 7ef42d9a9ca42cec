import type { Understanding } from '../src/nlu/messageUnderstander';
import { findPhrase } from '../src/language/phrases';
import { saysNotBetter } from '../src/triage/checkAsides';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import type { DialogServices } from './services';

/**
 * "and if it's still this sore by the weekend?": a question about the pain not having improved by a time ahead asks when
 * to get it seen (the pain's course, knowledge/answers.yaml `ifStillNotBetter`), not about the time it names (a trip,
 * a match next week). The topic classifier often hears the time word; this reading puts the course first. Only a
 * conditional ("if", "say") beside the not-better words and a time ahead; a message naming an activity keeps its reading.
 */
export function asStillNotBetter(services: DialogServices, understanding: Understanding): Understanding {
  const rule = services.answers.wording.ifStillNotBetter;
  if (!rule || understanding.intent === rule.intent) return understanding;
  const { text } = understanding;
  const words = services.answers.words(text);
  const has = (phrases: readonly string[] | undefined) => (phrases ?? []).some((f) => findPhrase(words, services.answers.words(f)).length > 0);
  if (!has(rule.frames) || !(saysNotBetter(text) || has(rule.stillWords)) || !(vocabulary().future.test(prepare(text)) || has(rule.ahead))) return understanding;
  if (services.answers.activities.match(text)) return understanding;
  const score = Math.max(understanding.score, rule.score);
  const ranked = [{ intent: rule.intent, score }, ...(understanding.ranked ?? []).filter((r) => r.intent !== rule.intent)];
  return { ...understanding, intent: rule.intent, score, ranked };
}

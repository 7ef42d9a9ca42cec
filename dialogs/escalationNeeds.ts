import { fill } from '../src/content/responses';
import { routesFor, type EscalationNeed } from '../src/content/afterEscalationNeeds';
import { findPhrase } from '../src/language/phrases';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import { capitalise } from './replies';
import type { DialogServices } from './services';
import { isTopicIntent } from '../src/nlu/intents';
import { asksSomething } from '../src/triage/yesNo';
import type { Understanding } from '../src/nlu/messageUnderstander';

/** A passage fitting this well, or a topic read at least this surely, answers a need marked yieldsToTopic ("meanwhile, can I take naproxen?"). */
const PASSAGE_FIT = 0.5;
const TOPIC_READ = 0.25;

/** The needs (knowledge/after-escalation.yaml) a message names, in the file's order. */
export function needsIn(services: DialogServices, text: string, options: { ignoreUnless?: boolean } = {}): EscalationNeed[] {
  const words = services.answers.words(text);
  const has = (phrases: readonly string[]) => phrases.some((p) => findPhrase(words, services.answers.words(p)).length > 0);
  const excluded = (n: EscalationNeed) => !options.ignoreUnless && n.unless !== undefined && has(n.unless);
  return services.acts.afterEscalation.needs.needs.filter((n) => has(n.words) && (!n.alongWith || has(n.alongWith)) && !excluded(n));
}

/**
 * Needs left to answer once a topic had its say: after "get seen today",
 * "can I take advil and wait it out?" is the medicine passage's (which carries
 * the reminder), not the general line. After an emergency topics are held, so
 * the need answers.
 */
function unlessTopic(services: DialogServices, found: EscalationNeed[], level: EscalationRecord['level'], understanding: Pick<Understanding, 'text' | 'intent' | 'score'>): EscalationNeed[] {
  // A plan told, not a question ("I'll ring the surgery in the morning"): the need answers it, whatever topic its words sound like.
  if (level !== 'urgent' || !found.some((n) => n.yieldsToTopic) || !asksSomething(understanding.text)) return found;
  const topic = (isTopicIntent(understanding.intent) && understanding.score >= TOPIC_READ) || services.answers.planner.bestFit(understanding.text) >= PASSAGE_FIT;
  return topic ? found.filter((n) => !n.yieldsToTopic) : found;
}

/**
 * The reply to an everyday obstacle or practical question after an
 * escalation ("my GP can't see me till Thursday", "what do I tell them?",
 * "I've no car"), at the level of the instruction and never against it, with
 * the instruction in one short line rather than the whole escalation again.
 * Undefined when the message names no need.
 */
export function needsReply(
  services: DialogServices,
  record: EscalationRecord,
  understanding: Pick<Understanding, 'text' | 'intent' | 'score'>,
  locale: string | undefined,
): string | undefined {
  const found = unlessTopic(services, needsIn(services, understanding.text), record.level, understanding);
  const first = found[0];
  if (!first) return undefined;
  const parts = [first, ...found.filter((n) => first.also?.includes(n.name))];
  const instruction = escalationReminder(services, record, locale);
  const numbers = services.numbers.forLocale(locale);
  const values = {
    ...services.answers.localeWords.forLocale(locale),
    ...routesFor(services.acts.afterEscalation.needs, locale),
    emergency: numbers.emergency,
    why: record.why,
    // Why it matters, in the flags' own plain sentences (flag-wording.yaml).
    matters: [...new Set(record.flags.map((f) => services.redFlags.explain(f)))].join(' '),
  };
  // The instruction is said once, by the last part.
  const texts = parts.map((n, i) => fill(n.reply[record.level], { ...values, Instruction: i === parts.length - 1 ? capitalise(instruction) : '' }));
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}


/** "my pee looked a bit pink this morning": news to pass on when they are seen, with the instruction. */
export function notedReply(services: DialogServices, record: EscalationRecord, locale: string | undefined): string {
  return fill(services.acts.afterEscalation.needs.noted[record.level], { Instruction: capitalise(escalationReminder(services, record, locale)) });
}

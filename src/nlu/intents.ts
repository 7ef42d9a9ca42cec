/** Intents answered by a knowledge-base entry. */
export const TOPIC_INTENTS = [
  'ice_or_heat',
  'stretches',
  'medication',
  'rest_or_activity',
  'sleep',
  'causes',
  'prevention',
  'nutrition',
  'stress',
  'alternative_therapy',
  'recovery_time',
  'when_to_see_doctor',
  'diagnosis',
  'treatment_options',
  'about_back_spasms',
] as const;

/** Every intent the classifier knows; intents/<name>.yaml holds each one's examples. */
export const INTENTS = ['greeting', 'thanks', 'goodbye', 'help', 'cancel', 'report_symptoms', ...TOPIC_INTENTS, 'none'] as const;

export type Intent = (typeof INTENTS)[number];
export type TopicIntent = (typeof TOPIC_INTENTS)[number];

export function isIntent(value: string): value is Intent {
  return (INTENTS as readonly string[]).includes(value);
}

export function isTopicIntent(value: string): value is TopicIntent {
  return (TOPIC_INTENTS as readonly string[]).includes(value);
}

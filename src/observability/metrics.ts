/**
 * Prometheus metrics for the bot, on a Registry of their own rather than
 * prom-client's global default: two bots (or two tests) in one process then
 * never collide with "metric already registered", and nothing a library
 * registers globally leaks onto /metrics.
 *
 * Label values come partly from outside (a channel id is whatever the request
 * said), so every label goes through a bounded set: past `maxLabelValues`
 * distinct values a label reads `other`, and a crafted request cannot grow the
 * series count (and memory) without limit.
 */
import type { Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type EscalationLevel = 'emergency' | 'urgent';

export interface MetricsOptions {
  /** Prepended to every metric name, e.g. 'backrelief_'. Default '' (names as documented). */
  prefix?: string;
  /** Include Node process metrics (CPU, memory, event loop, GC). Default true. */
  collectDefaultMetrics?: boolean;
  /** Labels put on every series, e.g. { instance: 'web-1' }. */
  defaultLabels?: Record<string, string>;
  /** Distinct values kept per label before new ones read 'other'. Default 50. */
  maxLabelValues?: number;
  /** Histogram buckets for turn_duration_seconds. */
  turnDurationBuckets?: number[];
}

export interface BotMetrics {
  readonly registry: Registry;
  readonly turnsTotal: Counter<'channel'>;
  readonly intentsTotal: Counter<'intent'>;
  readonly escalationsTotal: Counter<'level'>;
  readonly turnDurationSeconds: Histogram<never>;
  readonly errorsTotal: Counter<'kind'>;
  /** Counts one turn on `channel` and observes its duration. */
  recordTurn(channel: string, durationSeconds: number): void;
  /** Starts timing a turn; call the result once when the turn ends (also on failure). */
  startTurn(channel: string): () => void;
  recordIntent(intent: string): void;
  recordEscalation(level: EscalationLevel): void;
  /** `kind` is a short code such as 'turn', 'storage_unavailable', 'rate_limited'. */
  recordError(kind: string): void;
  readonly answersTotal: Counter<'topic'>;
  readonly feedbackTotal: Counter<'answer' | 'reaction'>;
  readonly symptomCheckStepsTotal: Counter<'step'>;
  readonly disambiguationsTotal: Counter<'outcome'>;
  /** An answer sent; `answerId` is `topic` or `topic#passage`, counted by topic. */
  recordAnswer(answerId: string): void;
  recordFeedback(answerId: string, reaction: 'like' | 'dislike'): void;
  /** A symptom-check step reached: 'started', a question id, 'finished' or 'escalated'. */
  recordCheckStep(step: string): void;
  recordDisambiguation(outcome: 'offered' | 'taken' | 'declined'): void;
  /** Express handler for GET /metrics (Prometheus text format). */
  readonly handler: RequestHandler;
}

/** Bot turns are mostly in-process work plus a state read and write. */
export const DEFAULT_TURN_BUCKETS: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: MetricsOptions = {}): BotMetrics {
  const prefix = options.prefix ?? '';
  const registry = new Registry();
  if (options.defaultLabels) registry.setDefaultLabels(options.defaultLabels);
  if (options.collectDefaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix });

  const registers = [registry];
  const turnsTotal = new Counter({
    name: `${prefix}turns_total`,
    help: 'Bot turns handled, by channel.',
    labelNames: ['channel'] as const,
    registers,
  });
  const intentsTotal = new Counter({
    name: `${prefix}intents_total`,
    help: 'Recognised intents, by intent (none when below threshold).',
    labelNames: ['intent'] as const,
    registers,
  });
  const escalationsTotal = new Counter({
    name: `${prefix}escalations_total`,
    help: 'Safety escalations shown to users, by level.',
    labelNames: ['level'] as const,
    registers,
  });
  const turnDurationSeconds = new Histogram<never>({
    name: `${prefix}turn_duration_seconds`,
    help: 'Time from receiving an activity to finishing the turn.',
    buckets: [...(options.turnDurationBuckets ?? DEFAULT_TURN_BUCKETS)],
    registers,
  });
  const errorsTotal = new Counter({
    name: `${prefix}errors_total`,
    help: 'Errors, by kind.',
    labelNames: ['kind'] as const,
    registers,
  });

  const answersTotal = new Counter({
    name: `${prefix}answers_total`,
    help: 'Knowledge answers and symptom-check results sent, by topic.',
    labelNames: ['topic'] as const,
    registers,
  });
  const feedbackTotal = new Counter({
    name: `${prefix}feedback_total`,
    help: 'Thumbs up (like) and down (dislike) on answers, by answer id and reaction.',
    labelNames: ['answer', 'reaction'] as const,
    registers,
  });
  const symptomCheckStepsTotal = new Counter({
    name: `${prefix}symptom_check_steps_total`,
    help: 'Symptom-check steps reached (started, each question, finished, escalated): completion and drop-off.',
    labelNames: ['step'] as const,
    registers,
  });
  const disambiguationsTotal = new Counter({
    name: `${prefix}disambiguations_total`,
    help: 'Disambiguations offered, taken and declined.',
    labelNames: ['outcome'] as const,
    registers,
  });

  const maxValues = options.maxLabelValues ?? 50;
  const topics = new BoundedLabel(maxValues);
  const answerIds = new BoundedLabel(maxValues);
  const steps = new BoundedLabel(maxValues);
  const channels = new BoundedLabel(maxValues);
  const intents = new BoundedLabel(maxValues);
  const kinds = new BoundedLabel(maxValues);

  const recordTurn = (channel: string, durationSeconds: number): void => {
    turnsTotal.inc({ channel: channels.value(channel) });
    if (Number.isFinite(durationSeconds) && durationSeconds >= 0) turnDurationSeconds.observe(durationSeconds);
  };

  const handler = async (_req: Request, res: Response): Promise<void> => {
    try {
      const body = await registry.metrics();
      res.set('Content-Type', registry.contentType).send(body);
    } catch {
      // A failing collector must not take the process down or hang the scraper.
      res.status(500).type('text/plain').send('metrics unavailable\n');
    }
  };

  return {
    registry,
    turnsTotal,
    intentsTotal,
    escalationsTotal,
    turnDurationSeconds,
    errorsTotal,
    recordTurn,
    startTurn(channel) {
      const started = process.hrtime.bigint();
      let done = false;
      return () => {
        if (done) return; // a double call would count the turn twice
        done = true;
        recordTurn(channel, Number(process.hrtime.bigint() - started) / 1e9);
      };
    },
    recordIntent(intent) {
      intentsTotal.inc({ intent: intents.value(intent) });
    },
    recordEscalation(level) {
      escalationsTotal.inc({ level });
    },
    recordError(kind) {
      errorsTotal.inc({ kind: kinds.value(kind) });
    },
    answersTotal,
    feedbackTotal,
    symptomCheckStepsTotal,
    disambiguationsTotal,
    recordAnswer(answerId) {
      answersTotal.inc({ topic: topics.value(answerId.split('#')[0] ?? answerId) });
    },
    recordFeedback(answerId, reaction) {
      feedbackTotal.inc({ answer: answerIds.value(answerId), reaction });
    },
    recordCheckStep(step) {
      symptomCheckStepsTotal.inc({ step: steps.value(step) });
    },
    recordDisambiguation(outcome) {
      disambiguationsTotal.inc({ outcome });
    },
    handler,
  };
}

/**
 * Keeps a label's values few and well-formed: normalised to a short
 * `[a-z0-9_.:#-]` string, and after `max` distinct values, new ones become 'other'.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  value(raw: string): string {
    const normalised =
      String(raw)
        .toLowerCase()
        .replace(/[^a-z0-9_.:#-]+/g, '_')
        .slice(0, 64) || 'unknown';
    if (this.seen.has(normalised)) return normalised;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(normalised);
    return normalised;
  }
}

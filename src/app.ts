import type { Server } from 'node:http';
import type { Activity, TurnContext } from 'botbuilder';
import { ConversationState, MemoryStorage, Storage, UserState } from 'botbuilder';
import type express from 'express';
import type { LevelWithSilent } from 'pino';
import { EscalationDialog, EscalationRecord } from '../dialogs/escalationDialog';
import { MainDialog } from '../dialogs/mainDialog';
import type { PausedDialog } from '../dialogs/pausedDialog';
import type { PendingCheck } from '../dialogs/redFlagCheck';
import type { DialogServices } from '../dialogs/services';
import { TriageDialog } from '../dialogs/triageDialog';
import { heardPain } from '../dialogs/heardPain';
import { createAdapter, turnErrorHandler } from './botAdapter';
import { BackReliefBot } from './bot/backReliefBot';
import { loadFeedbackWording } from './bot/feedback';
import { DeleteRequestMatcher, PrivacyQuestionMatcher, withPrivacyQuestions } from './bot/privacyRequests';
import { ReviewRecorder, type ReviewRecorderOptions } from './bot/reviewRecorder';
import { loadServiceMessages } from './bot/serviceMessages';
import { ConversationRateLimitMiddleware, TextLimitMiddleware, TurnObservabilityMiddleware, conversationRef, lockedTurn } from './bot/turnPipeline';
import { TypingIndicatorMiddleware } from './bot/typingIndicator';
import { UnderstandingMiddleware } from './bot/understandingMiddleware';
import { loadConfig, type Config } from './config';
import { loadActReplies } from './content/actReplies';
import { fill, loadResponses } from './content/responses';
import { createDirectLineRouter, DirectLineBotAdapter, type DirectLineStore } from './http/directLine';
import { RateLimiter } from './util/rateLimiter';
import { createServer } from './http/server';
import { createWebChatRouter } from './http/webChatPage';
import { loadAnswers } from './knowledge/answers';
import type { AnswerState } from './knowledge/answerState';
import { KnowledgeBase } from './knowledge/knowledgeBase';
import { warmUpRecognizers } from './triage/symptomParser';
import { userClockFor } from './triage/userClock';
import { vocabulary } from './triage/vocabulary';
import type { SavedCheck } from '../dialogs/symptomCheckTurns';
import { ScopeGuide } from './knowledge/scope';
import { Feelings } from './knowledge/feelings';
import { PersonWording } from './content/personWording';
import type { Pronoun } from './safety/helperSubject';
import { ActClassifier } from './nlu/actClassifier';
import { progressTakenOut, remarksTakenOut, withProgressReading } from './triage/checkAsides';
import { planAfterChangeOfMind } from './triage/changedMind';
import { IntentClassifier } from './nlu/intentClassifier';
import { MAX_TEXT_CHARS, MessageUnderstander } from './nlu/messageUnderstander';
import { TextNormalizer } from './nlu/textNormalizer';
import { InFlight } from './observability/inFlight';
import { createLogger, type Logger } from './observability/logger';
import { createMetrics, type BotMetrics } from './observability/metrics';
import { PATHS } from './paths';
import { createReviewStore } from './review/createReviewStore';
import { PersonalDataMasker } from './review/masking';
import type { ReviewStore } from './review/types';
import { Pseudonymizer } from './review/userHash';
import { EmergencyNumbers } from './safety/emergencyNumbers';
import { readCheckDialogue } from './safety/checkAnswers';
import { RedFlagScreen } from './safety/redFlagScreen';
import { AcrossTurns, askingHalfCombinations } from './safety/acrossTurns';
import { withOrdinaryKinds } from './safety/ordinaryKind';
import { toldAsOrdinary } from './triage/denials';
import { DeniedWording } from './safety/deniedSigns';
import { createStateStore, stateStoreFor, type StateStore } from './storage/stateStore';
import type { TurnLock } from './storage/turnLock';

/** What the classifiers read: the message without remarks on the typing, and without a change of mind before the plan it brings. */
function readAsMeant(text: string): string | undefined {
  const kept = remarksTakenOut(text) ?? text;
  return planAfterChangeOfMind(kept) ?? (kept === text ? undefined : kept);
}

export interface BackRelief {
  app: express.Express;
  bot: BackReliefBot;
  understander: MessageUnderstander;
  /** The configuration in use (defaults filled in). */
  config: Config;
  logger: Logger;
  metrics: BotMetrics;
  /** Conversation and user state, and the per-conversation turn lock. */
  store: StateStore;
  /** The review loop: its recorder (flush() waits for writes) and store (absent with REVIEW_ENABLED=false). */
  review: { recorder: ReviewRecorder; store?: ReviewStore };
  /** Storage reachable and not shutting down (what /readyz reports). */
  isReady(): Promise<boolean>;
  /** Turns and HTTP requests in progress. */
  inFlight: { turns: InFlight; requests: InFlight };
  /**
   * Graceful shutdown: /readyz turns 503 and new work is refused (503), turns
   * in flight finish (at most `timeoutMs`, default SHUTDOWN_TIMEOUT_SECONDS),
   * then the server stops listening, connections close, Direct Line and
   * storage close. Resolves true when everything in flight finished in time.
   */
  shutdown(server?: Server, timeoutMs?: number): Promise<boolean>;
  /** Releases Direct Line and storage (no draining; see shutdown). */
  close(): Promise<void>;
  /** Serves the embedded Direct Line's WebSocket streams on this HTTP server (without it, Web Chat polls). */
  attach(server: Server): void;
}

export interface BackReliefOverrides {
  /** State storage (tests). A RedisStorage gets the Redis turn lock, anything else an in-process lock. */
  storage?: Storage;
  now?: () => Date;
  logger?: Logger;
  metrics?: BotMetrics;
  /** The per-conversation turn lock; by default the one matching the storage. */
  lock?: TurnLock;
  /** The review store (tests); null turns the review loop off. By default the one the config names. */
  reviewStore?: ReviewStore | null;
  /** Content already loaded (the start-up snapshot); by default loadContent(config). */
  content?: Content;
}

/** Everything loaded from content files; a bad file stops start-up with a message naming it. */
export function loadContent(config: Pick<Config, 'defaultLocale'>) {
  const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
  const responses = loadResponses(PATHS.responses);
  const redFlags = RedFlagScreen.fromDirectory(PATHS.safety, normalizer, { withoutProgress: progressTakenOut });
  const acrossTurns = AcrossTurns.fromFile(PATHS.acrossTurns, redFlags);
  vocabulary(); // the symptom check's word lists (knowledge/triage): a bad file stops start-up here
  const knowledge = KnowledgeBase.fromDirectory(PATHS.topics);
  return {
    responses,
    redFlags,
    acrossTurns,
    checkDialogue: readCheckDialogue(PATHS.checkDialogue),
    deniedWording: DeniedWording.fromFile(PATHS.deniedSigns),
    knowledge,
    answers: loadAnswers(PATHS.knowledge, knowledge, normalizer, (text) => redFlags.factScope(text), (text) => redFlags.wordScope(text)),
    numbers: EmergencyNumbers.fromFile(PATHS.emergencyNumbers, config.defaultLocale),
    understander: new MessageUnderstander(IntentClassifier.load(PATHS.model, normalizer), askingHalfCombinations(withOrdinaryKinds(redFlags, toldAsOrdinary), acrossTurns), responses.labels, withPrivacyQuestions(withProgressReading(ActClassifier.load()), PrivacyQuestionMatcher.fromFile()), readAsMeant),
    actReplies: loadActReplies(PATHS.actReplies, PATHS.afterEscalation),
    scope: ScopeGuide.fromFile(PATHS.scope, normalizer),
    feelings: Feelings.fromFile(PATHS.feelings, normalizer),
    personWords: PersonWording.fromFile(PATHS.personWords),
    privacy: DeleteRequestMatcher.fromFile(),
    serviceMessages: loadServiceMessages(),
    masker: PersonalDataMasker.fromFile(),
    feedbackWording: loadFeedbackWording(),
  };
}

export type Content = ReturnType<typeof loadContent>;

/** State, dialogs and the bot, by constructor injection; shared by the server and the dialog tests. */
export function buildBot(
  content: Content,
  overrides: Pick<BackReliefOverrides, 'storage' | 'now'> & { defaultTimeZone?: string; review?: Omit<ReviewRecorderOptions, 'masker' | 'wording'> } = {},
) {
  const storage = overrides.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const escalation = conversationState.createProperty<EscalationRecord | undefined>('escalation');
  const now = overrides.now ?? (() => new Date());
  const defaultTimeZone = overrides.defaultTimeZone ?? 'UTC';
  const paused = conversationState.createProperty<PausedDialog | undefined>('pausedDialog');
  const services: DialogServices = {
    knowledge: content.knowledge,
    answers: content.answers,
    answerState: conversationState.createProperty<AnswerState | undefined>('answers'),
    responses: content.responses,
    numbers: content.numbers,
    redFlags: content.redFlags,
    acrossTurns: content.acrossTurns,
    checkDialogue: content.checkDialogue,
    now,
    userClock: (activity) => userClockFor(activity, now(), defaultTimeZone),
    acts: content.actReplies,
    scope: content.scope,
    feelings: { reader: content.feelings, said: conversationState.createProperty<string[] | undefined>('feelingsSaid') },
    // Who a helper writes for, set by BackReliefBot beside the patient of the red-flag reading.
    person: { wording: content.personWords, writingFor: conversationState.createProperty<{ pronoun: Pronoun } | undefined>('writingFor') },
    paused,
    denied: { record: conversationState.createProperty<string[] | undefined>('deniedSigns'), wording: content.deniedWording, escalation },
  };
  const escalationDialog = new EscalationDialog(services, escalation);
  const savedCheck = conversationState.createProperty<SavedCheck | undefined>('symptomCheck');
  const causeTold = conversationState.createProperty<string | undefined>('causeTold');
  const triage = new TriageDialog(services, escalation, escalationDialog, savedCheck, causeTold);
  const pendingCheck = conversationState.createProperty<PendingCheck | undefined>('redFlagCheck');
  const mainDialog = new MainDialog(services, escalation, triage, escalationDialog, pendingCheck);
  const review = overrides.review
    ? new ReviewRecorder(conversationState, { ...overrides.review, masker: content.masker, wording: content.feedbackWording })
    : undefined;
  const bot = new BackReliefBot(conversationState, userState, mainDialog, services, heardPain(savedCheck, causeTold), content.privacy, review);
  return { bot, mainDialog, conversationState, userState, services, storage, review };
}

/**
 * Wires content, state, bot, adapters, HTTP routes, logs and metrics.
 * `config` may be partial: missing settings take their documented defaults.
 */
export function createBackRelief(partialConfig: Partial<Config> = {}, overrides: BackReliefOverrides = {}): BackRelief {
  const config: Config = { ...loadConfig({}), ...partialConfig };
  const logger = overrides.logger ?? createLogger({ level: config.logLevel as LevelWithSilent, logMessageText: config.logMessageText });
  const metrics = overrides.metrics ?? createMetrics();
  const content = overrides.content ?? loadContent(config);
  const defaultStore = overrides.storage
    ? stateStoreFor(overrides.storage, config.turnLockWaitMs, logger)
    : createStateStore(config, logger.child({ component: 'storage' }));
  const store: StateStore = overrides.lock ? { ...defaultStore, lock: overrides.lock } : defaultStore;
  const now = overrides.now ?? (() => new Date());
  const reviewStore =
    overrides.reviewStore !== undefined
      ? (overrides.reviewStore ?? undefined)
      : config.reviewEnabled
        ? createReviewStore(config, { clock: () => now().getTime(), logger: logger.child({ component: 'review' }) })
        : undefined;
  const { pseudonymizer, generated } = Pseudonymizer.create(config.reviewSalt);
  if (generated && reviewStore) {
    logger.warn({}, 'REVIEW_SALT is not set: using a random salt until restart, so a deletion request cannot find review items kept before a restart');
  }
  const { bot, review } = buildBot(content, {
    storage: store.storage,
    now: overrides.now,
    defaultTimeZone: config.defaultTimeZone,
    review: { store: reviewStore, pseudonymizer, metrics, logger, lowConfidence: config.reviewLowConfidence },
  });
  const reviewRecorder = review!;

  const turns = new InFlight();
  const requests = new InFlight();
  let draining = false;

  const messages = content.serviceMessages;
  const reportError = (error: unknown, context: TurnContext) => {
    metrics.recordError('turn');
    logger.error({ err: error, conversation: conversationRef(context.activity) }, 'turn error (adapter)');
  };
  // forLocale never throws: an odd or missing locale gets DEFAULT_LOCALE's numbers.
  const apology = (context: TurnContext) => fill(messages.error, { emergency: content.numbers.forLocale(context.activity.locale).emergencyText });
  const conversationLimiter = new RateLimiter({
    capacity: config.conversationRateBurst,
    refillPerSecond: config.conversationRatePerMinute / 60,
  });

  const adapter = createAdapter(config, reportError, apology);
  // Loading the date and number recognizers and building their models takes
  // about 0.5 s. Done after the first turn, while its reader reads the reply,
  // rather than before the server can answer anyone.
  let recognizersWarm = false;
  const runTurn = lockedTurn(store.lock, async (context) => {
    await bot.run(context);
    if (!recognizersWarm) {
      recognizersWarm = true;
      setImmediate(() => warmUpRecognizers());
    }
  });
  const directLine = createDirectLineRouter({
    secret: config.directLineSecret || undefined,
    botId: config.microsoftAppId || 'back-relief',
    botName: 'Back Relief',
    store: directLineStore(config, logger),
    // The embedded Direct Line is a channel inside this process: the bot's replies go straight into it (no loopback HTTP).
    deliverToBot: (activity: Activity) => directLineAdapter.process(activity, runTurn),
    onError: (err, activity) => {
      metrics.recordError('directline');
      logger.error({ err, activityType: activity.type }, 'directLine: the bot failed on an activity');
    },
  });
  const directLineAdapter = new DirectLineBotAdapter(directLine.bot);
  directLineAdapter.onTurnError = turnErrorHandler(reportError, apology);
  for (const a of [adapter, directLineAdapter]) {
    a.use(
      new TurnObservabilityMiddleware({ metrics, logger, messages, numbers: content.numbers, inFlight: turns, logMessageText: config.logMessageText }),
      new ConversationRateLimitMiddleware({ limiter: conversationLimiter, metrics, messages, numbers: content.numbers }),
      new TypingIndicatorMiddleware(),
      new TextLimitMiddleware(MAX_TEXT_CHARS),
      new UnderstandingMiddleware(content.understander),
    );
  }

  const isReady = async () => !draining && (await store.isReady());
  const app = createServer({
    adapter,
    runTurn,
    routers: [directLine.router, createWebChatRouter()],
    maxBodyBytes: config.maxBodyBytes,
    isReady: () => store.isReady(),
    requireAuth: config.microsoftAppId !== '',
    logger,
    metrics,
    metricsToken: config.metricsToken || undefined,
    ipLimiter: new RateLimiter({ capacity: config.ipRateBurst, refillPerSecond: config.ipRatePerMinute / 60 }),
    conversationStartLimiter: new RateLimiter({
      capacity: config.ipConversationStartBurst,
      refillPerSecond: config.ipConversationStartPerMinute / 60,
    }),
    trustProxy: config.trustProxy,
    lifecycle: { draining: () => draining, requests },
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await directLine.close();
      await reviewRecorder.flush();
      await reviewStore?.close();
      await store.close();
    })();
    return closing;
  };

  let shuttingDown: Promise<boolean> | undefined;
  const shutdown = (server?: Server, timeoutMs = config.shutdownTimeoutMs) => {
    shuttingDown ??= (async () => {
      draining = true;
      const deadline = Date.now() + timeoutMs;
      logger.info({ turnsInFlight: turns.size, requestsInFlight: requests.size, timeoutMs }, 'shutting down: finishing work in flight');
      // Both at once: a Direct Line turn has no HTTP request, an /api/messages request outlives its turn a little.
      let drained = true;
      while (turns.size > 0 || requests.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0 || !(await turns.idle(left)) || !(await requests.idle(Math.max(1, deadline - Date.now())))) {
          drained = turns.size === 0 && requests.size === 0;
          break;
        }
      }
      if (!drained) logger.warn({ turnsInFlight: turns.size, requestsInFlight: requests.size }, 'shutting down: gave up waiting for work in flight');
      if (server) {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      }
      await close().catch((err: unknown) => logger.warn({ err }, 'shutting down: closing storage failed'));
      logger.info({ drained }, 'shut down');
      return drained;
    })();
    return shuttingDown;
  };

  return {
    app,
    bot,
    understander: content.understander,
    config,
    logger,
    metrics,
    store,
    review: { recorder: reviewRecorder, store: reviewStore },
    isReady,
    inFlight: { turns, requests },
    shutdown,
    close,
    attach: (server) => {
      // Idle keep-alive connections outlive a proxy's or client's reuse window (node's 5 s did not):
      // a server closing one just as a request is sent on it is an ECONNRESET for that request.
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
      directLine.attach(server);
    },
  };
}

/** With STORAGE=redis the Direct Line conversations live in Redis too, so any instance serves any page. */
function directLineStore(config: Config, logger: Logger): DirectLineStore | undefined {
  if (config.storage !== 'redis') return undefined;
  // Loaded only when used, as the state store's Redis client is.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RedisDirectLineStore } = require('./http/directLine/redisStore') as typeof import('./http/directLine/redisStore');
  return new RedisDirectLineStore({
    url: config.redisUrl,
    keyPrefix: `${config.redisKeyPrefix}dl:`,
    limits: { maxConversations: 100_000, maxActivities: 200, maxBytes: 512 * 1024, idleMs: 1_800_000, maxTokensPerConversation: 8 },
    logger: logger.child({ component: 'directline-store' }),
  });
}

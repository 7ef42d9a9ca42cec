import { isTimeZone } from './triage/userClock';

/** Every setting the bot reads from the environment; README "Configuration" documents each. */
export interface Config {
  port: number;
  /** Bot Framework credentials; authentication is off only when appId is empty. */
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppType: string;
  microsoftAppTenantId: string;
  /** Locale used for emergency numbers when a message carries none. */
  defaultLocale: string;
  /** IANA time zone for "now" when a message carries neither localTimestamp nor localTimezone. */
  defaultTimeZone: string;
  storage: 'memory' | 'redis';
  redisUrl: string;
  /** Prepended to every Redis key (state and turn locks), so environments can share one Redis. */
  redisKeyPrefix: string;
  /** Idle conversation state expires after this many seconds (Redis only). */
  conversationTtlSeconds: number;
  /** User state expires after this many seconds without a write (Redis only). */
  userTtlSeconds: number;
  /** Longest a turn waits for the previous turn of its conversation before the user is asked to retry. */
  turnLockWaitMs: number;
  /** Deadline of one Redis operation before the turn reports storage unavailable. */
  redisTimeoutMs: number;
  /** Protects the embedded Direct Line endpoint when set. */
  directLineSecret: string;
  logLevel: string;
  /** Log message text (redacted); off by default because messages are health data. */
  logMessageText: boolean;
  /** Largest request body accepted on POST /api/messages; larger ones get 413. */
  maxBodyBytes: number;
  /** Per-conversation limit on turns: burst size and sustained rate. */
  conversationRateBurst: number;
  conversationRatePerMinute: number;
  /** Per-client-IP limit on the web page and the Direct Line client routes (not on /api/messages). */
  ipRateBurst: number;
  ipRatePerMinute: number;
  /** Stricter per-IP limit on starting Direct Line conversations and issuing tokens. */
  ipConversationStartBurst: number;
  ipConversationStartPerMinute: number;
  /** express "trust proxy": false, true, a hop count, or a list of trusted addresses/subnets. */
  trustProxy: boolean | number | string;
  /** When set, GET /metrics requires "Authorization: Bearer <token>". */
  metricsToken: string;
  /** On SIGTERM, how long in-flight turns get to finish before the process exits anyway. */
  shutdownTimeoutMs: number;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, integer = true): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'whole ' : ''}number, not "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0' || raw === 'no') return false;
  if (raw === 'true' || raw === '1' || raw === 'yes') return true;
  throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

function trustProxy(raw: string | undefined): boolean | number | string {
  const value = (raw ?? '').trim();
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  // A comma-separated list of addresses, subnets or express's names (loopback, linklocal, uniquelocal).
  return value;
}

function timeZone(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'UTC';
  if (!isTimeZone(value)) throw new Error(`DEFAULT_TIMEZONE must be an IANA time zone such as Europe/London, not "${raw}"`);
  return value;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const storage = (env.STORAGE ?? 'memory').trim().toLowerCase() || 'memory';
  if (storage !== 'memory' && storage !== 'redis') {
    throw new Error(`STORAGE must be "memory" or "redis", not "${env.STORAGE}"`);
  }
  const port = Number(env.PORT ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const logLevel = (env.LOG_LEVEL ?? 'info').trim().toLowerCase() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${env.LOG_LEVEL}"`);
  return {
    port,
    microsoftAppId: (env.MicrosoftAppId ?? '').trim(),
    microsoftAppPassword: env.MicrosoftAppPassword ?? '',
    microsoftAppType: env.MicrosoftAppType || 'MultiTenant',
    microsoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    defaultLocale: env.DEFAULT_LOCALE || 'en-US',
    defaultTimeZone: timeZone(env.DEFAULT_TIMEZONE),
    storage,
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'backrelief:',
    conversationTtlSeconds: positiveNumber(env, 'CONVERSATION_TTL_SECONDS', 86400, false),
    userTtlSeconds: positiveNumber(env, 'USER_TTL_SECONDS', 30 * 86400, false),
    turnLockWaitMs: positiveNumber(env, 'TURN_LOCK_WAIT_MS', 10_000),
    redisTimeoutMs: positiveNumber(env, 'REDIS_TIMEOUT_MS', 1500),
    directLineSecret: env.DIRECTLINE_SECRET ?? '',
    logLevel,
    logMessageText: flag(env, 'LOG_MESSAGE_TEXT'),
    maxBodyBytes: positiveNumber(env, 'MAX_BODY_BYTES', 256 * 1024),
    conversationRateBurst: positiveNumber(env, 'CONVERSATION_RATE_BURST', 20),
    conversationRatePerMinute: positiveNumber(env, 'CONVERSATION_RATE_PER_MINUTE', 60, false),
    ipRateBurst: positiveNumber(env, 'IP_RATE_BURST', 120),
    ipRatePerMinute: positiveNumber(env, 'IP_RATE_PER_MINUTE', 600, false),
    ipConversationStartBurst: positiveNumber(env, 'IP_CONVERSATION_START_BURST', 20),
    ipConversationStartPerMinute: positiveNumber(env, 'IP_CONVERSATION_START_PER_MINUTE', 20, false),
    trustProxy: trustProxy(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN ?? '',
    shutdownTimeoutMs: positiveNumber(env, 'SHUTDOWN_TIMEOUT_SECONDS', 25, false) * 1000,
  };
}

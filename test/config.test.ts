/**
 * Settings: defaults, parsing, errors that name the variable, and the
 * documentation kept true (every variable the code reads is in README's
 * Configuration table and in .env.example, and nothing else is).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { DEFAULT_REVIEW_FILE, loadConfig } from '../src/config';

const ROOT = join(__dirname, '..');

/** Every environment variable src/config.ts reads. */
function variablesRead(): string[] {
  const source = readFileSync(join(ROOT, 'src', 'config.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of source.matchAll(/env\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/(?:positiveNumber|flag|fraction)\(env, '([A-Z_]+)'/g)) names.add(m[1]!);
  return [...names].sort();
}

describe('loadConfig', () => {
  test('defaults: memory storage, auth off, documented limits', () => {
    expect(loadConfig({})).toEqual({
      port: 3978,
      microsoftAppId: '',
      microsoftAppPassword: '',
      microsoftAppType: 'MultiTenant',
      microsoftAppTenantId: '',
      defaultLocale: 'en-US',
      defaultTimeZone: 'UTC',
      storage: 'memory',
      redisUrl: 'redis://127.0.0.1:6379',
      redisKeyPrefix: 'backrelief:',
      redisTimeoutMs: 1500,
      conversationTtlSeconds: 86400,
      userTtlSeconds: 2592000,
      turnLockWaitMs: 10000,
      directLineSecret: '',
      logLevel: 'info',
      logMessageText: false,
      maxBodyBytes: 262144,
      conversationRateBurst: 20,
      conversationRatePerMinute: 60,
      ipRateBurst: 120,
      ipRatePerMinute: 600,
      ipConversationStartBurst: 20,
      ipConversationStartPerMinute: 20,
      trustProxy: false,
      metricsToken: '',
      shutdownTimeoutMs: 25000,
      reviewEnabled: true,
      reviewFile: DEFAULT_REVIEW_FILE,
      reviewTtlDays: 30,
      reviewSalt: '',
      reviewLowConfidence: 0.5,
    });
  });

  test('every setting is read from its variable', () => {
    const config = loadConfig({
      PORT: '8080',
      MicrosoftAppId: ' app-id ',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
      DEFAULT_LOCALE: 'en-GB',
      DEFAULT_TIMEZONE: 'Europe/London',
      STORAGE: 'Redis',
      REDIS_URL: 'rediss://cache:6380',
      REDIS_KEY_PREFIX: 'staging:',
      CONVERSATION_TTL_SECONDS: '600',
      USER_TTL_SECONDS: '1200',
      TURN_LOCK_WAIT_MS: '2500',
      DIRECTLINE_SECRET: 'dl',
      LOG_LEVEL: 'DEBUG',
      LOG_MESSAGE_TEXT: 'true',
      MAX_BODY_BYTES: '1000',
      CONVERSATION_RATE_BURST: '3',
      CONVERSATION_RATE_PER_MINUTE: '1.5',
      IP_RATE_BURST: '4',
      IP_RATE_PER_MINUTE: '5',
      IP_CONVERSATION_START_BURST: '6',
      IP_CONVERSATION_START_PER_MINUTE: '7',
      TRUST_PROXY: '2',
      METRICS_TOKEN: 'm',
      SHUTDOWN_TIMEOUT_SECONDS: '1.5',
      REVIEW_ENABLED: 'false',
      REVIEW_FILE: '/var/lib/back-relief/review.jsonl',
      REVIEW_TTL_DAYS: '7',
      REVIEW_SALT: 'pepper',
      REVIEW_LOW_CONFIDENCE: '0.6',
      REDIS_TIMEOUT_MS: '2500',
    });
    expect(config).toEqual({
      port: 8080,
      microsoftAppId: 'app-id',
      microsoftAppPassword: 'pw',
      microsoftAppType: 'SingleTenant',
      microsoftAppTenantId: 'tenant',
      defaultLocale: 'en-GB',
      defaultTimeZone: 'Europe/London',
      storage: 'redis',
      redisUrl: 'rediss://cache:6380',
      redisKeyPrefix: 'staging:',
      redisTimeoutMs: 2500,
      conversationTtlSeconds: 600,
      userTtlSeconds: 1200,
      turnLockWaitMs: 2500,
      directLineSecret: 'dl',
      logLevel: 'debug',
      logMessageText: true,
      maxBodyBytes: 1000,
      conversationRateBurst: 3,
      conversationRatePerMinute: 1.5,
      ipRateBurst: 4,
      ipRatePerMinute: 5,
      ipConversationStartBurst: 6,
      ipConversationStartPerMinute: 7,
      trustProxy: 2,
      metricsToken: 'm',
      shutdownTimeoutMs: 1500,
      reviewEnabled: false,
      reviewFile: '/var/lib/back-relief/review.jsonl',
      reviewTtlDays: 7,
      reviewSalt: 'pepper',
      reviewLowConfidence: 0.6,
    });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  test.each<[Record<string, string>, RegExp]>([
    [{ STORAGE: 'mongo' }, /STORAGE/],
    [{ PORT: '70000' }, /PORT/],
    [{ CONVERSATION_TTL_SECONDS: '-1' }, /CONVERSATION_TTL_SECONDS/],
    [{ USER_TTL_SECONDS: 'soon' }, /USER_TTL_SECONDS/],
    [{ MAX_BODY_BYTES: '1.5' }, /MAX_BODY_BYTES/],
    [{ CONVERSATION_RATE_BURST: '0' }, /CONVERSATION_RATE_BURST/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, /DEFAULT_TIMEZONE/],
    [{ LOG_MESSAGE_TEXT: 'maybe' }, /LOG_MESSAGE_TEXT/],
    [{ SHUTDOWN_TIMEOUT_SECONDS: 'NaN' }, /SHUTDOWN_TIMEOUT_SECONDS/],
    [{ REVIEW_ENABLED: 'perhaps' }, /REVIEW_ENABLED/],
    [{ REVIEW_TTL_DAYS: '0' }, /REVIEW_TTL_DAYS/],
    [{ REVIEW_LOW_CONFIDENCE: '1.5' }, /REVIEW_LOW_CONFIDENCE/],
  ])('%j is refused with a message naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe('documentation of the settings', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## How it works'));
  const documented = [...section.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]!).sort();

  test('README\'s Configuration table lists exactly the variables the code reads', () => {
    expect(documented).toEqual(variablesRead());
  });

  test('.env.example has every variable, and its values are the defaults', () => {
    const example = parseEnv(readFileSync(join(ROOT, '.env.example'), 'utf8')) as NodeJS.ProcessEnv;
    expect(Object.keys(example).sort()).toEqual(variablesRead());
    expect(loadConfig(example)).toEqual(loadConfig({}));
  });
});

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
  storage: 'memory' | 'redis';
  redisUrl: string;
  /** Idle conversation state expires after this many seconds (Redis only). */
  conversationTtlSeconds: number;
  /** Protects the embedded Direct Line endpoint when set. */
  directLineSecret: string;
  logLevel: string;
  /** Log message text (redacted); off by default because messages are health data. */
  logMessageText: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const storage = (env.STORAGE ?? 'memory').toLowerCase();
  if (storage !== 'memory' && storage !== 'redis') {
    throw new Error(`STORAGE must be "memory" or "redis", not "${env.STORAGE}"`);
  }
  const port = Number(env.PORT ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const ttl = Number(env.CONVERSATION_TTL_SECONDS ?? 86400);
  if (!Number.isFinite(ttl) || ttl <= 0) throw new Error('CONVERSATION_TTL_SECONDS must be a positive number');
  return {
    port,
    microsoftAppId: env.MicrosoftAppId ?? '',
    microsoftAppPassword: env.MicrosoftAppPassword ?? '',
    microsoftAppType: env.MicrosoftAppType ?? 'MultiTenant',
    microsoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    defaultLocale: env.DEFAULT_LOCALE ?? 'en-US',
    storage,
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    conversationTtlSeconds: ttl,
    directLineSecret: env.DIRECTLINE_SECRET ?? '',
    logLevel: env.LOG_LEVEL ?? 'info',
    logMessageText: env.LOG_MESSAGE_TEXT === 'true',
  };
}

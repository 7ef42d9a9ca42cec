import {
  Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
} from 'botbuilder';
import type { Config } from './config';

export interface TurnErrorReporter {
  (error: unknown, context: TurnContext): void;
}

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

const DEFAULT_APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';

/** How an incoming activity was handled, for the HTTP layer to answer with. */
export type ProcessOutcome =
  | { kind: 'done'; status: number; body?: unknown }
  /** No token, or a token that failed validation. */
  | { kind: 'unauthorized' }
  /** The token could not be checked right now (e.g. the signing keys could not be fetched). */
  | { kind: 'auth_unavailable'; error: unknown }
  /** The activity could not be turned into a turn (e.g. an unusable serviceUrl). */
  | { kind: 'invalid'; error: unknown };

/**
 * CloudAdapter with one addition: `processIncoming`, which does what
 * `CloudAdapter.process` does for an HTTP request (authenticate, run the
 * turn, return the invoke/expectReplies response) but returns the outcome
 * instead of writing it, and without botbuilder's `console.error` of every
 * rejected request, so that the HTTP layer answers in JSON and logs through
 * pino. The turn itself (middleware, onTurnError) is botbuilder's own.
 */
export class BackReliefAdapter extends CloudAdapter {
  async processIncoming(activity: Activity, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<ProcessOutcome> {
    fixTimestamps(activity);
    let auth: AuthenticateRequestResult;
    try {
      auth = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      return isRejectedToken(error) ? { kind: 'unauthorized' } : { kind: 'auth_unavailable', error };
    }
    let response;
    try {
      response = await this.processActivity(auth, activity, logic);
    } catch (error) {
      // Errors inside the turn go to onTurnError; what reaches here happened before it (connector creation).
      return { kind: 'invalid', error };
    }
    return { kind: 'done', status: response?.status ?? 200, body: response?.body };
  }
}

/**
 * botframework-connector's AuthenticationError carries a statusCode: 4xx for
 * a missing or bad token, 5xx when the signing keys could not be loaded;
 * jsonwebtoken's own errors (bad signature, not yet valid) pass through
 * unwrapped. Anything else (a network error fetching keys) is not the
 * caller's fault.
 */
function isRejectedToken(error: unknown): boolean {
  const e = error as { statusCode?: unknown; name?: unknown } | undefined;
  if (typeof e?.statusCode === 'number') return e.statusCode >= 400 && e.statusCode < 500;
  return e?.name === 'JsonWebTokenError' || e?.name === 'NotBeforeError' || e?.name === 'TokenExpiredError';
}

/** As botbuilder's validateAndFixActivity: ISO strings become Dates, the raw strings are kept. */
function fixTimestamps(activity: Activity): void {
  const a = activity as unknown as Record<string, unknown>;
  for (const field of ['timestamp', 'expiration', 'localTimestamp']) {
    if (typeof a[field] === 'string') {
      a[`raw${field.charAt(0).toUpperCase()}${field.slice(1)}`] = a[field];
      a[field] = new Date(a[field] as string);
    }
  }
}

/**
 * The Bot Framework adapter, with authentication from the environment
 * (off only when no MicrosoftAppId is set) and a turn-error handler that tells
 * the user to try again without revealing anything internal. All
 * botbuilder-specific wiring of the host lives here and in src/bot/.
 *
 * Turn failures are normally handled by TurnObservabilityMiddleware
 * (src/bot/turnPipeline.ts); onTurnError is the backstop for anything that
 * escapes it.
 */
export function createAdapter(
  config: Pick<Config, 'microsoftAppId' | 'microsoftAppPassword' | 'microsoftAppType' | 'microsoftAppTenantId'>,
  reportError: TurnErrorReporter,
  apology: (context: TurnContext) => string = () => DEFAULT_APOLOGY,
): BackReliefAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  const adapter = new BackReliefAdapter(auth);
  adapter.onTurnError = turnErrorHandler(reportError, apology);
  return adapter;
}

/** The backstop for a failed turn, on any adapter: report it, then tell the user to try again. */
export function turnErrorHandler(
  reportError: TurnErrorReporter,
  apology: (context: TurnContext) => string = () => DEFAULT_APOLOGY,
): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    reportError(error, context);
    try {
      await context.sendActivity(apology(context));
    } catch {
      // The channel may be unreachable (that may be the error); the turn still ends cleanly.
    }
  };
}

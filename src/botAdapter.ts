import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { Config } from './config';

export interface TurnErrorReporter {
  (error: unknown, context: TurnContext): void;
}

/**
 * The Bot Framework adapter, with authentication from the environment
 * (off only when no MicrosoftAppId is set) and a turn-error handler that tells
 * the user to try again without revealing anything internal. All
 * botbuilder-specific wiring of the host lives here and in src/bot/.
 */
export function createAdapter(config: Config, reportError: TurnErrorReporter): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    reportError(error, context);
    try {
      await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.');
    } catch {
      // The channel may be unreachable (that may be the error); the turn still ends cleanly.
    }
  };
  return adapter;
}

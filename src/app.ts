import type { Activity, TurnContext } from 'botbuilder';
import { ConversationState, MemoryStorage, Storage, UserState } from 'botbuilder';
import type express from 'express';
import { EscalationDialog, EscalationRecord } from '../dialogs/escalationDialog';
import { MainDialog } from '../dialogs/mainDialog';
import type { DialogServices } from '../dialogs/services';
import { TriageDialog } from '../dialogs/triageDialog';
import { createAdapter } from './botAdapter';
import { BackReliefBot } from './bot/backReliefBot';
import { UnderstandingMiddleware } from './bot/understandingMiddleware';
import type { Config } from './config';
import { loadResponses } from './content/responses';
import { createDirectLineRouter } from './http/directLine';
import { createServer } from './http/server';
import { createWebChatRouter } from './http/webChatPage';
import { KnowledgeBase } from './knowledge/knowledgeBase';
import { IntentClassifier } from './nlu/intentClassifier';
import { MessageUnderstander } from './nlu/messageUnderstander';
import { TextNormalizer } from './nlu/textNormalizer';
import { PATHS } from './paths';
import { EmergencyNumbers } from './safety/emergencyNumbers';
import { RedFlagDetector } from './safety/redFlagDetector';
import { warmUpRecognizers } from './triage/symptomParser';

export interface BackRelief {
  app: express.Express;
  bot: BackReliefBot;
  understander: MessageUnderstander;
  close(): Promise<void>;
}

export interface BackReliefOverrides {
  storage?: Storage;
  now?: () => Date;
}

/** Everything loaded from content files; a bad file stops start-up with a message naming it. */
export function loadContent(config: Pick<Config, 'defaultLocale'>) {
  const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
  const responses = loadResponses(PATHS.responses);
  const redFlags = RedFlagDetector.fromDirectory(PATHS.safety);
  return {
    responses,
    redFlags,
    knowledge: KnowledgeBase.fromDirectory(PATHS.topics),
    numbers: EmergencyNumbers.fromFile(PATHS.emergencyNumbers, config.defaultLocale),
    understander: new MessageUnderstander(IntentClassifier.load(PATHS.model, normalizer), redFlags, responses.labels),
  };
}

export type Content = ReturnType<typeof loadContent>;

/** State, dialogs and the bot, by constructor injection; shared by the server and the dialog tests. */
export function buildBot(content: Content, overrides: BackReliefOverrides = {}) {
  const storage = overrides.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const escalation = conversationState.createProperty<EscalationRecord | undefined>('escalation');
  const services: DialogServices = {
    knowledge: content.knowledge,
    responses: content.responses,
    numbers: content.numbers,
    redFlags: content.redFlags,
    now: overrides.now ?? (() => new Date()),
  };
  const escalationDialog = new EscalationDialog(services, escalation);
  const triage = new TriageDialog(services, escalation, escalationDialog);
  const mainDialog = new MainDialog(services, escalation, triage, escalationDialog);
  const bot = new BackReliefBot(conversationState, userState, mainDialog, services);
  return { bot, mainDialog, conversationState, userState, services, storage };
}

/** Wires content, bot, adapter and HTTP routes. */
export function createBackRelief(config: Config, overrides: BackReliefOverrides = {}): BackRelief {
  const content = loadContent(config);
  // The first date-time recognition costs ~0.3 s; pay it at start-up, not in a user's turn.
  warmUpRecognizers();
  const { bot } = buildBot(content, overrides);

  const reportError = (error: unknown) => console.error('turn error:', error instanceof Error ? error.message : error);
  const adapter = createAdapter(config, reportError);
  // The embedded Direct Line is a channel inside this process: its connector
  // routes accept only local callers, and with an app id set botbuilder would
  // refuse its unauthenticated activities, so it gets an adapter with auth off.
  const directLineAdapter = createAdapter({ ...config, microsoftAppId: '', microsoftAppPassword: '' }, reportError);
  for (const a of [adapter, directLineAdapter]) a.use(new UnderstandingMiddleware(content.understander));
  const runTurn = (context: TurnContext) => bot.run(context);
  const directLine = createDirectLineRouter({
    secret: config.directLineSecret || undefined,
    botId: config.microsoftAppId || 'back-relief',
    botName: 'Back Relief',
    deliverToBot: (activity: Activity) => directLineAdapter.processActivityDirect('', activity, runTurn),
  });
  const app = createServer({ adapter, runTurn, routers: [directLine.router, createWebChatRouter()] });

  return {
    app,
    bot,
    understander: content.understander,
    async close() {
      directLine.close();
    },
  };
}

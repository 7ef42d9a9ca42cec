import { DialogTestClient } from 'botbuilder-testing';
import { MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { buildBot, loadContent } from '../../src/app';
import { UnderstandingMiddleware } from '../../src/bot/understandingMiddleware';
import { setUnderstanding } from '../../dialogs/turnUnderstanding';

// Loading content (model, lexicons, knowledge) once per test file keeps the suites fast.
let content: ReturnType<typeof loadContent> | undefined;
export function testContent() {
  content ??= loadContent({ defaultLocale: 'en-US' });
  return content;
}

/** A fixed clock: Thursday 19 November 2026, 15:00 UTC. */
export const NOW = new Date('2026-11-19T15:00:00Z');

/**
 * The whole bot (privacy requests and sign-offs are handled before any dialog), with the
 * production understanding middleware: a function that sends one message and returns
 * the bot's replies to it. `now`: the bot's clock (the real one when left out).
 */
export function wholeBotSay(locale = 'en-US', now?: () => Date) {
  const c = testContent();
  const { bot } = buildBot(c, { ...(now ? { now } : {}), storage: new MemoryStorage() });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'test', locale } as Partial<Activity>);
  adapter.use(new UnderstandingMiddleware(c.understander));
  return async (text: string): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity({ type: 'message', text, locale } as Partial<Activity>);
    return adapter.activeQueue.splice(0);
  };
}

/** As wholeBotSay on the fixed clock (NOW), with the replies' texts joined: what a person reads. */
export function wholeBotText(locale = 'en-US') {
  const say = wholeBotSay(locale, () => NOW);
  return async (text: string): Promise<string> => (await say(text)).map((a) => a.text ?? '').join('\n');
}

/** One table of [user says, bot replies] played through the whole bot (wholeBotSay). */
export function wholeBotSteps(steps: Step[], locale = 'en-US') {
  return playSteps(wholeBotSay(locale), steps);
}

/** A DialogTestClient on the real MainDialog, with the production understanding middleware. */
export function mainDialogClient(locale = 'en-US') {
  const c = testContent();
  const built = buildBot(c, { now: () => NOW });
  const client = new DialogTestClient('test', built.mainDialog, undefined, [new UnderstandingMiddleware(c.understander)], built.conversationState);
  return { client, say: sayThrough(client, locale), ...built };
}

/** Sends a message through a DialogTestClient and collects every reply to it. */
export function sayThrough(client: DialogTestClient, locale = 'en-US') {
  return async (text: string): Promise<Partial<Activity>[]> => {
    const replies: Partial<Activity>[] = [];
    let reply = await client.sendActivity({ type: 'message', text, locale } as Partial<Activity>);
    while (reply) {
      replies.push(reply);
      reply = client.getNextReply();
    }
    return replies;
  };
}

/** All the text of a set of replies, including card text, card buttons and quick replies, for matching. */
export function replyText(replies: Partial<Activity>[]): string {
  return replies
    .map((r) =>
      [
        r.text ?? '',
        ...(r.attachments ?? []).map((a) => JSON.stringify(a.content ?? {})),
        ...(r.suggestedActions?.actions ?? []).map((a) => `[${a.title}]`),
      ].join('\n'),
    )
    .join('\n');
}

/** One row of a conversation table: what the user says, what the reply must match (all), and must not. */
export type Step = [userSays: string, mustMatch: RegExp[], mustNotMatch?: RegExp[]];

/**
 * Plays a conversation table through `say`; the first row that fails names
 * the message and the reply. `afterEach` sees every turn's replies (for
 * checks across turns); the replies' text, one entry a turn, is returned.
 */
export async function playSteps(
  say: (text: string) => Promise<Partial<Activity>[]>,
  steps: Step[],
  afterEach?: (userSays: string, replies: Partial<Activity>[]) => void,
): Promise<string[]> {
  const texts: string[] = [];
  for (const [userSays, mustMatch, mustNotMatch = []] of steps) {
    const replies = await say(userSays);
    const text = replyText(replies);
    texts.push(text);
    for (const pattern of mustMatch) {
      if (!pattern.test(text)) throw new Error(`After "${userSays}" expected ${pattern} in:\n${text}`);
    }
    for (const pattern of mustNotMatch) {
      if (pattern.test(text)) throw new Error(`After "${userSays}" did not expect ${pattern} in:\n${text}`);
    }
    afterEach?.(userSays, replies);
  }
  return texts;
}

/** A conversation table against MainDialog (see playSteps). */
export function runSteps(
  steps: Step[],
  locale = 'en-US',
  afterEach?: (userSays: string, replies: Partial<Activity>[]) => void,
): Promise<string[]> {
  return playSteps(mainDialogClient(locale).say, steps, afterEach);
}

/**
 * The real bot with the messages in `checkOn` marked as red flag `level` (by
 * default the `check` band: which messages the model is unsure about depends on
 * its training) for the flag given; everything else is the real understanding.
 */
export function checkBandClient(checkOn: Record<string, string> = {}, locale = 'en-US', level: 'check' | 'emergency' = 'check') {
  const c = testContent();
  const built = buildBot(c, { now: () => NOW });
  const understand = {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      const text = context.activity.text ?? '';
      const u = c.understander.understand(text);
      const flag = checkOn[text];
      setUnderstanding(context, flag ? { ...u, redFlag: { level, flags: [flag], subject: 'self' } } : u);
      await next();
    },
  };
  const dc = new DialogTestClient('test', built.mainDialog, undefined, [understand], built.conversationState);
  return (steps: Step[]) => playSteps(sayThrough(dc, locale), steps);
}

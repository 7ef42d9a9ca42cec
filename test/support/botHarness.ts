import { DialogTestClient } from 'botbuilder-testing';
import type { Activity } from 'botbuilder';
import { buildBot, loadContent } from '../../src/app';
import { UnderstandingMiddleware } from '../../src/bot/understandingMiddleware';

// Loading content (model, lexicons, knowledge) once per test file keeps the suites fast.
let content: ReturnType<typeof loadContent> | undefined;
export function testContent() {
  content ??= loadContent({ defaultLocale: 'en-US' });
  return content;
}

/** A fixed clock: Thursday 19 November 2026, 15:00 UTC. */
export const NOW = new Date('2026-11-19T15:00:00Z');

/** A DialogTestClient on the real MainDialog, with the production understanding middleware. */
export function mainDialogClient(locale = 'en-US') {
  const c = testContent();
  const built = buildBot(c, { now: () => NOW });
  const client = new DialogTestClient('test', built.mainDialog, undefined, [new UnderstandingMiddleware(c.understander)], built.conversationState);
  const say = async (text: string): Promise<Partial<Activity>[]> => {
    const replies: Partial<Activity>[] = [];
    let reply = await client.sendActivity({ type: 'message', text, locale } as Partial<Activity>);
    while (reply) {
      replies.push(reply);
      reply = client.getNextReply();
    }
    return replies;
  };
  return { client, say, ...built };
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

/** Plays a conversation table against MainDialog; the first row that fails names the message and the reply. */
export async function runSteps(steps: Step[], locale = 'en-US'): Promise<void> {
  const { say } = mainDialogClient(locale);
  for (const [userSays, mustMatch, mustNotMatch = []] of steps) {
    const text = replyText(await say(userSays));
    for (const pattern of mustMatch) {
      if (!pattern.test(text)) throw new Error(`After "${userSays}" expected ${pattern} in:\n${text}`);
    }
    for (const pattern of mustNotMatch) {
      if (pattern.test(text)) throw new Error(`After "${userSays}" did not expect ${pattern} in:\n${text}`);
    }
  }
}

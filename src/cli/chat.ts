import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import type { Activity, Attachment } from 'botbuilder';
import { createBackRelief } from '../app';
import { loadConfig } from '../config';

// `npm run chat`: a terminal chat with the real bot, in this process. It talks
// to the bot over loopback HTTP with deliveryMode "expectReplies", the same
// path an evaluator or channel uses.

interface CardLike {
  title?: string;
  text?: string;
  body?: Array<{ text?: string }>;
  buttons?: Array<{ title?: string }>;
  actions?: Array<{ title?: string }>;
}

function render(activity: Partial<Activity>): string {
  if (activity.type === 'event') return activity.name === 'handoff.initiate' ? '  (a human agent has been asked to take over)' : '';
  if (activity.type !== 'message') return '';
  const lines: string[] = [];
  if (activity.text) lines.push(activity.text);
  for (const attachment of (activity.attachments ?? []) as Attachment[]) {
    const card = (attachment.content ?? {}) as CardLike;
    const title = card.title ?? card.text ?? card.body?.map((b) => b.text).filter(Boolean).join(' ');
    if (title) lines.push(title);
    const buttons = (card.buttons ?? card.actions ?? []).map((b) => `[${b.title}]`);
    if (buttons.length) lines.push(buttons.join(' '));
  }
  // A card's buttons and the quick replies are often the same; show them once.
  const actions = activity.suggestedActions?.actions.map((a) => `[${a.title}]`).join(' ') ?? '';
  if (actions && !lines.includes(actions)) lines.push(actions);
  return lines.map((l) => `Bot: ${l.replace(/\n/g, '\n     ')}`).join('\n');
}

async function main(): Promise<void> {
  // Logs would interleave with the chat; only warnings and errors are shown.
  const config = { ...loadConfig(), microsoftAppId: '', port: 0, logLevel: 'warn' };
  const backRelief = createBackRelief(config);
  const server = backRelief.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  const conversation = { id: `terminal-${Date.now()}` };
  const user = { id: 'terminal-user', name: 'You' };
  const locale = process.env.CHAT_LOCALE ?? Intl.DateTimeFormat().resolvedOptions().locale;

  const send = async (activity: Partial<Activity>): Promise<void> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channelId: 'terminal', conversation, from: user, recipient: { id: 'back-relief', name: 'Back Relief' }, locale, deliveryMode: 'expectReplies', ...activity }),
    });
    const body = (await res.json()) as { activities?: Array<Partial<Activity>> };
    for (const reply of body.activities ?? []) {
      const out = render(reply);
      if (out) console.log(out);
    }
  };

  await send({ type: 'conversationUpdate', membersAdded: [user], recipient: { id: 'back-relief', name: 'Back Relief' } });
  console.log('(type a message; Ctrl-D, "quit" or "exit" to leave)');
  // `for await` reads typed and piped input alike, one turn at a time.
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'You: ' });
  rl.prompt();
  for await (const line of rl) {
    await send({ type: 'message', text: line });
    // The bot says goodbye to "quit" and "exit" (the goodbye act); then the chat ends.
    if (['quit', 'exit'].includes(line.trim().toLowerCase())) break;
    rl.prompt();
  }
  rl.close();
  server.close();
  await backRelief.close();
}

void main();

import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline/promises';
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
  const actions = activity.suggestedActions?.actions.map((a) => `[${a.title}]`) ?? [];
  if (actions.length) lines.push(actions.join(' '));
  return lines.map((l) => `Bot: ${l.replace(/\n/g, '\n     ')}`).join('\n');
}

async function main(): Promise<void> {
  const config = { ...loadConfig(), microsoftAppId: '', port: 0 };
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
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  rl.on('close', () => {
    server.close();
    void backRelief.close();
  });
  console.log('(type a message; Ctrl-D or "quit" to leave)');
  for (;;) {
    let line: string;
    try {
      line = await rl.question('You: ');
    } catch {
      break;
    }
    if (line.trim().toLowerCase() === 'quit') break;
    await send({ type: 'message', text: line });
  }
  rl.close();
}

void main();

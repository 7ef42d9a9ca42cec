/**
 * `npm run eval:conversations -- <set.yaml> [--out transcript.md]`: plays a set
 * of written conversations against the real bot (createBackRelief in this
 * process, over POST /api/messages with deliveryMode "expectReplies", as an
 * outside evaluator does) and writes a transcript for review: each user turn,
 * the bot's replies as a user would see them (text, buttons, card titles), and
 * what the writer expected. Rasa's conversation review, for our conversation
 * sets; the judging is done by a reader, not by this script.
 *
 * Set format: conversations: [{ id, locale?, persona?, turns: [{ user, expect? }] }]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createBackRelief } from '../src/app';
import { createLogger } from '../src/observability/logger';
import { readYamlFile } from '../src/util/yamlFile';

interface Turn {
  user: string;
  expect?: string;
}
interface Conversation {
  id: string;
  locale?: string;
  persona?: string;
  turns: Turn[];
}
interface Reply {
  type?: string;
  text?: string;
  suggestedActions?: { actions?: Array<{ title?: string; value?: unknown }> };
  attachments?: Array<{ contentType?: string; content?: Record<string, unknown> }>;
}

function args(): { file: string; out: string } {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) throw new Error('usage: npm run eval:conversations -- <set.yaml> [--out transcript.md]');
  const i = rest.indexOf('--out');
  return { file, out: i >= 0 && rest[i + 1] ? rest[i + 1] : 'test-output/conversations.md' };
}

/** What a user sees of one reply: its text, card text and buttons. */
export function render(reply: Reply): string {
  const parts: string[] = [];
  if (reply.text) parts.push(reply.text);
  for (const a of reply.attachments ?? []) {
    const content = a.content ?? {};
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.text === 'string') texts.push(o.text);
        if (typeof o.title === 'string') texts.push(`[${o.title}]`);
        for (const [k, v] of Object.entries(o)) if (k !== 'text' && k !== 'title') walk(v);
      }
    };
    walk(content);
    if (texts.length) parts.push(texts.join(' '));
  }
  const buttons = reply.suggestedActions?.actions?.map((x) => `[${x.title ?? String(x.value)}]`) ?? [];
  if (buttons.length) parts.push(`buttons: ${buttons.join(' ')}`);
  return parts.join('\n');
}

async function main(): Promise<void> {
  const { file, out } = args();
  const set = readYamlFile(file) as { conversations: Conversation[] };
  const backRelief = createBackRelief({ logLevel: 'silent' }, { logger: createLogger({ level: 'silent' }) });
  const server = backRelief.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const lines: string[] = [`# Transcript of ${file}`, ''];
  for (const c of set.conversations) {
    lines.push(`## ${c.id} (${c.locale ?? 'en-US'})${c.persona ? `: ${c.persona}` : ''}`, '');
    for (const [n, t] of c.turns.entries()) {
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', text: t.user, locale: c.locale ?? 'en-US', deliveryMode: 'expectReplies', channelId: 'test',
          conversation: { id: `${c.id}-${process.pid}` }, from: { id: `user-${c.id}` }, recipient: { id: 'bot' },
        }),
      });
      const body = (await res.json().catch(() => ({}))) as { activities?: Reply[] };
      const shown = (body.activities ?? []).filter((a) => a.type === 'message').map(render).filter(Boolean);
      lines.push(`**T${n + 1} user:** ${t.user}`, '');
      for (const s of shown) lines.push(...s.split('\n').map((l) => `> ${l}`), '>');
      if (t.expect) lines.push(`_expected: ${t.expect}_`);
      lines.push('');
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n'));
  server.close();
  await backRelief.close();
  process.stdout.write(`wrote ${out}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}

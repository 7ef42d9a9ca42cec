import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Activity } from 'botbuilder';
import { createBackRelief } from '../../src/app';
import { loadConfig } from '../../src/config';

export type WireActivity = { type: string } & Record<string, unknown>;

export interface HttpBot {
  url: string;
  /** Sends one activity with deliveryMode expectReplies; returns the HTTP status and the replies. */
  /** Sends one activity as JSON (as a channel would, so fields are loosely typed) with deliveryMode expectReplies. */
  send(activity: WireActivity): Promise<{ status: number; replies: Partial<Activity>[] }>;
  post(body: string, contentType?: string): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/** The real bot on an ephemeral loopback port, as `npm start` runs it. */
export async function startHttpBot(env: NodeJS.ProcessEnv = {}): Promise<HttpBot> {
  const backRelief = createBackRelief(loadConfig({ PORT: '0', ...env }));
  const server: Server = backRelief.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (body: string, contentType = 'application/json') => {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, body: await res.text() };
  };
  return {
    url,
    post,
    async send(activity) {
      const full = {
        channelId: 'test',
        from: { id: 'user-1', name: 'User' },
        recipient: { id: 'bot', name: 'Back Relief' },
        conversation: { id: 'conv-1' },
        deliveryMode: 'expectReplies',
        ...activity,
      };
      const { status, body } = await post(JSON.stringify(full));
      const parsed = body ? (JSON.parse(body) as { activities?: Partial<Activity>[] }) : {};
      return { status, replies: parsed.activities ?? [] };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await backRelief.close();
    },
  };
}

/**
 * End-to-end test through the Microsoft 365 Agents Playground
 * (@microsoft/m365agentsplayground), which emulates the Teams client and the Bot
 * Connector service on this machine: no tenant, no tunnel, no network.
 *
 *   bot (express + CloudAdapter, auth off) <--HTTP--> playground (child process)
 *                                                      ^ HTTP + WebSocket API
 *                                                      | (what its web UI uses)
 *                                                    this test, as a Teams user
 *
 * The playground's API as used here (version 0.2.28):
 *   GET  /_debug/ping                                   "pong"
 *   GET  /_internal/v1/config                           tenant, bot, currentUser, personalChat, groupChats, teams
 *   POST /_debug/conversation/:id/installation          sends installationUpdate + conversationUpdate (membersAdded)
 *   POST /_conversation/v1/conversations/:id/messages   {from:{id}, text, textFormat, mentions?}: the user types
 *   POST /_conversation/v1/submit                       {conversation:{id}, from:{id}, replyToId, value}: Action.Submit click
 *   WS   /_ws_conversation/v1/conversations/stream      {action:'createMessage'|'updateMessage'|'typing', actionConversationId, message}
 * Bot replies go to the mocked connector at --service-url (/_connector/v3/conversations/...).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import WebSocket from 'ws';
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import {
  adaptiveCardVersionFor,
  limitSuggestedActions,
  removeMentionText,
  submitActionData,
  submittedText,
} from '../src/teams/channelAware';

function resolvePlaygroundCli(): string {
  if (process.env.AGENTS_PLAYGROUND_CLI) return process.env.AGENTS_PLAYGROUND_CLI;
  try {
    return require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return '@microsoft/m365agentsplayground/cli.js (not installed)';
  }
}

/** The playground's CLI (the `agentsplayground` bin); AGENTS_PLAYGROUND_CLI overrides it. */
const PLAYGROUND_CLI = resolvePlaygroundCli();
const IN_CI = process.env.CI === 'true';
const START_TIMEOUT_MS = 30_000;
const REPLY_TIMEOUT_MS = 15_000;

// ---------------------------------------------------------------------------
// Can the playground start at all? Checked synchronously so that the suite can be
// skipped (outside CI only) with a clear message.

function probePlayground(): string | null {
  const probe = spawnSync(process.execPath, [PLAYGROUND_CLI, '--version'], {
    encoding: 'utf8',
    timeout: 20_000,
    cwd: tmpdir(),
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
  });
  if (probe.error) return `${probe.error.message}`;
  if (probe.status !== 0) return `exit code ${probe.status}: ${(probe.stderr || probe.stdout).trim().slice(0, 500)}`;
  return null;
}

const unavailable = probePlayground();
if (unavailable && !IN_CI) {
  console.warn(
    `Skipping the Agents Playground test: the playground binary (${PLAYGROUND_CLI}) cannot start: ${unavailable}. ` +
      'It is a dev dependency (npm ci installs it); in CI (CI=true) this is a failure, not a skip.',
  );
}
const describeIfPlayground = unavailable && !IN_CI ? describe.skip : describe;

// ---------------------------------------------------------------------------
// Small helpers

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntil<T>(what: string, timeoutMs: number, check: () => T | undefined | Promise<T | undefined>, diagnostics = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.${diagnostics()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------
// The bot under test. Until src/app.ts's createBackRelief(config) exists this is a
// tiny stand-in with the same shape: an express app with POST /api/messages and a
// close(). It uses the real channel helpers from src/teams/channelAware.ts.

interface RunningBot {
  endpoint: string;
  /** errors caught by the adapter's onTurnError (stand-in bot only) */
  turnErrors?: unknown[];
  /** texts the bot received, after mention removal / submit decoding (stand-in bot only) */
  received?: string[];
  close(): Promise<void>;
}

class TinyBackReliefBot extends ActivityHandler {
  constructor(received: string[]) {
    super();
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
      if (others.length > 0) await context.sendActivity('Welcome to Back Relief: self-care information for back spasms.');
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = submittedText(context.activity);
      received.push(text);
      if (context.activity.value !== undefined) {
        await context.sendActivity(`Card button handled: ${text}. Gentle stretches: knee to chest, pelvic tilt.`);
      } else if (/\b(ice|heat)\b/i.test(text)) {
        await context.sendActivity(this.iceOrHeat(context));
      } else {
        await context.sendActivity(`You said: ${text}`);
      }
      await next();
    });
  }

  private iceOrHeat(context: TurnContext) {
    const channelId = context.activity.channelId;
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: adaptiveCardVersionFor(channelId),
      body: [
        { type: 'TextBlock', text: 'Ice or heat?', weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: 'Heat usually eases a spasm; ice can help in the first day or two.', wrap: true },
      ],
      actions: [
        { type: 'Action.Submit', title: 'Stretches', data: submitActionData('stretches', 'Stretches') },
        { type: 'Action.Submit', title: 'When should I see a doctor?', data: submitActionData('when should i see a doctor') },
      ],
    });
    const reply = MessageFactory.attachment(card);
    reply.suggestedActions = {
      to: [],
      actions: limitSuggestedActions(
        ['Stretches', 'Can I take ibuprofen?', 'When should I see a doctor?', 'Check my symptoms', 'Help'].map((title) => ({
          type: 'imBack',
          title,
          value: title,
        })),
        channelId,
      ),
    };
    return reply;
  }
}

async function startBot(): Promise<RunningBot> {
  const turnErrors: unknown[] = [];
  const received: string[] = [];
  // No MicrosoftAppId: authentication is off, as with the Emulator and the playground.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    turnErrors.push(error);
    await context.sendActivity('Sorry, something went wrong.');
  };
  const bot = new TinyBackReliefBot(received);
  const app = express();
  app.use(express.json());
  app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    turnErrors,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------
// The playground as a child process, driven through its HTTP + WebSocket API.

interface PlaygroundAttachment {
  contentType: string;
  content: Record<string, unknown>;
}

interface PlaygroundMessage {
  messageId: string;
  timestamp: number;
  from: { id: string };
  text?: string;
  textFormat?: string;
  attachments: PlaygroundAttachment[];
  suggestedActions?: { actions: { type: string; title: string; value?: unknown }[] };
}

interface StreamEvent {
  action: 'createMessage' | 'updateMessage' | 'typing';
  actionConversationId: string;
  message?: PlaygroundMessage;
}

interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: { id: string; name: string };
  personalChat: { id: string };
  groupChats: { id: string; members: string[] }[];
}

class Playground {
  readonly events: StreamEvent[] = [];
  private output = '';
  private exited: string | null = null;
  private ws?: WebSocket;
  config!: PlaygroundConfig;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly workDir: string,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      this.exited = `exited with ${signal ?? `code ${code}`}`;
    });
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts `agentsplayground -e <bot> -c msteams --disable-telemetry -p <port>` and waits until it listens. */
  static async start(botEndpoint: string): Promise<Playground> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const workDir = mkdtempSync(join(tmpdir(), 'agents-playground-'));
      const child = spawn(
        process.execPath,
        [
          PLAYGROUND_CLI,
          '--app-endpoint', botEndpoint,
          '--channel-id', 'msteams',
          '--disable-telemetry',
          '--port', String(port),
          // where the bot sends its replies; 127.0.0.1 rather than the default localhost (IPv6 on some hosts)
          '--service-url', `http://127.0.0.1:${port}/_connector`,
        ],
        {
          cwd: workDir, // it writes devTools/ into its working directory
          env: {
            ...process.env,
            TEAMSAPPTESTER_BROWSER: 'none', // do not open a browser
            M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const playground = new Playground(child, port, workDir);
      try {
        // When stdout is not a TTY it prints exactly "Listening on <port>".
        const listening = await waitUntil(
          'the playground to listen',
          START_TIMEOUT_MS,
          () => {
            if (playground.exited) throw new Error(`the playground ${playground.exited}.${playground.diagnostics()}`);
            const m = /Listening on (\d+)/.exec(playground.output);
            return m ? Number(m[1]) : undefined;
          },
          () => playground.diagnostics(),
        );
        if (listening !== port) {
          // The port was taken in between and it fell back to another: --service-url would be wrong.
          throw new Error(`asked for port ${port}, the playground took ${listening}`);
        }
        await playground.connect();
        return playground;
      } catch (e) {
        lastError = e;
        await playground.stop();
      }
    }
    throw lastError;
  }

  private async connect(): Promise<void> {
    const res = await fetch(`${this.baseUrl}/_debug/ping`, { signal: AbortSignal.timeout(10_000) });
    expect(await res.text()).toBe('pong');
    // GET config also makes the playground check that the bot endpoint answers (up to 15 s).
    const config = await fetch(`${this.baseUrl}/_internal/v1/config`, { signal: AbortSignal.timeout(20_000) });
    if (!config.ok) throw new Error(`GET /_internal/v1/config: ${config.status} ${await config.text()}`);
    this.config = ((await config.json()) as { config: PlaygroundConfig }).config;

    const ws = new WebSocket(`ws://127.0.0.1:${this.port}/_ws_conversation/v1/conversations/stream`);
    this.ws = ws;
    ws.on('message', (data) => {
      try {
        this.events.push(JSON.parse(data.toString()) as StreamEvent);
      } catch {
        // not JSON: ignore
      }
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('WebSocket did not open within 10 s')), 10_000);
      ws.once('open', () => {
        clearTimeout(timer);
        resolve();
      });
      ws.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  diagnostics(): string {
    const log = join(this.workDir, 'playground.log');
    const logTail = existsSync(log) ? readFileSync(log, 'utf8').slice(-3000) : '(no log file)';
    return `\n--- playground output ---\n${this.output.slice(-2000)}\n--- ${log} (tail) ---\n${logTail}`;
  }

  /** Messages the bot posted in a conversation, in order. */
  botMessages(conversationId: string): PlaygroundMessage[] {
    return this.events
      .filter((e) => e.action === 'createMessage' && e.actionConversationId === conversationId && e.message?.from.id === this.config.bot.id)
      .map((e) => e.message!);
  }

  /** Waits for bot messages after the first `after`, until `done` accepts them; then lets the rest of the burst arrive. */
  async waitForBotMessages(conversationId: string, after: number, what: string, done: (msgs: PlaygroundMessage[]) => boolean): Promise<PlaygroundMessage[]> {
    await waitUntil(what, REPLY_TIMEOUT_MS, () => (done(this.botMessages(conversationId).slice(after)) ? true : undefined), () => {
      const got = this.botMessages(conversationId).slice(after).map(summarize);
      return `\nBot messages so far: ${JSON.stringify(got)}${this.diagnostics()}`;
    });
    await this.quiet(conversationId, 400);
    return this.botMessages(conversationId).slice(after);
  }

  /** Resolves once no new bot message has arrived for `ms` (bounded to 5 s). */
  async quiet(conversationId: string, ms: number): Promise<void> {
    const deadline = Date.now() + 5_000;
    let count = this.botMessages(conversationId).length;
    let since = Date.now();
    while (Date.now() - since < ms && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      const now = this.botMessages(conversationId).length;
      if (now !== count) {
        count = now;
        since = Date.now();
      }
    }
  }

  async post(path: string, body: unknown): Promise<string> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${text}`);
    return text;
  }

  install(conversationId: string): Promise<string> {
    return this.post(`/_debug/conversation/${conversationId}/installation`, {});
  }

  say(conversationId: string, text: string, mentionBot = false): Promise<string> {
    const bot = this.config.bot;
    const mention = `<at>${bot.name}</at>`;
    return this.post(`/_conversation/v1/conversations/${conversationId}/messages`, {
      from: { id: this.config.currentUser.id },
      text: mentionBot ? `${mention} ${text}` : text,
      textFormat: 'plain',
      ...(mentionBot ? { mentions: [{ mentioned: { id: bot.id, name: bot.name }, text: mention }] } : {}),
    });
  }

  /** What the playground's web UI does when an Action.Submit button is clicked. */
  click(conversationId: string, cardMessage: PlaygroundMessage, action: SubmitAction): Promise<string> {
    return this.post('/_conversation/v1/submit', {
      conversation: { id: conversationId },
      from: { id: this.config.currentUser.id },
      replyToId: cardMessage.messageId,
      value: typeof action.data === 'object' && action.data !== null ? action.data : {},
    });
  }

  async stop(): Promise<void> {
    this.ws?.terminate();
    if (!this.exited && this.child.exitCode === null && this.child.pid !== undefined) {
      const timers: NodeJS.Timeout[] = [];
      const exited = new Promise<void>((resolve) => {
        this.child.once('exit', () => resolve());
        timers.push(setTimeout(() => this.child.kill('SIGKILL'), 5_000)); // it ignored SIGTERM
        timers.push(setTimeout(resolve, 8_000)); // give up waiting; never hang afterAll
      });
      this.child.kill('SIGTERM');
      await exited;
      timers.forEach(clearTimeout);
    }
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

interface SubmitAction {
  type: 'Action.Submit';
  title?: string;
  data?: unknown;
}

/** Every Action.Submit in an Adaptive Card (card actions, ActionSets, nested containers). */
function submitActions(node: unknown): SubmitAction[] {
  if (Array.isArray(node)) return node.flatMap(submitActions);
  if (typeof node !== 'object' || node === null) return [];
  const obj = node as Record<string, unknown>;
  const own = obj.type === 'Action.Submit' ? [obj as unknown as SubmitAction] : [];
  return [...own, ...Object.values(obj).flatMap(submitActions)];
}

function messageText(m: PlaygroundMessage): string {
  return `${m.text ?? ''} ${JSON.stringify(m.attachments)}`;
}

function summarize(m: PlaygroundMessage) {
  return { text: m.text, attachments: m.attachments.map((a) => a.contentType), suggested: m.suggestedActions?.actions.map((a) => a.title) };
}

// ---------------------------------------------------------------------------

describeIfPlayground('Teams through the Microsoft 365 Agents Playground', () => {
  let bot: RunningBot | undefined;
  let playground: Playground | undefined;
  let personal: string;
  let iceOrHeatReplies: PlaygroundMessage[] = [];

  beforeAll(async () => {
    bot = await startBot();
    playground = await Playground.start(bot.endpoint);
    personal = playground.config.personalChat.id;
  }, 3 * (START_TIMEOUT_MS + 20_000));

  afterAll(async () => {
    await playground?.stop();
    await bot?.close();
  }, 20_000);

  afterEach(() => {
    expect(bot?.turnErrors ?? []).toEqual([]);
  });

  it('emulates Teams: the bot is welcomed on install with a conversationUpdate', async () => {
    const pg = playground!;
    const before = pg.botMessages(personal).length;
    await pg.install(personal);
    const replies = await pg.waitForBotMessages(personal, before, 'a welcome message', (msgs) => msgs.length > 0);
    expect(replies.map(messageText).join(' ')).toMatch(/back relief/i);
  }, 30_000);

  it('answers "ice or heat?" sent by a Teams user', async () => {
    const pg = playground!;
    const before = pg.botMessages(personal).length;
    const sent = JSON.parse(await pg.say(personal, 'ice or heat?')) as { messageId: string };
    expect(sent.messageId).toEqual(expect.any(String));

    iceOrHeatReplies = await pg.waitForBotMessages(personal, before, 'a reply about ice or heat', (msgs) =>
      msgs.some((m) => /\b(ice|heat|cold|warm)/i.test(messageText(m))),
    );
    if (bot!.received) expect(bot!.received).toContain('ice or heat?');
    const cards = iceOrHeatReplies.flatMap((m) => m.attachments).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const [major, minor] = String(card.content.version).split('.').map(Number);
      expect((major ?? 0) * 100 + (minor ?? 0)).toBeLessThanOrEqual(105); // Teams renders Adaptive Cards up to 1.5
    }
    for (const m of iceOrHeatReplies) {
      expect((m.suggestedActions?.actions ?? []).length).toBeLessThanOrEqual(3);
    }
  }, 30_000);

  it('handles a click on an Action.Submit card button', async () => {
    const pg = playground!;
    const cardMessage = iceOrHeatReplies.find((m) => m.attachments.some((a) => submitActions(a.content).length > 0));
    if (!cardMessage) throw new Error(`No reply with an Action.Submit button: ${JSON.stringify(iceOrHeatReplies.map(summarize))}`);
    const action = submitActions(cardMessage.attachments.map((a) => a.content))[0]!;

    const before = pg.botMessages(personal).length;
    await pg.click(personal, cardMessage, action);
    const replies = await pg.waitForBotMessages(personal, before, `a reply to the "${action.title}" button`, (msgs) => msgs.length > 0);
    const text = replies.map(messageText).join(' ');
    expect(text).not.toMatch(/something went wrong/i);
    if (bot!.received) {
      expect(bot!.received).toContain('stretches');
      expect(text).toMatch(/stretch/i);
    }
  }, 30_000);

  it('in a group chat, answers an @mention with the mention removed', async () => {
    const pg = playground!;
    const group = pg.config.groupChats[0];
    if (!group) throw new Error('the playground config has no group chat');
    const before = pg.botMessages(group.id).length;
    await pg.say(group.id, 'help', true);
    const replies = await pg.waitForBotMessages(group.id, before, 'a reply in the group chat', (msgs) => msgs.length > 0);
    if (bot!.received) expect(bot!.received).toContain('help');
    expect(replies.map(messageText).join(' ')).not.toContain('<at>');
  }, 30_000);

  it('in a group chat, gets no message without an @mention (as in Teams)', async () => {
    const pg = playground!;
    const group = pg.config.groupChats[0]!;
    const repliesBefore = pg.botMessages(group.id).length;
    const receivedBefore = bot!.received?.length;
    await pg.say(group.id, 'ice or heat?');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(pg.botMessages(group.id).length).toBe(repliesBefore);
    expect(bot!.received?.length).toBe(receivedBefore);
  }, 30_000);
});

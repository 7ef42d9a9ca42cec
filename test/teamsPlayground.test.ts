/**
 * End-to-end test of the real bot through the Microsoft 365 Agents Playground
 * (@microsoft/m365agentsplayground), which emulates the Teams client and the Bot
 * Connector service on this machine: no tenant, no tunnel, no network.
 *
 *   Back Relief (createBackRelief, auth off) <--HTTP--> playground (child process, -c msteams)
 *                                                         ^ HTTP + WebSocket API
 *                                                         | (what its web UI uses)
 *                                                       this test, as a Teams user
 *
 * The playground's API as used here (version 0.2.28):
 *   GET  /_debug/ping                                   "pong"
 *   GET  /_internal/v1/config                           tenant, bot, currentUser, personalChat, groupChats, teams
 *   POST /_debug/conversation/:id/installation          sends installationUpdate + conversationUpdate (membersAdded)
 *   POST /_conversation/v1/conversations/:id/messages   {from:{id}, text, textFormat, mentions?}: the user types
 *   POST /_conversation/v1/submit                       {conversation:{id}, from:{id}, replyToId, value}: Action.Submit click
 *   POST /_conversation/v1/invoke                       {name:'message/submitAction', conversation:{id}, from:{id}, value}: what its UI
 *                                                       sends for a thumb on a message with feedbackLoopEnabled (feedback = the typed text;
 *                                                       it sends no replyToId, so the bot rates the conversation's latest answer)
 *   WS   /_ws_conversation/v1/conversations/stream      {action:'createMessage'|'updateMessage'|'typing', actionConversationId, message}
 * Bot replies go to the mocked connector at --service-url (/_connector/v3/conversations/...).
 *
 * Hero card buttons: the playground's web UI (0.2.28) does not act on imBack
 * buttons of hero cards (it logs "not supported"), and its API has no route for
 * them. In Teams an imBack button posts its value as the user's message, so the
 * test does exactly that: it sends the button's value as text.
 *
 * What the bot received is read from its turn log lines (LOG_MESSAGE_TEXT on,
 * captured in memory): the text after mention removal or submit decoding, and
 * the intent.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import WebSocket from 'ws';
import { createBackRelief, type BackRelief } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/observability/logger';
import { buildReport, formatReport } from '../src/review/report';
import { TEAMS_MAX_SUGGESTED_ACTIONS, submitActionData } from '../src/teams/channelAware';
import { captureStream } from './support/appServer';

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
// Limits that only catch a hang: a loaded machine may take long to start the playground or to answer.
const START_TIMEOUT_MS = 120_000;
const REPLY_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 5 * 60_000;

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
// The bot under test: the real Back Relief app, as `npm start` wires it, on a
// loopback port, with its log lines captured.

interface TurnLine {
  activityType?: string;
  intent?: string;
  text?: string;
  outcome?: string;
  /** How many messages the turn sent. */
  replies?: number;
}

interface RunningBot {
  endpoint: string;
  backRelief: BackRelief;
  /** The bot's turn log lines, in order. */
  turns(): TurnLine[];
  /** Forgets every conversation's and user's state, so that each test starts a fresh conversation whatever ran before it. */
  forgetState(): void;
  /** Log lines at level error or fatal (turn failures). */
  errors(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}


async function startBot(): Promise<RunningBot> {
  const { stream, lines } = captureStream();
  // No MicrosoftAppId: authentication is off, as with the Emulator and the playground.
  const reviewDir = mkdtempSync(join(tmpdir(), 'playground-review-'));
  const config = loadConfig({ PORT: '0', LOG_MESSAGE_TEXT: 'true', REVIEW_FILE: join(reviewDir, 'review.jsonl'), REVIEW_SALT: 'playground' });
  const memory: Record<string, string> = {};
  const backRelief = createBackRelief(config, { storage: new MemoryStorage(memory), logger: createLogger({ level: 'info', logMessageText: true, destination: stream }) });
  const server: Server = backRelief.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    backRelief,
    turns: () => lines.filter((line) => line.msg === 'turn') as TurnLine[],
    forgetState: () => {
      for (const key of Object.keys(memory)) delete memory[key];
    },
    errors: () => lines.filter((line) => line.level === 'error' || line.level === 'fatal'),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backRelief.close();
      rmSync(reviewDir, { recursive: true, force: true });
    },
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
  feedbackLoopEnabled?: boolean;
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
    const res = await fetch(`${this.baseUrl}/_debug/ping`, { signal: AbortSignal.timeout(REPLY_TIMEOUT_MS) });
    expect(await res.text()).toBe('pong');
    // GET config also makes the playground check that the bot endpoint answers (up to 15 s).
    const config = await fetch(`${this.baseUrl}/_internal/v1/config`, { signal: AbortSignal.timeout(REPLY_TIMEOUT_MS) });
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
      const timer = setTimeout(() => reject(new Error(`WebSocket did not open within ${REPLY_TIMEOUT_MS} ms`)), REPLY_TIMEOUT_MS);
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

  /**
   * Waits for bot messages after the first `after`, until `done` accepts them (give it the bot's
   * turns too: see `answered` below); then lets any stragglers of the burst arrive.
   */
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
      signal: AbortSignal.timeout(REPLY_TIMEOUT_MS),
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

  /** What the playground's web UI sends when the user rates a message with its thumbs and feedback form. */
  feedback(conversationId: string, reaction: 'like' | 'dislike', text: string): Promise<string> {
    return this.post('/_conversation/v1/invoke', {
      name: 'message/submitAction',
      conversation: { id: conversationId },
      from: { id: this.config.currentUser.id },
      value: { actionName: 'feedback', actionValue: { reaction, feedback: text } },
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
// What the bot sent, checked as Teams would render it

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const HERO = 'application/vnd.microsoft.card.hero';

interface HeroButton {
  type: string;
  title: string;
  value?: unknown;
}

function heroButtons(m: PlaygroundMessage): HeroButton[] {
  return m.attachments
    .filter((a) => a.contentType === HERO)
    .flatMap((a) => ((a.content as { buttons?: HeroButton[] }).buttons ?? []));
}

/** Teams renders Adaptive Cards up to 1.5 and shows at most 3 suggested actions. */
function expectTeamsRenderable(messages: PlaygroundMessage[]): void {
  for (const m of messages) {
    expect((m.suggestedActions?.actions ?? []).length).toBeLessThanOrEqual(TEAMS_MAX_SUGGESTED_ACTIONS);
    for (const card of m.attachments.filter((a) => a.contentType === ADAPTIVE)) {
      const [major, minor] = String(card.content.version).split('.').map(Number);
      expect((major ?? 0) * 100 + (minor ?? 0)).toBeLessThanOrEqual(105);
    }
  }
}

function allText(messages: PlaygroundMessage[]): string {
  return messages.map(messageText).join('\n');
}

// ---------------------------------------------------------------------------

describeIfPlayground('the real bot in Teams, through the Microsoft 365 Agents Playground', () => {
  let bot: RunningBot | undefined;
  let playground: Playground | undefined;
  let personal: string;
  let welcome: PlaygroundMessage[] = [];

  beforeAll(async () => {
    bot = await startBot();
    playground = await Playground.start(bot.endpoint);
    personal = playground.config.personalChat.id;
  }, 3 * (START_TIMEOUT_MS + 3 * REPLY_TIMEOUT_MS));

  afterAll(async () => {
    await playground?.stop();
    await bot?.close();
  }, REPLY_TIMEOUT_MS);

  // The tests share the playground's one personal chat: without this, what one test said
  // (an answer already given, a check under way) changes the next test's replies.
  beforeEach(() => bot?.forgetState());

  afterEach(() => {
    expect(bot?.errors() ?? []).toEqual([]);
    expect((bot?.turns() ?? []).filter((t) => t.outcome !== undefined && t.outcome !== 'ok')).toEqual([]);
  });

  /**
   * `done`, once the bot's turns since `turnsBefore` have ended (their log lines are written after
   * the turn) and all their messages are in: replies are checked, and the last turn read, only
   * when they are all there, however slowly they come.
   */
  const answered = (turnsBefore: number, done: (msgs: PlaygroundMessage[]) => boolean) => (msgs: PlaygroundMessage[]) => {
    const turns = bot!.turns().slice(turnsBefore);
    return done(msgs) && turns.length > 0 && msgs.length >= turns.reduce((sum, t) => sum + (t.replies ?? 0), 0);
  };

  /** The user's message and the bot's replies to it, once they have stopped coming. */
  async function ask(conversationId: string, text: string, what: string, done: (msgs: PlaygroundMessage[]) => boolean, mentionBot = false) {
    const pg = playground!;
    const before = pg.botMessages(conversationId).length;
    const turnsBefore = bot!.turns().length;
    await pg.say(conversationId, text, mentionBot);
    return pg.waitForBotMessages(conversationId, before, what, answered(turnsBefore, done));
  }

  /** Installs the bot in the personal chat once and returns its welcome (tests that need it call this, in any order). */
  async function installed(): Promise<PlaygroundMessage[]> {
    if (welcome.length > 0) return welcome;
    const pg = playground!;
    const before = pg.botMessages(personal).length;
    const turnsBefore = bot!.turns().length;
    await pg.install(personal);
    welcome = await pg.waitForBotMessages(
      personal,
      before,
      'the welcome and its card',
      answered(turnsBefore, (msgs) => msgs.some((m) => m.attachments.some((a) => a.contentType === ADAPTIVE))),
    );
    return welcome;
  }

  it('welcomes on install: what it is for, not a substitute for a doctor, a card of topics', async () => {
    const welcome = await installed();
    const text = allText(welcome);
    expect(text).toMatch(/back spasm/i);
    expect(text).toMatch(/not a substitute for a doctor/i);
    expectTeamsRenderable(welcome);

    // The card's buttons are Action.Submit with submitActionData(label): Teams turns them into messageBack.
    const actions = submitActions(welcome.flatMap((m) => m.attachments.map((a) => a.content)));
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Ice or heat?', 'Stretches that help', 'Check my symptoms']));
    for (const action of actions) expect(action.data).toEqual(submitActionData(action.title!));
  }, TEST_TIMEOUT_MS);

  it('answers "ice or heat?": heat, 15 to 20 minutes, at most 3 suggested actions', async () => {
    const replies = await ask(personal, 'ice or heat?', 'the ice-or-heat answer', (msgs) => /15 to 20 minutes/.test(allText(msgs)));
    const text = allText(replies);
    expect(text).toMatch(/heat has the better evidence/i);
    expect(text).toMatch(/not a substitute for a doctor/i);
    expectTeamsRenderable(replies);
    expect(replies.some((m) => (m.suggestedActions?.actions.length ?? 0) > 0)).toBe(true);
    expect(bot!.turns().at(-1)).toMatchObject({ activityType: 'message', intent: 'ice_or_heat', text: 'ice or heat?' });
  }, TEST_TIMEOUT_MS);

  it('shows Teams\' feedback buttons on an answer; a thumbs-down with a comment reaches the review report, masked', async () => {
    const replies = await ask(personal, 'can I take ibuprofen?', 'the medication answer', (msgs) => msgs.some((m) => m.feedbackLoopEnabled === true));
    expect(replies.filter((m) => m.feedbackLoopEnabled === true)).toHaveLength(1);
    await playground!.feedback(personal, 'dislike', 'Too vague for me. My name is Ann Lee, 07700 900123');
    await bot!.backRelief.review.recorder.flush();
    const report = buildReport(await bot!.backRelief.review.store!.list());
    expect(report.ratedDown).toEqual([{ answerId: expect.stringMatching(/^medication#/), dislikes: 1, likes: 0, comments: ['Too vague for me. My name is [name], [phone]'] }]);
    const text = formatReport(report);
    expect(text).toContain('medication');
    expect(text).not.toMatch(/Ann|07700/);
  }, TEST_TIMEOUT_MS);

  it('handles a click on the welcome card\'s "Stretches that help" button (Action.Submit)', async () => {
    const pg = playground!;
    const cardMessage = (await installed()).find((m) => submitActions(m.attachments.map((a) => a.content)).length > 0);
    if (!cardMessage) throw new Error(`No welcome message with an Action.Submit button: ${JSON.stringify(welcome.map(summarize))}`);
    const action = submitActions(cardMessage.attachments.map((a) => a.content)).find((a) => a.title === 'Stretches that help');
    if (!action) throw new Error('The welcome card has no "Stretches that help" button');

    const before = pg.botMessages(personal).length;
    const turnsBefore = bot!.turns().length;
    await pg.click(personal, cardMessage, action);
    const replies = await pg.waitForBotMessages(personal, before, 'the stretches answer', answered(turnsBefore, (msgs) => /knee-to-chest/i.test(allText(msgs))));
    expect(allText(replies)).toMatch(/stretch/i);
    expectTeamsRenderable(replies);
    // The submit carried no text; the bot read value.text.
    expect(bot!.turns().at(-1)).toMatchObject({ activityType: 'message', intent: 'stretches', text: 'Stretches that help' });
  }, TEST_TIMEOUT_MS);

  it('asks the symptom check\'s fixed-answer questions with hero card buttons, and caps suggested actions at 3', async () => {
    const pg = playground!;
    const everything: PlaygroundMessage[] = [];
    /** Text of the hero cards that had buttons. */
    const heroQuestions: string[] = [];

    /** Answers a hero card question by "clicking" the button titled `choice` (imBack: its value is sent as the message). */
    async function answerWith(question: PlaygroundMessage[], choice: string, what: string, done: (msgs: PlaygroundMessage[]) => boolean) {
      const buttons = question.flatMap(heroButtons);
      const button = buttons.find((b) => b.title === choice);
      if (!button) throw new Error(`No "${choice}" button in ${JSON.stringify(question.map(summarize))} (buttons: ${JSON.stringify(buttons)})`);
      expect(button.type).toBe('imBack');
      expect(typeof button.value).toBe('string');
      const replies = await ask(personal, String(button.value), what, done);
      everything.push(...replies);
      return replies;
    }
    const isHeroQuestion = (pattern: RegExp) => (msgs: PlaygroundMessage[]) =>
      msgs.some((m) => m.attachments.some((a) => a.contentType === HERO && pattern.test(JSON.stringify(a.content))));
    const noteHero = (msgs: PlaygroundMessage[]) => {
      for (const m of msgs) {
        for (const a of m.attachments.filter((x) => x.contentType === HERO)) {
          const buttons = (a.content as { buttons?: unknown[] }).buttons ?? [];
          if (buttons.length > 0) heroQuestions.push(String((a.content as { text?: unknown }).text));
        }
        // Teams shows suggested actions only in personal chats; a question with fixed answers must not rely on them.
        if (heroButtons(m).length > 0) expect(m.suggestedActions?.actions ?? []).toEqual([]);
      }
      return msgs;
    };

    let replies = await ask(personal, 'Check my symptoms', 'the first question of the symptom check', isHeroQuestion(/where is the pain/i));
    everything.push(...noteHero(replies));
    expect(heroButtons(replies.at(-1)!).map((b) => b.title)).toEqual(['Lower back', 'Middle of my back', 'Upper back', 'Down my leg']);

    replies = noteHero(await answerWith(replies, 'Lower back', 'the question about when it started', (msgs) => /when did it start/i.test(allText(msgs))));
    replies = await ask(personal, 'this morning', 'the question about how bad it is', (msgs) => /0 \(no pain\) to 10/.test(allText(msgs)));
    everything.push(...noteHero(replies));
    replies = await ask(personal, '6', 'the question about what set it off', isHeroQuestion(/set it off/i));
    everything.push(...noteHero(replies));
    replies = noteHero(await answerWith(replies, 'Lifting', 'the first screening question', isHeroQuestion(/trouble peeing/i)));

    // The red-flag screen: yes/no questions as hero cards; "No" to each, then the summary.
    for (let i = 0; i < 10; i++) {
      const yesNo = replies.flatMap(heroButtons).map((b) => b.title);
      if (yesNo.length === 0) break;
      expect(yesNo).toEqual(['Yes', 'No', 'Not sure']);
      replies = noteHero(
        await answerWith(replies, 'No', `the reply to screening answer ${i + 1}`, (msgs) =>
          msgs.some((m) => heroButtons(m).length > 0) || /here's what I heard/i.test(allText(msgs)),
        ),
      );
    }
    const summary = allText(replies);
    expect(summary).toMatch(/here's what I heard: pain in your lower back/i);
    expect(summary).toMatch(/lifting/i);
    expect(summary).toMatch(/15-20 minutes/);

    // Every question with fixed answers came as a hero card with buttons: 2 detail questions and 6 screening questions.
    expect(heroQuestions).toHaveLength(8);
    expect(heroQuestions[0]).toMatch(/where is the pain/i);
    expectTeamsRenderable(everything);
    // The summary offers its three follow-ups as suggested actions (Teams shows at most 3).
    expect(replies.at(-1)?.suggestedActions?.actions.length).toBe(TEAMS_MAX_SUGGESTED_ACTIONS);
    expect(bot!.turns().at(-1)).toMatchObject({ activityType: 'message', text: 'No' });
  }, TEST_TIMEOUT_MS);

  it('understands every command of the Teams manifest (what the command menu sends)', async () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'teams', 'manifest.json'), 'utf8')) as {
      bots: { commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
    };
    const personalCommands = manifest.bots[0]!.commandLists.find((l) => l.scopes.includes('personal'))!.commands.map((c) => c.title);
    expect(personalCommands.length).toBeGreaterThan(0);
    const understood: Record<string, string | undefined> = {};
    for (const title of personalCommands) {
      const replies = await ask(personal, title, `the reply to the "${title}" command`, (msgs) => msgs.length > 0);
      expectTeamsRenderable(replies);
      const turn = bot!.turns().at(-1);
      expect(turn?.text).toBe(title);
      understood[title] = turn?.intent;
      // The symptom check started: stop it, so that the next command is understood afresh.
      if (turn?.intent === 'report_symptoms') {
        await ask(personal, 'cancel', 'the symptom check to stop', (msgs) => /stopped the symptom check/i.test(allText(msgs)));
      }
    }
    // None of them falls back to "Sorry, that's not something I can help with".
    expect(Object.entries(understood).filter(([, intent]) => !intent || intent === 'none')).toEqual([]);
  }, TEST_TIMEOUT_MS);

  it('in a group chat, answers an @mention with the mention removed', async () => {
    const pg = playground!;
    const group = pg.config.groupChats[0];
    if (!group) throw new Error('the playground config has no group chat');
    const replies = await ask(group.id, 'help', 'a reply in the group chat', (msgs) => msgs.length > 0, true);
    const text = allText(replies);
    expect(text).not.toContain('<at>');
    expect(text).toMatch(/I can answer questions about back spasms/i);
    expectTeamsRenderable(replies);
    // The bot classified "help", not "<at>Back Relief</at> help".
    expect(bot!.turns().at(-1)).toMatchObject({ activityType: 'message', intent: 'help', text: 'help' });
  }, TEST_TIMEOUT_MS);

  it('in a group chat, gets no message without an @mention (as in Teams)', async () => {
    const pg = playground!;
    const group = pg.config.groupChats[0]!;
    const turnsBefore = bot!.turns().length;
    await pg.say(group.id, 'ice or heat?');
    // An event, not a wait: a message with a mention after it is answered, and by then the first
    // would have been too. Only the second reached the bot.
    const replies = await ask(group.id, 'help', 'a reply to the mention after it', (msgs) => /I can answer questions about back spasms/i.test(allText(msgs)), true);
    expect(allText(replies)).not.toMatch(/15 to 20 minutes/);
    expect(bot!.turns().slice(turnsBefore).map((t) => t.text)).toEqual(['help']);
  }, TEST_TIMEOUT_MS);
});

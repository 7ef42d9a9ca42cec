/**
 * The Web Chat page in headless Chromium, end to end, against the real bot:
 * page -> Web Chat (UMD bundle served from the npm package) -> embedded Direct
 * Line (polling) -> CloudAdapter -> Back Relief (real model, knowledge and
 * dialogs, as `npm start` wires it) and back.
 *
 * Needs /usr/bin/chromium (Debian's `chromium` package). Without it the test
 * is skipped with a message, except under CI (CI=true), where it fails.
 * Leaves screenshots in test-output/ (375x667, device scale 2):
 * - webchat-welcome.png: the welcome and its card of topics;
 * - webchat.png: "ice or heat?" typed and answered, with the follow-up suggestions;
 * - webchat-suggestion.png: a suggested action clicked and answered;
 * - webchat-ended.png: the banner when the server has forgotten the conversation.
 * A third test runs the real bot with DIRECTLINE_SECRET set: the page still
 * chats (its server hands it tokens) while the Direct Line API wants the secret.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ActivityHandler, MessageFactory, type Activity } from 'botbuilder';
import { TypingIndicatorMiddleware } from '../src/bot/typingIndicator';
import { createBackRelief } from '../src/app';
import { loadConfig } from '../src/config';
import { createDirectLineRouter, DirectLineBotAdapter, type DirectLineEndpoint } from '../src/http/directLine';
import { createWebChatRouter } from '../src/http/webChatPage';
import { createLogger } from '../src/observability/logger';
import { captureStream } from './support/appServer';

const CHROMIUM = '/usr/bin/chromium';
/** The longest any one step may take (a wait, not a sleep). */
const STEP_MS = 60_000;
const OUTPUT = join(__dirname, '..', 'test-output');
const DISCLAIMER =
  'Back Relief gives self-care information. It is not a substitute for a doctor. In an emergency call your local emergency number.';
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';

if (!haveChromium && !inCi) {
  console.warn(
    `webChat.browser.test: SKIPPED: ${CHROMIUM} is missing. Install it with "apt-get install -y chromium" to run the browser test.`,
  );
}

jest.setTimeout(8 * STEP_MS);

interface RunningApp {
  base: string;
  close(): Promise<void>;
}

async function listen(app: express.Express): Promise<{ base: string; server: Server }> {
  const server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}


/** The real bot, configured as `npm start` would be with PORT=0, on a loopback port. */
async function startRealApp(env: NodeJS.ProcessEnv = {}): Promise<RunningApp & { errors(): Array<Record<string, unknown>> }> {
  const { stream, lines } = captureStream();
  const backRelief = createBackRelief(loadConfig({ PORT: '0', ...env }), { logger: createLogger({ level: 'warn', destination: stream }) });
  const { base, server } = await listen(backRelief.app);
  backRelief.attach(server);
  return {
    base,
    errors: () => lines.filter((line) => line.level === 'error' || line.level === 'fatal'),
    async close() {
      await stop(server);
      await backRelief.close();
    },
  };
}

/**
 * A stand-in bot behind this project's Direct Line endpoint and page, for the
 * test that needs to end a conversation from the server side (createBackRelief
 * does not expose its Direct Line endpoint). What is tested there is the page.
 */
class StandInBot extends ActivityHandler {
  /** "slow" is answered only once this resolves (the test opens it when it has seen the typing indicator). */
  slowGate: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity(MessageFactory.text('Hi, I am Back Relief. How can I help with your back today?'));
        }
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'cite') {
        await context.sendActivity(CITED_ANSWER);
      } else if (context.activity.text === 'slow') {
        await this.slowGate;
        await context.sendActivity('Done working.');
      } else {
        await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      }
      await next();
    });
  }
}

/**
 * A topic reply as the knowledge answers carry their sources: "[1]" markers
 * in the text and a schema.org Message entity with a citation Claim per source.
 */
const CITED_ANSWER: Partial<Activity> = {
  type: 'message',
  text: 'Heat usually helps a back spasm more than ice [1]. Keep gently moving [2].',
  entities: [
    {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      citation: [
        { '@type': 'Claim', position: 1, name: 'NHS: Back pain', appearance: { '@type': 'DigitalDocument', name: 'NHS: Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' } },
        // As dialogs/topicAnswer.ts (branch answers) builds them: the name on the appearance only, with an abstract.
        { '@type': 'Claim', position: 2, appearance: { '@type': 'DigitalDocument', name: 'NICE guideline NG59', abstract: 'Low back pain and sciatica in over 16s', url: 'https://www.nice.org.uk/guidance/ng59' } },
      ],
    },
  ],
};

async function startStandInApp(): Promise<RunningApp & { directLine: DirectLineEndpoint; bot: StandInBot }> {
  const bot = new StandInBot();
  // Replies in process, as the app's: botbuilder's connector client would strip the citation entity to its type.
  const directLine = createDirectLineRouter({
    botId: 'back-relief',
    botName: 'Back Relief',
    deliverToBot: (activity) => adapter.process(activity, (context) => bot.run(context)),
  });
  const adapter = new DirectLineBotAdapter(directLine.bot);
  adapter.use(new TypingIndicatorMiddleware({ delayMs: 0 }));
  const app = express();
  app.use(directLine.router);
  app.use(createWebChatRouter());
  const { base, server } = await listen(app);
  // Not attached to the HTTP server: no streamUrl, so the page falls back to polling.
  return {
    base,
    directLine,
    bot,
    async close() {
      await directLine.close();
      await stop(server);
    },
  };
}

/** A bubble in the transcript, from the bot or from the user. */
const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';
const botSaid = (page: Page, text: string | RegExp) => page.locator(`${BOT_BUBBLE} .webchat__bubble__content`, { hasText: text }).last();
const userSaid = (page: Page, text: string | RegExp) =>
  page.locator('.webchat__bubble--from-user .webchat__bubble__content', { hasText: text }).last();
const suggestedActions = (page: Page) => page.getByRole('toolbar', { name: 'Suggested actions' });
const suggestedAction = (page: Page, name: string | RegExp) => suggestedActions(page).getByRole('button', { name }).first();

/** Text of the bot's bubbles from index `from` on. */
async function botTextsFrom(page: Page, from: number): Promise<string[]> {
  return (await page.locator(BOT_BUBBLE).allTextContents()).slice(from);
}

/** Records CSP violations in the page, before any of its scripts run. */
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '(inline)'));
  });
`;

/** A phone-sized page that records console errors, page errors, failed requests and CSP violations. */
async function openPhonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  await page.addInitScript(RECORD_CSP_VIOLATIONS);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return { context, page, problems };
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate<string[]>('window.__cspViolations || []');
}

/** Polls `probe` until it returns something, for at most one step; no fixed sleep. */
async function waitUntil<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + STEP_MS;
  for (;;) {
    const result = await probe();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out after ${STEP_MS} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Waits until the transcript has stopped scrolling (its scroll position unchanged for 600 ms; at most one step). */
async function scrollSettled(page: Page): Promise<void> {
  const position = () => page.locator('.webchat__basic-transcript__scrollable').evaluate((node) => node.scrollTop);
  let last = await position();
  let since = Date.now();
  const deadline = Date.now() + STEP_MS;
  while (Date.now() - since < 600 && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    const now = await position();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}

/** Scrolls the transcript as a person would (mouse wheel) until `bubble` is near its top; for the screenshots. */
async function scrollBubbleToTop(page: Page, bubble: Locator): Promise<void> {
  const transcript = page.locator('.webchat__basic-transcript__scrollable');
  const [bubbleBox, transcriptBox] = await Promise.all([bubble.boundingBox(), transcript.boundingBox()]);
  if (!bubbleBox || !transcriptBox) return;
  await page.mouse.move(transcriptBox.x + transcriptBox.width / 2, transcriptBox.y + transcriptBox.height / 2);
  await page.mouse.wheel(0, bubbleBox.y - transcriptBox.y - 12);
  await scrollSettled(page);
}

/** Waits for a bot bubble after the first `from` whose text matches. */
function waitForBotText(page: Page, from: number, pattern: RegExp, what: string): Promise<string> {
  return waitUntil(async () => (await botTextsFrom(page, from)).find((text) => pattern.test(text)), what);
}

const describeBrowser = haveChromium || inCi ? describe : describe.skip;

describeBrowser('Web Chat page in headless Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!haveChromium) {
      throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package (apt-get install -y chromium)`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      timeout: STEP_MS,
    });
    mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the real bot: welcome, a card button, typed "ice or heat?", a suggested action; screenshots', async () => {
    const app = await startRealApp();
    const { context, page, problems } = await openPhonePage(browser!);
    // What reaches the page over the WebSocket, and any poll for activities (there should be none).
    const streamed: string[] = [];
    const polls: string[] = [];
    page.on('websocket', (socket) => socket.on('framereceived', (frame) => streamed.push(String(frame.payload))));
    page.on('request', (request) => {
      if (request.method() === 'GET' && /\/activities(\?|$)/.test(request.url())) polls.push(request.url());
    });
    try {
      const response = await page.goto(app.base + '/', { waitUntil: 'domcontentloaded', timeout: STEP_MS });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect(page.title()).resolves.toBe('Back Relief');
      await page.getByRole('heading', { name: 'Back Relief' }).waitFor();
      await page.getByText(DISCLAIMER).waitFor();
      await page.locator('.brand__avatar', { hasText: 'BR' }).waitFor();

      // The welcome (sent on conversationUpdate): what the bot is for, and what it is not.
      const welcome = botSaid(page, /back spasm/i);
      await welcome.waitFor();
      expect(await welcome.textContent()).toMatch(/not a substitute for a doctor/i);
      // ...then its card of topics, whose buttons are Action.Submit.
      const cardButton = page.locator('.ac-adaptiveCard').last().getByRole('button', { name: 'Stretches that help' });
      await cardButton.waitFor();
      // ...and only there: the same topics are not offered again as suggested actions.
      // (The card and the suggested actions would come in the same activity, so they render together.)
      await expect(suggestedActions(page).getByRole('button').count()).resolves.toBe(0);
      await expect(page.locator('.ac-adaptiveCard').getByRole('button', { name: 'Stretches that help' }).count()).resolves.toBe(1);
      await page.screenshot({ path: join(OUTPUT, 'webchat-welcome.png') });

      // A card button sends its data (value.text); the bot answers that topic.
      let before = await page.locator(BOT_BUBBLE).count();
      await cardButton.click();
      const stretches = await waitForBotText(page, before, /knee-to-chest/i, 'the answer to the "Stretches that help" button');
      expect(stretches).toMatch(/stretch/i);

      // Type a question; the answer, after it, is the ice-or-heat entry.
      const sendBox = page.getByRole('textbox').first();
      before = await page.locator(BOT_BUBBLE).count();
      await sendBox.fill('ice or heat?');
      await sendBox.press('Enter');
      await userSaid(page, 'ice or heat?').waitFor();
      const answer = await waitForBotText(page, before, /15 to 20 minutes/, 'the ice-or-heat answer');
      expect(answer).toMatch(/heat has the better evidence/i);
      expect(answer).toMatch(/not a substitute for a doctor/i);
      // It came through the WebSocket stream, not a poll.
      expect(await page.getAttribute('html', 'data-transport')).toBe('websocket');
      expect(streamed.some((frame) => frame.includes('15 to 20 minutes'))).toBe(true);
      expect(polls).toEqual([]);
      // Markdown renders: the answer's sources line is in italics, not shown as underscores.
      expect(answer).not.toMatch(/_Sources/);
      // Its follow-ups come as suggested actions (Web Chat shows all of them; only Teams caps at 3).
      const next = suggestedAction(page, 'How long and how often?');
      await next.waitFor();
      expect(await suggestedActions(page).getByRole('button').count()).toBeGreaterThanOrEqual(3);
      // Auto-scroll stops once the screen is full, so the start of the answer is in view (and in the screenshot).
      await scrollSettled(page);
      await botSaid(page, /heat has the better evidence/i).waitFor({ state: 'visible' });
      await scrollBubbleToTop(page, userSaid(page, 'ice or heat?'));
      await page.screenshot({ path: join(OUTPUT, 'webchat.png') });

      // Click a suggested action: it is sent as the user's message and answered.
      before = await page.locator(BOT_BUBBLE).count();
      await next.click();
      await userSaid(page, 'How long and how often?').waitFor();
      const howLong = await waitForBotText(page, before, /at a time/i, 'the answer to the "How long and how often?" suggested action');
      expect(howLong).not.toMatch(/heat has the better evidence/i);
      await scrollSettled(page);
      await botSaid(page, /at a time/i).waitFor({ state: 'visible' });
      await scrollBubbleToTop(page, userSaid(page, 'How long and how often?'));
      await page.screenshot({ path: join(OUTPUT, 'webchat-suggestion.png') });

      // Every message went through, none failed; the bot never apologised for an error.
      await expect(page.getByText(/send failed|could not send/i).count()).resolves.toBe(0);
      expect((await page.locator(BOT_BUBBLE).allTextContents()).join('\n')).not.toMatch(/something went wrong|sorry, .*(problem|error)/i);
      // Web Chat shows the bot's initials from styleOptions.
      expect(await page.locator('.webchat__initialsAvatar', { hasText: 'BR' }).count()).toBeGreaterThan(0);
      // Fits the phone: nothing scrolls sideways.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);

      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      expect(app.errors()).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });

  test('with DIRECTLINE_SECRET set, the page still chats, and the Direct Line API wants the secret', async () => {
    const secret = 'test-directline-secret-0123456789';
    const app = await startRealApp({ DIRECTLINE_SECRET: secret });
    const { context, page, problems } = await openPhonePage(browser!);
    try {
      // Other callers: no conversation without the secret; with it, yes.
      const anonymous = await fetch(`${app.base}/v3/directline/tokens/generate`, { method: 'POST', signal: AbortSignal.timeout(STEP_MS) });
      expect(anonymous.status).toBe(401);
      const withSecret = await fetch(`${app.base}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}` },
        signal: AbortSignal.timeout(STEP_MS),
      });
      expect(withSecret.status).toBe(200);

      // The page gets its token from its own server (POST /api/webchat/token), which holds the secret.
      await page.goto(app.base + '/', { waitUntil: 'domcontentloaded', timeout: STEP_MS });
      await botSaid(page, /back spasm/i).waitFor();
      const sendBox = page.getByRole('textbox').first();
      const before = await page.locator(BOT_BUBBLE).count();
      await sendBox.fill('ice or heat?');
      await sendBox.press('Enter');
      await waitForBotText(page, before, /15 to 20 minutes/, 'the ice-or-heat answer');
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      expect(app.errors()).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });

  test('when the server forgets the conversation, the page says so and can start a new one', async () => {
    const app = await startStandInApp();
    const { context, page, problems } = await openPhonePage(browser!);
    try {
      const started = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/v3/directline/conversations'),
        { timeout: STEP_MS },
      );
      await page.goto(app.base + '/', { waitUntil: 'domcontentloaded', timeout: STEP_MS });
      const { conversationId } = (await (await started).json()) as { conversationId: string };
      await botSaid(page, 'How can I help').waitFor();
      // This server offers no stream: the page polls.
      expect(await page.getAttribute('html', 'data-transport')).toBe('polling');

      expect(await app.directLine.endConversation(conversationId)).toBe(true);
      await page.getByText('This conversation has ended.').waitFor();
      await page.screenshot({ path: join(OUTPUT, 'webchat-ended.png') });
      await page.getByRole('button', { name: 'Start a new conversation' }).click();
      // The status box (banner, then "Connecting…") goes when the new conversation's empty
      // transcript has replaced the old one; then the new welcome arrives.
      await page.locator('#status').waitFor({ state: 'hidden' });
      await expect(page.getByText('This conversation has ended.').count()).resolves.toBe(0);
      await botSaid(page, 'How can I help').waitFor();
      expect(await page.locator('.webchat__bubble', { hasText: 'How can I help' }).count()).toBe(1);

      const sendBox = page.getByRole('textbox').first();
      await sendBox.fill('still there?');
      await sendBox.press('Enter');
      await botSaid(page, 'Echo: still there?').waitFor();
      expect(await cspViolations(page)).toEqual([]);
      // The only failures are the old conversation's 404s that ended it.
      expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });

  test('citations render as a reference list; typing shows while the bot works (polling fallback)', async () => {
    const app = await startStandInApp();
    const { context, page, problems } = await openPhonePage(browser!);
    try {
      await page.goto(app.base + '/', { waitUntil: 'domcontentloaded', timeout: STEP_MS });
      await botSaid(page, 'How can I help').waitFor();
      const sendBox = page.getByRole('textbox').first();
      await sendBox.fill('cite');
      await sendBox.press('Enter');
      const answer = botSaid(page, /Heat usually helps/);
      await answer.waitFor();
      const references = answer.locator('.webchat__link-definitions');
      await references.waitFor();
      const nhs = references.getByRole('link', { name: /NHS: Back pain/ });
      await expect(nhs.getAttribute('href')).resolves.toBe('https://www.nhs.uk/conditions/back-pain/');
      await expect(references.getByRole('link', { name: /NICE guideline NG59/ }).getAttribute('href')).resolves.toBe('https://www.nice.org.uk/guidance/ng59');
      // The definitions themselves are not shown as text.
      expect(await answer.textContent()).not.toMatch(/\[1\]:/);
      await page.screenshot({ path: join(OUTPUT, 'webchat-citations.png') });

      // A turn that takes time: the typing indicator shows until the answer comes.
      let open!: () => void;
      app.bot.slowGate = new Promise<void>((done) => {
        open = done;
      });
      await sendBox.fill('slow');
      await sendBox.press('Enter');
      await page.locator('.webchat__typing-indicator').first().waitFor({ state: 'visible' });
      open();
      await botSaid(page, 'Done working.').waitFor();
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});

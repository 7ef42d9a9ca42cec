/**
 * The Web Chat page in headless Chromium, end to end: page -> Web Chat (UMD
 * bundle) -> embedded Direct Line (polling) -> CloudAdapter -> bot and back.
 *
 * Needs /usr/bin/chromium (Debian's `chromium` package). Without it the test
 * is skipped with a message, except under CI (CI=true), where it fails.
 * Leaves screenshots in test-output/: webchat.png (375x667, the full flow)
 * webchat-welcome.png (the welcome with its suggested actions) and
 * webchat-ended.png (the banner when the server has forgotten the conversation).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
} from 'botbuilder';
import { createDirectLineRouter, type DirectLineEndpoint } from '../src/http/directLine';
import { createWebChatRouter } from '../src/http/webChatPage';

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

jest.setTimeout(6 * STEP_MS);

/** A stand-in bot: welcome with suggested actions, then echo. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity(
            MessageFactory.suggestedActions(
              ['What helps right now?', 'Ice or heat?'],
              'Hi, I am Back Relief. How can I help with your back today?',
            ),
          );
        }
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      await context.sendActivity(/ice|heat/i.test(text) ? `Echo: ${text} (heat helps most after the first days)` : `Echo: ${text}`);
      await next();
    });
  }
}

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

/** The echo bot behind this project's Direct Line endpoint and page. */
async function startEchoApp(): Promise<RunningApp & { directLine: DirectLineEndpoint }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  const directLine = createDirectLineRouter({
    botId: 'back-relief',
    botName: 'Back Relief',
    deliverToBot: (activity) => adapter.processActivityDirect('', activity, (context) => bot.run(context)),
  });
  const app = express();
  app.use(directLine.router);
  app.use(createWebChatRouter());
  const { base, server } = await listen(app);
  return {
    base,
    directLine,
    async close() {
      directLine.close();
      await stop(server);
    },
  };
}

/** A bubble in the transcript, from the bot or from the user. */
const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';
const botSaid = (page: Page, text: string | RegExp) => page.locator(`${BOT_BUBBLE} .webchat__bubble__content`, { hasText: text }).last();
const userSaid = (page: Page, text: string | RegExp) =>
  page.locator('.webchat__bubble--from-user .webchat__bubble__content', { hasText: text }).last();
const suggestedAction = (page: Page, name: string | RegExp) =>
  page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name }).first();

/** A phone-sized page that records console errors, page errors and failed requests. */
async function openPhonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
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

  test('welcome, suggested action, typed "ice or heat?", answer about heat; screenshot', async () => {
    const app = await startEchoApp();
    const { context, page, problems } = await openPhonePage(browser!);
    try {
      const response = await page.goto(app.base + '/', { waitUntil: 'domcontentloaded', timeout: STEP_MS });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect(page.title()).resolves.toBe('Back Relief');
      await page.getByRole('heading', { name: 'Back Relief' }).waitFor();
      await page.getByText(DISCLAIMER).waitFor();
      await page.locator('.brand__avatar', { hasText: 'BR' }).waitFor();

      // The welcome (sent on conversationUpdate) and its suggested actions.
      await botSaid(page, /help/i).waitFor();
      const firstAction = suggestedAction(page, /\S/);
      await firstAction.waitFor();
      await page.screenshot({ path: join(OUTPUT, 'webchat-welcome.png') });

      // Click a suggested action: it is sent as the user's message and answered.
      const actionText = ((await firstAction.textContent()) ?? '').trim();
      expect(actionText).not.toBe('');
      const botBubblesBefore = await page.locator(BOT_BUBBLE).count();
      await firstAction.click();
      await userSaid(page, actionText).waitFor();
      await page.locator(BOT_BUBBLE).nth(botBubblesBefore).waitFor();

      // Type a question; the answer, after it, mentions heat.
      const sendBox = page.getByRole('textbox').first();
      const bubblesBeforeQuestion = await page.locator(BOT_BUBBLE).count();
      await sendBox.fill('ice or heat?');
      await sendBox.press('Enter');
      await userSaid(page, 'ice or heat?').waitFor();
      const answer = await waitUntil(async () => {
        const texts = await page.locator(BOT_BUBBLE).allTextContents();
        return texts.slice(bubblesBeforeQuestion).find((text) => /heat/i.test(text));
      }, 'an answer mentioning heat');
      expect(answer).toMatch(/heat/i);

      // Every message went through (its echo came back), none failed.
      await expect(page.getByText(/send failed|could not send/i).count()).resolves.toBe(0);
      // Web Chat shows the bot's initials from styleOptions.
      expect(await page.locator('.webchat__initialsAvatar', { hasText: 'BR' }).count()).toBeGreaterThan(0);
      // Fits the phone: nothing scrolls sideways.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);

      await page.screenshot({ path: join(OUTPUT, 'webchat.png') });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });

  test('when the server forgets the conversation, the page says so and can start a new one', async () => {
    const app = await startEchoApp();
    const { context, page, problems } = await openPhonePage(browser!);
    try {
      const started = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/v3/directline/conversations'),
        { timeout: STEP_MS },
      );
      await page.goto(app.base + '/', { waitUntil: 'domcontentloaded', timeout: STEP_MS });
      const { conversationId } = (await (await started).json()) as { conversationId: string };
      await botSaid(page, 'How can I help').waitFor();

      expect(app.directLine.endConversation(conversationId)).toBe(true);
      await page.getByText('This conversation has ended.').waitFor();
      await page.screenshot({ path: join(OUTPUT, 'webchat-ended.png') });
      await page.getByRole('button', { name: 'Start a new conversation' }).click();
      await botSaid(page, 'How can I help').waitFor();
      await page.getByText('This conversation has ended.').waitFor({ state: 'hidden' });
      expect(await page.locator('.webchat__bubble', { hasText: 'How can I help' }).count()).toBe(1);

      const sendBox = page.getByRole('textbox').first();
      await sendBox.fill('still there?');
      await sendBox.press('Enter');
      await botSaid(page, 'Echo: still there?').waitFor();
      // The only failures are the old conversation's 404s that ended it.
      expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});

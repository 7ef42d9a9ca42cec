/**
 * The security headers the server adds (X-Frame-Options, COOP, CORP,
 * Permissions-Policy, per-IP limits...) must not break Web Chat: the real app
 * (createBackRelief, real bot) in headless Chromium, with no CSP violation,
 * console error or failed request, and a real answer to a typed question.
 * Also: another origin cannot frame the page.
 *
 * Needs /usr/bin/chromium; skipped with a message locally without it, fails under CI.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startApp, type AppServer } from './support/appServer';

const CHROMIUM = '/usr/bin/chromium';
const STEP_MS = 30_000;
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!haveChromium && !inCi) console.warn(`webPageHeaders.browser.test: SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium).`);

jest.setTimeout(4 * STEP_MS);

const describeBrowser = haveChromium || inCi ? describe : describe.skip;

describeBrowser('the web page with all security headers, in Chromium', () => {
  let browser: Browser | undefined;
  let app: AppServer;
  let framer: Server | undefined;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package`);
    app = await startApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      timeout: STEP_MS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (framer) {
      framer.closeAllConnections();
      await new Promise((resolve) => framer!.close(resolve));
    }
    await app?.close();
  });

  test('Web Chat loads, welcomes, and answers; no CSP violation, console error or failed request', async () => {
    const context = await browser!.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    try {
      const response = await page.goto(`${app.base}/`, { waitUntil: 'domcontentloaded' });
      const headers = response!.headers();
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);

      const bot = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
      await bot.filter({ hasText: /back spasm/i }).first().waitFor(); // the real welcome
      const before = await bot.count();
      const sendBox = page.getByRole('textbox').first();
      await sendBox.fill('ice or heat?');
      await sendBox.press('Enter');
      await bot.nth(before).waitFor();
      await page.locator('.webchat__bubble__content', { hasText: /15 to 20 minutes/ }).first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a page on another origin cannot frame it', async () => {
    framer = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><iframe id="f" src="${app.base}/" width="400" height="400"></iframe>`);
    });
    framer.listen(0, 'localhost');
    await new Promise((resolve) => framer!.once('listening', resolve));
    const other = `http://localhost:${(framer.address() as AddressInfo).port}/`; // "localhost" vs "127.0.0.1": another origin
    const context = await browser!.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    try {
      // 'load' waits for the iframe too, whether it loaded or was blocked.
      await page.goto(other, { waitUntil: 'load' });
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).toBeDefined();
      await frame!.waitForLoadState('load');
      // A blocked frame shows Chromium's error page: never the app's page.
      expect(await frame!.title().catch(() => '')).not.toBe('Back Relief');
      expect(await frame!.locator('#webchat').count().catch(() => 0)).toBe(0);
    } finally {
      await context.close();
    }
  });
});

/**
 * (d) of `npm run bench`: in headless Chromium, the time from pressing Enter
 * on a question in the web chat page to the bot's answer on screen, with the
 * reply streamed over the WebSocket and with the polling fallback. Both are
 * the real app (createBackRelief, in-memory state) in this process: one with
 * its Direct Line stream attached to the HTTP server, one without (so its
 * page polls, as it does when a stream cannot be opened). The two pages take
 * turns, so that a change in machine load hits both alike. Timed in the page
 * (performance.now(): Enter's keydown to the frame after the answer's bubble
 * is in the DOM).
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBackRelief } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { distribution, type Distribution } from './stats';

export const CHROMIUM = '/usr/bin/chromium';

export interface WebChatLatency {
  rounds: number;
  websocket: Distribution;
  polling: Distribution;
  harness: string;
}

const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';
const QUESTIONS_PER_CONVERSATION = 5;

async function startApp(stream: boolean): Promise<{ base: string; close(): Promise<void> }> {
  const discard = { write: () => undefined };
  const backRelief = createBackRelief(
    { port: 0, microsoftAppId: '', microsoftAppPassword: '', storage: 'memory', ipRateBurst: 10_000, conversationRateBurst: 10_000 },
    { logger: createLogger({ level: 'warn', destination: discard }) },
  );
  const server: Server = backRelief.app.listen(0, '127.0.0.1');
  if (stream) backRelief.attach(server);
  await new Promise<void>((done) => server.once('listening', () => done()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await backRelief.close();
    },
  };
}

async function openChat(browser: Browser, base: string, transport: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator(BOT_BUBBLE, { hasText: /back spasm/i }).first().waitFor();
  const actual = await page.getAttribute('html', 'data-transport');
  if (actual !== transport) throw new Error(`the page uses ${actual}, expected ${transport}`);
  return page;
}

/** Milliseconds from Enter to the frame after a new bot bubble matching `answer` appeared. */
async function timeOneAnswer(page: Page, question: string, answer: RegExp): Promise<number> {
  // Plain JavaScript for the page (this project compiles without the DOM library).
  await page.evaluate(`(() => {
    const selector = ${JSON.stringify(BOT_BUBBLE)};
    const pattern = new RegExp(${JSON.stringify(answer.source)}, 'i');
    const before = document.querySelectorAll(selector).length;
    window.__answered = new Promise((resolve) => {
      let sentAt;
      const onKey = (event) => {
        if (event.key === 'Enter' && sentAt === undefined) sentAt = performance.now();
      };
      document.addEventListener('keydown', onKey, true);
      const observer = new MutationObserver(() => {
        if (sentAt === undefined) return;
        const fresh = Array.from(document.querySelectorAll(selector)).slice(before);
        if (!fresh.some((node) => pattern.test(node.textContent || ''))) return;
        observer.disconnect();
        document.removeEventListener('keydown', onKey, true);
        requestAnimationFrame(() => resolve(performance.now() - sentAt));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  })()`);
  const sendBox = page.getByRole('textbox').first();
  await sendBox.fill(question);
  await sendBox.press('Enter');
  return page.evaluate('window.__answered') as Promise<number>;
}

export async function measureWebChatLatency(questions: readonly string[], rounds: number, log: (m: string) => void): Promise<WebChatLatency | string> {
  if (!existsSync(CHROMIUM)) return `not measured: ${CHROMIUM} is missing (apt-get install -y chromium)`;
  const apps = { websocket: await startApp(true), polling: await startApp(false) };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const samples = { websocket: [] as number[], polling: [] as number[] };
    const warmup = 2;
    let pages: Record<'websocket' | 'polling', Page> | undefined;
    for (let i = 0; i < warmup + rounds; i++) {
      // A new conversation every few questions: Web Chat re-renders the whole transcript, and a chat
      // about a back spasm is a handful of questions, not dozens.
      if (i % QUESTIONS_PER_CONVERSATION === 0) {
        if (pages) await Promise.all(Object.values(pages).map((page) => page.context().close()));
        pages = { websocket: await openChat(browser, apps.websocket.base, 'websocket'), polling: await openChat(browser, apps.polling.base, 'polling') };
      }
      const question = questions[i % questions.length]!;
      for (const transport of ['websocket', 'polling'] as const) {
        // Every knowledge answer ends with the disclaimer.
        const ms = await timeOneAnswer(pages![transport], question, /not a substitute for a doctor/);
        if (i >= warmup) samples[transport].push(ms);
      }
      if ((i + 1) % 5 === 0) log(`  web chat: ${i + 1}/${warmup + rounds} rounds`);
    }
    return {
      rounds,
      websocket: distribution(samples.websocket),
      polling: distribution(samples.polling),
      harness:
        `Headless Chromium (${CHROMIUM}), two phone-sized pages (375x667) of the web chat, each on the real app from \`createBackRelief\` ` +
        `in this process (in-memory state): one serving its Direct Line stream (the page gets a \`streamUrl\` and Web Chat opens the WebSocket), ` +
        `one not attached to its HTTP server (no \`streamUrl\`: the page polls once a second, its fallback). Each round types the same knowledge ` +
        `question in both pages in turn (${warmup} untimed rounds first; a new conversation every ${QUESTIONS_PER_CONVERSATION} questions); the time runs in the page from the Enter key's keydown to the animation ` +
        `frame after the answer's bubble is in the DOM.`,
    };
  } finally {
    await browser.close();
    await apps.websocket.close();
    await apps.polling.close();
  }
}

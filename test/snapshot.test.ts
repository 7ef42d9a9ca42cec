/**
 * What `npm start` resumes from: the start-up snapshot scripts/snapshot.js
 * builds (modules loaded and content compiled by `node --build-snapshot`).
 * Built here from the sources, into dist/ as the real one is, so it finds
 * knowledge/ the same way. Then a node started from it is talked to: the
 * settings are the ones of its own environment (not the build's), what the
 * bundle leaves in node_modules loads, node's http and tls work, and SIGTERM
 * ends it cleanly.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BotProcess, repliesText } from './support/botProcess';
import { builtBotAnswers } from './support/builtBotChecks';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'dist', 'test-snapshot');

describe('the start-up snapshot npm start runs', () => {
  let bot: BotProcess;

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'snapshot.js'), DIR], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building the snapshot failed:\n${built.stdout}${built.stderr}`);
    // Settings the build never saw: read when the bot starts.
    bot = await BotProcess.start({ DEFAULT_LOCALE: 'en-GB', REVIEW_SALT: 'a-salt-for-this-test' }, 60_000, ['--snapshot-blob', path.join(DIR, 'snapshot.blob')]);
  });

  afterAll(async () => {
    await bot?.kill();
    rmSync(DIR, { recursive: true, force: true });
  });

  test('is plain ASCII, so V8 keeps its source one byte a character (one non-ASCII character doubles it in the heap)', () => {
    const source = readFileSync(path.join(DIR, 'snapshot.js'), 'latin1');
    expect(source.match(/[^\x00-\x7f].{0,40}/g) ?? []).toEqual([]);
  });

  test('logs its own process id, and reads its settings at start', () => {
    const listening = bot.lines.find((l) => /listening/.test(String(l.msg)));
    expect(listening?.pid).toBe(bot.child.pid);
    // REVIEW_SALT was set for this process only: no warning about a random salt.
    expect(bot.lines.filter((l) => /REVIEW_SALT/.test(String(l.msg)))).toEqual([]);
  });

  builtBotAnswers(() => bot, 'snapshot');

  test("escalates a red flag with the emergency number of DEFAULT_LOCALE as set at start (en-GB: 999)", async () => {
    const text = repliesText((await bot.send({ conversation: { id: 'snapshot-3' }, text: "since this morning I can't feel anything when I wipe", locale: '' })).replies);
    expect(text).toMatch(/999/);
    expect(text).not.toMatch(/911/);
  });

  test("serves the web chat page and Web Chat's script from its package", async () => {
    const page = await fetch(`${bot.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const script = await fetch(`${bot.url}/webchat/webchat.js`);
    expect(script.status).toBe(200);
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });

  test('logs only JSON and exits 0 on SIGTERM', async () => {
    expect(bot.otherOutput).toEqual([]);
    expect(await bot.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });
});

describe('npm start (scripts/start.js)', () => {
  let bot: BotProcess;

  beforeAll(async () => {
    // Builds dist/bundle's snapshot first if a source changed, as `npm start` does.
    bot = await BotProcess.start({}, 150_000, [path.join(ROOT, 'scripts', 'start.js')]);
  });

  afterAll(async () => {
    await bot?.kill();
  });

  test('serves from the snapshot in a child node, passes SIGTERM on and exits as the bot did', async () => {
    const listening = bot.lines.find((l) => /listening/.test(String(l.msg)));
    expect(listening?.pid).not.toBe(bot.child.pid);
    const { status } = await bot.send({ conversation: { id: 'start-1' }, text: 'ice or heat for a back spasm?' });
    expect(status).toBe(200);
    expect(await bot.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(bot.lines.some((l) => l.msg === 'exiting' && l.drained === true)).toBe(true);
  });
});

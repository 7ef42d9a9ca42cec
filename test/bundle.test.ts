/**
 * What `npm start` runs: the one-file bundle scripts/bundle.js makes of src/.
 * Built here from the sources (never a stale dist/), into dist/ as the real
 * one is, so it finds knowledge/ the same way. Then the real process is
 * started and talked to: content found, a knowledge answer, a date reading
 * (the recognizers stay outside the bundle and load on first use), a red
 * flag, and a clean exit on SIGTERM.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BotProcess, repliesText } from './support/botProcess';
import { builtBotAnswers } from './support/builtBotChecks';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'test-bundle', 'index.js');

describe('the bundle npm start runs', () => {
  let bot: BotProcess;

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.js'), OUT], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`bundling failed:\n${built.stdout}${built.stderr}`);
    bot = await BotProcess.start({}, 60_000, [OUT]);
  });

  afterAll(async () => {
    await bot?.kill();
    rmSync(path.dirname(OUT), { recursive: true, force: true });
  });

  builtBotAnswers(() => bot, 'bundle');

  test('escalates a red flag with the emergency number', async () => {
    const text = repliesText((await bot.send({ conversation: { id: 'bundle-3' }, text: "since this morning I can't feel anything when I wipe" })).replies);
    expect(text).toMatch(/911/);
  });

  test('a second bot on the same port says the port is in use and exits 1', () => {
    const second = spawnSync(process.execPath, [OUT], { cwd: ROOT, env: { ...process.env, PORT: String(bot.port) }, encoding: 'utf8', timeout: 60_000 });
    expect(second.status).toBe(1);
    const fatal = second.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: string; msg: string; err?: { message: string } }).find((l) => l.level === 'fatal');
    expect(fatal).toMatchObject({ msg: 'the HTTP server failed', err: { message: expect.stringMatching(/EADDRINUSE/) } });
  });

  test('logs only JSON and exits 0 on SIGTERM', async () => {
    expect(bot.otherOutput).toEqual([]);
    expect(await bot.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });
});

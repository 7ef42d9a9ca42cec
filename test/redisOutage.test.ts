/**
 * Redis going away mid-conversation, with the real server process
 * (src/index.ts, STORAGE=redis) and a real redis-server: the user gets a short
 * "try again" reply (200, no internals), /readyz says 503, the process stays
 * up, and once Redis is back the bot carries on.
 */
import { BotProcess, repliesText } from './support/botProcess';
import { describeWithRedis, RedisServer, sleep } from './support/redisServer';


const TRY_AGAIN = /can't reach my memory right now[\s\S]*try again/i;
const STACK = /\bat .+:\d+:\d+|node_modules|Error:|\.ts\b/;

async function readyz(bot: BotProcess): Promise<number> {
  const res = await fetch(`${bot.url}/readyz`, { signal: AbortSignal.timeout(60_000) }); // a hang, not slowness
  return res.status;
}

/** The errors_total count of turns refused for storage (the tests share one bot: each counts its own). */
async function storageErrors(bot: BotProcess): Promise<number> {
  const metrics = await (await fetch(`${bot.url}/metrics`)).text();
  return Number(/errors_total\{kind="storage_unavailable"\} (\d+)/.exec(metrics)?.[1] ?? 0);
}

/** Polls /readyz until it answers `status`, for at most `timeoutMs`. */
async function waitForReadyz(bot: BotProcess, status: number, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if ((await readyz(bot)) === status) return;
    if (Date.now() - started > timeoutMs) throw new Error(`/readyz did not answer ${status} within ${timeoutMs} ms\n${bot.output()}`);
    await sleep(100);
  }
}

describeWithRedis('Redis outage with the real server', () => {
  let redis: RedisServer;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    redis = await RedisServer.start();
    bot = await BotProcess.start({ STORAGE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: `outage-${process.pid}:` });
    await waitForReadyz(bot, 200);
  });

  afterAll(async () => {
    redis?.resume();
    await bot?.kill();
    await redis?.dispose();
  });

  test('hung Redis: "try again", then the symptom check continues where it was', async () => {
    const conversation = { id: `outage-hang-${Date.now()}` };
    expect(repliesText((await bot!.send({ text: 'check my symptoms', conversation })).replies)).toMatch(/where is the pain/i);
    expect(repliesText((await bot!.send({ text: 'lower back', conversation })).replies)).toMatch(/when did it start/i);

    redis.pause();
    try {
      // Answered at all (not hung until the client gives up) is what "fails fast" means here;
      // the deadline itself is REDIS_TIMEOUT_MS, tested in redisStorage.test.ts.
      const during = await bot!.send({ text: 'two days ago', conversation });
      expect(during.status).toBe(200);
      expect(repliesText(during.replies)).toMatch(TRY_AGAIN);
      expect(repliesText(during.replies)).toMatch(/call 911/);
      expect(during.body).not.toMatch(STACK);
      expect(await readyz(bot!)).toBe(503);
      expect((await fetch(`${bot!.url}/healthz`)).status).toBe(200);
    } finally {
      redis.resume();
    }

    await waitForReadyz(bot!, 200);
    const after = await bot!.send({ text: 'two days ago', conversation });
    expect(after.status).toBe(200);
    expect(repliesText(after.replies)).toMatch(/from 0 .*to 10/i); // the next question: nothing was lost
    expect(bot!.running).toBe(true);
  });

  test('Redis stopped, then restarted: "try again" while down, normal answers after, process never exits', async () => {
    const conversation = { id: `outage-stop-${Date.now()}` };
    const [linesBefore, errorsBefore] = [bot!.lines.length, await storageErrors(bot!)];
    expect(repliesText((await bot!.send({ text: 'check my symptoms', conversation })).replies)).toMatch(/where is the pain/i);

    await redis.stop();
    const down = await bot!.send({ text: 'lower back', conversation });
    expect(down.status).toBe(200);
    expect(repliesText(down.replies)).toMatch(TRY_AGAIN);
    expect(down.body).not.toMatch(STACK);
    await waitForReadyz(bot!, 503);
    // A second turn while down: still a clean answer, not a crash or a hang.
    const again = await bot!.send({ text: 'ice or heat?', conversation });
    expect(again.status).toBe(200);
    expect(repliesText(again.replies)).toMatch(TRY_AGAIN);

    await redis.restart(); // same port; a throw-away server, so its data is gone
    await waitForReadyz(bot!, 200);
    const back = await bot!.send({ text: 'ice or heat?', conversation });
    expect(back.status).toBe(200);
    expect(repliesText(back.replies)).toMatch(/15 to 20 minutes/);
    expect(bot!.running).toBe(true);

    // Logged as structured warnings, with no message text.
    await bot!.waitForLine((l) => /reconnected/.test(String(l.msg)));
    const notCompleted = bot!.lines.slice(linesBefore).filter((l) => l.msg === 'turn not completed' && l.outcome === 'storage_unavailable');
    expect(notCompleted.length).toBeGreaterThanOrEqual(2);
    expect(bot!.lines.some((l) => /connection lost/.test(String(l.msg)))).toBe(true);
    expect(bot!.lines.some((l) => /reconnected/.test(String(l.msg)))).toBe(true);
    expect(JSON.stringify(bot!.lines)).not.toMatch(/lower back|ice or heat/);

    expect(await storageErrors(bot!)).toBeGreaterThanOrEqual(errorsBefore + 2);
  });
});

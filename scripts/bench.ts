/**
 * `npm run bench`: latency, throughput, start-up and memory of the bot,
 * written to docs/bench.md with a summary on the console. About 3 minutes on
 * 2 cores. Nothing is asserted: the targets are reported against.
 *
 *   npm run bench                      build (npm run build), then measure
 *   npm run bench -- --no-build        use dist/ as it is
 *   npm run bench -- --profile         also CPU-profile the full bot under load (adds ~15 s)
 *   npm run bench -- --out file.md     write somewhere else
 *   npm run bench -- --only webchat    only (d), printed to the console (docs/bench.md is left alone)
 *   npm run bench -- --only startup    only the start-up runs of (c) (no build, no memory part), printed likewise
 *   options: --iterations 300 --duration 10 --warmup 2 --connections 10 --conversations 10000 --startups 3 --webchat-rounds 20
 *
 * (a) Turn latency in process: the real bot from createBackRelief (every
 *     middleware, state, dialogs) on a loopback port of this process, one
 *     request at a time.
 * (b) Throughput with autocannon on loopback, one target at a time, each
 *     server in its own child process: a bare express endpoint, an echo bot
 *     on CloudAdapter (the framework's floor), and the real server.
 * (c) Start-up of `npm start` (the bundle, dist/bundle/index.js) to a healthy
 *     /healthz and to its first answer, and its RSS after start-up and after
 *     10,000 one-message conversations.
 * (d) The web chat page in headless Chromium: Enter to the answer on screen,
 *     over the WebSocket stream and over polling (scripts/lib/webChatLatency.ts).
 *
 * Every child process is killed at the end, also on Ctrl-C or an error.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { dirname, join, relative, resolve } from 'node:path';
import { createBackRelief } from '../src/app';
import { BackReliefBot } from '../src/bot/backReliefBot';
import { MessageUnderstander } from '../src/nlu/messageUnderstander';
import { currentDataHash } from '../src/nlu/modelBuilder';
import { createLogger } from '../src/observability/logger';
import { PATHS, PROJECT_ROOT } from '../src/paths';
import { BenchData, LatencyRow, LoadRow, LoadTarget, StartupResult, benchSummary, renderBenchReport, webChatSummary } from './lib/benchReport';
import { readCpuProfile, summariseCpuProfile } from './lib/cpuProfile';
import { measureWebChatLatency } from './lib/webChatLatency';
import { distribution, machineFacts } from './lib/stats';

// ---------------------------------------------------------------- options

function option(name: string, fallback: number): number;
function option(name: string, fallback: string): string;
function option(name: string, fallback: number | string): number | string {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  if (raw === undefined) return fallback;
  if (typeof fallback === 'number') {
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
    return n;
  }
  return raw;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const OPTIONS = {
  out: resolve(option('out', join(PROJECT_ROOT, 'docs', 'bench.md'))),
  build: !flag('no-build'),
  profile: flag('profile'),
  iterations: option('iterations', 300),
  warmupTurns: 30,
  durationS: option('duration', 10),
  warmupS: option('warmup', 2),
  connections: option('connections', 10),
  conversations: option('conversations', 10_000),
  startups: option('startups', 3),
  webChatRounds: option('webchat-rounds', 20),
  only: option('only', ''),
};

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- requests

/** Knowledge questions, one per topic, rotated through by every load test. */
export const QUESTIONS = [
  'ice or heat?',
  'what stretches can I do?',
  'can I take ibuprofen?',
  'should I rest or keep moving?',
  'how long will my back spasm last?',
  'why does my back keep going into spasm?',
  'how can I stop it happening again?',
  'can stress cause back spasms?',
];

/** A long paste of question-like runs that the message readers scan clause by clause. */
const LONG_MESSAGE = ['is a roller ok or the mat or ', 'can i take heat packs on the plane to the office in ', 'x y and also ', 'you are you have your you '].map((run) => run.repeat(20)).join('');

/** An activity as a channel or evaluator sends it: expectReplies, so the replies come back in the HTTP response. */
export function activity(conversationId: string, text: string) {
  return {
    type: 'message',
    text,
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    channelId: 'test',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}` },
    recipient: { id: 'bot' },
  };
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(port: number, body: unknown): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolvePost, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        agent: keepAlive,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let text = raw;
          try {
            const parsed = JSON.parse(raw) as { activities?: Array<{ text?: string; attachments?: unknown[] }> };
            text = (parsed.activities ?? []).map((a) => [a.text ?? '', ...(a.attachments?.length ? [JSON.stringify(a.attachments)] : [])].join('\n')).join('\n');
          } catch {
            // Not JSON: keep the raw body for the check.
          }
          resolvePost({ status: res.statusCode ?? 0, text });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function getStatus(port: number, path: string): Promise<number> {
  return new Promise((resolveGet) => {
    const req = http.get({ host: '127.0.0.1', port, path, timeout: 500, agent: false }, (res) => {
      res.resume();
      resolveGet(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolveGet(0));
  });
}

/** What `npm start` runs (scripts/bundle.js). The profile runs dist/src/ instead, whose file names say where time goes. */
const BUNDLE = join(PROJECT_ROOT, 'dist', 'bundle', 'index.js');

const sleep = (msToWait: number) => new Promise((r) => setTimeout(r, msToWait));

/** POSTs one expectReplies message to /api/messages; resolves with the HTTP status once the replies are back. */
function postMessage(port: number, conversationId: string, text: string): Promise<number> {
  const body = JSON.stringify(activity(conversationId, text));
  return new Promise((resolvePost, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolvePost(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// ---------------------------------------------------------------- child processes

const children = new Set<ChildProcess>();
/** Scratch directory for the children's output and profiles (made in main, removed at the end). */
let logDir = '';

interface Child {
  proc: ChildProcess;
  port: number;
  logFile: string;
  spawnedAt: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a server in its own process, output to a log file (not a pipe this
 * process would have to read while it is generating load). The working
 * directory is a scratch directory, so no .env and no stray files.
 */
async function startChild(name: string, nodeArgs: string[], env: NodeJS.ProcessEnv = {}, command: { file: string; cwd: string } = { file: process.execPath, cwd: logDir }): Promise<Child> {
  const port = await freePort();
  const logFile = join(logDir, `${name}-${port}.log`);
  const fd = openSync(logFile, 'w');
  const spawnedAt = performance.now();
  const proc = spawn(command.file, nodeArgs, {
    cwd: command.cwd,
    env: { ...process.env, ...env, PORT: String(port), MicrosoftAppId: '', MicrosoftAppPassword: '', STORAGE: 'memory' },
    stdio: ['ignore', fd, fd],
    // Its own process group, so that stopping `npm start` stops the bot under it too.
    detached: true,
  });
  closeSync(fd);
  children.add(proc);
  proc.on('exit', () => children.delete(proc));
  return { proc, port, logFile, spawnedAt };
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/** Milliseconds from spawn to the first 200 from /healthz. */
async function waitHealthy(child: Child, timeoutMs = 30_000): Promise<number> {
  for (;;) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) {
      throw new Error(`server exited (${child.proc.exitCode ?? child.proc.signalCode}) before /healthz answered:\n${tail(child.logFile)}`);
    }
    if ((await getStatus(child.port, '/healthz')) === 200) return performance.now() - child.spawnedAt;
    if (performance.now() - child.spawnedAt > timeoutMs) throw new Error(`no healthy /healthz after ${timeoutMs} ms:\n${tail(child.logFile)}`);
    await sleep(5);
  }
}

async function stopChild(child: Child): Promise<void> {
  const { proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(proc.pid as number), signal);
    } catch {
      proc.kill(signal);
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
  await exited;
  // Under `npm start`, npm ends before the bot it started: wait for the whole
  // group, so a bot still shutting down does not share the CPU with the next
  // measurement (a user's shell, too, returns only once the bot has ended).
  for (const deadline = performance.now() + 10_000; groupAlive(proc.pid as number) && performance.now() < deadline; ) await sleep(10);
  clearTimeout(timer);
}

/** True while any process of the group `pgid` runs. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killAllChildren(): void {
  for (const proc of children) {
    if (proc.exitCode === null && proc.signalCode === null) {
      try {
        process.kill(-(proc.pid as number), 'SIGKILL');
      } catch {
        proc.kill('SIGKILL');
      }
    }
  }
}
process.on('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAllChildren();
    process.exit(130);
  });
}

/** Resident and peak resident set size of a process, bytes (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

// ---------------------------------------------------------------- autocannon

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  stop(): void;
}
// autocannon ships no type declarations: the part used here, typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => AutocannonInstance;

/** POSTs knowledge questions, each in a new conversation, for `durationS` seconds or `amount` requests. */
async function load(port: number, prefix: string, limit: { durationS: number } | { amount: number; maxSeconds: number }): Promise<AutocannonResult> {
  let n = 0;
  const instance = autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: OPTIONS.connections,
    pipelining: 1,
    timeout: 10,
    ...('amount' in limit ? { amount: limit.amount, duration: limit.maxSeconds } : { duration: limit.durationS }),
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const i = n++;
          return { ...req, body: JSON.stringify(activity(`${prefix}-${i}`, QUESTIONS[i % QUESTIONS.length])) };
        },
      },
    ],
  });
  let guard: NodeJS.Timeout | undefined;
  if ('amount' in limit) guard = setTimeout(() => instance.stop(), (limit.maxSeconds + 5) * 1000);
  const result = await instance;
  if (guard) clearTimeout(guard);
  return result;
}

// ---------------------------------------------------------------- phases

function build(): BenchData['build'] {
  const command = 'npm run build (tsc -p tsconfig.build.json)';
  if (!OPTIONS.build) {
    return { command: 'none (--no-build: dist/ as it was)', ms: 0, note: 'dist/ was not rebuilt for this run.' };
  }
  log('building (npm run build)...');
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const took = performance.now() - started;
  const fresh = (f: string) => existsSync(f) && statSync(f).mtimeMs >= Date.now() - took - 2000;
  const needed = [BUNDLE, join(PROJECT_ROOT, 'dist', 'src', 'index.js'), join(PROJECT_ROOT, 'dist', 'scripts', 'lib', 'benchServers.js')];
  if (!needed.every(fresh)) {
    throw new Error(`npm run build did not produce ${needed.map((f) => relative(PROJECT_ROOT, f)).join(' and ')}:\n${result.stdout}${result.stderr}`);
  }
  if (result.status !== 0) {
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((l) => /error TS/.test(l));
    log(`build reported ${errors.length} type errors; measuring the JavaScript tsc emitted anyway`);
    return {
      command,
      ms: took,
      note: `The build reported ${errors.length} type error(s) (work in progress elsewhere, e.g. ${errors[0]?.split('(')[0] ?? '?'}); tsc emitted JavaScript anyway and that is what was measured.`,
    };
  }
  return { command, ms: took, note: 'The build was clean.' };
}

/** The bot's own pid, from its start-up log line (under `npm start` the child is npm). */
function botPid(child: Child): number {
  for (const line of readFileSync(child.logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { pid?: number; port?: number };
    if (entry.port === child.port && typeof entry.pid === 'number') return entry.pid;
  }
  return child.proc.pid as number;
}

/** The first message after start-up: a knowledge question (the symptom check's date reading loads later, see src/app.ts). */
const FIRST_QUESTION = 'ice or heat for a back spasm?';

/** One `npm start`: milliseconds from spawn to a healthy /healthz and to the first answer; the server keeps running. */
async function startOnce(run: number): Promise<{ child: Child; healthyMs: number; firstAnswerMs: number }> {
  // Exactly what a user runs: npm, the build check, then the bot (already built by the bench's step (0)).
  const child = await startChild(`startup${run}`, ['start', '--silent'], {}, { file: 'npm', cwd: PROJECT_ROOT });
  try {
    const healthyMs = await waitHealthy(child);
    // Serving, not just listening: the first question's answer, as a channel gets it.
    const status = await postMessage(child.port, `startup-${run}`, FIRST_QUESTION);
    if (status !== 200) throw new Error(`the first message got HTTP ${status}:\n${tail(child.logFile)}`);
    const firstAnswerMs = performance.now() - child.spawnedAt;
    log(`  start-up run ${run}: ${Math.round(healthyMs)} ms to /healthz, ${Math.round(firstAnswerMs)} ms to the first answer`);
    return { child, healthyMs, firstAnswerMs };
  } catch (err) {
    await stopChild(child);
    throw err;
  }
}

/** `--only startup`: the start-up runs of (c) alone, without the memory part or a build. */
async function startupOnly(): Promise<string> {
  const healthy: number[] = [];
  const answered: number[] = [];
  for (let run = 1; run <= OPTIONS.startups; run++) {
    const { child, healthyMs, firstAnswerMs } = await startOnce(run);
    await stopChild(child);
    healthy.push(healthyMs);
    answered.push(firstAnswerMs);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return `npm start x${OPTIONS.startups}: median ${Math.round(median(healthy))} ms to /healthz, ${Math.round(median(answered))} ms to the first answer`;
}

async function startupAndMemory(): Promise<StartupResult> {
  const command = 'npm start';
  const runsMs: number[] = [];
  const firstAnswerMs: number[] = [];
  let rssAfterStartup = Number.NaN;
  for (let run = 1; run <= OPTIONS.startups; run++) {
    const first = await startOnce(run);
    const { child } = first;
    try {
      runsMs.push(first.healthyMs);
      firstAnswerMs.push(first.firstAnswerMs);
      if (run < OPTIONS.startups) continue;
      await sleep(1000);
      const pid = botPid(child);
      rssAfterStartup = memoryOf(pid).rss;
      log(`  ${OPTIONS.conversations} conversations, one message each...`);
      const started = performance.now();
      const result = await load(child.port, 'mem', { amount: OPTIONS.conversations, maxSeconds: 120 });
      const conversationSeconds = (performance.now() - started) / 1000;
      await sleep(1000);
      const after = memoryOf(pid);
      return {
        command,
        runsMs,
        firstAnswerMs,
        firstQuestion: FIRST_QUESTION,
        rssAfterStartup,
        conversations: result.requests.total,
        conversationSeconds,
        conversationNon2xx: result.non2xx + result.errors + result.timeouts,
        rssAfterConversations: after.rss,
        peakRss: after.peak,
      };
    } finally {
      await stopChild(child);
    }
  }
  throw new Error('--startups must be at least 1');
}

/**
 * Times every call of a prototype method (sync or async) into `record`, for
 * attributing a turn's time; returns the function that puts the method back.
 */
function timeMethod(proto: object, name: string, record: (ms: number) => void): () => void {
  const target = proto as Record<string, unknown>;
  const original = target[name] as (...args: unknown[]) => unknown;
  target[name] = function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now();
    const result = original.apply(this, args);
    if (result instanceof Promise) return result.finally(() => record(performance.now() - t0));
    record(performance.now() - t0);
    return result;
  };
  return () => {
    target[name] = original;
  };
}

/** A full garbage collection, without having to start node with --expose-gc. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

async function turnLatency(): Promise<{ rows: LatencyRow[]; harness: string; retained: BenchData['retainedHeap'] }> {
  // The real bot with every middleware; its log lines are formatted as in production, then dropped.
  const discard = { write: () => undefined };
  const backRelief = createBackRelief(
    { port: 0, microsoftAppId: '', microsoftAppPassword: '', storage: 'memory' },
    { logger: createLogger({ level: 'info', destination: discard }) },
  );
  const server = backRelief.app.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  const { port } = server.address() as net.AddressInfo;

  const SEVERITY = /from 0 .*to 10/i;
  const scenarios = [
    {
      scenario: 'knowledge question',
      turn: QUESTIONS.join(' / ') + ' (rotating)',
      setup: '',
      before: [] as string[],
      text: (i: number) => QUESTIONS[i % QUESTIONS.length],
      expect: /Sources:/i,
    },
    {
      scenario: 'symptom check: date answer',
      turn: 'two days ago',
      setup: '"check my symptoms" (the button label), "lower back on the left" (the bot asks when it started)',
      before: ['check my symptoms', 'lower back on the left'],
      text: () => 'two days ago',
      expect: SEVERITY,
    },
    {
      // The readers that scan a whole message (things named, places, asks, clauses) on a long paste: a
      // pattern that backtracks shows here, not in a timed test.
      scenario: 'long message',
      turn: `${LONG_MESSAGE.length} characters of repeated questions`,
      setup: '',
      before: [] as string[],
      text: () => LONG_MESSAGE,
      expect: /\S/,
    },
    {
      scenario: 'red flag',
      turn: "I can't pee",
      setup: '',
      before: [] as string[],
      text: () => "I can't pee",
      expect: /911/,
    },
  ];
  const samples = scenarios.map(() => [] as number[]);
  const understandMs = scenarios.map(() => [] as number[]);
  const botRunMs = scenarios.map(() => [] as number[]);
  const restMs = scenarios.map(() => [] as number[]);
  const ok = scenarios.map(() => 0);
  const total = OPTIONS.warmupTurns + OPTIONS.iterations;
  const part = { understand: 0, botRun: 0 };
  let retained: BenchData['retainedHeap'];
  const restore = [
    timeMethod(MessageUnderstander.prototype, 'understand', (x) => (part.understand += x)),
    timeMethod(BackReliefBot.prototype, 'run', (x) => (part.botRun += x)),
  ];
  try {
    // Round-robin over the scenarios, so that a change in machine load hits them all alike.
    for (let i = 0; i < total; i++) {
      for (const [s, sc] of scenarios.entries()) {
        const conversation = `lat-${s}-${i}`;
        for (const text of sc.before) {
          const r = await post(port, activity(conversation, text));
          if (r.status !== 200) throw new Error(`"${text}" got HTTP ${r.status}: ${r.text.slice(0, 200)}`);
        }
        part.understand = 0;
        part.botRun = 0;
        const t0 = performance.now();
        const r = await post(port, activity(conversation, sc.text(i)));
        const took = performance.now() - t0;
        if (i < OPTIONS.warmupTurns) continue;
        samples[s].push(took);
        understandMs[s].push(part.understand);
        botRunMs[s].push(part.botRun);
        restMs[s].push(took - part.understand - part.botRun);
        if (r.status === 200 && sc.expect.test(r.text)) ok[s]++;
        else if (ok[s] === samples[s].length - 1) log(`  unexpected reply to "${sc.text(i)}" (${r.status}): ${r.text.slice(0, 200).replace(/\s+/g, ' ')}`);
      }
    }
    for (const undo of restore.splice(0)) undo();

    // Heap kept per conversation: full GC, 2,000 new one-message conversations, full GC.
    const conversations = 2000;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < conversations; i++) await post(port, activity(`retained-${i}`, QUESTIONS[i % QUESTIONS.length]));
    collectGarbage();
    retained = { conversations, bytesPerConversation: (process.memoryUsage().heapUsed - before) / conversations };
  } finally {
    for (const undo of restore) undo();
    const closed = new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections();
    await closed;
    await backRelief.close();
  }
  return {
    retained,
    rows: scenarios.map((sc, s) => ({
      scenario: sc.scenario,
      turn: sc.turn,
      setup: sc.setup,
      dist: distribution(samples[s]),
      asExpected: ok[s],
      parts: { understand: distribution(understandMs[s]), botRun: distribution(botRunMs[s]), rest: distribution(restMs[s]) },
    })),
    harness:
      `The real bot from \`createBackRelief\` (src/app.ts: every middleware, in-memory state, dialogs; log lines formatted at level info, ` +
      `then discarded) listening on a loopback port of the bench process, driven by one keep-alive HTTP client, one request at a time, ` +
      `\`deliveryMode: expectReplies\`. So each figure is one whole turn as a channel sees it, HTTP and JSON included. ` +
      `Each scenario runs in a new conversation per turn; ${OPTIONS.warmupTurns} untimed turns first, then ${OPTIONS.iterations} timed, ` +
      `the scenarios interleaved.`,
  };
}

const TARGETS: Array<{ target: LoadTarget; what: string; args: () => string[]; command: string }> = [
  {
    target: 'bare',
    what: 'express + express.json, answers a JSON echo',
    args: () => [join(PROJECT_ROOT, 'dist', 'scripts', 'lib', 'benchServers.js'), 'bare'],
    command: 'node dist/scripts/lib/benchServers.js bare',
  },
  {
    target: 'floor',
    what: 'echo bot on CloudAdapter (auth off, expectReplies)',
    args: () => [join(PROJECT_ROOT, 'dist', 'scripts', 'lib', 'benchServers.js'), 'floor'],
    command: 'node dist/scripts/lib/benchServers.js floor',
  },
  {
    target: 'full',
    what: 'Back Relief, knowledge questions',
    args: () => [BUNDLE],
    command: 'node dist/bundle/index.js',
  },
];

async function throughput(notes: string[]): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const t of TARGETS) {
    const child = await startChild(t.target, t.args());
    try {
      await waitHealthy(child);
      if (t.target === 'full') {
        let answered = 0;
        for (const [i, q] of QUESTIONS.entries()) if (/Sources:/i.test((await post(child.port, activity(`check-${i}`, q))).text)) answered++;
        if (answered < QUESTIONS.length) notes.push(`Only ${answered} of the ${QUESTIONS.length} load-test questions got a knowledge answer (with sources) from the full bot.`);
      }
      log(`  ${t.target}: ${OPTIONS.warmupS} s warm-up, ${OPTIONS.durationS} s measured...`);
      await load(child.port, `${t.target}-warm`, { durationS: OPTIONS.warmupS });
      const r = await load(child.port, t.target, { durationS: OPTIONS.durationS });
      rows.push({
        target: t.target,
        what: t.what,
        command: t.command,
        rps: r.requests.total / r.duration,
        requests: r.requests.total,
        latencyMs: { p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.average },
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
      });
      log(`    ${Math.round(rows[rows.length - 1].rps)} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`);
      if (r.non2xx) notes.push(`${t.target}: ${r.non2xx} non-2xx responses; last server log lines: ${tail(child.logFile, 3).replace(/\n/g, ' | ').slice(0, 400)}`);
    } finally {
      await stopChild(child);
    }
  }
  return rows;
}

async function profileFullBot(): Promise<BenchData['profile']> {
  const profDir = join(logDir, 'cpu-prof');
  mkdirSync(profDir, { recursive: true });
  const child = await startChild('profile', ['--cpu-prof', `--cpu-prof-dir=${profDir}`, join(PROJECT_ROOT, 'dist', 'src', 'index.js')]);
  let steadyFromMs = 0;
  try {
    await waitHealthy(child);
    await load(child.port, 'prof-warm', { durationS: OPTIONS.warmupS });
    // The profile starts a little after spawn, so this leaves out start-up and warm-up with a margin.
    steadyFromMs = performance.now() - child.spawnedAt;
    await load(child.port, 'prof', { durationS: OPTIONS.durationS });
  } finally {
    await stopChild(child); // SIGTERM: the server exits normally and V8 writes the profile
  }
  const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) return undefined;
  // Inclusive time only for the project's own functions: the framework's frames are on every stack.
  const ours = (fn: string) => / dist\/(src|dialogs)\//.test(fn);
  const summary = summariseCpuProfile(readCpuProfile(join(profDir, files[0])), PROJECT_ROOT, 20, steadyFromMs, ours);
  return {
    target: 'the full bot under load',
    note:
      `\`node --cpu-prof dist/src/index.js\` under the same load as (b) (knowledge questions, ${OPTIONS.connections} connections, ` +
      `${OPTIONS.durationS} s after a ${OPTIONS.warmupS} s warm-up); only samples after the warm-up count (no start-up), ` +
      `${summary.sampledMs.toFixed(0)} ms of CPU, idle excluded. ` +
      'Profiling slows the server, so its throughput is not reported.',
    selfTop: summary.selfTop,
    inclusiveTop: summary.inclusiveTop,
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = performance.now();
  logDir = mkdtempSync(join(tmpdir(), 'back-relief-bench-'));
  if (OPTIONS.only === 'webchat') {
    // Runs in this process on the TypeScript sources: no build, no child processes.
    log(`(d) only: web chat in headless Chromium, WebSocket vs polling (${OPTIONS.webChatRounds} rounds)...`);
    console.log(webChatSummary(await measureWebChatLatency(QUESTIONS, OPTIONS.webChatRounds, log)));
    return;
  }
  if (OPTIONS.only === 'startup') {
    // What `npm start` does as it is (it makes its own snapshot if a source changed): no build first.
    log(`(c) only: start-up x${OPTIONS.startups}...`);
    console.log(await startupOnly());
    return;
  }
  if (OPTIONS.only !== '') throw new Error(`--only takes "webchat" or "startup", not "${OPTIONS.only}"`);
  const notes: string[] = [];
  try {
    const { dataHash } = JSON.parse(readFileSync(PATHS.model, 'utf8')) as { dataHash?: string };
    if (dataHash !== currentDataHash()) {
      notes.push('intents/model.json is stale (older than intents/): the bot measured here runs that model (`npm run train` updates it).');
    }
  } catch (err) {
    notes.push(`intents/model.json could not be checked: ${(err as Error).message}`);
  }
  const buildInfo = build();

  log(`(c) start-up x${OPTIONS.startups} and memory after ${OPTIONS.conversations} conversations...`);
  const startup = await startupAndMemory();

  log(`(a) turn latency in process (${OPTIONS.warmupTurns} + ${OPTIONS.iterations} turns per scenario)...`);
  const latency = await turnLatency();

  log('(b) throughput: bare, floor, full...');
  const rows = await throughput(notes);

  log(`(d) web chat in headless Chromium, WebSocket vs polling (${OPTIONS.webChatRounds} rounds)...`);
  const webChat = await measureWebChatLatency(QUESTIONS, OPTIONS.webChatRounds, log);

  let profile: BenchData['profile'];
  if (OPTIONS.profile) {
    log('profiling the full bot under load...');
    profile = await profileFullBot();
    if (!profile) notes.push('--profile: no .cpuprofile was written.');
  }

  const data: BenchData = {
    machine: machineFacts(),
    durationMs: performance.now() - started,
    build: buildInfo,
    latencyHarness: latency.harness,
    latency: latency.rows,
    load: {
      durationS: OPTIONS.durationS,
      warmupS: OPTIONS.warmupS,
      connections: OPTIONS.connections,
      body: `a JSON \`message\` activity with \`deliveryMode: "expectReplies"\`, a new conversation id per request, the text rotating through ${QUESTIONS.length} knowledge questions (${QUESTIONS.map((q) => `"${q}"`).join(', ')}).`,
      rows,
    },
    startup,
    retainedHeap: latency.retained,
    profile,
    webChat,
    notes,
  };
  mkdirSync(dirname(OPTIONS.out), { recursive: true });
  writeFileSync(OPTIONS.out, renderBenchReport(data));
  console.log(benchSummary(data));
  console.log(`wrote ${relative(process.cwd(), OPTIONS.out) || OPTIONS.out} in ${(data.durationMs / 1000).toFixed(0)} s`);
}

if (require.main === module) {
  main()
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.stack ?? err.message : err);
      process.exitCode = 1;
    })
    .finally(() => {
      killAllChildren();
      if (logDir) rmSync(logDir, { recursive: true, force: true });
      // createBackRelief leaves timers (metrics, rate limiters) behind: end here rather than wait for them.
      process.exit();
    });
}

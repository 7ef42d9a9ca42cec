/**
 * Builds docs/bench.md and the console summary of `npm run bench` from
 * measured results. Pure: no I/O, no timing (test/evalScripts.test.ts checks
 * the sections from small inputs).
 */
import {
  Distribution,
  MachineFacts,
  TargetCheck,
  code,
  fixed,
  machineLine,
  median,
  mib,
  ms,
  table,
  targetTable,
} from './stats';

export interface LatencyRow {
  scenario: string;
  /** What the timed message was, and what came before it (untimed). */
  turn: string;
  setup?: string;
  dist: Distribution;
  /** Replies that looked as expected (e.g. the severity question after a date answer). */
  asExpected: number;
  /** Where the timed turn's time went, per turn. */
  parts?: { understand: Distribution; botRun: Distribution; rest: Distribution };
}

export type LoadTarget = 'bare' | 'floor' | 'full';

export interface LoadRow {
  target: LoadTarget;
  what: string;
  command: string;
  /** Mean requests per second over the measured run. */
  rps: number;
  /** Requests completed in the measured run. */
  requests: number;
  latencyMs: { p50: number; p99: number; mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface StartupResult {
  command: string;
  /** Spawn to first 200 from /healthz, one entry per run. */
  runsMs: number[];
  /** From spawn to the reply to `firstQuestion` (POST /api/messages, expectReplies), sent once /healthz answered. */
  firstAnswerMs: number[];
  firstQuestion: string;
  rssAfterStartup: number;
  conversations: number;
  conversationSeconds: number;
  conversationNon2xx: number;
  rssAfterConversations: number;
  /** Peak RSS (VmHWM) of the process. */
  peakRss: number;
}

export interface ProfileEntry {
  /** Self time share of the sampled CPU time, 0..1. */
  share: number;
  fn: string;
}

/** (d) Web chat in headless Chromium: Enter to the answer on screen, per transport. */
export interface WebChatRow {
  rounds: number;
  websocket: Distribution;
  polling: Distribution;
  harness: string;
}

export interface BenchData {
  machine: MachineFacts;
  durationMs: number;
  build: { command: string; ms: number; note: string };
  latencyHarness: string;
  latency: LatencyRow[];
  load: { durationS: number; warmupS: number; connections: number; body: string; rows: LoadRow[] };
  startup?: StartupResult;
  /** In process, between two full garbage collections: heap kept per one-message conversation. */
  retainedHeap?: { conversations: number; bytesPerConversation: number };
  profile?: { target: string; note: string; selfTop: ProfileEntry[]; inclusiveTop: ProfileEntry[] };
  /** Measured, or why not. */
  webChat?: WebChatRow | string;
  notes: string[];
}

/** Polling's median over WebSocket's: how many times faster the stream puts the answer on screen. */
export function webChatSpeedup(w: WebChatRow): number {
  return ratio(w.polling.p50, w.websocket.p50);
}

const ratio = (a: number, b: number) => (b ? a / b : Number.NaN);

export function loadRatios(rows: readonly LoadRow[]): { fullOverFloor: number; floorOverBare: number; fullOverBare: number } {
  const rps = (t: LoadTarget) => rows.find((r) => r.target === t)?.rps ?? Number.NaN;
  return {
    fullOverFloor: ratio(rps('full'), rps('floor')),
    floorOverBare: ratio(rps('floor'), rps('bare')),
    fullOverBare: ratio(rps('full'), rps('bare')),
  };
}

export function benchTargets(d: BenchData): TargetCheck[] {
  const r = loadRatios(d.load.rows);
  const checks: TargetCheck[] = [
    {
      name: "full bot throughput vs the framework's floor",
      target: '>= 0.80 of floor',
      actual: fixed(r.fullOverFloor, 2),
      met: Number.isFinite(r.fullOverFloor) ? r.fullOverFloor >= 0.8 : null,
    },
  ];
  if (d.startup) {
    const startup = median(d.startup.runsMs);
    checks.push({ name: 'start-up to a healthy /healthz (median)', target: '< 1500 ms', actual: ms(startup), met: startup < 1500 });
    const firstAnswer = median(d.startup.firstAnswerMs);
    checks.push({ name: 'start-up to the first answer (median)', target: '< 1500 ms', actual: ms(firstAnswer), met: firstAnswer < 1500 });
  }
  if (d.webChat && typeof d.webChat !== 'string') {
    const speedup = webChatSpeedup(d.webChat);
    checks.push({
      name: 'web chat, Enter to the answer on screen: WebSocket vs polling (median)',
      target: '>= 5x faster',
      actual: `${fixed(speedup, 1)}x (${ms(d.webChat.websocket.p50)} vs ${ms(d.webChat.polling.p50)})`,
      met: Number.isFinite(speedup) ? speedup >= 5 : null,
    });
  }
  const failed = d.load.rows.filter((row) => row.non2xx + row.errors + row.timeouts > 0);
  checks.push({
    name: 'every load-test response a 2xx',
    target: '0 errors',
    actual: failed.length ? failed.map((row) => `${row.target}: ${row.non2xx} non-2xx, ${row.errors} errors, ${row.timeouts} timeouts`).join('; ') : '0',
    met: failed.length === 0,
  });
  return checks;
}

function latencyParts(rows: readonly LatencyRow[]): string[] {
  const withParts = rows.filter((row) => row.parts);
  if (!withParts.length) return [];
  return [
    '### Where a turn goes (p50 of each part)',
    '',
    '`MessageUnderstander.understand` (red-flag check and intent classifier, run once per message by UnderstandingMiddleware) and',
    '`BackReliefBot.run` (dialogs, knowledge answer, state load and save) are timed inside each timed turn; the rest is HTTP, express,',
    "the server's middleware (logging, metrics, limits, turn lock), botbuilder's CloudAdapter and JSON.",
    '',
    table(
      ['scenario', 'whole turn', 'understand (NLU + red flags)', 'bot.run (dialogs + state)', 'the rest'],
      withParts.map((row) => [row.scenario, ms(row.dist.p50), ms(row.parts!.understand.p50), ms(row.parts!.botRun.p50), ms(row.parts!.rest.p50)]),
    ),
    '',
  ];
}

export function renderBenchReport(d: BenchData): string {
  const r = loadRatios(d.load.rows);
  const out: string[] = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` (scripts/bench.ts) in ${(d.durationMs / 1000).toFixed(0)} s. Do not edit by hand: re-run it.`,
    '',
    `Machine: ${machineLine(d.machine)}.`,
    '**The machine is shared and these numbers are from one run**: compare ratios measured in the same run, not absolute',
    'numbers across runs or machines. Nothing here is asserted; CI does not time anything.',
    '',
    `Build: ${d.build.command} (${ms(d.build.ms)}). ${d.build.note}`,
    '',
    '## Targets',
    '',
    targetTable(benchTargets(d)),
    '',
    '## (a) Turn latency, in process',
    '',
    d.latencyHarness,
    '',
    table(
      ['scenario', 'timed message', 'before it (untimed)', 'turns', 'p50', 'p90', 'p99', 'max', 'replies as expected'],
      d.latency.map((row) => [
        row.scenario,
        code(row.turn),
        row.setup ?? '',
        row.dist.n,
        ms(row.dist.p50),
        ms(row.dist.p90),
        ms(row.dist.p99),
        ms(row.dist.max),
        `${row.asExpected}/${row.dist.n}`,
      ]),
    ),
    '',
    ...latencyParts(d.latency),
    '## (b) HTTP throughput on loopback',
    '',
    `autocannon in the bench process, ${d.load.connections} connections, ${d.load.warmupS} s warm-up (discarded) then ${d.load.durationS} s measured per target,`,
    'one target at a time, each server in its own child process (its own event loop). Every request is the same kind of',
    `activity: ${d.load.body}`,
    '',
    table(
      ['target', 'what', 'req/s', 'latency p50', 'latency p99', 'requests', 'non-2xx / errors / timeouts'],
      d.load.rows.map((row) => [
        row.target,
        row.what,
        Math.round(row.rps),
        ms(row.latencyMs.p50),
        ms(row.latencyMs.p99),
        row.requests,
        `${row.non2xx} / ${row.errors} / ${row.timeouts}`,
      ]),
    ),
    '',
    `- full / floor = **${fixed(r.fullOverFloor, 2)}** (what the bot's own work costs on top of the framework)`,
    `- floor / bare = **${fixed(r.floorOverBare, 2)}** (what botbuilder's CloudAdapter costs on top of express)`,
    `- full / bare = ${fixed(r.fullOverBare, 2)}`,
    '',
    'Commands:',
    '',
    ...d.load.rows.map((row) => `- ${row.target}: ${code(row.command)}`),
    '',
  ];
  out.push('## (c) Start-up and memory', '');
  if (d.startup) {
    const s = d.startup;
    out.push(
      `Command: ${code(s.command)} (in-memory state, authentication off), timed from spawn to the first 200 from GET /healthz,`,
      `polled every 5 ms, then to the reply to ${code(`"${s.firstQuestion}"`)} (POST /api/messages, expectReplies). ${s.runsMs.length} runs: ` +
        `${s.runsMs.map((x) => ms(x)).join(', ')} to /healthz; ${s.firstAnswerMs.map((x) => ms(x)).join(', ')} to the first answer.`,
      '',
      table(
        ['', 'value'],
        [
          ['start-up to /healthz (median)', ms(median(s.runsMs))],
          ['start-up to the first answer (median)', ms(median(s.firstAnswerMs))],
          ['RSS after start-up (VmRSS)', mib(s.rssAfterStartup)],
          [`RSS after ${s.conversations.toLocaleString('en-US')} conversations, one message each`, mib(s.rssAfterConversations)],
          ['growth per conversation', `${fixed((s.rssAfterConversations - s.rssAfterStartup) / Math.max(1, s.conversations) / 1024, 2)} KiB`],
          ['peak RSS (VmHWM)', mib(s.peakRss)],
          [
            `time for the ${s.conversations.toLocaleString('en-US')} conversations`,
            `${fixed(s.conversationSeconds, 1)} s (${s.conversationNon2xx} non-2xx)`,
          ],
        ],
      ),
      '',
      'The conversations are knowledge questions with distinct conversation ids, sent 10 at a time. In-memory state keeps',
      'every one of them (MemoryStorage never expires anything), but RSS also holds the headroom V8 took for the garbage',
      'made under load, which it does not hand back: RSS growth is not all state.',
    );
    if (d.retainedHeap) {
      out.push(
        `Measured in process (the bot of (a)) between two forced full garbage collections, ${d.retainedHeap.conversations.toLocaleString('en-US')} more`,
        `one-message conversations kept **${fixed(d.retainedHeap.bytesPerConversation / 1024, 2)} KiB of heap each** (state, rate-limit bucket, ...):`,
        `${fixed((d.retainedHeap.bytesPerConversation * 1e6) / 1024 ** 3, 2)} GiB per million conversations with STORAGE=memory.`,
      );
    }
    out.push('');
  } else {
    out.push('Not measured in this run.', '');
  }
  out.push('## (d) Web chat: a message to its answer on screen', '');
  if (d.webChat && typeof d.webChat !== 'string') {
    const w = d.webChat;
    out.push(
      w.harness,
      '',
      table(
        ['transport', 'rounds', 'p50', 'p90', 'p99', 'max'],
        [
          ['WebSocket (`streamUrl`)', w.websocket.n, ms(w.websocket.p50), ms(w.websocket.p90), ms(w.websocket.p99), ms(w.websocket.max)],
          ['polling (fallback, once a second)', w.polling.n, ms(w.polling.p50), ms(w.polling.p90), ms(w.polling.p99), ms(w.polling.max)],
        ],
      ),
      '',
      `- polling p50 / WebSocket p50 = **${fixed(webChatSpeedup(w), 1)}x**; at p90: ${fixed(ratio(w.polling.p90, w.websocket.p90), 1)}x`,
      '',
    );
  } else {
    out.push(d.webChat ? `Not measured: ${d.webChat}` : 'Not measured in this run.', '');
  }
  if (d.profile) {
    out.push(
      `## Profile: ${d.profile.target}`,
      '',
      d.profile.note,
      '',
      '### Self time',
      '',
      table(['share', 'function'], d.profile.selfTop.map((e) => [`${(100 * e.share).toFixed(1)}%`, code(e.fn)])),
      '',
      '### Inclusive time, project code',
      '',
      'Async functions only count until their first `await`, so these are lower bounds.',
      '',
      table(['share', 'function'], d.profile.inclusiveTop.map((e) => [`${(100 * e.share).toFixed(1)}%`, code(e.fn)])),
      '',
    );
  }
  if (d.notes.length) out.push('## Notes', '', ...d.notes.map((n) => `- ${n}`), '');
  out.push(
    '## Reproduce',
    '',
    '```sh',
    'npm run bench                 # builds, then writes docs/bench.md (about 3 minutes)',
    'npm run bench -- --profile    # also CPU-profiles the full bot under load and adds the top functions',
    'npm run bench -- --no-build   # reuse dist/ as it is',
    '```',
    '',
  );
  return out.join('\n');
}

/** The console line of (d), or why it was not measured. */
export function webChatSummary(w: WebChatRow | string): string {
  if (typeof w === 'string') return `web chat  ${w}`;
  return `web chat  WebSocket p50 ${ms(w.websocket.p50)} p90 ${ms(w.websocket.p90)}  polling p50 ${ms(w.polling.p50)} p90 ${ms(w.polling.p90)}  (${w.rounds} rounds; ${fixed(webChatSpeedup(w), 1)}x at p50)`;
}

export function benchSummary(d: BenchData): string {
  const r = loadRatios(d.load.rows);
  const lines = [
    ...d.latency.map((row) => `turn  ${row.scenario.padEnd(26)} p50 ${ms(row.dist.p50).padStart(9)}  p99 ${ms(row.dist.p99).padStart(9)}  (${row.dist.n} turns, ${row.asExpected} as expected)`),
    ...d.load.rows.map((row) => `http  ${row.target.padEnd(6)} ${String(Math.round(row.rps)).padStart(6)} req/s  p50 ${ms(row.latencyMs.p50)}  p99 ${ms(row.latencyMs.p99)}  non-2xx ${row.non2xx} errors ${row.errors}`),
    `ratio full/floor ${fixed(r.fullOverFloor, 2)}  floor/bare ${fixed(r.floorOverBare, 2)}`,
  ];
  if (d.webChat) lines.push(webChatSummary(d.webChat));
  if (d.startup) {
    lines.push(
      `start-up ${d.startup.runsMs.map((x) => ms(x)).join(', ')} (median ${ms(median(d.startup.runsMs))}), first answer median ${ms(median(d.startup.firstAnswerMs))}; RSS ${mib(d.startup.rssAfterStartup)} -> ${mib(d.startup.rssAfterConversations)} after ${d.startup.conversations} conversations`,
    );
  }
  lines.push(...benchTargets(d).map((t) => `target: ${t.name}: ${t.actual} (wanted ${t.target}) ${t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED'}`));
  return lines.join('\n');
}

// The report builders of `npm run eval` and `npm run bench` (scripts/lib),
// fed small hand-made inputs: the sections are there and the arithmetic is
// right. Nothing here times anything; the scripts themselves are not run.
import { evaluationReport, type Prediction } from '../src/nlu/training';
import type { Intent } from '../src/nlu/intents';
import {
  type BenchData,
  type LatencyRow,
  type LoadRow,
  benchSummary,
  benchTargets,
  loadRatios,
  renderBenchReport,
} from '../scripts/lib/benchReport';
import {
  type ClassifierResult,
  type EvalData,
  type RedFlagCaseResult,
  confusedPairs,
  evalSummary,
  evalTargets,
  renderEvalReport,
  summariseRedFlags,
} from '../scripts/lib/evalReport';
import { type MachineFacts, distribution, percentile, table } from '../scripts/lib/stats';

const MACHINE: MachineFacts = { date: '2026-11-21T12:00:00.000Z', node: 'v20.0.0', platform: 'linux-x64', cpuModel: 'Test CPU', cores: 2, memoryGiB: 4 };

const pred = (text: string, expected: Intent, predicted: Intent): Prediction => ({ text, expected, predicted, score: 0.9 });

function classifier(name: string, predictions: Prediction[], ms: number): ClassifierResult {
  const report = evaluationReport(predictions);
  return {
    name,
    setup: `${name} setup`,
    cv: report,
    trainMsPerFold: [100, 120],
    fullTrainMs: 150,
    timing: distribution([ms, ms, ms * 2]),
    coldTiming: distribution([ms * 3]),
    holdout: report,
  };
}

const OURS = classifier(
  'Back Relief',
  [
    pred('ice or heat', 'ice_or_heat', 'ice_or_heat'),
    pred('hot bath?', 'ice_or_heat', 'stretches'),
    pred('any stretches', 'stretches', 'stretches'),
    pred('yoga?', 'stretches', 'ice_or_heat'),
    pred('capital of France', 'none', 'none'),
    pred('what is the weather', 'none', 'none'),
  ],
  0.05,
);
const PEER = classifier(
  'nlp.js',
  [
    pred('ice or heat', 'ice_or_heat', 'ice_or_heat'),
    pred('hot bath?', 'ice_or_heat', 'none'),
    pred('any stretches', 'stretches', 'none'),
    pred('yoga?', 'stretches', 'stretches'),
    pred('capital of France', 'none', 'none'),
    pred('what is the weather', 'none', 'stretches'),
  ],
  0.02,
);

const RED_FLAGS: RedFlagCaseResult[] = [
  { text: "I can't pee", expect: 'emergency', got: 'emergency', flags: ['bladder'], wantFlags: ['bladder'] },
  { text: 'numb down there', expect: 'emergency', got: 'urgent', flags: ['saddle_numbness'] },
  { text: 'fever and back pain', expect: 'urgent', got: 'emergency', flags: ['fever_unwell'] },
  { text: 'history of cancer', expect: 'urgent', got: 'none', flags: [] },
  { text: 'my back hurts', expect: 'none', got: 'none', flags: [] },
  { text: 'my dad had cancer', expect: 'none', got: 'urgent', flags: ['cancer_history'] },
  { text: 'fell over, now can not move', expect: 'emergency', got: 'emergency', flags: ['fever'], wantFlags: ['major_trauma'] },
];

const EVAL: EvalData = {
  machine: MACHINE,
  examples: 6,
  intents: 3,
  k: 2,
  seed: 7,
  holdoutExamples: 6,
  ours: OURS,
  peer: PEER,
  peerFullPipeline: distribution([0.1]),
  timingPasses: 3,
  redFlags: RED_FLAGS,
  modelNote: 'model note',
  duplicates: [{ text: 'ice or heat', intents: ['ice_or_heat', 'ice_or_heat'] }],
  durationMs: 1234,
};

describe('eval report', () => {
  test('red flags: emergency caught only as emergency, urgent at least urgent, false alarms on negatives', () => {
    const s = summariseRedFlags(RED_FLAGS);
    expect(s.emergency).toEqual({ cases: 3, caught: 2 });
    expect(s.urgent).toEqual({ cases: 2, caught: 1 });
    expect(s.negatives).toEqual({ cases: 2, falseAlarms: 1 });
    expect(s.misses.map((c) => c.text)).toEqual(['numb down there', 'history of cancer']);
    expect(s.overEscalated.map((c) => c.text)).toEqual(['fever and back pain']);
    expect(s.wrongFlags.map((c) => c.text)).toEqual(['fell over, now can not move']);
  });

  test('confused pairs merge both directions', () => {
    const [top] = confusedPairs(OURS.cv);
    expect(top).toMatchObject({ a: 'ice_or_heat', b: 'stretches', aAsB: 1, bAsA: 1, total: 2 });
    expect(top.example?.text).toBe('hot bath?');
  });

  test('targets: macro-F1 above the peer, time no worse (means), every emergency caught, false alarms <= 3%', () => {
    const byName = Object.fromEntries(evalTargets(EVAL).map((t) => [t.name, t.met]));
    expect(byName['CV macro-F1 above nlp.js']).toBe(OURS.cv.macroF1 > PEER.cv.macroF1);
    expect(byName['time per utterance no worse than nlp.js (mean, warm)']).toBe(false);
    expect(byName['every emergency red flag caught (as emergency)']).toBe(false);
    expect(byName['red-flag false alarms on negatives']).toBe(false);
  });

  test('the report has every section, the misses and the false alarms', () => {
    const md = renderEvalReport(EVAL);
    for (const heading of [
      '# Evaluation report',
      '## Targets',
      '## Summary',
      '## Intent classifier: cross-validation',
      '### Per intent',
      '### Most confused pairs (Back Relief)',
      '### Most confused pairs (nlp.js)',
      '### Out of scope (`none`)',
      '## Held-out set',
      '## Red-flag detector',
      '### Every miss',
      '### Every false alarm',
      '### Caught, but not as the fixture says',
      '## How the timings were taken',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('`numb down there`');
    expect(md).toContain('`my dad had cancer`');
    expect(md).toMatch(/\| CV macro-F1 \| 0\.\d{3} \| 0\.\d{3} \|/);
    expect(md).toContain('50.0 µs'); // p50 of our warm timings [0.05, 0.05, 0.1] ms
    expect(md).toContain('2 cores');
    expect(md).toContain('1 group(s) of training utterances are identical');
    expect(evalSummary(EVAL)).toMatch(/^Back Relief .*\nnlp\.js .*\nred flags +emergency 2\/3/);
  });
});

describe('bench report', () => {
  const row = (target: LoadRow['target'], rps: number, non2xx = 0): LoadRow => ({
    target,
    what: `${target} server`,
    command: `node ${target}.js`,
    rps,
    requests: rps * 10,
    latencyMs: { p50: 1, p99: 5, mean: 1.5 },
    non2xx,
    errors: 0,
    timeouts: 0,
  });
  const latency: LatencyRow[] = [
    {
      scenario: 'knowledge question',
      turn: 'ice or heat?',
      dist: distribution([1, 2, 3, 4]),
      asExpected: 4,
      parts: { understand: distribution([0.2]), botRun: distribution([0.5]), rest: distribution([1]) },
    },
    { scenario: 'red flag', turn: "I can't pee", dist: distribution([2, 3]), asExpected: 2 },
  ];
  const BENCH: BenchData = {
    machine: MACHINE,
    durationMs: 90_000,
    build: { command: 'npm run build', ms: 10_000, note: 'The build was clean.' },
    latencyHarness: 'harness description',
    latency,
    load: { durationS: 10, warmupS: 2, connections: 10, body: 'an activity', rows: [row('bare', 5000), row('floor', 1000), row('full', 700, 3)] },
    startup: {
      command: 'node dist/src/index.js',
      runsMs: [1800, 1200, 1300],
      firstAnswerMs: [1900, 1600, 1400],
      firstQuestion: 'ice or heat?',
      rssAfterStartup: 100 * 1024 * 1024,
      conversations: 10_000,
      conversationSeconds: 12,
      conversationNon2xx: 0,
      rssAfterConversations: 150 * 1024 * 1024,
      peakRss: 160 * 1024 * 1024,
    },
    retainedHeap: { conversations: 2000, bytesPerConversation: 1024 },
    profile: { target: 'the full bot', note: 'profile note', selfTop: [{ fn: 'logScores src/nlu/intentModel.ts:160', share: 0.1 }], inclusiveTop: [] },
    notes: ['a note'],
  };

  test('ratios and targets', () => {
    const r = loadRatios(BENCH.load.rows);
    expect(r.fullOverFloor).toBeCloseTo(0.7);
    expect(r.floorOverBare).toBeCloseTo(0.2);
    const byName = Object.fromEntries(benchTargets(BENCH).map((t) => [t.name, t]));
    expect(byName["full bot throughput vs the framework's floor"].met).toBe(false);
    expect(byName['start-up to a healthy /healthz (median)'].met).toBe(true); // median 1300 ms
    expect(byName['start-up to the first answer (median)'].met).toBe(false); // median 1600 ms
    expect(byName['every load-test response a 2xx'].met).toBe(false);
  });

  test('the report has every section, the machine facts and the one-run warning', () => {
    const md = renderBenchReport(BENCH);
    for (const heading of [
      '# Benchmarks',
      '## Targets',
      '## (a) Turn latency, in process',
      '### Where a turn goes (p50 of each part)',
      '## (b) HTTP throughput on loopback',
      '## (c) Start-up and memory',
      '## Profile: the full bot',
      '## Notes',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('full / floor = **0.70**');
    expect(md).toContain('floor / bare = **0.20**');
    expect(md).toMatch(/shared and these numbers are from one run/);
    expect(md).toContain('2 cores');
    expect(md).toContain('5.12 KiB'); // (150 - 100) MiB / 10,000 conversations
    expect(md).toContain('kept **1.00 KiB of heap each**');
    expect(benchSummary(BENCH)).toContain('ratio full/floor 0.70  floor/bare 0.20');
  });
});

describe('stats', () => {
  test('nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  test('markdown tables escape pipes', () => {
    expect(table(['a', 'b'], [['x|y', 1]])).toBe('| a | b |\n|---|---|\n| x\\|y | 1 |');
  });
});

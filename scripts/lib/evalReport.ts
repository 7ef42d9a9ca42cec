/**
 * Builds docs/eval.md and the console summary of `npm run eval` from measured
 * results. Pure: no I/O, no timing, so that test/evalScripts.test.ts can check
 * the sections from small inputs.
 */
import type { EvaluationReport, Prediction } from '../../src/nlu/training';
import type { Intent } from '../../src/nlu/intents';
import {
  Distribution,
  MachineFacts,
  TargetCheck,
  code,
  fixed,
  machineLine,
  mean,
  ms,
  pct,
  table,
  targetTable,
  us,
} from './stats';

export interface ClassifierResult {
  /** "Back Relief" or "nlp.js". */
  name: string;
  /** One line on how it was configured. */
  setup: string;
  cv: EvaluationReport;
  /** Training time of each fold's model, ms. */
  trainMsPerFold: number[];
  /** Training time on all training data (the held-out model), ms. */
  fullTrainMs: number;
  /** Warm classification time per utterance, ms, over the out-of-fold utterances. */
  timing: Distribution;
  /** The same with the CPU caches flushed before each call (as in a server, where a turn runs much other code). */
  coldTiming?: Distribution;
  holdout: EvaluationReport;
  /** test/fixtures/intent-blind.yaml: written by a reviewer who never saw the training data. */
  blind?: EvaluationReport;
}

export type RedFlagLevel = 'emergency' | 'urgent' | 'none';

export interface RedFlagCaseResult {
  text: string;
  expect: RedFlagLevel;
  got: RedFlagLevel;
  flags: string[];
  /** Flag ids the fixture requires among the detected flags. */
  wantFlags?: string[];
}

export interface EvalData {
  machine: MachineFacts;
  examples: number;
  intents: number;
  k: number;
  seed: number;
  holdoutExamples: number;
  ours: ClassifierResult;
  peer: ClassifierResult;
  /** nlp.js's whole NlpManager.process() pipeline, for reference. */
  peerFullPipeline?: Distribution;
  /** Timed passes over every out-of-fold utterance, after one warm-up pass. */
  timingPasses: number;
  redFlags: RedFlagCaseResult[];
  /** Whether intents/model.json matches the training data (informational). */
  modelNote: string;
  /** Training utterances that are identical after normalisation (they can sit in a train and a test fold at once). */
  duplicates?: Array<{ text: string; intents: Intent[] }>;
  durationMs: number;
}

export interface RedFlagSummary {
  emergency: { cases: number; caught: number };
  urgent: { cases: number; caught: number };
  negatives: { cases: number; falseAlarms: number };
  /** Emergencies not escalated as emergency, urgents not escalated at all. */
  misses: RedFlagCaseResult[];
  /** Urgent cases escalated as emergency: caught, but over-escalated. */
  overEscalated: RedFlagCaseResult[];
  falseAlarms: RedFlagCaseResult[];
  /** Caught at the right level but without a flag id the fixture names. */
  wrongFlags: RedFlagCaseResult[];
}

export function summariseRedFlags(cases: readonly RedFlagCaseResult[]): RedFlagSummary {
  const of = (level: RedFlagLevel) => cases.filter((c) => c.expect === level);
  const emergency = of('emergency');
  const urgent = of('urgent');
  const negatives = of('none');
  const emergencyMisses = emergency.filter((c) => c.got !== 'emergency');
  const urgentMisses = urgent.filter((c) => c.got === 'none');
  const falseAlarms = negatives.filter((c) => c.got !== 'none');
  return {
    emergency: { cases: emergency.length, caught: emergency.length - emergencyMisses.length },
    urgent: { cases: urgent.length, caught: urgent.length - urgentMisses.length },
    negatives: { cases: negatives.length, falseAlarms: falseAlarms.length },
    misses: [...emergencyMisses, ...urgentMisses],
    overEscalated: urgent.filter((c) => c.got === 'emergency'),
    falseAlarms,
    wrongFlags: cases.filter((c) => c.got !== 'none' && c.wantFlags?.length && !c.wantFlags.every((f) => c.flags.includes(f))),
  };
}

const ratio = (a: number, b: number) => (b ? a / b : Number.NaN);

function metricsOf(report: EvaluationReport, intent: Intent) {
  return report.perIntent.find((m) => m.intent === intent) ?? { intent, precision: 0, recall: 0, f1: 0, support: 0 };
}

export interface ConfusedPair {
  a: Intent;
  b: Intent;
  aAsB: number;
  bAsA: number;
  total: number;
  example?: Prediction;
}

/** Confusions in either direction, merged per unordered pair, most frequent first. */
export function confusedPairs(report: EvaluationReport, limit = 10): ConfusedPair[] {
  const pairs = new Map<string, ConfusedPair>();
  for (const c of report.confusions) {
    const [a, b] = [c.expected, c.predicted].sort() as [Intent, Intent];
    const key = `${a}\t${b}`;
    const pair = pairs.get(key) ?? { a, b, aAsB: 0, bAsA: 0, total: 0 };
    if (c.expected === a) pair.aAsB += c.count;
    else pair.bAsA += c.count;
    pair.total += c.count;
    pairs.set(key, pair);
  }
  const sorted = [...pairs.values()].sort((x, y) => y.total - x.total || x.a.localeCompare(y.a)).slice(0, limit);
  for (const p of sorted) {
    p.example = report.predictions.find(
      (x) => (x.expected === p.a && x.predicted === p.b) || (x.expected === p.b && x.predicted === p.a),
    );
  }
  return sorted;
}

function duplicateLines(d: EvalData): string[] {
  if (!d.duplicates) return [];
  const conflicting = d.duplicates.filter((g) => new Set(g.intents).size > 1);
  if (!d.duplicates.length) return ['No two training utterances are the same after normalisation, so no test utterance has a copy in its training folds.', ''];
  return [
    `${d.duplicates.length} group(s) of training utterances are identical after normalisation (a copy can sit in a training fold`,
    `while another is tested, which flatters cross-validation slightly)${conflicting.length ? `; ${conflicting.length} carry different intents` : ''}:`,
    d.duplicates
      .slice(0, 10)
      .map((g) => `${code(g.text)} (${g.intents.join(', ')})`)
      .join('; ') + (d.duplicates.length > 10 ? '; ...' : '.'),
    '',
  ];
}

export function evalTargets(d: EvalData): TargetCheck[] {
  const rf = summariseRedFlags(d.redFlags);
  const falseAlarmRate = ratio(rf.negatives.falseAlarms, rf.negatives.cases);
  return [
    {
      name: 'CV macro-F1 above nlp.js',
      target: `> ${fixed(d.peer.cv.macroF1, 3)}`,
      actual: fixed(d.ours.cv.macroF1, 3),
      met: d.ours.cv.macroF1 > d.peer.cv.macroF1,
    },
    {
      name: 'time per utterance no worse than nlp.js (mean, warm)',
      target: `<= ${us(d.peer.timing.mean)}`,
      actual: us(d.ours.timing.mean),
      met: d.ours.timing.mean <= d.peer.timing.mean,
    },
    {
      name: 'every emergency red flag caught (as emergency)',
      target: `${rf.emergency.cases}/${rf.emergency.cases}`,
      actual: `${rf.emergency.caught}/${rf.emergency.cases}`,
      met: rf.emergency.caught === rf.emergency.cases,
    },
    {
      name: 'red-flag false alarms on negatives',
      target: '<= 3%',
      actual: `${pct(falseAlarmRate)} (${rf.negatives.falseAlarms}/${rf.negatives.cases})`,
      met: falseAlarmRate <= 0.03,
    },
  ];
}

function classifierSummaryRows(d: EvalData): string[][] {
  const row = (label: string, f: (r: ClassifierResult) => string) => [label, f(d.ours), f(d.peer)];
  const none = (r: ClassifierResult) => metricsOf(r.cv, 'none');
  return [
    row('CV accuracy', (r) => pct(r.cv.accuracy)),
    row('CV macro-F1', (r) => fixed(r.cv.macroF1, 3)),
    row('CV out-of-scope (`none`) precision', (r) => pct(none(r).precision)),
    row('CV out-of-scope (`none`) recall', (r) => pct(none(r).recall)),
    row('held-out accuracy (trained on all data)', (r) => `${pct(r.holdout.accuracy)} (${r.holdout.predictions.filter((p) => p.expected === p.predicted).length}/${r.holdout.predictions.length})`),
    row('held-out macro-F1', (r) => fixed(r.holdout.macroF1, 3)),
    row('blind set accuracy (independent writer)', (r) =>
      r.blind ? `${pct(r.blind.accuracy)} (${r.blind.predictions.filter((p) => p.expected === p.predicted).length}/${r.blind.predictions.length})` : 'n/a'),
    row('time per utterance, mean (warm)', (r) => us(r.timing.mean)),
    row('time per utterance, p50 / p99', (r) => `${us(r.timing.p50)} / ${us(r.timing.p99)}`),
    row('time per utterance, caches flushed: p50 / mean', (r) => (r.coldTiming ? `${us(r.coldTiming.p50)} / ${us(r.coldTiming.mean)}` : 'n/a')),
    row('training time per fold (mean)', (r) => ms(mean(r.trainMsPerFold))),
    row('training time, all data', (r) => ms(r.fullTrainMs)),
  ];
}

/** `blindRounds`: the first-run scores of the blind rounds (docs/blind-rounds.md), kept by hand because a first run happens once. */
export function renderEvalReport(d: EvalData, blindRounds = ''): string {
  const rf = summariseRedFlags(d.redFlags);
  const out: string[] = [];
  out.push(
    '# Evaluation report',
    '',
    `Generated by \`npm run eval\` (scripts/eval.ts) in ${(d.durationMs / 1000).toFixed(0)} s. Do not edit by hand: re-run it.`,
    '',
    `Machine: ${machineLine(d.machine)}. The machine is shared and every number is from one run;`,
    'accuracy figures are deterministic, timings vary by a few tens of percent between runs.',
    '',
    '## Targets',
    '',
    'Reported against, never asserted (CI does not run this).',
    '',
    targetTable(evalTargets(d)),
    '',
    '## Summary',
    '',
    table(['', d.ours.name, d.peer.name], classifierSummaryRows(d)),
    '',
    `- **${d.ours.name}**: ${d.ours.setup}`,
    `- **${d.peer.name}**: ${d.peer.setup}`,
    `- ${d.modelNote}`,
    '',
    '## Intent classifier: cross-validation',
    '',
    `${d.k}-fold stratified cross-validation on the ${d.examples} training utterances of intents/*.yaml (${d.intents} intents),`,
    `using \`crossValidate\` from src/nlu/training.ts for ${d.ours.name}. Folds come from \`stratifiedFolds(examples, ${d.k}, ${d.seed})\`,`,
    `the seed crossValidate uses (the script checks that its predictions come in exactly that fold order), and ${d.peer.name}`,
    'is trained and tested on the same folds. Every fold model is trained only on the other folds; for Back Relief that includes',
    'its own nested calibration (temperature and `none` threshold), so nothing from a test fold leaks into its model.',
    '',
    ...duplicateLines(d),
    '### Per intent',
    '',
    table(
      ['intent', 'support', 'precision', 'recall', 'F1', `${d.peer.name} F1`, 'ΔF1'],
      d.ours.cv.perIntent.map((m) => {
        const peer = metricsOf(d.peer.cv, m.intent);
        return [m.intent, m.support, fixed(m.precision, 2), fixed(m.recall, 2), fixed(m.f1, 2), fixed(peer.f1, 2), `${m.f1 >= peer.f1 ? '+' : ''}${fixed(m.f1 - peer.f1, 2)}`];
      }),
    ),
    '',
    `### Most confused pairs (${d.ours.name})`,
    '',
    'Both directions of a pair merged; one misclassified utterance shown for each.',
    '',
    table(
      ['pair', 'count', 'a as b', 'b as a', 'example (expected -> predicted)'],
      confusedPairs(d.ours.cv).map((p) => [
        `${p.a} / ${p.b}`,
        p.total,
        p.aAsB,
        p.bAsA,
        p.example ? `"${p.example.text}" (${p.example.expected} -> ${p.example.predicted})` : '',
      ]),
    ),
    '',
    `### Most confused pairs (${d.peer.name})`,
    '',
    table(
      ['pair', 'count', 'a as b', 'b as a'],
      confusedPairs(d.peer.cv, 5).map((p) => [`${p.a} / ${p.b}`, p.total, p.aAsB, p.bAsA]),
    ),
    '',
    '### Out of scope (`none`)',
    '',
    'Precision: of the messages the classifier sent to the fallback, how many really were out of scope.',
    'Recall: of the out-of-scope messages, how many went to the fallback instead of a wrong answer.',
    '',
    table(
      ['', 'precision', 'recall', 'F1', 'in-scope sent to `none`', '`none` sent to an intent'],
      [d.ours, d.peer].map((r) => {
        const m = metricsOf(r.cv, 'none');
        const lost = r.cv.predictions.filter((p) => p.expected !== 'none' && p.predicted === 'none').length;
        const leaked = r.cv.predictions.filter((p) => p.expected === 'none' && p.predicted !== 'none').length;
        return [r.name, pct(m.precision), pct(m.recall), fixed(m.f1, 2), lost, leaked];
      }),
    ),
    '',
    '## Held-out set',
    '',
    `test/fixtures/intent-holdout.yaml: ${d.holdoutExamples} utterances written after the training data and phrased differently,`,
    'never trained on. Both classifiers trained on all of intents/*.yaml.',
    '',
    table(
      ['intent', `${d.ours.name} recall`, `${d.peer.name} recall`],
      d.ours.holdout.perIntent
        .filter((m) => m.support > 0)
        .map((m) => [m.intent, `${fixed(m.recall, 2)} (${Math.round(m.recall * m.support)}/${m.support})`, fixed(metricsOf(d.peer.holdout, m.intent).recall, 2)]),
    ),
    '',
    ...(d.ours.blind
      ? [
          '## Blind set',
          '',
          'test/fixtures/intent-blind.yaml: 8 phrasings per intent written on 2026-11-21 by a reviewer who never saw',
          'the training data, the lexicons or the held-out set; never used for training or tuning. Its first run scored 171/176;',
          'one systematic miss it revealed ("do a symptom check" read as `cancel`) was then fixed with new training phrasings',
          'of other shapes, so later runs are no longer fully blind.',
          '',
          table(
            ['utterance', 'expected', `${d.ours.name} predicted`, 'score'],
            d.ours.blind.predictions.filter((p) => p.expected !== p.predicted).map((p) => [p.text, p.expected, p.predicted, fixed(p.score, 2)]),
          ),
          '',
        ]
      : []),
    `<details><summary>${d.ours.name}: every held-out miss (${d.ours.holdout.predictions.filter((p) => p.expected !== p.predicted).length})</summary>`,
    '',
    table(
      ['utterance', 'expected', 'predicted', 'score'],
      d.ours.holdout.predictions.filter((p) => p.expected !== p.predicted).map((p) => [p.text, p.expected, p.predicted, fixed(p.score, 2)]),
    ),
    '',
    '</details>',
    '',
    '## Red-flag detector',
    '',
    `test/fixtures/red-flag-cases.yaml, ${d.redFlags.length} cases, through \`RedFlagDetector.detect\` with knowledge/safety as shipped.`,
    'An emergency counts as caught only when escalated as emergency; an urgent case when escalated at all (urgent or emergency).',
    '',
    table(
      ['level', 'cases', 'caught', 'recall'],
      [
        ['emergency (as emergency)', rf.emergency.cases, rf.emergency.caught, pct(ratio(rf.emergency.caught, rf.emergency.cases))],
        ['urgent (at least urgent)', rf.urgent.cases, rf.urgent.caught, pct(ratio(rf.urgent.caught, rf.urgent.cases))],
      ],
    ),
    '',
    table(['negatives', 'cases', 'false alarms', 'rate'], [['none (ordinary, negated, hypothetical, historical, other people)', rf.negatives.cases, rf.negatives.falseAlarms, pct(ratio(rf.negatives.falseAlarms, rf.negatives.cases))]]),
    '',
    '### Every miss',
    '',
    rf.misses.length
      ? table(['text', 'expected', 'got', 'flags'], rf.misses.map((c) => [code(c.text), c.expect, c.got, c.flags.join(', ')]))
      : 'None: every emergency was escalated as emergency and every urgent case at least as urgent.',
    '',
    '### Every false alarm',
    '',
    rf.falseAlarms.length
      ? table(['text', 'got', 'flags'], rf.falseAlarms.map((c) => [code(c.text), c.got, c.flags.join(', ')]))
      : 'None.',
    '',
  );
  if (rf.overEscalated.length || rf.wrongFlags.length) {
    out.push('### Caught, but not as the fixture says', '');
    if (rf.overEscalated.length) {
      out.push(`Urgent cases escalated as emergency (${rf.overEscalated.length}): ${rf.overEscalated.map((c) => code(c.text)).join(', ')}.`, '');
    }
    if (rf.wrongFlags.length) {
      out.push(
        table(['text', 'wanted flags', 'detected flags'], rf.wrongFlags.map((c) => [code(c.text), (c.wantFlags ?? []).join(', '), c.flags.join(', ')])),
        '',
      );
    }
  }
  out.push(
    ...(blindRounds ? [blindRounds.trim(), ''] : []),
    '## How the timings were taken',
    '',
    `- Time per utterance: after cross-validation, each fold's trained classifier classifies its own test fold: one untimed`,
    `  warm-up pass, then ${d.timingPasses} timed passes, the two classifiers taking turns fold by fold so both see the same machine load.`,
    '  Each call is timed on its own with `performance.now()`: `IntentClassifier.classify(text)` (synchronous) and',
    "  `await nluManager.process('en', text)` for nlp.js (its intent classification, without NER, answers or sentiment).",
    `  ${d.ours.timing.n} samples each. The target compares the means.`,
  );
  if (d.ours.coldTiming && d.peer.coldTiming) {
    out.push(
      `- Caches flushed: for every fifth out-of-fold utterance (${d.ours.coldTiming.n}), a 32 MiB array is swept before each call, so that`,
      '  the classifier starts with cold CPU caches, as it does in the server where each turn runs HTTP, botbuilder, dialogs and',
      '  state in between. This is closer to what a classification costs inside a turn than the warm loop.',
    );
  }
  if (d.peerFullPipeline) {
    out.push(
      `- For reference, nlp.js's whole \`NlpManager.process()\` (sentiment off) takes ${us(d.peerFullPipeline.mean)} per utterance (mean,`,
      `  p99 ${us(d.peerFullPipeline.p99)}).`,
    );
  }
  out.push(
    `- Training time per fold: ${d.ours.name} ${d.ours.trainMsPerFold.map((x) => Math.round(x)).join(', ')} ms`,
    `  (\`trainModel\`, including its nested cross-validated calibration); ${d.peer.name}`,
    `  ${d.peer.trainMsPerFold.map((x) => Math.round(x)).join(', ')} ms (one \`NlpManager.train()\`).`,
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm run eval            # writes docs/eval.md, prints a summary',
    '```',
    '',
  );
  return out.join('\n');
}

/** The few lines printed to the console. */
export function evalSummary(d: EvalData): string {
  const rf = summariseRedFlags(d.redFlags);
  const none = (r: ClassifierResult) => metricsOf(r.cv, 'none');
  const line = (r: ClassifierResult) =>
    `${r.name.padEnd(11)} CV acc ${pct(r.cv.accuracy)}  macro-F1 ${fixed(r.cv.macroF1, 3)}  none P/R ${pct(none(r).precision)}/${pct(none(r).recall)}` +
    `  held-out ${pct(r.holdout.accuracy)}  ${us(r.timing.mean)}/utt (p99 ${us(r.timing.p99)})  train ${ms(mean(r.trainMsPerFold))}/fold`;
  return [
    line(d.ours),
    line(d.peer),
    `red flags   emergency ${rf.emergency.caught}/${rf.emergency.cases}  urgent ${rf.urgent.caught}/${rf.urgent.cases}  false alarms ${rf.negatives.falseAlarms}/${rf.negatives.cases} (${pct(ratio(rf.negatives.falseAlarms, rf.negatives.cases))})`,
    ...evalTargets(d).map((t) => `target: ${t.name}: ${t.actual} (wanted ${t.target}) ${t.met ? 'met' : 'MISSED'}`),
  ].join('\n');
}

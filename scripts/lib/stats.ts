/**
 * Small numeric and formatting helpers shared by scripts/eval.ts and
 * scripts/bench.ts (and their report builders). No I/O.
 */
import { cpus, totalmem } from 'node:os';

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function mean(samples: readonly number[]): number {
  return samples.length ? samples.reduce((s, x) => s + x, 0) / samples.length : Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export interface Distribution {
  n: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function distribution(samples: readonly number[]): Distribution {
  return {
    n: samples.length,
    mean: mean(samples),
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** 0.7487 -> "74.9%" */
export function pct(x: number, digits = 1): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(digits)}%` : 'n/a';
}

/** Fixed decimals, "n/a" for NaN. */
export function fixed(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/** Milliseconds, with a sensible number of decimals for the magnitude. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x < 1) return `${x.toFixed(3)} ms`;
  if (x < 100) return `${x.toFixed(2)} ms`;
  return `${Math.round(x)} ms`;
}

/** Microseconds from milliseconds: 0.0423 -> "42.3 µs". */
export function us(xMs: number): string {
  return Number.isFinite(xMs) ? `${(xMs * 1000).toFixed(1)} µs` : 'n/a';
}

export function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : 'n/a';
}

/** A Markdown table; cells are escaped for pipes and newlines. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const cell = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Inline code for Markdown, safe for text with backticks. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

export interface MachineFacts {
  date: string;
  node: string;
  platform: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
}

export function machineFacts(now = new Date()): MachineFacts {
  const list = cpus();
  return {
    date: now.toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  };
}

export function machineLine(m: MachineFacts): string {
  return `${m.date.slice(0, 16).replace('T', ' ')} UTC; Node ${m.node}; ${m.platform}; ${m.cores} cores (${m.cpuModel}); ${m.memoryGiB} GiB RAM`;
}

/** A target to report against (never asserted). */
export interface TargetCheck {
  name: string;
  target: string;
  actual: string;
  met: boolean | null;
}

export function targetTable(checks: readonly TargetCheck[]): string {
  return table(
    ['target', 'wanted', 'measured', 'met?'],
    checks.map((c) => [c.name, c.target, c.actual, c.met === null ? 'n/a' : c.met ? 'yes' : '**no**']),
  );
}

/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with
 * the most self time and the most inclusive time, as shares of the sampled
 * CPU time with (idle) left out. Pure apart from reading the file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ProfileEntry } from './benchReport';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IGNORED = new Set(['(idle)', '(root)']);

function label(node: CpuProfileNode, root: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  let where = url.replace(/^file:\/\//, '');
  const nm = where.lastIndexOf('node_modules/');
  where = nm >= 0 ? where.slice(nm + 'node_modules/'.length) : where.startsWith('/') ? relative(root, where) : where;
  return `${functionName || '(anonymous)'}${where ? ` ${where}:${lineNumber + 1}` : ''}`;
}

/**
 * @param sinceMs leave out samples taken in the first `sinceMs` of the
 *   profile (start-up, when only the steady state is of interest)
 */
export function summariseCpuProfile(
  profile: CpuProfile,
  root: string,
  limit = 15,
  sinceMs = 0,
  keepInclusive: (fn: string) => boolean = () => true,
): { selfTop: ProfileEntry[]; inclusiveTop: ProfileEntry[]; sampledMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeById = new Map<number, number>();
  let at = 0; // µs since the profile started
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= sinceMs * 1000) timeById.set(id, (timeById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, t] of timeById) {
    const node = byId.get(id);
    if (!node || IGNORED.has(node.callFrame.functionName)) continue;
    total += t;
    const own = label(node, root);
    self.set(own, (self.get(own) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n || IGNORED.has(n.callFrame.functionName)) continue;
      const key = label(n, root);
      if (seen.has(key)) continue; // recursion counts once
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>, keep: (fn: string) => boolean = () => true) =>
    [...m.entries()]
      .filter(([fn]) => keep(fn))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([fn, t]) => ({ fn, share: total ? t / total : 0 }));
  // Inclusive: Node's own event-loop frames (node:internal/...) are on every stack and say nothing.
  return { selfTop: top(self), inclusiveTop: top(inclusive, (fn) => !fn.includes(' node:') && keepInclusive(fn)), sampledMs: total / 1000 };
}

export function readCpuProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}

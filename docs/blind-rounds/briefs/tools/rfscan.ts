// Single-load scan of every single case of the blind rounds (12..N) and T26: one JSON line a case.
// usage (in a worktree root): cp /work/scripts/rfscan.ts . && npx tsx rfscan.ts OUT.jsonl ; rm rfscan.ts
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { loadContent } from './src/app';
import { loadConfig } from './src/config';
const { understander } = loadContent(loadConfig());
const files: string[] = [];
for (let r = 12; r <= 60; r++) {
  const d = `docs/blind-rounds/redflag-round${r}.yaml`, b = `/work/blind/redflag-round${r}.yaml`;
  if (existsSync(d)) files.push(d); else if (existsSync(b)) files.push(b);
}
files.push('docs/blind-rounds/redflag-set-t26.yaml');
const out: string[] = [];
for (const f of files) {
  const doc = parse(readFileSync(f, 'utf8')) as { cases: { text: string; expect: string }[] };
  for (const c of doc.cases) {
    const rf = understander.understand(c.text).redFlag;
    out.push(JSON.stringify({ f: f.replace(/.*\//, ''), expect: c.expect, text: c.text, level: rf?.level ?? 'none', flags: rf?.flags ?? [] }));
  }
}
writeFileSync(process.argv[2]!, out.join('\n') + '\n');
console.error(files.length, out.length);

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadContent } from './src/app';
const sets: Record<string, string> = {
  r1: 'docs/blind-rounds/redflag-round1.yaml', r2: 'docs/blind-rounds/redflag-round2.yaml', r3: 'docs/blind-rounds/redflag-round3.yaml', r4: 'docs/blind-rounds/redflag-round4.yaml',
  held: 'test/fixtures/red-flag-heldout.yaml', fix: 'test/fixtures/red-flag-cases.yaml', dev: 'docs/dev-sets/redflag-dev5.yaml',
};
const c = loadContent({ defaultLocale: 'en-GB' });
const rf = c.redFlags as any;
const configs: string[][] = JSON.parse(process.argv[2] ?? '[["general"]]');
const verbose = process.argv[3] === 'v';
for (const conf of configs) {
  rf.detector.setAsideScopes = new Set(conf);
  const row: string[] = [];
  for (const [name, file] of Object.entries(sets)) {
    const cases = (parse(readFileSync(file, 'utf8')).cases as Array<{ text: string; expect: string }>);
    let e = 0, ee = 0, eec = 0, u = 0, ur = 0, n = 0, nr = 0, nc = 0;
    for (const k of cases) {
      const r = rf.read(k.text).redFlag;
      const lv = r ? r.level : 'none';
      if (k.expect === 'emergency') { e++; if (lv === 'emergency') ee++; if (lv === 'emergency' || lv === 'check') eec++; else if (verbose) console.log(name, 'MISS-E', lv, k.text.slice(0, 100)); }
      else if (k.expect === 'urgent') { u++; if (lv !== 'none') ur++; else if (verbose) console.log(name, 'MISS-U', k.text.slice(0, 100)); }
      else { n++; if (lv === 'emergency' || lv === 'urgent') nr++; if (lv === 'check') nc++; }
    }
    row.push(`${name} E${ee}/${eec}/${e} U${ur}/${u} N${nr}+${nc}/${n}`);
  }
  console.log(JSON.stringify(conf), '|', row.join(' | '));
}

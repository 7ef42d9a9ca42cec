import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadContent } from './src/app';
const rf = loadContent({ defaultLocale: 'en-GB' }).redFlags as any;
for (const file of process.argv.slice(2)) {
  for (const k of parse(readFileSync(file, 'utf8')).cases as Array<{ text: string; expect: string }>) {
    const r = rf.read(k.text).redFlag; const lv = r ? r.level : 'none';
    const bad = k.expect === 'none' ? lv !== 'none' : k.expect === 'emergency' ? lv !== 'emergency' : lv === 'none';
    if (bad) console.log(file.split('/').pop()!.slice(0, 12), k.expect, '->', lv, r ? r.flags.join(',') : '', '|', k.text.slice(0, 140));
  }
}

// temporary (not committed): level of each line "expected|text" through the understander
import { readFileSync } from 'node:fs';
import { loadContent } from '../src/app';
const content = loadContent({ defaultLocale: 'en-GB' });
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n')) {
  if (!line.includes('|')) continue;
  const [exp, text] = line.split('|') as [string, string];
  const r = content.understander.understand(text).redFlag;
  const got = r?.level ?? 'none';
  console.log(`${got === exp ? 'ok  ' : 'FAIL'} ${exp}->${got} ${r?.flags?.join(',') ?? ''} :: ${text}`);
}

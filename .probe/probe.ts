import { readFileSync } from 'fs';
import { wholeBotText, testContent } from '../test/support/botHarness';
// usage: tsx .probe/probe.ts FILE LOCALE ; conversations separated by lines "---"
async function main() {
  const [file, locale = 'en-GB'] = process.argv.slice(2);
  const convs = readFileSync(file!, 'utf8').split(/^---$/m).map((c) => c.trim().split('\n').filter(Boolean));
  const c = testContent();
  for (const conv of convs) {
    const say = wholeBotText(locale);
    console.log('=====');
    for (const m of conv) {
      const u = c.understander.understand(m) as any;
      console.log(`U: ${m}\n   [intent ${u.intent} ${u.score?.toFixed(2)} act ${u.acts?.act} ${u.acts?.score?.toFixed(2)} flag ${u.redFlag?.level ?? '-'}]`);
      console.log('B: ' + (await say(m)).replace(/\n/g, '\n   '));
    }
  }
}
main().then(() => process.exit(0));

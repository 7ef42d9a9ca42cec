import { readFileSync } from 'node:fs';
import { loadContent } from '../src/app';
const c = loadContent({ defaultLocale: 'en-GB' });
const s: any = c.redFlags;
const texts = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim());
for (const t of texts) {
  const u = c.understander.understand(t).redFlag;
  const lex = s.stages.lexicon(require('../src/language/listAnswers').answersFirst(t));
  const m = s.model.read(t);
  const own = s.read(t).redFlag;
  console.log('\n###', t.slice(0, 100));
  console.log(' FINAL', JSON.stringify(u), ' screenOwn', JSON.stringify(own));
  console.log(' LEX result', JSON.stringify(lex.result), 'dismissed', lex.dismissed, 'scopedAway', lex.scopedAway, 'signs', lex.signs, 'others', lex.othersOnly, 'supposed', lex.supposed);
  console.log(' LEX modelText', JSON.stringify(lex.modelText), 'selfText', JSON.stringify(lex.selfText), 'nowText', JSON.stringify(lex.nowText));
  console.log(' MODEL', JSON.stringify({ flag: m.flag, p: m.probability, sure: m.sure, anchored: m.anchored, asserted: m.asserted }));
}

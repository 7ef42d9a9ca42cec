import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import * as fs from 'fs';
const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
const screen = RedFlagScreen.fromDirectory(PATHS.safety, normalizer);
const lines = fs.readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean);
for (const l of lines) {
  const r = screen.detect(l);
  const lx = (screen as any).lexicon(l).result;
  console.log(`${r?.level ?? 'none'} ${r?.flags?.join(',') ?? ''} | lex=${lx ? lx.level + ':' + lx.flags.join(',') : '-'} | ${l.slice(0, 90)}`);
}

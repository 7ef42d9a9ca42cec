import * as fs from 'node:fs';
import { parse } from 'yaml';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
const s = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
const cases = (parse(fs.readFileSync('test/fixtures/red-flag-cases.yaml','utf8')) as any).cases as {text:string;expect:string}[];
const c: Record<string, number> = {};
for (const k of cases) { const r = s.detect(k.text); const key = `${k.expect}->${r?.level ?? 'none'}`; c[key]=(c[key]??0)+1; if (k.expect==='none' && r) console.log('NONE->', r.level, r.flags.join(','), '|', k.text); }
console.log(c);
for (const t of ["I'm scared it's something serious like cancer","my husband is on the floor, his legs won't hold him","writing for my mum, today she can't tell if she needs the toilet","what is foot drop","my hot water bottle started leaking","when I wipe it feels like its someone elses skin","no idea if my bladder is full or not anymore since my back went","can't feel when I need to do a number 2 anymore","cant finish during sex since my back pain started","sciatica was in my right leg but since this morning its in both legs","cant lift the front of my foot up anymore, it just flops","rolled the ute on a dirt road","fever and back pain and my wife says im not making any sense","resting doesnt help my back at all, pain is the same whatever position I'm in","what if the spasm spreads and I cant feel my feet","my neighbours husband had numbness in both legs","can a back spasm be cancer? asking cos im a worrier","upper back, between my shoulder blades, came on suddenly like something ripped inside","two days ago, about the same time i stopped being able to pee properly, it just wont come"]) console.log(JSON.stringify(s.read(t)), '|', t);

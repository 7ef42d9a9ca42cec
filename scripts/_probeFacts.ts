import { loadContent } from '../src/app';
const c = loadContent({ defaultLocale: 'en-US' } as any);
const lines = process.argv.slice(2);
for (const t of lines) {
  const r = c.answers.facts.read(t, { known: {} });
  console.log(JSON.stringify(r), '<=', t);
}

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// `npm run --silent classify`: one JSON object a line, with the intent fields
// other tools rely on and the dialogue act beside them.
test('classify prints text, intent, score, redFlag, act and actScore for each line', () => {
  const root = join(__dirname, '..');
  const out = execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'classify.ts')], {
    input: 'really?? 911??\nice or heat?\n',
    encoding: 'utf8',
  });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toHaveLength(2);
  for (const line of lines) expect(Object.keys(line)).toEqual(['text', 'intent', 'score', 'redFlag', 'act', 'actScore']);
  expect(lines[0]).toMatchObject({ text: 'really?? 911??', act: 'pushback' });
  expect(lines[1]).toMatchObject({ text: 'ice or heat?', intent: 'ice_or_heat', act: 'none' });
}, 60_000);

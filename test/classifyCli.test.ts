import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../src/app';

const root = join(__dirname, '..');
const classify = (input: string): Record<string, unknown>[] =>
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'classify.ts')], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// `npm run --silent classify`: one JSON object a line, with the intent fields
// other tools rely on and the dialogue act beside them.
test('classify prints text, intent, score, redFlag, act and actScore for each line', () => {
  const lines = classify('really?? 911??\nice or heat?\n');
  expect(lines).toHaveLength(2);
  for (const line of lines) expect(Object.keys(line)).toEqual(['text', 'intent', 'score', 'redFlag', 'act', 'actScore']);
  expect(lines[0]).toMatchObject({ text: 'really?? 911??', act: 'pushback' });
  expect(lines[1]).toMatchObject({ text: 'ice or heat?', intent: 'ice_or_heat', act: 'none' });
}, 60_000);

// An outside evaluation reads the bot through classify: it must report what the
// chat does with each message. A second wiring of the understander once drifted
// from the bot's (no progress or privacy reading, so it raised night pain and
// missed acts the chat read), so the CLI is compared with the bot's own
// understander. The first line is one the old wiring read differently.
const MESSAGES = [
  'the ache eases when I lie down and it is no worse at night',
  'coughing does not make it worse and it eases off when I lie down flat',
  'honestly it gets easier when I lie down, no numbness, peeing fine',
  'feeling a lot better today, the heat really helped',
  'what do you store about me and who can read it?',
  'both legs have gone numb and I cannot feel the toilet paper',
  'my dad fell off a ladder and now he cannot move his legs',
  'is it ok to take ibuprofen with paracetamol?',
  'no, that is not what I asked',
];

test("classify reports the bot's own reading of a message", () => {
  const lines = classify(`${MESSAGES.join('\n')}\n`);
  const { understander } = loadContent({ defaultLocale: 'en-GB' });
  const fields = (intent: string, act: string, flag: { level: string; flags: readonly string[] } | null | undefined) => ({
    intent,
    act,
    redFlag: flag ? { level: flag.level, flags: [...flag.flags] } : null,
  });
  expect(lines.map((l) => fields(l.intent as string, l.act as string, l.redFlag as { level: string; flags: string[] } | null))).toEqual(
    MESSAGES.map((text) => {
      const u = understander.understand(text);
      return fields(u.intent, u.acts?.act ?? 'none', u.redFlag);
    }),
  );
}, 120_000);

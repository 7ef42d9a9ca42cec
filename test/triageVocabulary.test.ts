import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../src/paths';
import { loadTriageVocabulary } from '../src/triage/vocabulary';
import { parseTrigger, parseYesNo } from '../src/triage/symptomParser';

describe('knowledge/triage', () => {
  test('every file loads and compiles', () => {
    const v = loadTriageVocabulary();
    expect(v.triggers.groups.length).toBeGreaterThan(5);
    expect(v.regions.length).toBeGreaterThan(10);
  });

  test('a malformed pattern stops loading with the file and the entry named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-vocab-'));
    for (const f of readdirSync(PATHS.triage)) writeFileSync(join(dir, f), readFileSync(join(PATHS.triage, f)));
    const file = join(dir, 'triggers.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"stumbl*"', '"(stumbl*"'));
    expect(() => loadTriageVocabulary(dir)).toThrow(/triggers\.yaml: groups\[0\]\[0\]\.patterns: pattern "\(stumbl\*"/);
  });

  test('an unknown key is refused rather than ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-vocab-'));
    for (const f of readdirSync(PATHS.triage)) writeFileSync(join(dir, f), readFileSync(join(PATHS.triage, f)));
    writeFileSync(join(dir, 'negation.yaml'), 'window: 3\nword: [not]\n');
    expect(() => loadTriageVocabulary(dir)).toThrow(/negation\.yaml.*unknown key "word"/);
  });
});

describe('behaviour that comes from the data', () => {
  test.each<[string, boolean | 'unsure']>([
    ['nooo', false],
    ['yesss', true],
    ['i dont think so', false],
    ['dunno', 'unsure'],
  ])('yes/no %j -> %j', (text, answer) => {
    expect(parseYesNo(text)).toBe(answer);
  });

  test('"a trip to the shops" is not a fall; "tripped on the stairs" is', () => {
    expect(parseTrigger('a trip to the shops')?.trigger).not.toBe('other');
    expect(parseTrigger('tripped on the stairs')?.trigger).toBe('other');
  });
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../src/paths';
import { loadTriageVocabulary } from '../src/triage/vocabulary';
import { loadOnsetTimes } from '../src/triage/onsetTimes';
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

  // A word spelling.yaml rewrites, written in a pattern file, is kept as typed for the whole parser: refused unless as-written.yaml names it.
  test.each<[string, string, string, RegExp]>([
    ['triggers.yaml', 'doingSkips: [yesterday,', 'doingSkips: [arvo, yesterday,', /triggers\.yaml: doingSkips\[0\]: "arvo" is rewritten to "afternoon" by knowledge\/language\/spelling\.yaml/],
    ['safety-line-picks.yaml', '(bladder|pee|', '(bladdr|bladder|pee|', /safety-line-picks\.yaml: signs\.bladder: "bladdr" is rewritten to "bladder" by knowledge\/language\/spelling\.yaml before this is read, so it never matches/],
    ['as-written.yaml', '\n  "y":', '\n  # "y":', /yes-no\.yaml: letters\.y \(key\): "y" is rewritten to "why"/],
    ['as-written.yaml', 'words:\n', 'words:\n  walking: a word spelling.yaml leaves alone\n', /as-written\.yaml: words\.walking: is not rewritten by knowledge\/language\/spelling\.yaml/],
    ['as-written.yaml', 'words:\n', 'words:\n  arvo: no pattern file writes it\n', /as-written\.yaml: words\.arvo: is written in none of the pattern files/],
  ])('%s: %j made %j is refused, naming the file and field', (name, from, to, error) => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-vocab-'));
    for (const f of readdirSync(PATHS.triage)) writeFileSync(join(dir, f), readFileSync(join(PATHS.triage, f)));
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
    expect(() => loadTriageVocabulary(dir)).toThrow(error);
  });

  test.each<[string, RegExp]>([
    ['meals:\n  lunch: 25\naroundLeads: [since]\n', /onset-times\.yaml: meals\.lunch: must be an hour/],
    ['meals:\n  high tea: 17\naroundLeads: [since]\n', /onset-times\.yaml: meals\.high tea: must be one lower-case word/],
    ['meals:\n  lunch: 12\n', /onset-times\.yaml: aroundLeads:/],
  ])('onset-times.yaml %j is refused, naming the field', (yaml, error) => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-vocab-'));
    writeFileSync(join(dir, 'onset-times.yaml'), yaml);
    expect(() => loadOnsetTimes(dir)).toThrow(error);
  });

  test('onset-times.yaml: a meal is read as its hour, and only "since"/"from" leads read back as "around"', () => {
    const t = loadOnsetTimes();
    expect(t.mealHours.get(t.meals.exec('sore since lunchtime')?.[0] ?? '')).toBe(12.5);
    expect(t.meals.exec('had a late lunchbox')).toBeNull();
    expect('since the wedding'.replace(t.aroundLead, 'around')).toBe('around the wedding');
    expect('after the wedding'.replace(t.aroundLead, 'around')).toBe('after the wedding');
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

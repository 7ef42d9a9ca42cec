import { loadTriageVocabulary } from '../src/triage/vocabulary';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { KnowledgeBase, KnowledgeValidationError, parseEntry } from '../src/knowledge/knowledgeBase';
import { loadResponses } from '../src/content/responses';
import { TOPIC_INTENTS } from '../src/nlu/intents';
import { PATHS } from '../src/paths';
import { readYamlFile } from '../src/util/yamlFile';

const kb = KnowledgeBase.fromDirectory(PATHS.topics);

describe('the committed knowledge base', () => {
  test('answers every topic intent exactly once', () => {
    for (const intent of TOPIC_INTENTS) expect(kb.forIntent(intent).intents).toContain(intent);
    const answered = kb.entries.flatMap((e) => e.intents);
    expect(new Set(answered).size).toBe(answered.length);
  });

  test.each(kb.entries.map((e) => [e.id, e]))('%s: sourced, reviewed, with follow-ups', (_id, entry) => {
    expect(entry.sources.length).toBeGreaterThan(0);
    expect(entry.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.followUps.length).toBeGreaterThanOrEqual(2);
  });

  test('the bot wording file loads, and the safety screen names the key flags', () => {
    expect(loadResponses(PATHS.responses).triage.intro).toBeTruthy();
    expect(loadTriageVocabulary().screen.flatMap((g) => g.items.map((i) => i.flag))).toEqual(
      expect.arrayContaining(['bladder', 'saddle_numbness', 'bilateral_leg_symptoms', 'major_trauma', 'fever', 'cancer_history']),
    );
  });
});

describe('validation stops start-up with the file and the field', () => {
  const good = {
    id: 'ice-or-heat',
    intents: ['ice_or_heat'],
    title: 'Ice or heat?',
    followUps: ['stretches', 'medication'],
    sources: [{ title: 'NICE NG59' }],
    evidence: 'moderate',
    lastReviewed: '2026-11-21',
  };
  const entry = (fm: Record<string, unknown>) => `---\n${stringify(fm)}---\n`;

  test('a good entry parses', () => {
    expect(parseEntry('ice-or-heat.md', entry(good)).title).toBe('Ice or heat?');
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['missing title', { ...good, title: undefined }, 'title'],
    ['unknown intent', { ...good, intents: ['bananas'] }, 'intents'],
    ['no sources', { ...good, sources: [] }, 'sources'],
    ['source without title', { ...good, sources: [{ url: 'https://example.org' }] }, 'sources'],
    ['http url', { ...good, sources: [{ title: 'x', url: 'http://example.org' }] }, 'sources'],
    ['bad evidence', { ...good, evidence: 'strong' }, 'evidence'],
    ['bad date', { ...good, lastReviewed: 'last week' }, 'lastReviewed'],
    ['id not matching file', { ...good, id: 'other' }, 'id'],
    ['an old card field', { ...good, summary: 'Heat has the better evidence.' }, 'summary'],
    ['unknown follow-up', { ...good, followUps: ['surgery'] }, 'followUps'],
  ])('%s', (_name, fm, field) => {
    const run = () => parseEntry('ice-or-heat.md', entry(JSON.parse(JSON.stringify(fm)) as Record<string, unknown>));
    expect(run).toThrow(KnowledgeValidationError);
    expect(run).toThrow(new RegExp(`ice-or-heat\\.md: field "${field}"`));
  });

  test('a body, which the bot would never show, is refused', () => {
    expect(() => parseEntry('ice-or-heat.md', `${entry(good)}Some advice nobody reads.\n`)).toThrow(/ice-or-heat\.md: field "body"/);
  });

  test('no front matter', () => {
    expect(() => parseEntry('x.md', 'just text')).toThrow(/x\.md: field "front matter"/);
  });

  test('a directory missing a topic, or answering one twice, is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    writeFileSync(join(dir, 'ice-or-heat.md'), entry(good));
    expect(() => KnowledgeBase.fromDirectory(dir)).toThrow(/no entry answers stretches/);
    writeFileSync(join(dir, 'ice-or-heat-2.md'), entry({ ...good, id: 'ice-or-heat-2' }));
    expect(() => KnowledgeBase.fromDirectory(dir)).toThrow(/ice-or-heat(-2)?\.md: field "intents" repeats "ice_or_heat", already answered by .*ice-or-heat(-2)?\.md/);
  });

  test('a broken responses file names the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resp-'));
    const path = join(dir, 'responses.yaml');
    // The real file with one field emptied (JSON is YAML): the error names that field, whatever order the checks run in.
    const data = readYamlFile(PATHS.responses) as { welcome: { text: string } };
    data.welcome.text = '';
    writeFileSync(path, JSON.stringify(data));
    expect(() => loadResponses(path)).toThrow(/responses\.yaml: field "welcome\.text"/);
  });
});

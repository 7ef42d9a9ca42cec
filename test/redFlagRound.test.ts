import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readRound, renderRoundReport, scoreRound, summarise } from '../scripts/lib/redFlagRound';
import { testContent } from './support/botHarness';

const SAMPLE = path.join(__dirname, 'fixtures', 'red-flag-round-sample.yaml');

describe('eval:redflags round scoring', () => {
  test('scores single phrasings and multi-turn cases, and writes every figure into the report', async () => {
    const round = readRound(parseYaml(fs.readFileSync(SAMPLE, 'utf8')), SAMPLE);
    const result = await scoreRound(round, testContent(), 'en-GB');
    const s = summarise(result);
    expect(s).toMatchObject({ emergency: 3, urgent: 2, none: 4, multiTurn: 3 });
    expect(s.emergencyAsEmergency).toBe(3);
    expect(s.urgentRaisedOrCheck).toBe(2);
    expect(s.noneRaised + s.noneCheck).toBe(0);
    expect(result.multiTurn.map((m) => [m.id, m.escalatedOnFlagTurn, m.early])).toEqual([
      ['bladder-at-onset', true, false],
      ['legs-at-trigger', true, false],
      ['fever-late', true, false],
    ]);
    expect(result.multiTurn[1]!.outcomes).toEqual(['none', 'none', 'none', 'emergency']);
    const report = renderRoundReport(result, 'sample');
    expect(report).toMatch(/\| emergency -> emergency \| 3\/3 \(100\.0%\) \|/);
    expect(report).toMatch(/\| none -> check \| 0\/4 \(0\.0%\) \|/);
    expect(report).toMatch(/\| emergency: bladder \| 1 \| 1 \| 0 \| 0 \| 0 \|/);
    expect(report).toMatch(/\| fever-late \| urgent \| 5 \|/);
  });

  test('a miss is listed with what the bot did', async () => {
    const round = readRound({ cases: [{ text: 'ice or heat?', expect: 'emergency', row: 'mislabelled on purpose' }], multiTurn: [] });
    const report = renderRoundReport(await scoreRound(round, testContent()), 'miss');
    expect(report).toMatch(/\| emergency \| none \|  \| mislabelled on purpose \| ice or heat\? \|/);
  });

  test('a malformed round names the problem', () => {
    expect(() => readRound({ cases: [{ text: 'x', expect: 'maybe' }] }, 'r.yaml')).toThrow(/r\.yaml: cases\[0\]/);
    expect(() => readRound({ cases: [], multiTurn: [{ id: 'a', turns: ['x'], flagTurn: 2, expect: 'emergency' }] }, 'r.yaml')).toThrow(/flagTurn/);
  });
});

/**
 * Chat forms the triage lists used to write beside the word they become ("thx" beside "thanks",
 * "nite" beside "good night"): written there, knowledge/triage/as-written.yaml had to keep them as
 * typed for every reader of the parser's text, so "since last nite" was no start (and even read as
 * a goodbye). The lists now hold only the rewritten form, and spelling.yaml's rewrite reaches all.
 */
import { closingKind } from '../src/triage/checkAsides';
import { prepare } from '../src/triage/text';
import { extractSymptomDetails, parseYesNo, warmUpRecognizers } from '../src/triage/symptomParser';

// Built from local fields, so "last night" is the same evening in any time zone.
const NOW = new Date(2026, 10, 19, 15, 0, 0);

beforeAll(() => {
  warmUpRecognizers();
});

describe('a chat form is read as the word it stands for', () => {
  test.each<[string, string]>([
    ['since last nite', 'since last night'],
    ['worse tonite', 'worse tonight'],
    ["temp's normal", 'temp normal'],
    ['no more questions pls', 'no more questions please'],
    ['wat is a 5', 'what is a 5'],
    ['thx', 'thanks'],
    ['ty', 'thank you'],
    // kept as typed, with why, in as-written.yaml
    ['y', 'y'],
    ['can u lift it', 'can u lift it'],
  ])('%j -> %j', (text, prepared) => {
    expect(prepare(text)).toBe(prepared);
  });
});

describe('the night in "nite" is a time, not a goodbye', () => {
  test.each<[string]>([['since last nite'], ['started last nite, about a 7']])('%j starts last night', (text) => {
    expect(extractSymptomDetails(text, NOW).onset?.words).toBe('last night');
  });

  test.each<[string, string | undefined]>([
    ['since last nite', undefined],
    ['worse at nite', undefined],
    ['nite nite', 'goodbye'],
    ['good nite', 'goodbye'],
    ['thx', 'thanks'],
    ['ty so much', 'thanks'],
    ['thank u', 'thanks'],
  ])('%j closes as %s', (text, kind) => {
    expect(closingKind(text)).toBe(kind);
  });
});

describe('thanks in a chat form is still no answer of its own', () => {
  test.each<[string, boolean | undefined]>([
    ['thx', undefined],
    ['thx a lot, no', false],
    ['ty very much yes', true],
    ['yes pls', true],
    ['prob not', false],
  ])('%j answers %s', (text, answer) => {
    expect(parseYesNo(text)).toBe(answer);
  });
});

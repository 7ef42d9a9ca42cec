/**
 * The chat forms "r", "ur" and "cuz" are no longer kept as typed by knowledge/triage/as-written.yaml:
 * spelling.yaml's rewrite ("are", "your", "because") reaches every reader of the parser's text, and the
 * triage lists write the rewritten form. "y", "n", "u" and "prob" stay kept, each for its why there.
 */
import { saysSaidAgain } from '../src/triage/checkAsides';
import { prepare } from '../src/triage/text';
import { parseYesNo } from '../src/triage/symptomParser';
import { vocabulary } from '../src/triage/vocabulary';

describe('the parser text', () => {
  test.each<[string, string]>([
    ['u r wrong', 'u are wrong'],
    ['r u a real person', 'are u a real person'],
    ['ur wrong', 'your wrong'],
    ['check it for me cuz', 'check it for me because'],
    // still kept as typed
    ['y', 'y'],
    ['n', 'n'],
    ['prob not', 'prob not'],
  ])('%j -> %j', (text, prepared) => {
    expect(prepare(text)).toBe(prepared);
  });
});

type ControlList = 'disagrees' | 'aboutBot' | 'whyAsk' | 'ownPain';

describe('a chat form still reaches its list through the rewritten word', () => {
  test.each<[string, ControlList, boolean]>([
    ['u r wrong', 'disagrees', true],
    ['ur wrong mate', 'disagrees', true],
    ["you're wrong", 'disagrees', true],
    ['ur back is wrong', 'disagrees', false],
    ['r u a real person', 'aboutBot', true],
    ['are you a bot', 'aboutBot', true],
    ['why ur asking that', 'whyAsk', true],
    ['why are u asking', 'whyAsk', true],
    ['can u check it for me cuz', 'ownPain', true],
    ['can u check it for me mate', 'ownPain', true],
    ['can u check my son cuz he hurt his back', 'ownPain', false],
  ])('%j: %s is %s', (text, list, read) => {
    expect(vocabulary().control[list].test(prepare(text))).toBe(read);
  });

  test.each<[string, boolean]>([
    ['ur repeating urself', true],
    ["you're repeating yourself", true],
    ['ur advice', false],
  ])('%j says the bot said it again: %s', (text, said) => {
    expect(saysSaidAgain(text)).toBe(said);
  });

  test.each<[string, boolean | undefined]>([
    ['y', true],
    ['n', false],
    ['prob not', false],
    ['why?', undefined],
    ['legs r fine', false],
  ])('%j answers %s', (text, answer) => {
    expect(parseYesNo(text)).toBe(answer);
  });
});

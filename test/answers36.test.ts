import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { forbiddingWords } from '../src/language';
import { restates } from '../src/knowledge/restatement';
import { runSteps, type Step } from './support/botHarness';

// A fact's warning is left out only when the answer already says every part of it, forbidding words included.
describe('a warning the answer already says', () => {
  test.each<[string, string, string, boolean]>([
    ['all its words in the answer, both forbid', 'As you are pregnant: warm, never hot, and skip saunas.', 'In pregnancy a warm (not hot) pack is fine; avoid saunas and skip hot baths.', true],
    ['the answer allows what the warning forbids', 'With an ulcer, do not take ibuprofen.', 'Ibuprofen is the usual first choice; take it with food for an ulcer.', false],
    ['a word of the warning missing from the answer', 'With kidney disease, avoid ibuprofen and ask your doctor.', 'Avoid ibuprofen for a few days.', false],
    ['too short to judge', 'Avoid ice.', 'Avoid ice packs with Raynaud\'s.', false],
  ])('%s', (_name, warning, answer, expected) => {
    expect(restates(warning, answer)).toBe(expected);
  });

  test('the forbidding words are data (function-words.yaml `forbidding`): a file without them names the field', () => {
    expect([...forbiddingWords()]).toEqual(expect.arrayContaining(['not', 'avoid', 'never']));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'function-words-'));
    fs.writeFileSync(path.join(dir, 'function-words.yaml'), 'functionWords: [as, you]\n');
    expect(() => forbiddingWords(dir)).toThrow(/function-words\.yaml: field "forbidding" must be a list of lower-case words/);
  });
});

// Questions the passages did not cover were answered with a near neighbour: each now has its own answer.
describe('questions with an answer of their own', () => {
  test.each<[string, Step[], string?]>([
    ['no doctor soon: an ordinary spasm rarely needs one, and where to ask today', [
      // answers45: the answer now says so as "usually gets better without a doctor", then when to see one
      ["I can't get a GP appointment for weeks, do I even need one for this", [/usually gets better without a doctor/, /pharmacist/]],
    ], 'en-GB'],
    ['a heat pad with no timer: be the timer, never sleep on it', [
      ['my electric heating pad has no timer on it', [/alarm/, /[Nn]ever sleep on it/]],
    ], 'en-US'],
    ['an event a few days off: what to do until then and on the day', [
      ["will my back be better in time for my sister's wedding on sunday", [/first day or two/, /[Oo]n the day/]],
    ], 'en-GB'],
    ['a day out asked as "doable": yes, with how', [
      ['a day out at the zoo on saturday, is that doable with my back?', [/You can go on a day out|On the day, pace yourself/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// Limits said in everyday words are the facts they mean: the painkiller answer honours them first.
describe('a limit said in everyday words', () => {
  test.each<[string, Step[], string?]>([
    ['heartburn: the stomach warning leads, not the anti-inflammatory', [
      ['I suffer with heartburn, which painkiller is best for my back', [/[Pp]aracetamol/], [/^If it's safe for you, an anti-inflammatory/]],
    ], 'en-GB'],
    ['aspirin sets it off: the painkiller for when NSAIDs are not safe', [
      ["I'm asthmatic and aspirin sets it off, is ibuprofen ok for my back", [/[Pp]aracetamol/], [/if they never have/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

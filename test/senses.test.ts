import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../src/paths';
import { Language, LANGUAGE_DIR } from '../src/language';
import { compileSenses, readSenses } from '../src/language/senses';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { RedFlagScreen } from '../src/safety/redFlagScreen';

const language = Language.fromDirectory();
const read = (text: string) => language.words(text).join(' ');

describe('word senses (knowledge/language/senses.yaml)', () => {
  // [text, a word the reading drops, a word it reads instead]: the neighbours pick the sense.
  test.each<[string, string, string]>([
    ['i am a porter and i work nights, can i still lift trolleys', 'nights', 'shifts'],
    ['been doing nights for years on the wards', 'nights', 'shifts'],
    ['my night shift starts at ten, any tips to get through it', 'night', 'shifts'],
    ['the warehouse has me on nights all month', 'nights', 'shifts'],
    ['the relaxant makes me groggy so i take it only at night', 'night', 'evening'],
    ['is it fine to take the tablets at night and not in the day', 'night', 'evening'],
    ['my kid gave me a head cold and now my back has gone', 'cold', 'sniffles'],
    ['got a cold on top of this back thing, great', 'cold', 'sniffles'],
    ['does the cold make my back worse, i keep sneezing', 'cold', 'sniffles'],
    ['standing at the bus stop in the cold makes it seize up', 'cold', 'wintry'],
    ['my back locks up in cold weather', 'cold', 'wintry'],
    ['ok that makes me feel a little better, thanks', 'better', 'reassured'],
    ['i feel better knowing what to look out for', 'better', 'reassured'],
    ['stiff as a board when i get up but better by lunchtime', 'better', 'until'],
    ['we are at the walk in clinic now', 'walk', 'drop'],
    ['can i come back to this after my meeting', 'back', 'return'],
    ['do you keep a record of what i type', 'keep', 'store'],
    ['could i neck a few nurofen and still go to training', 'neck', 'take'],
    ['necked two paracetamol an hour ago and nothing', 'necked', 'take'],
    ['sat on the team bench on the ice all evening and my back is stiff', 'ice', 'sport'],
    ['coach wants me back on the ice for saturday practice', 'ice', 'sport'],
  ])('%s', (text, dropped, added) => {
    const words = read(text).split(' ');
    expect(words).not.toContain(dropped);
    expect(words).toContain(added);
  });

  // The ordinary sense stays where no frame holds, or where the sentence says the pain is worse, wakes them or keeps them up.
  test.each<string>([
    'it wakes me every night',
    'i work nights and the pain is worse when i lie down after',
    'the spasm is bad on nights after a long day',
    'i take something at night because the pain wakes me',
    'can i put a cold pack on it',
    'should i have a cold shower or a hot one',
    'the cold is better than heat for me',
    'i have a cold compress on it now',
    'i feel better today, the spasm has eased',
    'my back feels better about now',
    'the pain came back this morning',
    'my back has been worse since the flight home',
    'keep moving or rest?',
    'should i lie on the ice pack or put it behind me',
    'slipped on the ice walking to the hockey game and landed on my back',
  ])('keeps the ordinary sense: %s', (text) => {
    const words = read(text).split(' ');
    for (const word of ['sport', 'shifts', 'evening', 'sniffles', 'wintry', 'reassured', 'until', 'return', 'store', 'floors', 'drop']) expect(words).not.toContain(word);
  });

  test.each<string>([
    'my neck is stiff as well, can i take ibuprofen',
    'my neck a bit sore too, took some tablets',
  ])('keeps the neck as the neck: %s', (text) => {
    expect(read(text).split(' ')).toContain('neck');
  });

  describe('the red-flag screen reads night pain only where the night is the pain', () => {
    const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
    const flags = (text: string) => screen.detect(text)?.flags ?? [];
    test.each<[string, boolean]>([
      ['my back hurts more at night and wakes me up every night', true],
      ['i work nights and it is much worse at night when i try to sleep', true],
      ['strained my back lifting a patient, i am on nights this week, should i go in', false],
      ['the tablet makes me sleepy so i only take it at night', false],
    ])('%s', (text, nightPain) => {
      expect(flags(text).includes('night_pain')).toBe(nightPain);
    });
  });

  test('a frame that cannot be read fails loudly, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'senses-'));
    const file = join(dir, 'senses.yaml');
    const normalize = (w: string) => language.normalizeWord(w);
    writeFileSync(file, 'night:\n  - sense: shifts\n    read as: shifts\n    frames: ["work ... nights"]\n');
    expect(() => compileSenses(readSenses(file), normalize)).toThrow(/one \[span\]/);
    writeFileSync(file, 'night:\n  - sense: shifts\n    read as: shifts\n    frames: ["... [nights]"]\n');
    expect(() => compileSenses(readSenses(file), normalize)).toThrow(/either end/);
    writeFileSync(file, 'night:\n  - sense: shifts\n    frames: ["work [nights]"]\n');
    expect(() => readSenses(file)).toThrow(/"read as"/);
    writeFileSync(file, 'night:\n  - sense: shifts\n    read as: shifts\n    frames: ["work [nights]"]\n    colour: blue\n');
    expect(() => readSenses(file)).toThrow(/unknown field "colour"/);
    expect(readSenses(join(LANGUAGE_DIR, 'senses.yaml')).length).toBeGreaterThan(0);
  });

  test('stays fast on long repeated text (one gap at most, no backtracking)', () => {
    const texts = ['take it at '.repeat(400), 'work nights '.repeat(400), 'feel a bit '.repeat(400), 'x y '.repeat(2000)];
    for (const text of texts) expect(language.words(text).length).toBeGreaterThan(0);
  });
});

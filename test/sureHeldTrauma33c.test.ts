import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import { wholeBotSteps, type Step } from './support/botHarness';

// The learned stage's sure guess of a serious accident, with the lexicon finding
// nothing and no word of something happening to the body (a bike, a sport, a long
// drive), is set aside (neither raised nor asked). A crash in any words is still an emergency.
const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));

describe('a sure accident guess needs a word of one', () => {
  test.each<[string, 'emergency' | 'check' | null]>([
    ['back ache right side since yesterday, too much cycling on bike', null],
    ['upper back sore since 2 days, too much riding my bike', null],
    ['knocked off my bike by a van this morning, back is agony', 'emergency'],
    ['went over the handlebars on the bike and landed on my back', 'emergency'],
  ])('%s', (text, level) => {
    const read = screen.read(text).redFlag;
    if (level === null) expect(read).toBeNull();
    else expect(read?.level ?? null).toBe(level);
    if (level === 'check') expect(read?.level).not.toBe('emergency');
  });
});

describe('in conversation', () => {
  test.each<[string, Step[]]>([
    ['a long ride is no emergency, and none is repeated later', [
      ['back ache right side since yesterday, too much cycling on bike', [], [/^Please call/]],
      ['about a 5 I reckon', [], [/^Please call/, /still needs checking now/]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

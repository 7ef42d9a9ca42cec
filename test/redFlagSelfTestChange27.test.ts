import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';

// A self-test ("tried that", "checked") followed by a result that tells of a change
// ("it's gone weak", "still numb") is no normal result: the sign before it stays told.
// A normal result still denies it.
const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
const level = (text: string) => screen.detect(text)?.level ?? 'none';

test.each<[string, 'emergency' | 'none']>([
  ['tried it, my right leg keeps giving out under me, its gone weak', 'emergency'],
  ['checked that, I cannot feel the paper when I wipe, it is still numb', 'emergency'],
  ['tried standing, my right leg will not hold me, it is getting worse', 'emergency'],
  ['checked it with a tissue, I can feel my bum fine, it is normal', 'none'],
  ['tested both legs by walking round the kitchen, they are fine', 'none'],
])('%s', (text, expected) => {
  expect(level(text)).toBe(expected);
});

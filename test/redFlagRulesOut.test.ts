import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';

// A qualifier that rules a flag out for the learned stage (red-flags.yaml `rulesOut`)
// never hides what the lexicon reads itself. Asthma on its own is no weakened immune
// system; steroid tablets told with it still are. Our own wording.
const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
const level = (text: string) => screen.detect(text)?.level ?? 'none';

test.each<[string, string]>([
  ['by the way I am asthmatic', 'none'],
  ['forgot to say, I use an inhaler for asthma', 'none'],
  ['I have asthma and have been on steroid tablets every day for months, back sore for a week', 'urgent'],
  ['asthmatic, and I am on methotrexate for my arthritis', 'urgent'],
])('%s -> %s', (text, expected) => {
  expect(level(text)).toBe(expected);
});

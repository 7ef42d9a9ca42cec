import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';

// Issue 10, after set 12's replay (phrasings our own): the learned stage's unsure
// question about injecting drugs is asked only when the message has a word of
// needles, injecting or drugs; a sure reading and the lexicon are untouched.
const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
const flags = (text: string) => screen.detect(text)?.flags ?? [];

describe('no injecting-drugs question without a word of it', () => {
  test.each(["I've got an interview on Friday", 'got my driving test on thursday and my back is stiff'])('%s', (text) => {
    expect(flags(text)).not.toContain('iv_drug_use');
  });
});

describe('injecting drugs told plainly still counts', () => {
  test.each(['i use needles, not for insulin', 'I have been injecting heroin for a year and my back is agony'])('%s', (text) => {
    expect(screen.detect(text)?.level).toBe('urgent');
    expect(flags(text)).toContain('iv_drug_use');
  });
});

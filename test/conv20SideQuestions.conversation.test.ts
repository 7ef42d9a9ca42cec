import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import { wholeBotSteps, type Step } from './support/botHarness';

// Set 11's acts kinds after the replay, in our own wording: pushback about resting
// is no rest pain; a side question inside the check (age, "how can you be sure")
// is answered, not noted or met with the bot's blurb; a report of how the floor
// steps are going gets the next steps; frustration after an answer gets the
// practical rest of it; stated facts stay applied.

const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
const screen = RedFlagScreen.fromDirectory(PATHS.safety, normalizer);
const flags = (text: string) => screen.detect(text)?.flags ?? [];

const URGENT = /get seen today|urgent appointment/i;
const ABOUT_BOT = /automated assistant, not a person/i;
const NOTED_ONLY = /What would you like to know\?/;
const STOCK = /I'm a simple assistant|I don't have an answer for exactly that|I'm not sure which of these you mean/i;

describe('pushback about resting is not pain that rest does not ease', () => {
  test.each([
    "no way i can rest, there's a kitchen to fit by thursday",
    'I cannot afford to take time off, the rent is due',
    'resting is not an option with the twins at home',
  ])('%s', (text) => {
    expect(flags(text)).not.toContain('night_pain');
  });
  test.each(["I can't rest, the pain is too bad", 'the ache is there even when I lie still'])('pain itself that rest does not ease still counts: %s', (text) => {
    expect(screen.detect(text)).not.toBeNull();
  });

  test('after the rest answer, "can\'t rest" gets no alarm', async () => {
    await wholeBotSteps(
      [
        ['is bed rest a good idea for a back spasm?', [/keep moving/i]],
        ["can't rest anyway, got a fence to put up by the weekend", [/./], [URGENT, /worse in the night/i]],
      ],
      'en-NZ',
    );
  });

  test('frustration straight after an answer gets the practical rest of it, not the stock apology', async () => {
    await wholeBotSteps(
      [
        ['is bed rest a good idea for a back spasm?', [/keep moving/i]],
        ["that's useless to me, the job still has to get done", [/more practical/i], [STOCK, URGENT]],
      ],
      'en-NZ',
    );
  });
});

describe('a side question inside the symptom check is answered, then the check goes on', () => {
  const start: Step[] = [
    ['please go through my symptoms', [/where is the pain/i]],
    ['lower back, since monday after shifting a wardrobe, about a 5', [/since the pain started/i]],
  ];

  test('an age told with "does that change anything?" gets the age answer', async () => {
    await wholeBotSteps(
      [...start, ['none of those. I turned 58 this year, does that change anything?', [/age alone isn't a warning sign/i, /both legs/i], [NOTED_ONLY]]],
      'en-GB',
    );
  });

  test('asked at the top level too', async () => {
    await wholeBotSteps([['is back pain more of a worry once you get older?', [/age alone isn't a warning sign/i]]], 'en-US');
  });

  test('doubt that it is harmless is a question about the back, not about the bot', async () => {
    await wholeBotSteps([['what makes you so certain this is not a tumour', [/serious causes are rare/i], [ABOUT_BOT]]], 'en-IE');
  });
});

describe('a report of how the floor steps are going gets the next steps', () => {
  test('walked through to the chair, then what to do once up', async () => {
    await wholeBotSteps(
      [
        ["my back's locked and I'm stuck on the floor, how do I get up", [/roll onto your side/i]],
        ['legs feel ok, it is only my back. nobody else in', [/slowly/i], [STOCK]],
        ["ok I'm up on my knees", [/crawl to the chair/i], [STOCK]],
        ["I'm sitting in the armchair now", [/walk a little|little and often/i], [STOCK]],
      ],
      'en-AU',
    );
  });
});

describe('stated facts stay applied', () => {
  test('blood-pressure pills, then an ulcer: each answer speaks to both', async () => {
    await wholeBotSteps(
      [
        ['I take perindopril for my blood pressure, what painkiller suits me?', [/blood pressure/i, /kidneys/i]],
        ['and I had an ulcer in my stomach, so is naproxen out?', [/ulcer/i, /blood pressure/i]],
      ],
      'en-GB',
    );
  });
});

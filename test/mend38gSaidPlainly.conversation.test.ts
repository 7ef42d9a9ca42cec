import { wholeBotSteps, type Step } from './support/botHarness';

// A follow-up on a line of the answer just given is answered with that line plainly and the rest of what the answer
// holds that was not said yet; the bot never quotes itself back ("as I said") or says it has nothing more.
// A second ask that will not fit beside the first gets its answer's first line, not only a button to tap.
const noSelfQuote = [/just above/i, /more detail than that/i];
describe('a line already said, or a second ask, gets a plain answer', () => {
  test.each<[string, Step[], string]>([
    ['the floor after the bed answer: its line plainly, no self-quote', [
      ['what kind of mattress is best when my back is bad?', [/medium-firm/]],
      ['what about just lying on the floor instead?', [/^(In short: )?.*floor/], noSelfQuote],
    ], 'en-AU'],
    ['a second ask offered with its first line, not withheld behind its button', [
      ['how long does a spasm like this usually go on for, and what are the emergency warning signs?', [/Call 000/, /within a few weeks/, /You also asked: "[^"]+" \w[^"]+\. Tap it below for more/], [/Tap it below for that answer/]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});

import { runSteps, type Step } from './support/botHarness';

// Round 32 (reask): a follow-up on an answer already given is read for what it asks or tells; the same text is not said
// again ("As I said: ...") unless asked for. Our own phrasings.
// A follow-up on the same topic is read for the aspect it asks: over how many days, how often in a day.
describe('a follow-up gets the line for the aspect it asks', () => {
  test.each<[string, Step[], string?]>([
    ['how often in a day, after the timing answer: the line that says how often', [
      ['how many minutes at a go should a heat pad stay on my back?', [/15 to 20 minutes at a time/]],
      ['what is a good mattress for a bad back', [/./]],
      ['and how many times a day can I use the heat pad', [/through the day|as often as/i]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

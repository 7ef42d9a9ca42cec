import { runSteps, type Step } from './support/botHarness';

// A request for sources is read by its source word in a short message, in whatever words
// surround it; a longer message with the word is a question of its own.
describe('sources asked for in the person\'s own words', () => {
  test.each<[string, Step[], string?]>([
    ['a sentence asking for the source of the last answer', [
      ['how long will my back spasm last?', [/^Most people are much better/]],
      ['could you point me to the reference for that?', [/^Sources for "How long will it last\?"/, /Pengel/]],
    ], 'en-GB'],
    ['a source word with the claim it is about', [
      ['ice or heat for a spasm?', []],
      ['what is the citation behind the heat bit', [/^Sources for /]],
    ], 'en-US'],
    ['before any answer there is nothing to cite', [
      ['can you give me your sources', [/Ask me a question first/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await runSteps(steps, locale);
  });
});

import { runSteps, type Step } from './support/botHarness';

// A word read in the sense its neighbours give it (knowledge/language/senses.yaml): a night shift is work, not pain
// at night; "the cold" beside a cough is the illness, not a cold pack; being put at ease is no pain easing.
describe('words are answered in the sense their neighbours give them', () => {
  test.each<[string, Step[], string?]>([
    ['on nights at a care home: the work answer, not night pain', [
      ['care assistant on nights, hurt my back moving a resident yesterday. should i go in this evening?', [/duties|work/], [/[Pp]ain at night/, /worse at night/]],
    ], 'en-IE'],
    ['a night shift after a codeine answer: the work answer', [
      ["hurt my lower back at work yesterday, i've been taking panadeine for it", [/./]],
      ['got a night shift later on, how will i manage it', [/work/], [/worse at night/]],
    ], 'en-AU'],
    ['the cold beside a cough: not the cold-pack answer', [
      ['back went in spasm on tuesday. im on lemsip for a stinking head cold, can i take ibuprofen too', [/./]],
      ['could the cold be making the back worse, or is it all the coughing', [/./], [/frozen peas/, /cold pack/]],
    ], 'en-GB'],
    ['put at ease by the answer: no "good to hear it is easing"', [
      ['I was scared it was something serious but you explained the warning signs well', [/./]],
      ['thanks, that makes me feel a lot better', [/./], [/[Gg]ood to hear it's easing/]],
    ], 'en-AU'],
    ['tablets necked before a match: the medicine answer, not neck pain', [
      ['tweaked my lower back at training on tuesday, cup game this weekend', [/./]],
      ['reckon i could neck a few nurofen before it and be alright', [/ibuprofen|[Pp]ainkiller/], [/neck is giving you/, /only set up to help with back pain/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

import { runSteps } from './support/botHarness';

// Set 40's acts, by kind (acts49), phrasings our own.

const REFUSAL = /not something I can help with/i;
const WHERE = /where is the pain/i;

// A request for the check with a hedge before or after it: the doubt is about whether it is needed,
// not about what is asked, so the check starts; never the out-of-scope refusal.
describe('a hedged request for the check', () => {
  const opening = "my back went this morning, I'm worried it's something bad";
  test.each<[string, string]>([
    ['en-US', 'alright perhaps run the questions then'],
    ['en-GB', 'i suppose do the check thing'],
    ['en-AU', 'i guess do the questions then'],
    ['en-US', 'ok perhaps do the check thing'],
  ])('%s: "%s" starts the check', async (locale, request) => {
    await runSteps([
      [opening, [/./]],
      [request, [WHERE], [REFUSAL]],
    ], locale);
  });

  test('a hedge on its own is no request', async () => {
    await runSteps([
      [opening, [/./]],
      ['maybe, not sure yet', [/./], [WHERE, REFUSAL]],
    ], 'en-GB');
  });
});

// Inside the check, a topic named bare ("ice or heat", "painkillers") that answers nothing asked is that
// topic's question: answered, then the pending question again; never "sorry, I didn't catch where".
describe('a bare topic named inside the check', () => {
  test.each<[string, string, RegExp]>([
    ['en-AU', 'ice or heat', /heat/i],
    ['en-GB', 'stretches', /stretch/i],
  ])('%s: "%s" at the where question', async (locale, topic, answer) => {
    await runSteps([
      ['can you check my symptoms', [WHERE]],
      [topic, [answer, WHERE], [/didn't catch/i]],
    ], locale);
  });

  test('"painkillers" at the when question is answered, then when is asked again', async () => {
    await runSteps([
      ['can you check my symptoms', [WHERE]],
      ['lower back', [/when did it start/i]],
      ['painkillers', [/paracetamol|ibuprofen/i, /when did it start/i], [/didn't catch/i]],
    ], 'en-GB');
  });

  test('a place named bare is still the answer', async () => {
    await runSteps([
      ['can you check my symptoms', [WHERE]],
      ['lower back', [/when did it start/i], [/didn't catch/i]],
    ], 'en-GB');
  });
});

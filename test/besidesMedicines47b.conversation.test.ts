import { runSteps, type Step } from './support/botHarness';

// mend47b: a question that sets medicines aside ("besides", "other than", "apart from" + tablets, pills, meds) asks
// what helps without them: heat and movement, not a painkiller answer. A medicine named ("paracetamol instead of
// ibuprofen?") is still that medicine's question. Our own wordings.
const NON_DRUG = /^Heat helps without tablets/;
const PAINKILLER = /anti-inflammatory \(NSAID\)|usually helps more than/;

describe('medicines set aside get what helps without them', () => {
  test.each<[string, Step[], string]>([
    ['after a painkiller answer', [
      ['my back seized up lifting the bins, which painkiller should I get?', [PAINKILLER]],
      ['right, and what else is there aside from the tablets?', [NON_DRUG], [PAINKILLER]],
    ], 'en-GB'],
    ['as the first question', [['is there something i can try other than pills for a back spasm', [NON_DRUG], [PAINKILLER]]], 'en-US'],
    ['with a word between', [['what can I do for my back without taking any medicine', [NON_DRUG], [PAINKILLER]]], 'en-AU'],
    ['a medicine named instead of another is still a medicine question', [['should I swap to paracetamol instead of nurofen for my back?', [/paracetamol/i], [NON_DRUG]]], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await runSteps(steps, locale);
  });
});

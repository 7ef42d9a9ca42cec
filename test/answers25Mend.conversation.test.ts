import { wholeBotSteps, type Step } from './support/botHarness';

// Issue 12 (mend 33g), phrasings our own. A fact told of the person someone writes for, in the message that
// names them ("my partner's sister is expecting, can she take X"), holds for every later answer; someone
// else's prescription-only medicine is never answered as a shop painkiller; "hot" on a soak or an oil is no
// fever, and "and X?" after an answer is a question, not the check's answers told unasked.

describe('a fact told of the person helped, in the message that names them', () => {
  test.each<[string, string, Step[]]>([
    ['pregnancy, then an NSAID product, sleep and stretches', 'en-GB', [
      ['my wife is 30 weeks pregnant with a bad back, can she take Nurofen Plus?', [/avoid ibuprofen|NSAIDs/i], [/usual first choice; follow the label/i]],
      ['she cannot settle at night at all', [/side/i, /bump/i], [/on (your|her) back with pillows under/i]],
      ['what stretches could she try', [/hands and knees|cat-cow/i], [/^Gentle stretches can help a tight back: try knee-to-chest/i]],
    ]],
    ['an expecting daughter asking about a product', 'en-IN', [
      ['my daughter is 6 months pregnant, is it safe for her to have Combiflam', [/avoid ibuprofen|NSAIDs/i], [/it can help for a few days/i]],
    ]],
  ])('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });
});

describe("someone else's prescription medicine", () => {
  test.each<[string, string]>([
    ['my housemate handed me a couple of his 800 mg ibuprofen', 'en-US'],
    ['my aunt gave me some of her Difene tablets for it', 'en-IE'],
    ['a coworker offered me prescription strength naproxen', 'en-US'],
  ])('%s', async (text, locale) => {
    await wholeBotSteps([[text, [/prescribed for someone else/i], [/follow the label/i]]], locale);
  });

  test('a shop painkiller from a friend is still answered as that painkiller', async () => {
    await wholeBotSteps([['my mate gave me a few paracetamol, can I take them', [/paracetamol/i], [/prescribed for someone else/i]]], 'en-GB');
  });
});

describe('"hot" on a heat treatment is no fever', () => {
  test.each<[string, string]>([
    ['thinking of a long hot soak later, good idea?', 'en-GB'],
    ['my gran swears by rubbing in hot oil, does that work', 'en-IN'],
  ])('%s', async (text, locale) => {
    await wholeBotSteps([[text, [/./], [/high temperature, chills or sweats/i]]], locale);
  });

  test('feeling hot and shivery still asks', async () => {
    await wholeBotSteps([['my back aches and I feel hot and shivery tonight', [/get seen today/i, /high temperature, fever, chills or sweats/i]]], 'en-GB');
  });
});

describe('a follow-up "and X?" after an answer is a question', () => {
  test('a desk question after a game question starts no check', async () => {
    await wholeBotSteps([
      ['pulled my back on tuesday, I have a netball match saturday, should I play', [/./]],
      ['right, and sunday at the office? we sit and stand at our desks', [/stand|sit|desk/i], [/Let's check your symptoms|Where is the pain\?/i]],
    ], 'en-GB');
  });
});

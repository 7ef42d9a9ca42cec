import { testContent, wholeBotSteps, wholeBotText, type Step } from './support/botHarness';

// Round 43, answers: facts the person states are used, not ignored. Money worries (no insurance, can't pay for a
// visit: knowledge/circumstances.yaml `cost_worry`) bring the low-cost routes of their country; a job that keeps them
// kneeling or at a desk leads the how-to-stop-it-coming-back answer (work-demands.yaml `prevent`); a pharmacy named by
// its chain (knowledge/language synonyms and idioms) is a pharmacy, so "what can I get there?" is the painkiller
// answer, not a refusal or a lifting tip. Wordings are this file's own.

const facts = () => testContent().answers.facts;

describe('a cost worry is read in several wordings, and not from talk of cover', () => {
  test.each<[string, boolean]>([
    ["I've got no health insurance", true],
    ["we're uninsured at the moment", true],
    ["I can't afford a doctor right now", true],
    ["I'm not on medical aid", true],
    ['my insurance covers the physio', false],
    ['does insurance pay for a scan?', false],
    ['I can afford the doctor, just no time', false],
  ])('%s -> %s', (text, read) => {
    expect(Object.keys(facts().read(text, { known: {} }).known).includes('cost_worry')).toBe(read);
  });
});

describe('the reply to a cost worry gives the routes that cost little, and keeps the emergency signs', () => {
  test.each<[string, Step[], string]>([
    ['told on its own, US: community health centers and a pharmacist, 911 for the signs', [
      ["my back's in spasm and I have no insurance", [/doesn't need the emergency room/, /community health centers/, /pharmacist/, /911/]],
    ], 'en-US'],
    ['told on its own, UK: NHS 111 is free, 999 for the signs', [
      ["can't afford to see a doctor with my back", [/NHS 111 is free/, /999/]],
    ], 'en-GB'],
    ['told with the emergency-room question: said with the answer, the signs kept', [
      ['bad back spasm, no numbness or bladder problems. should I go to the ER?', [/emergency/i]],
      ["I'm uninsured so the ER would cost a fortune", [/doesn't need the emergency room/, /community health centers/, /911/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});

describe('the job leads the how-to-stop-it-coming-back answer', () => {
  test.each<[string, string, RegExp, string]>([
    ["I lay floors, so I'm kneeling all day", 'how can I stop this happening again?', /As you bend or kneel at work/, 'en-GB'],
    ["I'm a tiler", 'how can I avoid it happening again?', /As you bend or kneel at work/, 'en-AU'],
    ['desk job, eight hours a day', 'how do I prevent another one?', /As you work at a desk/, 'en-US'],
  ])('%s, then %s', async (told, asked, line, locale) => {
    await wholeBotSteps([[told, [/./]], [asked, [line, /Staying active/]]], locale);
  });

  test('without a job told, the answer is the stock one', async () => {
    const say = wholeBotText('en-GB');
    expect(await say('how can I stop this happening again?')).not.toMatch(/^As you/);
  });
});

describe('a pharmacy named by its chain is a pharmacy', () => {
  test.each<[string, string]>([
    ['what can I buy at Walgreens for my back?', 'en-US'],
    ['what should I get from CVS for this spasm', 'en-US'],
    ['anything I can pick up at Superdrug for it?', 'en-GB'],
    ['what can I get from Chemist Warehouse for back pain', 'en-AU'],
  ])('%s: the painkiller answer', async (text, locale) => {
    await wholeBotSteps([[text, [/anti-inflammatory \(NSAID\)/], [/not something I can help with/, /bend your knees/]]], locale);
  });

  test('a chain named in two words is no job: "Chemist Warehouse" is not warehouse work', () => {
    const known = Object.keys(facts().read('got some gel from chemist warehouse', { known: {} }).known);
    expect(known).not.toContain('manual_job');
    expect(Object.keys(facts().read('I work in a warehouse', { known: {} }).known)).toContain('manual_job');
  });
});

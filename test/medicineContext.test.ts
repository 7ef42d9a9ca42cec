import { runSteps, testContent, type Step } from './support/botHarness';
import { emptyAnswerState, type AnswerState } from '../src/knowledge/answerState';
import type { AnswerPlan } from '../src/knowledge/answerPlanner';
import type { Intent } from '../src/nlu/intents';

// Issue 12: what the person has said (a medicine they take, a condition, their age) changes a
// painkiller answer, and its FIRST sentence says how; a comparison gets a comparison; someone
// else's prescription gets a "don't"; another body part is said to be outside what the bot
// covers before the back is answered. The wordings are our own, not the spent sets'.

const first = (pattern: RegExp) => new RegExp(`^${pattern.source}`);
const GENERIC_NSAID = /^If it's safe for you, an anti-inflammatory/;
const TOGETHER_YES = /^Yes, adults can take/;

describe('a fact the person gives comes first in the painkiller answer', () => {
  test.each<[string, Step[], string?]>([
    ['kidney disease in the same message', [["got stage 4 kidney disease - is naproxen alright for a back spasm?", [first(/With kidney disease, don't take ibuprofen/), /paracetamol/]]], 'en-GB'],
    ['kidney disease told after the first answer, then a question about both together', [
      ['what painkiller should I take for a back spasm?', [/NSAID|anti-inflammatory/]],
      ["oh and I should say I've got CKD", [first(/With kidney disease/)]],
      ['so is it ok to mix paracetamol and ibuprofen then?', [first(/With kidney disease, don't take ibuprofen/)], [TOGETHER_YES]],
    ], 'en-GB'],
    ['a past bleeding ulcer', [["what painkiller is good for a back spasm? fyi I had a bleeding ulcer a few years back", [first(/With a stomach ulcer or bleeding, Crohn's or colitis/)], [GENERIC_NSAID]]], 'en-IE'],
    ['inflammatory bowel disease by its short name', [['I have IBD, can I use motrin for my lower back?', [first(/With a stomach ulcer or bleeding, Crohn's or colitis/), /acetaminophen \(Tylenol\)/]]]],
    ['a blood thinner, then paracetamol asked about', [
      ['I take apixaban. Could I have some advil for my back?', [first(/If you take a blood thinner, don't take ibuprofen/)]],
      ['and tylenol?', [first(/With a blood thinner, acetaminophen \(Tylenol\) is usually the painkiller to try/)]],
    ]],
    ['a daily low-dose aspirin', [['I have a baby aspirin each morning for my heart. ok to take aleve for my back?', [/(If you take|With) a blood thinner, don't take/, /With heart disease/]]]],
    ['heart failure', [['I have heart failure, can I use ibuprofen for my back?', [first(/With heart disease or a past stroke/), /acetaminophen/]]]],
    ['blood pressure pills, as a comparison', [['on amlodipine for my blood pressure - paracetamol or ibuprofen for this back?', [first(/Ask a pharmacist before NSAIDs like ibuprofen \(Nurofen\): they can raise blood pressure/)]]], 'en-AU'],
    ['over 65', [["I'm 78. is advil alright for my back?", [first(/Over 65, ask a pharmacist/), /acetaminophen/]]]],
    ['early pregnancy', [["6 weeks pregnant and my back is sore, is nurofen ok this early?", [first(/In pregnancy, avoid ibuprofen \(Nurofen\) and other NSAIDs at any stage/)]]], 'en-GB'],
    ['late pregnancy asked as a comparison', [['which is better for my back at 34 weeks pregnant, panadol or nurofen?', [first(/In pregnancy, avoid/)], [/usually helps more than/]]], 'en-AU'],
    ['breastfeeding and both together', [['can a breastfeeding mum take ibuprofen and paracetamol at the same time?', [/^Ibuprofen \(Nurofen\) and paracetamol are usually fine while breastfeeding/, /together or alternate/]]], 'en-GB'],
    ['two facts at once: the more serious one leads', [['I take clopidogrel because of my heart stent - is nurofen ok for my back?', [first(/If you take a blood thinner/), /With heart disease/]]], 'en-GB'],
    ['a codeine product for someone who drives for work: the product first', [
      ['I drive a taxi for a living and my back has gone', []],
      ['can I take nurofen plus and keep working?', [first(/Nurofen Plus contains ibuprofen and codeine/)]],
    ], 'en-GB'],
    ['breastfeeding, then paracetamol on its own', [
      ["I'm breastfeeding - is ibuprofen ok for my back?", [/usually fine while breastfeeding/]],
      ['does paracetamol help too?', [/usually fine while breastfeeding/]],
    ], 'en-GB'],
    ['a past ulcer told as a statement after the painkiller answer', [
      ['which tablet is good for a back catch?', [/NSAID|anti-inflammatory/]],
      ['one more thing, I get acid reflux and there was an ulcer some years back', [first(/With a stomach ulcer or bleeding/)]],
    ], 'en-IN'],
    ['a past ulcer told after a combination product answer', [
      ['I have some nuromol, can I add paracetamol?', [first(/Nuromol already contains paracetamol/)]],
      ['also I should say I had a stomach ulcer a couple of years ago', [first(/With a stomach ulcer or bleeding/)]],
    ], 'en-GB'],
    ['an age said with a red flag still shapes the next painkiller answer', [
      ["I'm 72 and it came on out of the blue, never had back pain before", [/get seen/i]],
      ['is ibuprofen ok to take meanwhile?', [/Over 65, ask a pharmacist or doctor before taking ibuprofen/]],
    ]],
    ['a codeine product from the pharmacy is theirs, and for a driver the codeine leads', [
      ['I drive a delivery van for work and my back has gone', []],
      ['the pharmacy gave me myprodol', [first(/Myprodol contains ibuprofen, paracetamol and codeine: don't take more/), /It can make you drowsy: don't drive or use machinery/], [/someone else/, /As you drive/]],
    ], 'en-ZA'],
    ['a misspelt pregnancy still leads a combination product answer', [["pregant 28 wks, is nuromol ok for my back", [/In pregnancy, avoid ibuprofen/], [/can help for a few days/]]], 'en-GB'],
    ['pregnant and already on an NSAID: told to stop, never "don\'t add a second one"', [["I'm 30 weeks pregnant and I've had naproxen for my back for a few days now, is that a problem?", [/In pregnancy, avoid/, /If you have been taking one, stop and tell your midwife or GP/], [/don't add a second one/i, /can be added/i]]], 'en-GB'],
    ['pregnancy with asthma: no "ibuprofen is usually OK" after the pregnancy warning', [["22 weeks pregnant and asthmatic - is nurofen alright for my back?", [/In pregnancy, avoid ibuprofen/], [/usually OK/]]], 'en-GB'],
    ['another NSAID already taken', [['I take diclofenac for my hip arthritis - can I add nurofen for my back?', [/^Nurofen is ibuprofen[^.]*\. Don't double up/]]], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('combination products: what they already contain', () => {
  test.each<[string, Step[], string?]>([
    ['a cold remedy with paracetamol in it', [['had a lemsip an hour ago, can I take paracetamol for my back now?', [first(/Lemsip already contains paracetamol/)], [TOGETHER_YES]]], 'en-GB'],
    ['a headache product with acetaminophen', [['is it ok to take tylenol on top of the excedrin I had earlier?', [first(/Excedrin already contains acetaminophen \(Tylenol\)/)]]]],
    ['a codeine combination and driving', [['is solpadeine any good for a back spasm? I have to drive to work after', [/Solpadeine contains/, /codeine/, /drive/]]], 'en-GB'],
    ['a codeine combination asked on its own', [['is panadeine a good painkiller for my back?', [first(/Panadeine contains paracetamol and codeine/)]]], 'en-AU'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('an anti-inflammatory the person already takes, said as a fact', () => {
  const NO_SECOND = /^That's an anti-inflammatory \(an NSAID\), so don't add a second one/;
  test.each<[string, Step[], string?]>([
    // Every medicine name is a medicine to the classifier now, so this reads as a medicine question
    // (like "I sometimes take ibuprofen") and gets the don't-double-up passage; the fact is kept all the same.
    ['an adverb inside "I take"', [
      ['I sometimes take meloxicam', [/^Don't double up: take only one NSAID at a time/]],
      ['can I take advil for my back?', [/^As you already take an NSAID, don't add a second one/]],
    ]],
    ['prescribed for another joint: the medicine, not the joint, is what matters here', [['I am also on diclofenac, my GP gave it for my ankle', [NO_SECOND], [/outside what I cover/]]], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('a fact that rules out part of a general answer gets its own answer', () => {
  test('pregnant: sleep positions without lying on the back', async () => {
    await runSteps([
      ["I'm 26 weeks pregnant", [/pregnan/i]],
      ['what is the best sleeping position for a sore back?', [/lie on your side/i], [/on your back with pillows/]],
    ], 'en-GB');
  });
  test('not pregnant: the general answer, lying on the back included', async () => {
    await runSteps([['what is the best sleeping position for a sore back?', [/on your back with pillows/]]], 'en-GB');
  });
});

describe('a comparison gets a comparison', () => {
  test.each<[string, Step[], string?]>([
    ['brand names, "which would you go for"', [['panadol or nurofen, which would you go for with a back spasm?', [first(/For back pain, ibuprofen \(Nurofen\) usually helps more than paracetamol \(Panadol\)/), /together or alternate/]]], 'en-AU'],
    ['"better than"', [['is acetaminophen better than advil for back pain?', [/usually helps more than acetaminophen/]]]],
    ['another NSAID against acetaminophen', [['should I grab aleve or tylenol for my lower back', [/usually helps more than acetaminophen/]]]],
    ['a comparison with asthma said first', [['I have asthma - advil or tylenol, which is better for back pain?', [first(/With asthma/), /usually helps more than/]]]],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe("someone else's or left-over prescription medicine", () => {
  const DONT = /^Don't take medicine prescribed for someone else, or left over/;
  test.each<[string, Step[], string?]>([
    ["a roommate's opioid", [['my roommate\'s vicodin is in the kitchen, could I take one for my back?', [DONT]]]],
    ['an old muscle relaxant in the cupboard', [['found some old diazepam in the cupboard from years ago, worth a try for my back?', [DONT]]], 'en-GB'],
    ["a parent's muscle relaxers", [['my dad said I can have a few of his muscle relaxers for my back', [DONT]]]],
    ['left over from an earlier op, asked without a question mark', [
      ['heat or ice for a stiff back?', [/Heat/]],
      ['ok and what about the tramadol left from my hernia op', [DONT]],
    ]],
    ["a helper asking about a relative's own medicine is not given the 'don't'", [['my wife takes apixaban, can she have nurofen for her back?', [/blood thinner/], [DONT]]], 'en-GB'],
    ["nor a relative's over-the-counter product asked about", [['my brother has solpadeine at home, would that work better for my back?', [/Solpadeine contains/], [DONT]]], 'en-GB'],
    ['nor a relative asking for a painkiller', [['my dad has back pain, can he take ibuprofen?', [/NSAID|anti-inflammatory/], [DONT]]]],
    ['left over after an operation', [['can I use the leftover codeine from my hip operation for my back?', [DONT], [/outside what I cover/]]], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('another body part with the back', () => {
  test.each<[string, Step[], string?]>([
    ['a sore shoulder and heat', [['my shoulder and lower back are both sore, should I use heat?', [/^Your shoulder is outside what I cover/, /Heat has the better evidence/]]], 'en-GB'],
    ['a knee and painkillers', [['my knee hurts and my back too, what can I take?', [/^Your knee is outside what I cover/, /NSAID|anti-inflammatory/]]]],
    ['a stretch named after the knee is not the knee', [['does the knees to chest stretch help a back spasm?', [/knee-to-chest|stretch/i], [/outside what I cover/]]]],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('the planner: facts and their own passages', () => {
  const { answers } = testContent();
  const ask = (text: string, before: AnswerState = emptyAnswerState()) =>
    answers.planner.plan({ text, intent: 'medication' as Intent, score: 0.9, ranked: [{ intent: 'medication' as Intent, score: 0.9 }], aboutBack: true }, before);
  const passageOf = (plan: AnswerPlan) => ('passage' in plan && plan.passage ? plan.passage.id : plan.kind);

  test('steroid tablets give the steroid passage for any painkiller choice', () => {
    for (const q of ['which painkiller is best for back pain?', 'tylenol or advil?']) {
      const state = ask("I'm on prednisolone", emptyAnswerState()).state;
      expect(passageOf(ask(q, state).plan)).toBe('med-steroids');
    }
  });

  test('how long or how often to take painkillers is answered for everyone, with the fact\'s warning first', () => {
    const state = ask("I'm on prednisolone", emptyAnswerState()).state;
    const { plan } = ask('how often can I take ibuprofen?', state);
    expect(passageOf(plan)).toBe('med-how-often');
    expect(plan).toMatchObject({ kind: 'passage' });
    expect((plan as { caveats: string[] }).caveats[0]).toMatch(/steroid/i);
  });

  test("a fact's own passage says its sentence before other facts' warnings", () => {
    const state = { ...emptyAnswerState(), facts: { known: { age: 80, blood_thinners: true as const } } };
    const { plan } = ask('what painkiller can I take for my back?', state);
    expect(plan).toMatchObject({ kind: 'passage', ownFirst: true });
    expect(passageOf(plan)).toBe('med-blood-thinners');
  });

  test('an age under 65 is not "over 65"', () => {
    const state = { ...emptyAnswerState(), facts: { known: { age: 40 } } };
    expect(passageOf(ask('what painkiller can I take for my back?', state).plan)).toBe('med-first');
  });

  test('"can I take naproxen?" is a question, not a statement that they take it', () => {
    const { state } = ask('can I take naproxen for my back?');
    expect(state.facts.known.takes_nsaid).toBeUndefined();
    expect(ask('I take naproxen every day for my knees').state.facts.known.takes_nsaid).toBe(true);
  });
});

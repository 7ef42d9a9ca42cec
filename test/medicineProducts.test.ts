import { runSteps, testContent, type Step } from './support/botHarness';
import { emptyAnswerState } from '../src/knowledge/answerState';
import type { AnswerPlan } from '../src/knowledge/answerPlanner';
import type { Intent } from '../src/nlu/intents';
import { FIRST_MESSAGE_WORDS } from '../src/knowledge/answerComposer';
import { wordCount } from '../src/knowledge/answerText';

// Issue 12: people name a product ("Voltarol gel", "NyQuil", "ThermaCare") and ask something
// practical about it. The answer says in its first sentence what the product is and contains
// (knowledge/medicine-contents.yaml), answers the kind of question (a gel, a rub, a heat patch,
// drowsiness, what is in it, two products at once), and keeps the person's facts. Our own wording.

const opens = (pattern: RegExp) => new RegExp(`^${pattern.source}`);
const NOT_THEIRS = /^Don't take medicine prescribed for someone else/;
const NET = /Not a substitute for a /;

/** The first message: the answer, sources and safety net, before any "tell me more". */
function firstMessageWords(text: string): number {
  return wordCount(text.split('\n').filter((l) => !l.startsWith('[') && !l.startsWith('{')).join(' '));
}

const rows: Array<[string, Step[], string?]> = [
  // NSAID gels: still an NSAID.
  ['a diclofenac gel, asked plainly', [['thinking of trying voltaren gel on my lower back, any good?', [opens(/Voltaren gel contains diclofenac, an anti-inflammatory \(NSAID\)/), /same cautions/]]]],
  ['a diclofenac gel with a blood thinner said earlier', [
    ["I'm on rivaroxaban", [/blood thinner/]],
    ['what about voltarol gel instead of tablets?', [opens(/Voltarol gel contains diclofenac/), /With a blood thinner, don't use an anti-inflammatory gel either/]],
  ], 'en-GB'],
  ['an ibuprofen gel by its brand with Crohn\'s', [['got crohns - can I rub ibuleve on my back instead of tablets?', [opens(/Nurofen gel contains ibuprofen/), /Crohn's/]]], 'en-IE'],
  ['an Indian diclofenac spray', [['thinking of using volini gel for my lower back, good idea?', [opens(/Volini contains diclofenac/)]]], 'en-IN'],
  // Counter-irritant rubs: what they are, no heat on top.
  ['a menthol gel', [['does biofreeze actually do anything for a back spasm', [opens(/Biofreeze contains menthol\./), /can burn/]]]],
  ['a warming rub with a hot water bottle', [['can I put deep heat on and then a hot water bottle over it?', [opens(/Deep Heat contains methyl salicylate/), /hot water bottle.*can burn/]]], 'en-GB'],
  ['a balm in pregnancy', [
    ["I'm 22 weeks pregnant", []],
    ['is tiger balm safe to rub on my back', [opens(/Tiger Balm contains camphor and menthol/), /As you're pregnant, check a medicated rub/]],
  ], 'en-AU'],
  ['methyl salicylate patches with aspirin-sensitive asthma', [
    ["I'm asthmatic and aspirin triggers attacks", []],
    ['are salonpas patches ok for my back?', [opens(/Salonpas contains methyl salicylate/), /avoid rubs with methyl salicylate/]],
  ]],
  ['an Indian rub', [['my aunty says apply moov, will it help my back catch?', [opens(/Moov contains methyl salicylate/)]]], 'en-IN'],
  // Heat patches: heat, no medicine.
  ['an air-activated heat wrap overnight', [['can I leave a thermacare on while I sleep?', [opens(/ThermaCare contains no medicine/), /label says you can/]]]],
  ['a heat patch brand with the name of a rub', [['are deep heat patches any good for a spasm?', [opens(/Deep Heat patch contains no medicine/)], [/methyl salicylate/]]], 'en-GB'],
  ['a heat patch with diabetes', [
    ["I'm diabetic", []],
    ['is a thermacare heat wrap ok for my back?', [opens(/ThermaCare contains no medicine/), /you may not feel a burn/]],
  ]],
  // Drowsy products: driving and bedtime.
  ['a night-time cold medicine and driving', [['took nyquil last night, am I ok to drive to work now?', [opens(/NyQuil contains acetaminophen and doxylamine/), /Don't drive or use machinery/]]]],
  ['a muscle relaxant combination and work machinery', [['can I run the forklift on robaxacet?', [opens(/Robaxacet contains acetaminophen and methocarbamol \(a muscle relaxant[^)]*\): it can make you drowsy/)]]], 'en-CA'],
  ['a sleep aid at bedtime', [['is it ok to take zzzquil at bedtime because the back keeps me up', [opens(/ZzzQuil contains diphenhydramine/), /next morning/]]]],
  ['a codeine-and-doxylamine tablet before a drive', [['would mersyndol be ok before a long drive', [opens(/Mersyndol contains paracetamol, codeine and doxylamine/)]]], 'en-AU'],
  // What is in it.
  ['asked what a cold remedy contains', [['does night nurse have paracetamol in it?', [opens(/Night Nurse contains paracetamol/), /same ingredients/]]], 'en-GB'],
  ['asked what a headache tablet contains', [["what's in saridon?", [opens(/Saridon contains paracetamol, propyphenazone and caffeine/)]]], 'en-IN'],
  // Two products at once.
  ['two products that both have an NSAID', [['on zerodol sp tablets from my GP, would adding combiflam be alright?', [opens(/Zerodol-SP contains aceclofenac \(an NSAID\), paracetamol/), /same ingredients/], [NOT_THEIRS]]], 'en-IN'],
  ['a combination with paracetamol and a paracetamol brand', [['had a combiflam at breakfast, is a crocin ok tonight?', [/^Crocin is paracetamol\. Combiflam already contains paracetamol/]]], 'en-IN'],
  ['two different NSAIDs', [['can I take motrin together with aleve?', [/^Motrin is ibuprofen and Aleve is naproxen\. Don't double up: take only one NSAID/]]]],
  ['a night-time cold remedy asked about with the painkillers already taken', [
    ['is it ok to take ibuprofen and acetaminophen at the same time?', [/together or alternate/]],
    ['is it fine to have a theraflu with those as well?', [opens(/Theraflu contains acetaminophen/), /same ingredients/]],
  ]],
  ['a cold remedy and a paracetamol brand in one question', [['does theraflu clash with the tylenol I just took?', [opens(/Theraflu already contains acetaminophen/)]]]],
  ['a combination painkiller for an older person on aspirin', [["I'm 74 and take a low-dose aspirin daily, can I take combiflam for my back?", [opens(/Combiflam contains ibuprofen and paracetamol\./), /blood thinner/]]], 'en-IN'],
  ['a combination painkiller with diabetes', [["I'm diabetic on metformin, is excedrin ok for my back?", [opens(/Excedrin contains acetaminophen, aspirin/), /With diabetes/]]]],
  ['a codeine product with a cold remedy', [['is it ok to have nurofen plus with lemsip?', [/Nurofen Plus contains/]]], 'en-GB'],
];

describe('a named product: what it is, first', () => {
  test.each(rows)('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US', (_said, replies) => {
      const text = replies.map((r) => r.text ?? '').join('\n');
      if (/contains/.test(text)) {
        expect(text).toMatch(NET);
        expect(firstMessageWords(replies[0]?.text ?? '')).toBeLessThanOrEqual(FIRST_MESSAGE_WORDS);
        expect(text).not.toMatch(/\d+\s*(mg|ml)\b/i);
      }
    });
  });
});

describe("someone else's medicine only with a real owner or left-over pills", () => {
  test.each<[string, Step[], string?]>([
    ["a partner's prescription muscle relaxant", [["can I have one of my boyfriend's flexeril for my back?", [NOT_THEIRS]]]],
    ['pills left from an operation', [['still got some tramadol from my knee operation, ok for my back?', [NOT_THEIRS]]], 'en-GB'],
    ['a combination with codeine in a parent\'s cupboard', [["there's some of my mum's co-codamol in the drawer, can I take it?", [NOT_THEIRS]]], 'en-GB'],
    ['prescribed by their own doctor is not someone else\'s', [['my doctor gave me muscle relaxers, is it ok to drive on them?', [/drive/], [NOT_THEIRS]]]],
    ['a pharmacist handing over a product is not someone else\'s', [['the pharmacist gave me nurofen plus, is it strong?', [/Nurofen Plus contains/], [NOT_THEIRS]]], 'en-IE'],
    ['an old illness is not left-over pills', [['had a bleeding ulcer years ago, is advil ok for my back?', [opens(/With a stomach ulcer or bleeding/)], [NOT_THEIRS]]]],
    ['an over-the-counter painkiller from a friend is answered as that painkiller', [["my flatmate gave me some naproxen but I've got asthma, is that ok?", [/asthma/], [NOT_THEIRS]]], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('the planner: product passages only for a named product', () => {
  const { answers } = testContent();
  const ask = (text: string) =>
    answers.planner.plan({ text, intent: 'medication' as Intent, score: 0.9, ranked: [{ intent: 'medication' as Intent, score: 0.9 }], aboutBack: true }, emptyAnswerState());
  const passageOf = (plan: AnswerPlan) => ('passage' in plan && plan.passage ? plan.passage.id : plan.kind);

  test.each([
    ['can I put a rub on my lower back?'],
    ['do stick on heat wraps work?'],
    ['can I drive after a drowsy tablet?'],
    ['can I use ibuprofen for my lower back?'],
  ])('"%s" gets no product passage', (text) => {
    expect(passageOf(ask(text).plan)).not.toMatch(/^med-product-/);
  });

  test('the product named is kept for the placeholders', () => {
    expect(ask('is icy hot ok on my back?').state.product).toEqual({ name: 'Icy Hot', has: expect.stringContaining('menthol'), contains: [] });
    expect(ask('is ibuprofen ok for my back?').state.product).toBeUndefined();
  });
});

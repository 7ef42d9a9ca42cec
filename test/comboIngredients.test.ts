import { runSteps, type Step } from './support/botHarness';

// A combination tablet that holds an NSAID as well as paracetamol (knowledge/medicine-contents.yaml):
// the already-contains answer follows every ingredient of the product named, so ibuprofen is never
// offered on top of a product that has it (combo_nsaid in knowledge/user-facts.yaml). Our own wording.

const OFFERS_NSAID = /[Ii]buprofen can (usually )?be added|[Ii]buprofen helps more|is the usual first choice/;
const OFFERS_PARACETAMOL = /[Pp]aracetamol( \([^)]*\))? can (go with it|be added|be taken alongside)/;

const rows: Array<[string, Step[], string?]> = [
  ['a paracetamol brand after an ibuprofen-and-paracetamol tablet', [
    ['the chemist handed me some nuromol for my lower back, fine to use?', [/Nuromol contains ibuprofen and paracetamol/]],
    ['would a panadol with it be alright?', [/Nuromol already contains paracetamol/, /Nuromol already contains an anti-inflammatory/], [OFFERS_NSAID]],
  ], 'en-GB'],
  ['a paracetamol brand with the combination named in the same message', [
    ['took maxigesic this morning, can I have some panadol as well', [/Maxigesic already contains paracetamol/, /anti-inflammatory \(NSAID\)/], [OFFERS_NSAID]],
  ], 'en-AU'],
  ['an ibuprofen brand after an ibuprofen-and-paracetamol tablet', [
    ['i took combiflam an hour ago', []],
    ['is brufen ok with it too', [/only one NSAID/], [OFFERS_NSAID, OFFERS_PARACETAMOL]],
  ], 'en-IN'],
  // The other side: a combination with paracetamol alone still leaves ibuprofen open,
  ['a paracetamol-only combination still offers ibuprofen', [
    ['does the crocin pain relief i had count if i want panadol', [/Crocin Pain Relief already contains paracetamol/, OFFERS_NSAID]],
  ], 'en-IN'],
  // and an NSAID-only tablet still leaves paracetamol open.
  ['an NSAID-only tablet still allows paracetamol', [
    ["i'm on zerodol for my knee", [/only one NSAID/, OFFERS_PARACETAMOL]],
  ], 'en-IN'],
];

describe('a combination product: the already-contains answer follows all its ingredients', () => {
  test.each(rows)('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

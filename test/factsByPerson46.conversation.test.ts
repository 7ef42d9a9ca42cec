import { factsFor } from '../src/knowledge/factsByPerson';
import { wholeBotSteps, type Step } from './support/botHarness';

// Round 46, answers. Facts are kept per person: what a helper tells of the person they write for (an
// age, a blood pressure tablet, asthma) is theirs, and the writer's own question later in the same chat
// is answered without it; asking of that person again brings their facts back. The writer's own facts
// (a blood thinner) are not put on the other person's answer. Wordings are this file's own.

describe('the facts of each person are kept apart', () => {
  test('a switch sets the facts of the one before aside and brings back those of the one asked for', () => {
    const writer = { known: { blood_thinners: true as const }, locale: 'en-GB' };
    const forThem = factsFor(writer, 'other');
    expect(forThem).toEqual({ known: {}, locale: 'en-GB', person: 'other', aside: { person: 'self', known: { blood_thinners: true } } });
    const theirs = { ...forThem, known: { asthma: true as const } };
    const back = factsFor(theirs, 'self');
    expect(back.known).toEqual({ blood_thinners: true });
    expect(back.aside).toEqual({ person: 'other', known: { asthma: true } });
    expect(back.locale).toBe('en-GB');
    expect(factsFor(back, 'other').known).toEqual({ asthma: true });
  });

  test('the same person keeps the same facts; told they were the other\'s all along, the facts follow them', () => {
    const facts = { known: { age: 81 }, person: 'other' as const };
    expect(factsFor(facts, 'other')).toBe(facts);
    const relabelled = factsFor({ known: { blood_thinners: true } }, 'other', true);
    expect(relabelled.known).toEqual({ blood_thinners: true });
    expect(relabelled.person).toBe('other');
    expect(relabelled.aside).toBeUndefined();
  });

  const KIDNEY = /ACE inhibitor|strain the kidneys/;
  const OVER_65 = /Over 65, ask/;
  const BLEED = /blood thinner/;
  test.each<[string, Step[], string]>([
    ['a father\'s tablets and age stay his when the son asks for himself, and come back when he asks for his father again', [
      ['writing for my grandad, he is 84 and on ramipril, his lower back locked up this morning. is advil ok for him', [KIDNEY]],
      ['cheers. my own back aches from lifting him, can i take advil myself?', [/\bNSAID/], [KIDNEY, /Over 65/]],
      ['and is tylenol ok for him', [/blood pressure|over 65|ACE/i]],
    ], 'en-US'],
    ['a wife\'s asthma is not put on the husband\'s own question', [
      ['my partner has wrenched her back, she is 40 and has asthma, can she have ibuprofen', [/asthma/]],
      ['and for me, is ibuprofen fine', [/If it's safe for you/], [/With asthma/]],
      ['is naproxen ok for her', [/asthma/]],
    ], 'en-GB'],
    ['the writer\'s blood thinner is not put on the answer for his wife', [
      ['i take warfarin and my lower back seized up, which painkiller is ok for me', [BLEED]],
      ['my wife has hurt her back as well, she is 35, can she take ibuprofen', [/for her|she/], [BLEED, /warfarin/]],
    ], 'en-GB'],
    ['told the signs were someone else\'s all along, the facts told go with them', [
      ['back spasm, on apixaban, is ibuprofen ok', [BLEED]],
      ['sorry that was not me, it is my husband who has the back pain', [/./]],
      ['so what can he take for it', [BLEED]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });

  test('an age told of the person written for does not follow the writer', async () => {
    await wholeBotSteps([
      ['asking for my mum, she is 79, her back went when she bent down. can she take ibuprofen', [OVER_65]],
      ['what about me, can i take ibuprofen, my back is sore too', [/\bNSAID|ibuprofen/], [OVER_65]],
    ], 'en-GB');
  });
});

// A medicine the person takes, told on its own, is said back by name: the pharmacist check names the combination.
describe('a medicine told is named in what it changes', () => {
  test.each<[string, string, RegExp, string]>([
    ['which painkiller is best for a back spasm', 'fyi I am on citalopram', /your citalopram: check with a pharmacist/, 'en-CA'],
    ['is heat or ice better for a back spasm', "I'm on venlafaxine by the way", /check it goes with your venlafaxine/, 'en-GB'],
  ])('%s / %s', async (asked, told, said, locale) => {
    await wholeBotSteps([
      [asked, [/./]],
      [told, [said]],
    ], locale);
  });
});

import { wholeBotSteps, type Step } from './support/botHarness';

// mend44b, conversations about answers, by kind (phrasings our own):
// - focusing and pointing words ("only", "these") name no topic: a list of someone's medicines or a burning
//   stomach is not the bedtime-dose answer (passageMatcher STOP_WORDS);
// - a medicine-context passage is not a follow-up when the question names a thing it never speaks of (a disc);
// - answers for a side effect told now (stop, ask), herbal remedies with a blood thinner, drinks before a hot
//   bath, kidney impairment told, the long-morning-stiffness pattern told;
// - whose answer it is: children's ages counted as a load are not the writer's; the breastfeeding heat answer
//   is only for someone breastfeeding;
// - a plan to ring tomorrow after "get seen today" is answered as a plan, with the signs to act on sooner.
const BEDTIME = /next morning/i;
const HOW_TELL = /sleepy, dizzy/i;

describe('answers fit the question asked', () => {
  test.each<[string, Step[], string?]>([
    ['a list of tablets is not the bedtime-dose answer', [
      ['what can I take for my back, I am 75', [/./]],
      ['just a water tablet and something for cholesterol', [/./], [BEDTIME]],
    ], 'en-GB'],
    ['a burning stomach after tablets: stop and ask', [
      ['the doctor gave me naproxen for my back', [/./]],
      ['my stomach has had a burning feeling since taking these', [/stop it/i, /pharmacist/i], [BEDTIME]],
    ], 'en-GB'],
    ['a disc asked about after a painkiller answer', [
      ['I have colitis, can I take ibuprofen', [/colitis/i]],
      ['right. how would I tell whether it is a disc problem', [/leg/i], [HOW_TELL, BEDTIME]],
    ], 'en-US'],
    ['turmeric with a blood thinner', [
      ['I take rivaroxaban, what can I use for my back', [/./]],
      ['what about some turmeric tablets', [/bleeding/i, /pharmacist/i]],
    ], 'en-AU'],
    ['kidney impairment told after a painkiller answer', [
      ['which painkiller is best for a back spasm', [/./]],
      ['my doctor mentioned my kidney function is reduced', [/kidney/i, /anti-inflammator|NSAID/i], [/in waves/i]],
    ], 'en-NZ'],
    ['drinks told after the hot-bath answer', [
      ['will a hot bath help my back spasm', [/bath/i]],
      ['I have had a couple of pints mind', [/skip the hot bath|faint/i]],
    ], 'en-IE'],
    ['the long-morning-stiffness pattern told', [
      ['my back is stiff in the mornings', [/./]],
      ['it has been like that for years, over half an hour each morning, and it loosens once i move', [/routine/i]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('the answer is for the person it is about', () => {
  test.each<[string, Step[], string?]>([
    ["an old man's heating pad is not the breastfeeding answer", [
      ['my grandad is 79 and his back has gone', [/./]],
      ['is his electric heat pad ok to use', [/./], [/milk|feeds/i]],
    ], 'en-US'],
    ['a mum with small children asks for herself', [
      ['my back is in spasm and I have got a 2 yo and a 4 yo to lift all day', [/./], [/keep that in mind/i]],
      ['is ibuprofen ok for me, no health problems', [/ibuprofen/i], [/under 18/i]],
    ], 'en-GB'],
    ['a teenager telling their own age still gets the under-18 answer', [
      ['I am 16, can I take ibuprofen for my back', [/under 18|age guidance/i]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a plan to ring tomorrow after "get seen today"', () => {
  test.each<[string, Step[], string?]>([
    ['backed, with the signs to act on sooner', [
      ["I'm 68 and this is the first time ever my back has hurt, nothing brought it on", [/seen today|urgent appointment/i]],
      ["ok I'll phone the surgery first thing tomorrow", [/first thing/i, /numbness between your legs/i]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

import { runSteps, type Step } from './support/botHarness';

// Issue 12 (answers16): an answer for what the person asked, in their own names for it: a trade,
// a sport or a gentle practice as an everyday activity; lay names of conditions; how long it
// has lasted; what a named product contains and what may go with it; the question over the
// story around it. Wordings are our own, not the spent sets'.

describe('answers by the names people use', () => {
  test.each<[string, Step[], string?]>([
    ['trade work named by its place', [
      ['ice or heat for a back spasm?', [/Heat/]],
      ['gaffer wants me back on site tomorrow', [/^You can usually go back to work|^Going back early still helps, but with a heavy job/, /lighter duties/]],
    ], 'en-GB'],
    ['a sport by its own name, mid-conversation', [
      ['ice or heat for a back spasm?', [/Heat/]],
      ['got futsal on friday', [/^You can play futsal\b/]],
    ], 'en-GB'],
    ['a gentle practice, asked as carrying on', [['my back is in spasm - should I carry on with my tai chi?', [/^You can do tai chi if you keep it gentle/, /skip deep forward bends/], [/lift and carry/]]], 'en-AU'],
    ['yoga poses by their own name', [['are asanas ok with a back spasm?', [/^You can do asanas if you keep it gentle/, /cat-cow/]]], 'en-IN'],
    ['"keep X?" at the start of a clause asks', [['spasm came on at work. keep shearing?', [/(Staying at|go back to) work/, /lighter duties/]]], 'en-NZ'],
    ['riding for work', [['back spasm, i deliver on a scooter all day, can i ride', [/^You can ride once you can move freely/]]], 'en-IN'],
    ['long sitting is not told car-only advice', [['I sit at my laptop 9 hours a day with this back spasm, any tips for sitting?', [], [/^Sit close to the wheel/]]], 'en-IN'],
    ['lay names of diabetes and blood pressure', [
      ['can i put a hot water bag on my back for the spasm', [/Heat/]],
      ['I am having sugar', [/With diabetes/]],
      ['and i take pressure tablets, which painkiller is best?', [/raise blood pressure/]],
    ], 'en-IN'],
    ['how long it has lasted, told on its own', [
      ['which mattress is best for a bad back?', [/mattress/]],
      ["it's been going on about 5 months now", [/routine visit/, /30 minutes every morning/]],
    ], 'en-GB'],
    ['a codeine product says what is in it and warns of drowsiness', [['the chemist sold me panadeine forte for my back, is it ok?', [/^Panadeine/, /codeine/, /drowsy/, /don't take more/]]], 'en-AU'],
    ['a product and a painkiller of another kind', [['could I add some aleve to my robaxacet?', [/^Robaxacet contains acetaminophen/, /A painkiller of another kind can usually be taken with it/]]], 'en-CA'],
    ['the question, not the story around it', [['my mum is 75, her back seized getting up off the floor. she takes amlodipine. which painkiller is safe for her?', [/blood pressure/], [/^Roll onto your side/]]], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

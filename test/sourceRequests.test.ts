import { runSteps, type Step } from './support/botHarness';

// Issue 12: a request for sources, in any words, gets the sources of the answer it is about:
// the one it names when it names an earlier one, else the last. Never another topic's text,
// a help menu or the same answer again. The wordings are our own, not the spent sets'.

const SOURCES_OF = (question: RegExp) => new RegExp(`^Sources for "${question.source}"`);

describe('source requests in other words', () => {
  test.each<[string, Step[], string?]>([
    ['"who says so?" after the heat answer', [
      ['is heat or an ice pack better for a back spasm?', [/Heat has the better evidence/]],
      ['who says so', [SOURCES_OF(/Ice or heat\?/), /Cochrane/]],
    ]],
    ['"what is that based on?"', [
      ['do I need an MRI for my back spasm?', [/X-ray or MRI/]],
      ["what's that based on", [SOURCES_OF(/Do I need a scan\?/)]],
    ]],
    ['an earlier answer named by its subject', [
      ["I take apixaban, can I have naproxen for my back?", [/blood thinner/]],
      ['can I use a heat pad as well?', [/heat/i]],
      ['where is the blood thinner bit from then', [SOURCES_OF(/Painkillers with blood thinners\?/), /Formulary|NHS/]],
    ], 'en-GB'],
    ['"where can I read" naming an earlier answer', [
      ['what mattress is best for back pain?', [/medium-firm/]],
      ['should I keep walking?', [/.+/]],
      ['where could I read up on the mattress one', [SOURCES_OF(/Mattress or floor\?/), /Kovacs/]],
    ]],
    ['a link asked for', [
      ['how long does a back spasm usually last?', [/within a few weeks/]],
      ['got a link for that?', [SOURCES_OF(/How long will it last\?/)]],
    ]],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });

  test.each<[string, Step[]]>([
    ['where the pain comes from is a question, not a source request', [['where does back spasm pain come from?', [/.+/], [/^Sources for/]]]],
    ['a link between two things is a question', [['is there a link between stress and back spasms?', [/stress/i], [/^Sources for/]]]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps, 'en-US');
  });
});

import { testContent, wholeBotSteps, type Step } from './support/botHarness';
import { forCountry } from '../src/knowledge/answerComposer';

// Round 44, answers. A reference bound to a country (knowledge/sources.yaml `countries`, such as a country's
// drug-driving law) is cited only to someone there, or whose country is unknown: the locale, or the country
// the person names, picks it. Wordings are this file's own.

describe('a country-bound source is cited only where it applies', () => {
  test.each<[string, string, boolean]>([
    ['can I drive to work with my back like this?', 'en-GB', true],
    ['can I drive to work with my back like this?', 'en-AU', false],
    ['can I drive to work with my back like this?', 'en-NZ', false],
    ['can I drive to work with my back like this?', 'en-US', false],
    ['can I drive to work with my back like this?', 'en-IE', false],
  ])('%s (%s): UK law cited %s', async (text, locale, cited) => {
    const step: Step = cited ? [text, [/UK drug-driving law/]] : [text, [/[Dd]riv/], [/UK drug-driving law/]];
    await wholeBotSteps([step], locale);
  });

  test('a country named in the conversation picks the source, whatever the locale', async () => {
    await wholeBotSteps([
      ["I live in Australia", [/./]],
      ['can I drive with a bad back?', [/[Dd]riv/], [/UK drug-driving law/]],
    ], 'en-GB');
  });

  test('a passage whose only source is bound elsewhere keeps it, so no answer is left without a source', () => {
    const library = testContent().answers.library;
    const cited = library.passages.find((p) => p.sources.some((s) => s.countries));
    expect(cited).toBeDefined();
    const bound = cited!.sources.find((s) => s.countries)!;
    const alone = { ...cited!, sources: [bound] };
    const plan = { kind: 'passage' as const, passage: alone, caveats: [] };
    expect(forCountry(plan, 'AU')).toEqual(plan);
    const both = { kind: 'passage' as const, passage: cited!, caveats: [] };
    const local = forCountry(both, 'AU');
    expect(local.kind === 'passage' && local.passage.sources.some((s) => s.countries)).toBe(false);
    expect(forCountry(both, 'GB')).toEqual(both);
  });
});

// A story that tells how the back went ("lifting a crate") and ends on a bare "what do we do?" asks for what to do
// now (knowledge/answers.yaml `whatToDo`), not for the lifting advice its cause word draws.
describe('a bare what-to-do after a told cause gets the first steps, not the cause\'s answer', () => {
  test.each<[string, string]>([
    ['my brother put his back out carrying a crate of beer, what should we do', 'en-GB'],
    ['just wrecked my back lifting a bag of cement, what do i do now', 'en-AU'],
    ['my back went moving a sofa, what should I do?', 'en-US'],
  ])('%s', async (text, locale) => {
    await wholeBotSteps([[text, [/keep moving gently/i], [/Keep the load close/, /lifting technique/]]], locale);
  });

  test.each<[string]>([
    ['how do I lift a heavy crate without hurting my back, what should I do'],
    ['what usually sets a spasm off, what should I do'],
  ])('a question before it is what is asked, not the first steps: %s', async (text) => {
    await wholeBotSteps([[text, [/./], [/get better with self-care/]]], 'en-GB');
  });
});

// How to book a physio without a referral is worded by locale (words-by-locale.yaml `physioBooking`): NHS
// self-referral is named to people in the UK only.
describe('the physio referral answer names NHS self-referral only in the UK', () => {
  test.each<[string, boolean]>([
    ['en-GB', true],
    ['en-AU', false],
    ['en-NZ', false],
    ['en-US', false],
  ])('%s: NHS named %s', async (locale, nhs) => {
    const text = 'can I book a physio myself or do I need a referral?';
    await wholeBotSteps([nhs ? [text, [/book a physio.*yourself/, /NHS self-referral/]] : [text, [/yourself, privately\./], [/NHS/]]], locale);
  });
});

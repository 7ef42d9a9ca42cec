// A passage that offers an anti-inflammatory must carry the `nsaid` tag: the tag is how the person's NSAID
// warnings (a blood thinner, a heart, an age, an NSAID already taken) reach it. An untagged guideline summary
// once offered "an NSAID if it's safe for you" to someone on an antiplatelet with no word of it (mend47b).
import { sentences } from '../src/knowledge/answerText';
import { fillWords } from '../src/knowledge/localeWords';
import { testContent } from './support/botHarness';

const { answers, numbers } = testContent();

// Passages that name an NSAID only to rule it out or to speak of one already taken: no offer to warn about.
const NOT_AN_OFFER = new Set(['med-numbing-patch', 'med-pregnancy', 'med-pregnancy-not-enough', 'med-paracetamol-with-nsaid', 'med-paracetamol-instead']);
const NAMES_AN_NSAID = /\bNSAIDs?\b|\{ibuprofen\}|\bibuprofen\b|anti-inflammator|\bnaproxen\b|\bdiclofenac\b/i;

describe('passages that offer an NSAID carry its warnings', () => {
  const offering = answers.library.passages.filter((p) => NAMES_AN_NSAID.test(p.answer) && !NOT_AN_OFFER.has(p.id));

  test.each(offering.map((p) => [p.id, p]))('%s is tagged nsaid, topical or paracetamol', (_id, p) => {
    const tagged = (p.tags ?? []).some((t) => t === 'nsaid' || t === 'topical' || t === 'paracetamol');
    expect(tagged).toBe(true);
  });

  test.each([
    ['an antiplatelet', { blood_thinners: true as const }, /blood thinner, don't take/],
    ['a heart history', { heart: true as const }, /heart disease .* don't take/],
    ['an NSAID already taken', { takes_nsaid: true as const }, /already take an NSAID/],
  ])('a guideline summary that names an NSAID leads with the warning for %s', (_what, known, warning) => {
    const p = answers.library.passages.find((x) => /guideline|NICE/.test(x.answer) && NAMES_AN_NSAID.test(x.answer) && x.topic === 'treatment-options');
    expect(p).toBeDefined();
    const caveats = answers.facts.caveats(p!, { known });
    const words = answers.localeWords.forLocale('en-IE');
    const text = answers.composer.compose(
      { kind: 'passage', passage: p!, caveats, ownFirst: false },
      { words, emergency: numbers.forLocale('en-IE').emergency, topicLabel: () => undefined },
    )!.text;
    expect(sentences(text)[0]).toMatch(warning);
    expect(text).toContain(sentences(fillWords(p!.answer, { ...words, emergency: numbers.forLocale('en-IE').emergency }))[0]!);
  });
});

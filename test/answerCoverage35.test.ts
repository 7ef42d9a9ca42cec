import { join } from 'node:path';
import { answerWords } from '../src/knowledge/answerText';
import { NamedSubjects } from '../src/knowledge/namedSubject';
import { MedicineBrands } from '../src/knowledge/medicineBrands';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { Language } from '../src/language';
import { runSteps, type Step } from './support/botHarness';

// Round 35: a reply must not pass general advice off as advice for the place the person means to use a thing in
// ("a canned answer to another question"), and a medicine asked by brand is named as its ingredient once. Our own phrasings.

const knowledge = join(__dirname, '..', 'knowledge');
const words = answerWords(new TextNormalizer(Language.fromDirectory()));
const subjects = NamedSubjects.fromFile(join(knowledge, 'language', 'named-subject.yaml'), words);
const brands = MedicineBrands.fromFile(join(knowledge, 'medicine-brands.yaml'));

describe('NamedSubjects.settingsOf: the place a thing is to be used in', () => {
  test.each<[string, string[]]>([
    ['could I bring my heat wraps on the ferry?', ['heat wraps on the ferry']],
    ['is it fine to use a hot water bottle at the cinema', ['hot water bottle at the cinema']],
    // A doing told by its doer is advice for anywhere.
    ['can I stretch in the park?', []],
    // A time, a body part or the bed is no place of its own.
    ['can I use heat in the morning?', []],
    ['is ice ok on my knee?', []],
    // Told, not asked.
    ['I used a heat pack on the bus.', []],
    // "to" before a verb is a doing, not a place; a question word is no thing.
    ['any tips on how to cope?', []],
    ['is it safe to sleep with a wheat bag?', []],
    ['can i bring my tens machine to the gym?', ['tens machine to the gym']],
    // A measure is no place.
    ['can I keep the heat pad on for 20 minutes?', []],
  ])('%s', (text, settings) => {
    expect(subjects.settingsOf(text).filter((s) => s.thing.length).map((s) => s.text)).toEqual(settings);
  });

  test('a long message is read clause by clause: each setting stays short', () => {
    // No clock here: how fast long text is read is measured by `npm run bench` (its long-message turn).
    const found = subjects.settingsOf('can i take heat packs on the plane to the office in '.repeat(200));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((s) => s.text.split(' ').length > 6)).toEqual([]);
  });
});

const NO_SPECIFIC = /I don't have specific advice on/;

describe('a thing asked about for a place no answer speaks of: said plainly, then the general advice', () => {
  test.each<[string, Step[], string?]>([
    ['heat wraps on a ferry: named in their words, then heat in general', [
      ['could I bring my heat wraps on the ferry?', [/^I don't have specific advice on "heat wraps on the ferry"; here is what I can tell you in general\./, /heat/i]],
    ], 'en-GB'],
    ['a wheat bag to the library', [
      ['should I take my wheat bag to the library', [/^I don't have specific advice on "wheat bag to the library"/]],
    ], 'en-GB'],
    // Answers that do speak of the place are given as before.
    ['heat in the car', [['can I use a heat pad in the car on a long drive?', [/./], [NO_SPECIFIC]]], 'en-GB'],
    ['heat at night', [['is heat ok at night?', [/bed|sleep/i], [NO_SPECIFIC]]]],
    ['a doing anywhere', [['can I stretch in the park?', [/./], [NO_SPECIFIC]]], 'en-AU'],
    ['a medicine with food', [['can I take ibuprofen on an empty stomach?', [/food/i], [NO_SPECIFIC]]]],
    ['a place with no thing', [['should I stay at home today?', [/./], [NO_SPECIFIC]]], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('MedicineBrands: a brand read as its ingredient', () => {
  test.each<[string, string | undefined]>([
    ['is aleve alright for my back', 'Aleve is naproxen, an anti-inflammatory like ibuprofen.'],
    // Their spelling; the locale's name for paracetamol is filled in when the reply is written.
    ['got some CROCIN at home', 'CROCIN is {paracetamolPlain}.'],
    ['Ecosprin every morning', 'Ecosprin is aspirin, usually taken daily at a low dose to thin the blood.'],
    // Two brands in one short sentence.
    ['motrin or panadol, which one?', 'Motrin is ibuprofen and Panadol is {paracetamolPlain}.'],
    // Generic names never get a line.
    ['is naproxen alright for my back', undefined],
    ['can i have paracetamol and ibuprofen', undefined],
  ])('%s', (text, line) => {
    expect(brands.named(text)?.line).toEqual(line);
  });
});

const BRAND_LINE = / is (?:ibuprofen|naproxen|diclofenac|paracetamol|aspirin), /;

describe('a medicine answer about a brand names its ingredient once', () => {
  test.each<[string, Step[], string?]>([
    ['an Indian paracetamol brand', [['does crocin do anything for a back spasm?', [/^Crocin is paracetamol\./]]], 'en-IN'],
    ['a diclofenac brand the answer does not name', [['any point taking voltaren for a stiff back?', [/^Voltaren is diclofenac, an anti-inflammatory like ibuprofen\./]]]],
    ['a paracetamol brand in the US: the US name', [['is panadol any good for a back spasm?', [/^Panadol is acetaminophen\./]]]],
    // The answer already names the brand: not said twice.
    ['a brand the answer names', [['am I ok to take Nurofen?', [/Nurofen/], [BRAND_LINE]]], 'en-GB'],
    // Generic names: the answers are as they were.
    ['ibuprofen by name', [['am I ok to take ibuprofen?', [/ibuprofen/i], [BRAND_LINE]]], 'en-GB'],
    ['naproxen by name', [['does naproxen do anything for a back spasm?', [/naproxen/i], [BRAND_LINE]]]],
    ['paracetamol by name', [['does paracetamol do anything for a back spasm?', [/paracetamol/i], [BRAND_LINE]]], 'en-IN'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

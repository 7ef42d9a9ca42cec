import { Language } from '../src/language';
import { levels, quietEach } from './support/screenTables';

// Issue 10, the kinds of miss round 15's first run showed (our own phrasings, none
// from a blind round). Raised: signs told in clinicians' words (knowledge/language/
// clinical.yaml), a medicine question that states a sign ("if I also have ..."), not
// feeling the seat told as a likeness, the back changing shape, a friend "of mine"
// told of now, a confused father whose dated detail sits in a "when he ..." clause.
// Not raised: another person's story beside the writer's own ordinary back (a
// person's person, a novel, a group of strangers, a relative in the locale's word,
// someone already in hospital), a past test that came back normal, a term asked
// about, a worry with no sign.

describe('clinical words are read as the plain words', () => {
  const language = Language.fromDirectory();
  test.each([
    ['paresthesia', 'pins and needles'],
    ['dyspnoea', 'breathlessness'],
    ['interscapular', 'between the shoulder blades'],
    ['rtc', 'car crash'],
  ])('%s', (word, plain) => {
    expect(language.words(word).join(' ')).toBe(plain);
  });
});

describe('raised', () => {
  levels([
    ['paresthesias in both feet since lunch, known disc prolapse', 'emergency'],
    ['bilateral leg numbness came on overnight with my back pain', 'emergency'],
    ['quadriceps weaker every few hours, lumbar pain for two days', 'emergency'],
    ['upper back pain, diaphoretic and dyspneic, 58M', 'emergency'],
    ['lumbar pain and anorgasmia since the weekend', 'emergency'],
    ['t-spine pain following an RTA on the motorway at speed', 'emergency'],
    ['is paracetamol ok with my sore back if i already have difficulty getting the stream going?', 'emergency'],
    ['on the loo it is as if i am perched on thin air, back agony for days', 'emergency'],
    ['a pal of mine has hurt his back and now says both his legs are numb, we are at his house', 'emergency'],
    ['grandad is 86 and burning up, now he is not making sense and asking for his brother who died years ago', 'emergency'],
    ['my partner says my spine is looking crooked to one side lately and it aches', 'urgent'],
  ], '%s');
});

quietEach('not raised', [
  ["my sister's neighbour lost feeling in both legs after a disc op; my sister's own back is just a strain, nothing like that. what helps her?"],
  ["my daughter's swimming coach had a fever with back pain and it was a kidney infection. my daughter is 12, no fever, just stiff from training"],
  ['in the film last night the hero crashes his car and breaks his back. me, i just twisted mine hoovering'],
  ['the older blokes at my club on steroids swear by ice baths. my back is just tight after rowing'],
  ['mi abuelo has osteoporosis, i am 28 and my back is only sore from lifting boxes'],
  ['my friend came off her bike and she is in hospital with a fractured vertebra. i only pulled my back cleaning the car'],
  ['my scan for the back pain last year came back fine and it settled. new twinge now from gardening'],
  ["what does 'bilateral sciatica' mean?"],
  ['could the pain be cauda equina? i am walking fine, is that what people mean by foot drop if your foot slaps?'],
  ['i keep panicking that something awful is going on, the ache is the worst i have had. hurt it moving a sofa'],
], 'none');

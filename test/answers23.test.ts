import { runSteps, type Step } from './support/botHarness';

// Set 13 kinds, in our own words: a gel asked about next to tablets, the paracetamol answer's caution for older
// people, extra aspirin on an antiplatelet, a worry about the heart, routine care, and telling whether a medicine
// slows you down.
describe('answers say what the question asks, with the person\'s facts', () => {
  test.each<[string, Step[], string?]>([
    ['a gel after a blood thinner: less reaches the blood, still not without the doctor', [
      ['I take apixaban, what can I use for a bad back?', [/./]],
      ['is rubbing a gel on any safer than swallowing pills?', [/gel either unless your doctor agrees/, /much less medicine into your blood/], [/little research on gels, creams/]],
    ]],
    ['a named gel with blood pressure tablets: the gel line, not the tablet line', [
      ['my back is stiff and I take losartan', [/./]],
      ['could I try diclofenac gel?', [/A diclofenac gel contains diclofenac/, /less likely than tablets to raise it/], [/as they can raise it/]],
    ], 'en-GB'],
    ['paracetamol asked about plainly names who should ask before the anti-inflammatory', [
      ['will acetaminophen do anything for this?', [/within the label/, /over 65/, /pharmacist first/]],
    ]],
    ['extra aspirin on top of an antiplatelet is a no', [
      ['I am on clopidogrel, my lower back has gone into spasm', [/./]],
      ['could I double up my aspirin for the pain?', [/don't take .*extra aspirin/]],
    ], 'en-IE'],
    ['a worry about the heart after a medicine answer gets the heart signs, whatever the topic in context', [
      ['I have a heart stent, which painkiller is ok for my back?', [/./]],
      ['is it possible this is coming from my heart?', [/chest pain or pressure/, /arm or jaw/, /999/]],
    ], 'en-GB'],
    ['when to have it looked at, with no warning sign, is the routine answer', [
      ['how long will this back spasm go on?', [/./]],
      ['at what point should someone examine it?', [/after a few weeks/], [/Get seen today/]],
    ]],
    ['how to tell a medicine is slowing you down', [
      ['am I ok driving on codeine?', [/./]],
      ['what are the signs that it is making me drowsy', [/sleepy, dizzy/, /don't drive/]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

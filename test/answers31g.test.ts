import { runSteps, type Step } from './support/botHarness';

// Mend 31g: what a product already holds and what a drowsy medicine rules out come first; pregnancy
// shorthand is how far along, not how long the pain has lasted; "how often" about something other than a
// medicine is no dosing question. Our own phrasings.
describe('a combination product or a drowsy medicine decides the answer', () => {
  test.each<[string, Step[], string?]>([
    ['a muscle relaxant with paracetamol in it, then a paracetamol brand: no second dose', [
      ['the chemist sold me myospaz for my back, is it fine?', [/Myospaz contains chlorzoxazone/, /paracetamol/]],
      ['can I have a crocin as well for the pain?', [/Myospaz already contains paracetamol/]],
    ], 'en-IN'],
    ['wine after a muscle relaxant was named earlier: the drowsiness, not the ibuprofen line', [
      ['the doctor put me on diazepam for this spasm', [/./]],
      ['is a glass of wine with dinner ok with it?', [/Don't drink alcohol with medicines that make you drowsy/], [/usually OK with ibuprofen/i]],
    ], 'en-GB'],
    ['beer with a named muscle relaxant in the same message', [
      ['can I have a couple of beers while on cyclobenzaprine?', [/Don't drink alcohol with medicines that make you drowsy/], [/usually OK/]],
    ], 'en-US'],
    ['alcohol with an anti-inflammatory keeps its own answer', [
      ['one beer tonight with my naproxen, is that alright?', [/stomach bleeding/], [/make you drowsy, such as/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('pregnancy shorthand is a pregnancy, not a duration', () => {
  test.each<[string, Step[], string?]>([
    ['weeks along written short: no "lasted over 6 weeks", and later answers know', [
      ['29 wks preg, back locked up bending to the dishwasher, what do i do', [/./], [/lasted over 6 weeks/, /weeks ago/]],
      ['is nurofen ok?', [/avoid ibuprofen/i]],
    ], 'en-AU'],
    ['the same shorthand after the number', [
      ['preggers at 31 weeks and my back has gone, can i take ibuprofen', [/pregnan/i], [/usual first choice; follow the label/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('the thing asked about decides the passage', () => {
  test.each<[string, Step[], string?]>([
    ['"how often" after a seating answer is no dosing question', [
      ['would a saddle stool be better than my office chair for my back?', [/./]],
      ['how often should I swap between them?', [], [/Follow the label/, /I don't give doses/]],
    ], 'en-US'],
    ['a bare "how often?" after a painkiller answer still asks about the painkiller', [
      ['is ibuprofen alright for a back spasm?', [/./]],
      ['how often?', [/[Ff]ollow the label/]],
    ], 'en-GB'],
    ['a codeine product then sitting in the cab all day: sitting tips, not the product again', [
      ['got co-codamol from the pharmacy, can I drive my cab on it?', [/codeine/]],
      ['how do I manage sitting in the cab the whole shift with this?', [/sitting|sit/i], [/already contains paracetamol/]],
    ], 'en-GB'],
    ['getting out of bed keeps its own answer', [
      ['how can I get out of bed in the morning without it hurting', [/edge of the bed/]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('a question asked again in other words is not answered with the same text', () => {
  test.each<[string, Step[], string?]>([
    ['"no, I mean" after a timing answer: not "As I said", not the same first line', [
      ['how long do I keep a heat pack on each time?', [/15 to 20 minutes at a time/]],
      ['no, I mean over how many days should I keep going with it', [], [/As I said/, /^Use heat or cold for 15 to 20 minutes at a time/]],
    ], 'en-GB'],
    ['the same follow-up without a rewording marker keeps the usual handling', [
      ['how long do I keep a heat pack on each time?', [/15 to 20 minutes at a time/]],
      ['so how long then?', [/./]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

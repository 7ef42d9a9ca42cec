import { runSteps, type Step } from './support/botHarness';

// A short follow-up that asks the last question again: about something else ("what about X?") or for a measure of it
// ("how long?"), read as that question, not by its few words alone (which sound like the pain's course or burns).
describe('a short follow-up asks the last question again', () => {
  test.each<[string, Step[], string?]>([
    // Whether cold is a good idea is the which-is-better question itself (not what to use as a cold pack, nor an ice bath);
    // warmth asked next goes on with the heat evidence, not burns first aid nor home-made packs.
    ['cold asked first, then warmth: the which-is-better answer, not burns first aid', [
      ['is a cold pack a good idea on my lower back?', [/better evidence/], [/frozen peas|ice bath/]],
      ['what about a heat pack instead?', [/heat/], [/cool \(not icy\) running water/, /Ice cubes in a sealed bag/]],
    ], 'en-GB'],
    ['a spa, then how long: minutes of heat, not weeks of recovery', [
      ['is it ok to sit in a spa with my sore back?', [/hot tub or sauna/]],
      ['how long is alright?', [/15 to 20 minutes/], [/within a few weeks/, /pain roughly halved/]],
    ], 'en-AU'],
    ['swimming, then cycling: the same question about the new sport', [
      ['could I go swimming with my back as it is?', [/go swimming/]],
      ['what about cycling?', [/go cycling/]],
    ], 'en-US'],
    ['a measure the words answer on the same subject stays there', [
      ['what stretches would loosen a tight low back?', [/[Ss]tretches/]],
      ['how many times a day?', [/sessions through the day/], [/As I said/]],
    ], 'en-GB'],
    ['a measure with a subject of its own is read on its own words', [
      ['can I put a wheat bag on it?', [/./]],
      ['how long until the pain is gone for good?', [/few weeks/]],
    ], 'en-NZ'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// Where an activity is done, when the place is an activity itself, is what is asked; and idioms are no activity.
describe('the place an activity is done in', () => {
  test.each<[string, Step[], string?]>([
    ['sitting in a sauna: the heat answer, not long sitting', [
      ['could I sit in the sauna to loosen my back?', [/hot tub or sauna/], [/long spells|aisle seat/]],
    ], 'en-GB'],
    ['shifts one after another: no rowing', [
      ["back spasm since monday, and it's the third day in a row it's bad. big week ahead", [/./], [/go row/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// An age told is no length of time: "I'm 72" must not match the "first 72 hours" advice.
describe('an age is no measure of time', () => {
  test.each<[string, Step[], string?]>([
    ['heat or cold with an age that is also a number of hours', [
      ["hot or cold, I'm 72 if that matters", [/better evidence/], [/48 to 72 hours/]],
    ], 'en-US'],
    ['the ice-first question itself still gets its answer', [
      ['should it be ice for the first 48 hours and only then heat?', [/48 to 72 hours|popular advice/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

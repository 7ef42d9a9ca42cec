import { runSteps, type Step } from './support/botHarness';

// Round 32 (reask): a follow-up on an answer already given is read for what it asks or tells; the same text is not said
// again ("As I said: ...") unless asked for. Our own phrasings.
describe('an answer already given is not said again', () => {
  test.each<[string, Step[], string?]>([
    ['a progress report after the heat answer: no "As I said"', [
      ['is a hot water bottle or an ice pack better for my back?', [/Heat has the better evidence/]],
      ['used the hot water bottle last night and it eased off a little', [/./], [/As I said/, /Heat has the better evidence/]],
    ], 'en-GB'],
    ['a pushback after a painkiller answer: acknowledged, not the same warning word for word', [
      ['I take apixaban, can I have naproxen for my back?', [/blood thinner/]],
      ['honestly that sounds like nonsense, naproxen has always been fine for me', [/./], [/As I said/]],
    ], 'en-US'],
    ['a question about something the stretch answer never mentions: not the stretches again', [
      ['which stretches help a stiff lower back?', [/knee-to-chest/]],
      ['my foot has gone a bit pins and needles since, is that normal?', [/./], [/As I said/, /hug one knee/]],
    ], 'en-AU'],
    ['with nothing new left: said plainly, with when to see someone', [
      ['should I use heat or ice on my back?', [/Heat has the better evidence/]],
      ['ok so heat then. honestly not sure it does anything', [/./], [/As I said/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A follow-up on the same topic is read for the aspect it asks: over how many days, how often in a day.
describe('a follow-up gets the line for the aspect it asks', () => {
  test.each<[string, Step[], string?]>([
    ['over how many days, after minutes each time: not the minutes again', [
      ['how many minutes at a go should a heat pad stay on my back?', [/15 to 20 minutes at a time/]],
      ['i meant for how many days do i carry on with the heat pad', [/./], [/As I said/, /^Use heat or cold for 15 to 20 minutes/]],
    ], 'en-GB'],
    ['how often in a day, after the timing answer: the line that says how often', [
      ['how many minutes at a go should a heat pad stay on my back?', [/15 to 20 minutes at a time/]],
      ['what is a good mattress for a bad back', [/./]],
      ['and how many times a day can I use the heat pad', [/through the day|as often as/i]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

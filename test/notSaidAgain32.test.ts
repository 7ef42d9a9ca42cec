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

import { runSteps, type Step } from './support/botHarness';

// mend49b (set 41's answers, safety first): the writer's own prescription medicine asked about for someone else is
// someone else's for them; "ring" for phoning is a who-to-call question, with the numbers of the country they are in;
// "my 2 year old" is a child named, never the writer's age; halfway up off the floor gets the steps from there, not a
// bare "OK"; "then what is it I'm supposed to do?" after answers gets the plan. The wordings are our own, not the spent sets'.

describe('set 41 answers: safety-first mends', () => {
  test.each<[string, Step[], string?]>([
    ["the writer's own prescription, asked for their teenager: someone else's, never 'he can take them'", [
      ['my daughter is 16 and has pulled her back at netball', [/./]],
      ['she wants to try some of my muscle relaxers from the GP', [/prescribed for someone else/i], [/[Ss]he can take them/]],
    ], 'en-GB'],
    ['asked for a son with "can he": the same', [
      ['can he have some of my tramadol for his back? he is 19', [/prescribed for someone else/i]],
    ]],
    ["the writer's own prescription for themselves stays their own", [
      ['can I take my muscle relaxers before bed?', [/[Mm]uscle relaxants/], [/prescribed for someone else/i]],
    ]],
    ['"who do I ring" while in another country: that country\'s advice and emergency numbers', [
      ['we are over in Scotland for a wedding and my back has seized up', [/./]],
      ['who do I ring if it gets worse tonight', [/NHS 111/, /999/], [/I don't have an answer/]],
    ], 'en-AU'],
    ['"who do I ring" at home: the advice line of the locale', [
      ['who should I ring if my back gets worse over the weekend', [/healthdirect/, /000/]],
    ], 'en-AU'],
    ['"my 3 yr old" is the child lifted, not the writer\'s age', [
      ['how do I lift my 3 yr old into the car seat with my back like this', [/./], [/Age alone isn't a warning sign/, /first-ever bout over about 50/]],
    ], 'en-CA'],
    ['halfway up off the floor after the steps: the next steps from hands and knees, not a bare OK', [
      ['my back has locked, I cannot get up off the floor and there is nobody home', [/hands and knees/]],
      ['okay I am on my hands and knees now', [/chair or sofa/, /push up/], [/I'm here if you need anything else/, /Well done/]],
      ['made it up onto the sofa', [/getting up is often the hardest part/]],
    ], 'en-GB'],
    ['halfway up, written for someone: the steps said of them', [
      ['my dad cannot get up off the floor, his back went', [/./]],
      ['ok he is on his hands and knees now', [/their own arms|chair/], [/I'm here if you need anything else/]],
    ], 'en-US'],
    ['"then what is it I\'m supposed to do?" after answers: the plan, not a pharmacist line alone', [
      ['I take warfarin, can I have ibuprofen for my back?', [/warfarin|blood thinner/i]],
      ['then what is it im supposed to do?', [/heat/, /moving/], [/Thanks, that helps/]],
    ]],
    ['no better after weeks of self-care: the time to be seen is now, not "if no better after a few weeks"', [
      ['my lower back seized up lifting the shopping', [/./]],
      ['still no better and it has been four weeks now', [/now is a good time to see/], [/if it's no better after a few weeks/]],
    ], 'en-GB'],
    ['no better after a couple of days: the few-weeks advice still stands', [
      ['my lower back seized up lifting the shopping', [/./]],
      ['still no better, two days now', [/few weeks/], [/now is a good time to see/]],
    ], 'en-GB'],
    ['an anti-inflammatory by its name abroad is answered as one, not with general reassurance', [
      ['back home I always used Dexak for this, am I ok to take it while I am here?', [/Dexak is dexketoprofen, an anti-inflammatory/], [/not serious/]],
    ], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

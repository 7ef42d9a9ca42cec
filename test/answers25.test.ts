import { runSteps, type Step } from './support/botHarness';

// An everyday activity one of whose answers is the person's own (the pregnancy heat answer for a spa): that answer,
// never a "you can" that a warning then takes back.
describe('an activity is answered for the person it is asked by', () => {
  test.each<[string, Step[], string?]>([
    ['a steam room while pregnant: no hot soaks, not "you can"', [
      ['I am 26 weeks pregnant and my lower back keeps seizing up', [/./]],
      ['would a steam room be alright for it?', [/[Aa]void hot tubs and saunas/], [/You can use a hot tub/]],
    ], 'en-GB'],
    ['a spa told of in passing while pregnant: still no hot soaks', [
      ['what stretches are good for a tight lower back', [/./]],
      ['I should say I am 19 weeks pregnant', [/./]],
      ['there is a hot tub at our holiday house, would that be good', [/[Aa]void hot tubs and saunas/], [/You can use a hot tub/]],
    ], 'en-AU'],
    ['the same question with no pregnancy: the general heat answer', [
      ['would a steam room be alright for my stiff back?', [/You can use a hot tub or sauna/]],
    ], 'en-GB'],
    ['ladders for work: the fall risk, not a sport', [
      ['is it safe to climb ladders on the job with my back like this?', [/go up a ladder/, /fall/], [/game or hard session/]],
    ], 'en-AU'],
    ['a shovel and snow: small doses with breaks, not a refusal', [
      ['can I do some snow shoveling this weekend?', [/clear snow/, /small loads/], [/don't have an answer/]],
    ], 'en-CA'],
    ['a golf booking: the sport answer', [
      ['my back is sore, am I ok to tee off on saturday?', [/play golf/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// Drowsy medicines: driving, drink and someone else's prescription are answered, never refused, and never with a dose.
describe('drowsy and prescription-only medicines are answered without doses', () => {
  test.each<[string, Step[], string?]>([
    ['a sleeping pill and a morning drive: not while it slows you', [
      ['I took a sleeping tablet last night, is it ok to drive to work this morning?', [/sleeping tablets|night/, /[Dd]rive/]],
    ], 'en-GB'],
    ['drowsy tablets told before a long drive: the driving warning', [
      ['I have a five hour drive on monday and my back is in spasm', [/./]],
      ['my GP gave me some pills and they make me really drowsy', [/[Dd]on't drive/]],
    ], 'en-NZ'],
    ['drink with drowsy medicine: none at all', [
      ['can I have a couple of beers on my sleeping pills?', [/Don't drink alcohol with medicines that make you drowsy/]],
    ], 'en-US'],
    ['a relative\'s muscle relaxant: only if prescribed for you', [
      ['my brother has some valium, could I take one of his for my back?', [/someone else/]],
    ], 'en-IE'],
    ['a muscle relaxant from the clinic: no dose from the bot', [
      ['the walk-in clinic prescribed me methocarbamol', [/[Mm]uscle relaxants/], [/[Gg]et seen today/]],
      ['how many should I take each day?', [/label|prescribed/], [/\d+ ?mg/]],
    ], 'en-CA'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// Content that was missing: the number to call abroad, asthma when breastfeeding.
describe('answers that were planned and are now written', () => {
  test.each<[string, Step[], string?]>([
    ['the emergency number when travelling: the local one, 112 across the EU', [
      ['which number do I ring for an ambulance when I am travelling overseas?', [/112/, /country you're in/]],
    ], 'en-GB'],
    ['on holiday in an EU country: its number, not home\'s', [
      ['I am staying in Portugal and my back went this morning', [/./]],
      ['who do I phone if it becomes an emergency?', [/112/], [/999/]],
    ], 'en-GB'],
    ['breastfeeding with asthma: the asthma caution goes with the breastfeeding answer', [
      ['I am breastfeeding and I have asthma, which painkiller can I take?', [/breastfeeding/, /[Aa]sthma/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A story then a question: the passage whose question is asked, not the one the story's words fit.
describe('the question asked, not the story around it', () => {
  test.each<[string, Step[], string?]>([
    ['a story of how it happened, then whether to lie up: the bed-rest answer', [
      ['I wrenched my back hauling timber this afternoon. Do I need to stay in bed for a few days?', [/staying in bed makes recovery slower/], [/log roll/]],
    ], 'en-AU'],
    ['one question with two medicines joined by "and": still the together answer', [
      ['can I take advil and tylenol at the same time', [/together/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

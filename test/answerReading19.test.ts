import { runSteps, type Step } from './support/botHarness';

// Words read in the sense the question means, passages for questions that had none, a wished-for property not read as a denial.
describe('answers for everyday questions, read in the sense meant', () => {
  test.each<[string, Step[], string?]>([
    ['"run" with a machine after it operates the machine', [
      ['can I run the tractor this afternoon?', [/use machinery/], [/go running/]],
    ], 'en-NZ'],
    ['"run" with a route after it is a driving job', [
      ['can I still run my bus route this week?', [/drive long hours/], [/go running/]],
    ], 'en-GB'],
    ['going for a run is still running', [
      ['can I go for a run on Sunday?', [/go running/]],
    ]],
    ['heat while driving gets the heat-on-the-go answer, not running', [
      ['is it fine to run a plug-in heat pad in the car on my commute?', [/on the go/], [/go running/]],
    ]],
    ['a taxi ride is sitting as a passenger, not riding', [
      ['heat or ice for a sore lower back?', [/Heat/]],
      ['and the taxi ride to the office takes an hour', [/travel/], [/ride once/]],
    ], 'en-GB'],
    ['a painkiller that will not make you drowsy: drowsy is what is asked about', [
      ["is there a painkiller that won't make me drowsy? I operate cranes", [/don't make you drowsy/]],
    ], 'en-AU'],
    ['what to say to an employer', [
      ['how do I explain my bad back to my manager?', [/your employer know/, /lighter duties/]],
    ], 'en-GB'],
    ['a spasm gripping in the middle of a game', [
      ['what do I do if it seizes halfway through the match?', [/^Stop what you're doing/]],
    ], 'en-AU'],
    ['a phone line for advice, by locale', [
      ['is there somebody I can phone for advice about my back?', [/Healthline on 0800 611 116/]],
    ], 'en-NZ'],
    ['physio or doctor', [
      ['should I book a physio or see my GP first?', [/^Either is a good first step/]],
    ], 'en-GB'],
    ['pregnancy: ending up on the back at night gets the side-sleeping answer', [
      ["I'm 25 weeks pregnant and my back is in spasm", [/./]],
      ['I keep rolling onto my back while I sleep', [/16 weeks/, /roll onto your side/]],
    ], 'en-GB'],
    ['a brand and its form said apart name the gel product', [
      ['and the cream, would the voltaren one be ok on my back?', [/^Voltaren gel contains diclofenac/]],
    ], 'en-AU'],
    ['heat while breastfeeding', [
      ['is a wheat bag alright on my back while I am breastfeeding?', [/doesn't affect your milk/]],
    ], 'en-GB'],
    ['a prescribed medicine: no dose, the label', [
      ['what dose of my prescribed muscle relaxant should I take?', [/exactly as its label says/]],
    ]],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

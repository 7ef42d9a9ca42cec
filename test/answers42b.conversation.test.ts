import { runSteps, type Step } from './support/botHarness';

// mend42b: facts told along the way that must shape the answers, in our own words.
// - A trip ahead ("flying X to Y") leaves the user where they are: their own numbers
//   stay, but a question about the place the trip goes to ("over there", "when I land")
//   is answered with that country's services and emergency number (travelPlace.ts).
// - A question asked in a later clause with "does" and any subject ("I'm 52 now, does age
//   make a difference") is a question: a fact told with it is answered, not only noted.
// - Swapping between heat and cold, and CBD oil, have answers of their own.
// - Asthma that flares with aspirin, told in any of its forms (user-facts.yaml
//   mentionSets), means no NSAID is offered.

describe('a trip abroad told ahead', () => {
  test('a New Zealander bound for Britain gets the British numbers only for over there', async () => {
    const steps: Step[] = [
      ['my back went on saturday and on thursday I am flying christchurch to the uk, about 26 hours in the air', [/./], [/999/]],
      ['once I land, where do I go for help with my back over there', [/999/, /NHS 111|111/], [/Healthline/]],
      ['should I use heat or ice', [/./], [/999/]],
    ];
    await runSteps(steps, 'en-NZ');
  });

  test('the destination named again in a later question is asked about too', async () => {
    const steps: Step[] = [
      ['heading to australia next month for work, sore back since last week', [/./], [/000/]],
      ['who would I call in australia if my legs went numb', [/000/], [/999/]],
    ];
    await runSteps(steps, 'en-GB');
  });

  test('without a trip, "over there" moves nobody', async () => {
    await runSteps([['my back hurts, which painkiller should I get from the chemist over there', [/./], [/999/]]], 'en-AU');
  });
});

describe('asthma that flares with aspirin', () => {
  test.each<[string, string]>([
    ['en-ZA', 'my asthma gets worse with disprin so I never touch it. my lower back is in spasm, what can I have'],
    ['en-GB', 'aspirin brings on my asthma. what painkiller for a back spasm?'],
  ])('%s: "%s"', async (locale, text) => {
    await runSteps([[text, [/paracetamol/i], [/ibuprofen is (usually|the usual)/i, /usual first choice/i]]], locale);
  });

  test('asthma told alone keeps the usual line', async () => {
    await runSteps([['I have asthma, can I take ibuprofen for my back', [/aspirin or NSAIDs have ever (made your breathing worse|affected your breathing)/i]]], 'en-GB');
  });
});

describe('questions with answers of their own', () => {
  test('age told with a "does" question in the next clause gets the age answer', async () => {
    const steps: Step[] = [
      ['my back is in spasm for the second time this spring', [/./]],
      ['I turned 61 last month, does age change anything', [/age alone/i], [/keep that in mind/i]],
    ];
    await runSteps(steps, 'en-GB');
  });

  test('swapping between heat and cold after the heat-or-cold answer', async () => {
    const steps: Step[] = [
      ['should I put ice or a hot water bottle on my back', [/heat/i]],
      ['is it alright to go back and forth between them', [/swap between heat and cold/i], [/paracetamol|ibuprofen/i]],
    ];
    await runSteps(steps, 'en-GB');
  });

  test('CBD oil', async () => {
    await runSteps([['a guy at work says cbd oil sorts out back spasms, worth a go?', [/no good evidence/i, /CBD/]]], 'en-AU');
  });
});

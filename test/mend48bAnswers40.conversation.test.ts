import { runSteps, type Step } from './support/botHarness';
import { TravelPlace } from '../src/knowledge/travelPlace';

// mend48b: set 40's answers turns, by kind, in our own words.
// - A trip's place named as behind the traveller ("after Perth we go camping") asks about home:
//   home's numbers stay (src/knowledge/travelPlace.ts, user-facts.yaml `tripOver`).
// - A same-day sign told in a clause of its own after an opening that hedges nothing ("right,
//   only the back then, it's up between my shoulder blades") is told: the same-day advice is
//   given at once, not a question asking back what was just said (dialogs/redFlagCheck.ts).

describe('a trip told as over', () => {
  const place = new TravelPlace([['en-AU', [['perth'], ['australia']]]], new Set(['flight', 'flying']), [['over', 'there']], [['after'], ['back', 'from']]);
  test.each<[string, boolean]>([
    ['after perth we go hiking for a week, is that wise', false],
    ['back from australia on monday, can I go to the gym', false],
    ['who do I ring in perth if it gets worse', true],
    ['what about over there after the wedding', true],
  ])('"%s" asks about the trip place: %s', (text, asks) => {
    expect(place.asksAbout(text.split(' '), 'en-AU')).toBe(asks);
  });

  test('the place named after "after" keeps home numbers', async () => {
    const steps: Step[] = [
      ['my back went yesterday and I have a flight to perth on friday, is flying ok with a spasm?', [/./], [/000/]],
      ['after perth we want to go camping back home for ten days, is that sensible with my back?', [/\b111\b/], [/\b000\b/]],
    ];
    await runSteps(steps, 'en-NZ');
  });

  test('the place named again still asks about there', async () => {
    const steps: Step[] = [
      ['sore back since saturday, I am flying to melbourne next week for a conference', [/./], [/000/]],
      ['who would I ring in melbourne if my legs went numb', [/000/], [/\b111\b/]],
    ];
    await runSteps(steps, 'en-NZ');
  });
});

describe('a same-day sign told after an opening', () => {
  test.each<[string, string]>([
    ['en-GB', 'ok then, it sits right between my shoulder blades'],
    ['en-GB', 'right, so mine is in between my shoulder blades'],
  ])('%s: "%s" gets the same-day advice, not the question back', async (locale, text) => {
    await runSteps([[text, [/doctor|GP|111/], [/Just to check: is the pain high up/]]], locale);
  });

  // Merge fix: a row told in parts is not read whole from one clause: a first episode with no age told
  // is asked about, never sent to a doctor today (the age is the part nobody said).
  test('a first episode with no age told is asked about, not advised', async () => {
    await runSteps([['Morning. Never had a bad back in my life, but my lower back has ached for two weeks now. Nothing I did started it.', [/Just to check/], [/get seen today/i]]], 'en-GB');
    await runSteps([['Hello. This is the first time in my life my back has hurt, it has ached low down for a week. No reason I know of.', [/Just to check/], [/get seen today/i]]], 'en-GB');
  });
});

describe('a hot thing put on the back is no temperature', () => {
  test.each<[string, string]>([
    ['en-IN', 'My father is telling apply hot sesame oil and take complete bed rest for seven days'],
    ['en-IN', 'My wife is saying apply hot castor oil and take bed rest'],
  ])('%s: "%s" asks nothing about a fever', async (locale, text) => {
    await runSteps([[text, [/./], [/temperature|fever|chills/i]]], locale);
  });
});

import { runSteps, type Step } from './support/botHarness';

// Set 39's acts, by kind (mend47a), phrasings our own: after an emergency for someone the writer is
// with, the writer asking to be the driver ("drive him ... myself", "should I drive her") is told not
// to, never "yes" to a lift.

describe('the writer asking to drive the person in after an emergency is not told yes', () => {
  test.each<[string, string, string]>([
    ['en-US', 'my mom has back pain with a fever and now she is shaking hard and confused', 'can I drive her over to the hospital myself? it would be faster'],
    ['en-IE', 'my brother has a bad back and a high temperature, now he is confused and shivering', 'should I drive him in to A&E, its only 10 minutes'],
    ['en-GB', 'my husband has back pain and a fever, he is rambling and shaking all over', 'would it be quicker to just drive him there on my own'],
  ])('%s: "%s" then "%s"', async (locale, first, ask) => {
    const steps: Step[] = [
      [first, [/now/i]],
      [ask, [/don't drive/i], [/^Yes/i, /good plan/i]],
    ];
    await runSteps(steps, locale);
  });

  test('a lift from someone else is still backed', async () => {
    await runSteps([
      ['my wife has back pain and a fever and now she is confused and shaking', [/now/i]],
      ['my neighbour can drive her in right now', [/yes|good/i]],
    ], 'en-GB');
  });
});

// At the bladder question, a change told without naming it ("slow to get started, not done after")
// is told of peeing: the emergency, not "please answer yes or no" nor a topic answer. A no, a
// morning-stiffness report or an unrelated remark stays what it was.
describe('an answer to the bladder question that leaves peeing unnamed', () => {
  const opening = 'hurt my back carrying a wardrobe upstairs yesterday, low down in the middle, 7 out of 10';
  test.each<[string, string]>([
    ['en-GB', 'now you ask, it was really slow getting started this morning and I never felt done after'],
    ['en-NZ', 'come to think of it, had to stand there ages before anything happened'],
  ])('%s: "%s" escalates', async (locale, answer) => {
    await runSteps([
      [opening, [/trouble peeing/i]],
      [answer, [/now/i, /don't drive yourself/i], [/yes, no or not sure/i, /morning stiffness/i]],
    ], locale);
  });

  test.each<[string, string]>([
    ['en-GB', 'nothing of the sort that I have noticed'],
    ['en-US', 'just stiff first thing in the morning, it loosens up once I move'],
    ['en-GB', 'only the pain when I bend over really'],
  ])('%s: "%s" raises no alarm', async (locale, answer) => {
    await runSteps([
      [opening, [/trouble peeing/i]],
      [answer, [/./], [/Please call (999|911) now/i]],
    ], locale);
  });
});

// Someone still on the floor, then a leg told weak or numb: call for help now (clinical notes,
// getting up in a spasm), never "no rush, the steps still stand"; denied weakness keeps the steps.
describe('a weak or numb leg told while still on the floor', () => {
  test.each<[string, string, string]>([
    ['en-US', 'my roommate threw his back out and is stuck on the bathroom floor, how do I help', 'he says his right leg feels weak and kind of dead'],
    ['en-GB', 'I am stuck on the floor, my back has gone and I cannot get up', 'and now my left foot has gone numb'],
  ])('%s: "%s" then "%s"', async (locale, first, leg) => {
    await runSteps([
      [first, [/./]],
      [leg, [/call (911|999) now/i, /don't (let them )?try to stand/i], [/no rush/i, /still stand/i]],
    ], locale);
  });

  test('weakness denied keeps the steps', async () => {
    await runSteps([
      ['my husband is stuck lying on the lounge floor with his back, how do I get him up', [/./]],
      ['he says his legs are not weak or numb at all, it is just the pain', [/./], [/changes things/i]],
    ], 'en-GB');
  });
});

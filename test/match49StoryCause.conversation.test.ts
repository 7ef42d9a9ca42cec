import { runSteps } from './support/botHarness';

// Set 40's "answer to a different question" (match49), by kind, phrasings our own: the clause telling how the pain
// happened ("did her back in lifting ...") is the story, not what is asked, so the classifier's reading of it (lifting:
// prevention) lifts no passage the question itself does not fit; a spasm told in the story asks for what to do, not for
// what a spasm is; an activity asked about whose own passage the words fit (the floor) gets that passage.

describe('how it happened is the story, the question is what is asked', () => {
  test.each<[string, string, RegExp[], RegExp[]]>([
    ['en-GB', 'my wife did her back in lifting the shopping, she is on apixaban, what can she take for it', [/blood thinner/i], [/bend (your|her) knees/i]],
    ['en-US', 'my dad has done his back in shoveling snow, he takes warfarin, what can he take?', [/blood thinner/i], [/bend (your|his) knees/i]],
  ])('%s: "%s"', async (locale, text, must, mustNot) => {
    await runSteps([[text, must, mustNot]], locale);
  });

  // A clause that only says it hurts names no cause: taking it out took the carrying answer's lift from the classifier
  // and gave a labourer the child-carrying or return-to-work answer (merge49, found replaying set 41).
  test('"my back very hurting" is no cause: a builder who carried bricks gets the carrying answer, not the return-to-work one', async () => {
    await runSteps([['hi, my back very hurting, i am builder, was carry the bricks. what i can do', [/close to your body/i], [/toddler|buggy|cuddles|going back early/i]]], 'en-GB');
  });

  test('the cause asked about again is still answered', async () => {
    await runSteps([['hurt my back lifting boxes at work, how should I lift them from now on?', [/close to your body/i]]], 'en-GB');
  });
});

describe('a spasm told in the story asks what to do', () => {
  test('"in spasm for days, what should I do": the first steps, not the definition', async () => {
    await runSteps([['lower back\'s been in spasm the last couple of days, what should i do', [/keep moving|self-care/i], [/suddenly tighten/i]]], 'en-GB');
  });

  test('asked what a spasm is, the definition', async () => {
    await runSteps([['what actually is a back spasm?', [/suddenly tighten/i]]], 'en-GB');
  });
});

describe('an activity whose own passage the words fit', () => {
  test('sleeping on the floor gets the floor answer, not the positions', async () => {
    await runSteps([['should I sleep on the floor tonight?', [/floor/i], [/whatever position/i]]], 'en-GB');
  });
});

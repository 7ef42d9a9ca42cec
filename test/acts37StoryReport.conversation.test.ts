import { wholeBotSteps, type Step } from './support/botHarness';
import { WHEN, HOW_BAD, SET_OFF, BLADDER } from './support/checkQuestions';

// A person's own story of the pain that already tells where, how bad in numbers and when or what set it off starts
// the check with those details said back, even when what set it off is an everyday activity with its own answer
// (a chore, a class, getting dressed) or a day word stands beside it. A plan ahead told beside the story is still
// answered as that plan; a story that asks, or lacks the score, keeps the advice first.

const OPENED = /only what you haven't told me yet/i;
const GOT_IT = /got it:/i;
const CHORES = /housework in small doses/i;
const STRETCHES = /gentle stretches can help/i;
const PLAY = /in a lighter way/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);

describe('the story with place, score and more starts the check, whatever activity set it off', () => {
  test.each<[string, RegExp[]]>([
    ['low back on the left since thursday, bending down to lace my boots, about 5/10', [/5 out of 10/i, /left side/i]],
    ['right side of my lower back, since saturday, cleaning out the shed, a 6', [/6 out of 10/i, /right side/i]],
    ['lower back sore for two days now, began after my pilates class, 4 out of 10', [/4 out of 10/i]],
  ])('%s', async (said, heard) => {
    await botSteps([[said, [OPENED, GOT_IT, ...heard, BLADDER], [CHORES, STRETCHES, HOW_BAD, WHEN, SET_OFF]]]);
  });
});

describe('what the story is not', () => {
  test('a plan ahead beside the story is answered as that plan', async () => {
    await botSteps([['lower back on the left since tuesday after shifting a sofa, 6/10, got a tennis match on sunday', [PLAY], [OPENED]]]);
  });

  test('a story that asks keeps its answer first', async () => {
    await botSteps([['lower back since friday after gardening, 5/10, can I still do the weeding?', [], [OPENED]]]);
  });

  test('place and onset with no score keeps the advice first with the check offered', async () => {
    await botSteps([['left lower back, since this morning, hoovering the stairs', [], [OPENED, GOT_IT]]]);
  });
});

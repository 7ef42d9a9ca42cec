import { wholeBotSteps, type Step } from './support/botHarness';
import { WHERE, HOW_BAD, SET_OFF, BLADDER } from './support/checkQuestions';

// A pain report that already answers the check (where it hurts and a number from 0 to 10, maybe
// when and what set it off) and asks nothing: the check starts with those details kept and said
// back, and asks only what is missing. A report without a place and a number, or one that asks a
// question, still gets what helps most with the check offered.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const OPENED = /only what you haven't told me yet/i;
const STOCK = /what helps most now/i;

describe('a report with a place, a score and more starts the check with them said back', () => {
  test.each<[string, RegExp[], RegExp[]]>([
    ['pain low down on the left since wednesday, bent to tie my laces, about a 5', [/lower back, left side/i, /wednesday/i, BLADDER], [WHERE, HOW_BAD, SET_OFF, STOCK]],
    ['right side of my lower back went yesterday carrying logs in, a 7', [/right side/i, /7 out of 10/i, BLADDER], [WHERE, HOW_BAD, SET_OFF, STOCK]],
    ['my lower back has been at about a 6 since last night', [/lower back/i, /6 out of 10/i, SET_OFF], [WHERE, HOW_BAD, STOCK]],
  ])('%s', async (said, must, mustNot) => {
    await botSteps([[said, [OPENED, /got it:/i, ...must], mustNot]]);
  });

  test('a detail said wrong is put right inside the check, and the next question follows', async () => {
    await botSteps([
      ['pain low down on the left since wednesday, bent to tie my laces, about a 5', [OPENED, BLADDER]],
      ['sorry I meant thursday not wednesday', [/changed that/i, /thursday/i, BLADDER]],
    ]);
  });
});

describe('a report without a place and a score, or one that asks, is answered first with the check offered', () => {
  test.each([
    'pain low down on the left since wednesday, bent to tie my laces',
    'my back has been awful since the drive up to see my sister',
    'back is sore, I think from the new mattress',
    'lower back on the right since saturday, is it ok to use a hot water bottle?',
  ])('%s', async (said) => {
    await botSteps([[said, [], [OPENED, WHERE, HOW_BAD, BLADDER]]]);
  });
});

describe('a report told for someone else starts the check about them', () => {
  test('their details are said back of them', async () => {
    await botSteps([['my husband put his back out yesterday digging the veg patch, low down on the right, he says a 6', [/about him/i, /his lower back/i, BLADDER], [/your lower back/i, STOCK]]]);
  });
});

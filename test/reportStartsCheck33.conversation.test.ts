import { wholeBotSteps, type Step } from './support/botHarness';

// A pain report that already tells where it hurts and at least one more of the check's details
// (when, what set it off, how bad), and asks nothing, is the check's story begun by the person:
// the check starts with those details kept and said back, and asks only what is missing. A report
// without a place, or one that asks a question, still gets what helps most with the check offered.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const OPENED = /only what you haven't told me yet/i;
const STOCK = /what helps most now/i;
const WHERE = /where is the pain\?/i;
const HOW_BAD = /how bad is it right now/i;
const SET_OFF = /did anything set it off\?/i;
const BLADDER = /new trouble peeing/i;

describe('a report with a place and more details starts the check with them said back', () => {
  test.each<[string, RegExp[], RegExp[]]>([
    ['pain low down on the left since wednesday, bent to tie my laces', [/lower back, left side/i, /wednesday/i, HOW_BAD], [WHERE, SET_OFF, STOCK]],
    ['right side of my lower back went yesterday carrying logs in, a 7', [/right side/i, /7 out of 10/i, BLADDER], [WHERE, HOW_BAD, SET_OFF, STOCK]],
    ['my lower back has been at about a 6 since last night', [/lower back/i, /6 out of 10/i, SET_OFF], [WHERE, HOW_BAD, STOCK]],
  ])('%s', async (said, must, mustNot) => {
    await botSteps([[said, [OPENED, /got it:/i, ...must], mustNot]]);
  });

  test('a detail said wrong is put right inside the check, and the next question follows', async () => {
    await botSteps([
      ['pain low down on the left since wednesday, bent to tie my laces', [OPENED, HOW_BAD]],
      ['sorry I meant thursday not wednesday', [/changed that/i, /thursday/i, HOW_BAD]],
      ['4', [BLADDER]],
    ]);
  });
});

describe('a report without a place, or one that asks, is answered first with the check offered', () => {
  test.each([
    'my back has been awful since the drive up to see my sister',
    'back is sore, I think from the new mattress',
    'lower back on the right since saturday, is it ok to use a hot water bottle?',
  ])('%s', async (said) => {
    await botSteps([[said, [], [OPENED, WHERE, HOW_BAD, BLADDER]]]);
  });
});

describe('a report told for someone else starts the check about them', () => {
  test('their details are said back of them', async () => {
    await botSteps([['my husband put his back out yesterday digging the veg patch, low down on the right', [/about him/i, /his lower back/i, HOW_BAD], [/your lower back/i, STOCK]]]);
  });
});

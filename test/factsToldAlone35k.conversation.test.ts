import { wholeBotSteps, type Step } from './support/botHarness';

// Conditions told on their own are heard: each gets its note (what it changes), not the check and not the last answer
// again unchanged. After the check was offered, a lone word the facts share with a check detail ("both") is no report;
// after an answer the new fact adds nothing to, the same answer again would ignore it, so its note is said instead.
const BP_NOTE = /before ibuprofen.*NSAIDs/i;
const SUGAR_NOTE = /diabetes or poor circulation, take extra care with heat/i;
const CHECK_STARTED = /only what you haven't told me yet|how bad is it right now/i;
const HEAT_AGAIN = /Heat and cold are safe if you wrap/i;

describe('conditions told alone are acknowledged with what they change', () => {
  test.each<[string, Step[], string?]>([
    ['two conditions in lay words after the check was offered: both notes, no check', [
      ['back is very bad since last night, was carrying crates of mangoes', [/check your symptoms/i]],
      ['i have sugar and BP both', [BP_NOTE, SUGAR_NOTE], [CHECK_STARTED]],
    ], 'en-IN'],
    ['named conditions after the offer', [
      ['my back seized up this morning picking up the laundry basket', [/check your symptoms/i]],
      ['I have diabetes and high blood pressure', [BP_NOTE, SUGAR_NOTE], [CHECK_STARTED]],
    ], 'en-US'],
    ['a place and a score beside a fact still start the check', [
      ['my back seized up this morning picking up the laundry basket', [/check your symptoms/i]],
      ['I have diabetes. lower back on the right, about a 6', [CHECK_STARTED]],
    ], 'en-US'],
    ['blood pressure tablets after the heat answer, diabetes already told: their note, not the heat answer again', [
      ['diabetic for years, my back went today, is a hot water bottle ok?', [/diabetes/i]],
      ['I take ramipril too', [/ACE inhibitor/i], [HEAT_AGAIN]],
    ], 'en-GB'],
    ['a fact that adds a line to the last answer still gets that answer again for them', [
      ['can I put ice on my back?', [/\b(ice|cold)\b/i]],
      ['I have diabetes', [/diabetes/i]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

// Easing told as news, with no question, is a progress report even when its words sound like the how-long topic.
describe('easing told without a question gets the easing reply', () => {
  const EASING = /good to hear it's easing/i;
  test.each<[string, Step[], string?]>([
    ['past tense, over the last days', [
      ['pulled my back on saturday, any tips', [/keep moving/i]],
      ['it has been getting better over the past couple of days', [EASING], [/See a GP or physio if it hasn't started/i]],
    ], 'en-GB'],
    ['not getting better keeps its own reply', [['my back hurts', [/./]], ['it is not getting better at all', [/isn't easing/i], [EASING]]], 'en-GB'],
    ['asked when it gets better: the how-long answer', [['my back hurts', [/./]], ['when will it start getting better', [/a few weeks/i], [EASING]]], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

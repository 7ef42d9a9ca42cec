import { wholeBotSteps, type Step } from './support/botHarness';

// What the person just said is heard as said: a question word said back before its answer is no question of
// its own, "done" said last after a break closes the chat, and a bare number put against a time corrects that time.
const CHECK_QUESTION = /more questions? after this one/i;
const GOODBYE = /take care/i;
const WHERE_TO_GO = /urgent care|emergency room|pharmacist can advise/i;

describe('turns heard as said (round 48)', () => {
  test.each<[string, Step[], string?]>([
    ['a question word said back before the place and time after the offer: the check starts with them', [
      ['my back has seized up', [/check your symptoms/i]],
      ['where? low down. since this morning', [CHECK_QUESTION], [WHERE_TO_GO]],
    ]],
    ['a question word said back before the place alone: the place is the answer', [
      ['my back has seized up', [/check your symptoms/i]],
      ['where? low down', [CHECK_QUESTION], [WHERE_TO_GO]],
    ]],
    ['a real question about where to go after the offer is still answered', [
      ['my back has seized up', [/check your symptoms/i]],
      ['where should I go to get it looked at?', [/doctor/i], [CHECK_QUESTION]],
    ]],
    ['"done" said last after an answer closes the chat', [
      ['is heat or ice better for a back spasm?', [/heat/i]],
      ['fine. all done', [GOODBYE], [/would one of these help/i]],
    ]],
    ['"done" after an agreeing word closes the chat too', [
      ['is heat or ice better for a back spasm?', [/heat/i]],
      ['right. done', [GOODBYE]],
    ]],
    ['a bare number set against a time corrects the time the check holds', [
      ['my back hurts, can you check my symptoms', [/where is the pain/i]],
      ['lower back', [/when did it start/i]],
      ['3 days ago, picking up a box', [/how bad/i]],
      ['about a 5', [CHECK_QUESTION]],
      ['oops, my mistake, it was 6 days ago not 3', [/changed that/i, /6 days/i], [/ask that one again/i]],
    ]],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

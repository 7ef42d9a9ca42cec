import { wholeBotSteps, type Step } from './support/botHarness';
import { actOf } from '../dialogs/actAnswers';
import type { Understanding } from '../src/nlu/messageUnderstander';

// Set 20's acts kinds, in our own wording: a complaint about the bot in the
// first clause of a longer message ("no good to me, I've got ...") is answered
// as the complaint, not with the topic list; blame heard in the advice ("so
// it's my own fault?") gets an apology and a next step, not the closest answers.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const ASK = 'my back has gone into spasm, what helps';
const TOPIC_LIST = /topics i know about/i;
const CLOSEST = /don't have an answer for exactly that/i;
const COURTEOUS = /more practical|haven't been much help/i;
const NOT_YOUR_FAULT = /isn't your fault/i;

describe('a complaint in the first clause, with the reason after it, is answered as the complaint', () => {
  test.each([
    'this is useless, I have sheep to shear today',
    'not helpful, the boat goes out at six regardless',
  ])('%s', async (said) => {
    await botSteps([[ASK, [/keep moving/i]], [said, [COURTEOUS], [TOPIC_LIST, CLOSEST]]]);
  });

  test('a complaint followed by a question gets the question answered', async () => {
    await botSteps([[ASK, [/keep moving/i]], ['not helpful, is heat better than ice then?', [/heat/i], [TOPIC_LIST, /haven't been much help/i]]]);
  });

  test('a plain request for help still gets the topic list', async () => {
    await botSteps([['what can you help me with', [TOPIC_LIST]]]);
  });
});

describe('blame heard in the advice gets an apology and a next step', () => {
  test.each(['so I did this to myself, my own fault then?', 'are you blaming me for it??'])('%s', async (said) => {
    await botSteps([[ASK, [/keep moving/i]], [said, [NOT_YOUR_FAULT, /gentle movement/i], [CLOSEST, TOPIC_LIST]]]);
  });

  test('a warning sign told beside it is still raised', async () => {
    await botSteps([[ASK, [/keep moving/i]], ['my own fault, I fell off the roof and now both legs are numb', [/999/], [NOT_YOUR_FAULT]]]);
  });
});

describe('a clause only just read as about the bot, in a message sure to be no act, is no question about the bot', () => {
  const reading = (whole: number, clause: number): Understanding => ({
    text: 'x', intent: 'none', score: 0.4, redFlag: null,
    acts: { act: 'none', score: whole },
    sentenceActs: [{ act: 'yes', score: 0.99 }, { act: 'about_bot', score: clause }, { act: 'plan', score: 0.6 }],
  });
  test.each<[number, number, string | undefined]>([
    [0.98, 0.55, undefined],
    [0.98, 0.85, 'about_bot'],
    [0.6, 0.55, 'about_bot'],
  ])('whole none %p, clause about_bot %p: %p', (whole, clause, act) => {
    expect(actOf(reading(whole, clause))).toBe(act);
  });

  test('asked outright, the self-description still comes', async () => {
    await botSteps([['hold on, am I talking to a real person?', [/automated assistant/i]]]);
  });
});

describe('asking to come back to the check later pauses it, and the asking is no question about the pain coming back', () => {
  const toScore: Step[] = [
    ['can you run the symptom check', [/where is the pain/i]],
    ['low down on the right', [/when did it start/i]],
    ['since sunday', [/how bad/i]],
  ];
  test.each(['about a 6. got to dash, could I come back to this after work?', 'is it ok if I come back to it later?'])('%s', async (said) => {
    await botSteps([...toScore, [said, [/stopped the symptom check/i, /carry on/i], [/comes back at some point/i, /how bad/i]]]);
  });

  test('getting back to something else is no pause', async () => {
    await botSteps([...toScore, ['a 5. could I get back to the gym soon?', [/gym|exercise|activit/i], [/stopped the symptom check/i]]]);
  });
});

import { wholeBotSteps, type Step } from './support/botHarness';

const GOODBYE = /Take care of yourself/;
const CHECK_STARTED = /Let's check your symptoms|Where is the pain\?|How bad is it right now/;
const NO_ANSWER = /I don't have an answer for exactly that/;

// A message whose closing words ("that's all", "next time") make the models read a goodbye still asks or tells
// something: a question is answered, a fact of theirs is noted with what it changes; neither gets a farewell.
describe('closing words around a question or a fact are no goodbye', () => {
  test.each<[string, Step[]]>([
    ['a technique asked for next time', [
      ['I put my back out shovelling gravel, what helps?', []],
      ['and the right technique for next time?', [/./], [GOODBYE]],
    ]],
    ['a question after a farewell', [
      ['is heat or ice better for a back spasm?', []],
      ['bye for now, but is a hot bath ok later?', [/bath/i], [GOODBYE]],
    ]],
    ['a condition told with "that\'s all"', [
      ['can I take ibuprofen for my back?', []],
      ['only my asthma inhaler thats all', [/asthma/i], [GOODBYE]],
    ]],
    ['a medicine told with "that\'s all"', [
      ['can I take ibuprofen for my back?', []],
      ['just my warfarin thats all', [/warfarin|blood thinner/i], [GOODBYE]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

// Once the check has been offered, a later message starts it unasked only when it tells the pain's own details:
// signs denied alone reassure, a habit told with a pain word is about their day, another body part is out of scope.
describe('what does not start the symptom check unasked', () => {
  const offered: Step = ['my back went this morning picking up a laundry basket', [/check your symptoms/i]];
  test.each<[string, Step[]]>([
    ['warning signs denied alone', [
      offered,
      ['is a heat pack ok?', []],
      ['legs are fine and no numbness or anything', [/none of the warning signs/i], [CHECK_STARTED]],
    ]],
    ['a daily habit with a pain word', [
      offered,
      ['is a heat pack ok?', []],
      ['stood at the till all day and it is killing me', [/./], [CHECK_STARTED]],
    ]],
    ['another body part', [
      offered,
      ['is a heat pack ok?', []],
      ['my shoulder is sore as well', [/only set up to help with back pain|outside what I cover/i], [CHECK_STARTED]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });

  test('signs denied beside a detail of the pain still give the check its answers', async () => {
    await wholeBotSteps([
      offered,
      ['is a heat pack ok?', []],
      ['no numbness, it started yesterday lifting a box, about a 6', [CHECK_STARTED]],
    ], 'en-GB');
  });
});

// Words for an activity or for what is worn that the readers did not know: answered as the activity, not refused
// and not read as a body part; a loss told is no birth ("passed" is not "will it pass").
describe('activities and words read for what they are', () => {
  test.each<[string, string, RegExp[], RegExp[]]>([
    ['thinking of wearing heels to the party, bad idea?', 'en-US', [/./], [/foot is giving you trouble/i]],
    ["it's only me looking after him now, my wife passed away", 'en-GB', [/./], [/after having a baby/i]],
  ])('%s', async (text, locale, must, mustNot) => {
    await wholeBotSteps([[text, must, mustNot]], locale);
  });

  test('a game of footy is a sport to answer', async () => {
    await wholeBotSteps([
      ['my back is stiff after work, what helps?', []],
      ['footy this weekend, alright?', [/footy/i], [NO_ANSWER]],
    ], 'en-AU');
  });
});

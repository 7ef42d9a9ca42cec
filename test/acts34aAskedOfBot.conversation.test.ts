import { wholeBotSteps, type Step } from './support/botHarness';

// Round 34a acts kinds, in our own wording: a correction of when it began or
// which side, said with "not" and no "sorry", is said back as a correction
// (never read as pushback or a plain no); chat asked of the bot gets a light
// reply; a question about the symptom check itself or about who sees the chat
// is answered, never refused as out of scope.

const REFUSED = /not something I can help with/i;
const PUSHBACK = /nothing here is a must/i;
const OPENING: Step = ['pulled something in my lower back moving a sofa', [/keep moving gently/i]];

describe('an unmarked correction of a time or a side is said back', () => {
  test.each<[string, RegExp]>([
    ['it was last night not this morning', /putting me right: last night/i],
    ['and it started monday, not tuesday', /putting me right: monday/i],
    ['the right side not the left', /putting me right: the right side/i],
  ])('%s', async (said, back) => {
    // A turn between: right after the check's offer, details start the check instead.
    await wholeBotSteps([OPENING, ['cheers', []], [said, [back], [PUSHBACK, /^no problem/i]]], 'en-GB');
  });

  test('a sentence that only contains "not" beside a day is no correction', async () => {
    await wholeBotSteps([OPENING, ['monday not too awful but tonight it is worse again', [], [/putting me right/i]]], 'en-GB');
  });
});

describe('chat asked of the bot is answered lightly, then back to their back', () => {
  test.each(['lol fair enough. how is your day going', 'hi there, how are you doing today'])('%s', async (said) => {
    await wholeBotSteps([[said, [/how(?:'s| is) your back/i], [REFUSED]]], 'en-AU');
  });
});

describe('a question about the symptom check itself is answered', () => {
  test.each(['what do you need from me for the check?', 'what do I have to tell you for the symptom check?'])('%s', async (said) => {
    await wholeBotSteps([OPENING, [said, [/one short question at a time|when did it start/i], [REFUSED, /store what you type/i]]], 'en-US');
  });
});

describe('who can see the chat is answered with the privacy wording', () => {
  test.each(['who sees this? could my employer?', 'can my boss read this chat'])('%s', async (said) => {
    await wholeBotSteps([[said, [/don't store what you type/i], [REFUSED]]], 'en-GB');
  });

  test('who to see about the pain is not a privacy question', async () => {
    await wholeBotSteps([OPENING, ['who can see me about this pain, a physio?', [], [/store what you type/i]]], 'en-GB');
  });
});

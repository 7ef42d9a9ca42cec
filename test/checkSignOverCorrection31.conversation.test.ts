import { NOW, playSteps, wholeBotSay, type Step } from './support/botHarness';

// A warning sign told at a screening question with a correction word and a time ("actually ... since
// this morning") is the sign, answered by the screen, not a corrected start date; a question with a
// distance or a time in it corrects nothing. A plain correction is still taken.

// On the fixed clock: on the day the 4th is exactly 4 days back (8 December) the correction below was read otherwise
// (found when CI ran on that day); the reading on such a day is an open item, not this test's subject.
const wholeBotSteps = (steps: Step[], locale: string) => playSteps(wholeBotSay(locale, () => NOW), steps);

const OPENING: Step = ['my lower back went 3 days ago moving a wardrobe, about a 5, can you run the check', [/since the pain started/i], []];
const EMERGENCY = /call 999 now/i;
const CHANGED = /changed that/i;

describe('a sign told with "actually" at a screening question', () => {
  test.each<[string]>([
    // Read as unsure (the check question's band), not as an emergency on its own: the check's answer.
    ['actually since monday my saddle area feels kind of dull'],
    ['actually since yesterday it feels dull round my backside, like touching through gloves'],
    // Read as an emergency on its own.
    ['oh wait actually, since this morning it feels numb when i wipe, like it is not my skin'],
  ])('%s -> the emergency instruction, no changed date', async (says) => {
    // The emergency, or the screen's own direct question about that sign: never a changed date.
    await wholeBotSteps([OPENING, [says, [/call 999 now|just to check: have you lost feeling/i], [CHANGED]]], 'en-GB');
  });
});

describe('a question with a time or distance in it is no correction', () => {
  test('the screening question stays unanswered, nothing is changed', async () => {
    await wholeBotSteps([OPENING, ['the surgery is 20 minutes away, could i wait till monday to see them?', [/./], [CHANGED, /started about 20 minutes ago/i]]], 'en-GB');
  });
});

describe('not knowing what the sign feels like is still described, not escalated', () => {
  test('an echo of the question with a hedge', async () => {
    await wholeBotSteps([OPENING, ['numbness down there? not sure what that would feel like', [/can feel like/i], [EMERGENCY]]], 'en-GB');
  });
});

describe('a plain correction is still taken', () => {
  test('the new start day is said back', async () => {
    await wholeBotSteps([OPENING, ['sorry, it actually started on the 4th day back, so 4 days ago', [CHANGED], [EMERGENCY]]], 'en-GB');
  });
});

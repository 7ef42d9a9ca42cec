import { runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';
import { parseYesNo } from '../src/triage/yesNo';

// Issue 11: asking for the check starts it, however briefly it is asked; a
// message that ends by asking is no yes or no; "back" with answers resumes.

const EMERGENCY = /please call 911 now/i;
const MENU = /what would you like to do|nothing paused|ask me anything about your back|topics i know about/i;

describe('a request to run the check starts it', () => {
  test.each<[string]>([
    ['sure, please check'],
    ['ok then let us do the check'],
    ['hello there, could you do the symptom check thing'],
    ['could you check me over please'],
    ['my back locked up this morning putting socks on, can ye check it for me'],
  ])('"%s"', async (text) => {
    await runSteps([[text, [/let's check your symptoms/i], [MENU]]]);
  });
});

describe('a message that ends by asking is no answer to a safety question', () => {
  test.each<[string]>([['I have a long meeting later, three hours of sitting. alright?'], ['it is a 12 hour shift tomorrow, is that ok?']])('"%s" is not read as yes or no', (text) => {
    expect(parseYesNo(text, 'en-US')).toBeUndefined();
  });

  test('an echoed yes still answers when it does not end by asking', () => {
    expect(parseYesNo('I have, a little', 'en-US')).toBe(true);
  });

  test('the question is answered and the same safety question asked again, not skipped', async () => {
    const steps: Step[] = [
      ['please run the symptom check: low back on the right, since Monday, about a 4, after digging the garden', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['I have a long car journey on Friday, five hours. ok?', [SCREEN.infection], [EMERGENCY, /which of these/i, SCREEN.cancer]],
    ];
    await runSteps(steps);
  });
});

describe('back after a pause, with answers in the same message', () => {
  test('the check resumes and keeps the answers', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back, the middle', [ASK.onset]],
      ['sorry, need to grab the door, brb', [/take your time/i]],
      ['ok back now. it started on friday, maybe a 6, after hoovering', [/picking up where we left off/i, SCREEN.nerves], [ASK.onset, ASK.severity]],
    ]);
  });
});

describe('how hard getting up is, is no progress report', () => {
  test('how hard getting up is, is no progress', async () => {
    await runSteps([['getting up off a low chair is the worst part', [], [/good to hear/i]]]);
  });
});

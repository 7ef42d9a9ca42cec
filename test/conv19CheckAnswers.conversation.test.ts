import { answersFirst } from '../src/language/listAnswers';
import { deniedSigns } from '../src/triage/denials';
import { wholeBotSteps, type Step } from './support/botHarness';

// Set 11's acts kinds, in our own wording: safety answers given as a list
// ("<sign> no, <sign> no"), a leg sign denied in other words, a score said with
// a stop, and pushback on an alarm the learned stage read from other words.

const ALARM = /call (999|000|111|911) now/i;
/** An escalation itself, not the safety net under an answer. */
const RAISED = /please call (999|000|111|911) now/i;
const LEGS_QUESTION = /weakness in both legs, a leg that is getting weaker/i;
const SCORE_QUESTION = /how bad is it right now/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);

describe('answers written after their items are read as answers', () => {
  test.each([
    ['waterworks no, groin numbness no, fever no', 'no waterworks, no groin numbness, no fever'],
    ['pain at night no. worse on coughing yes', 'no pain at night. worse on coughing yes'],
    // One such clause is too often a sentence: left alone.
    ['I said no', 'I said no'],
    ['it hurts when I bend and the answer is no', 'it hurts when I bend and the answer is no'],
  ])('%s', (text, read) => {
    expect(answersFirst(text)).toBe(read);
  });
});

describe('one leg named is no sign in both legs', () => {
  test.each([
    ['only the right leg, the left one is fine', true],
    ['just my left one', true],
    ['both legs tingle now', false],
    ['not sure if only the right leg', false],
  ])('%s -> denies both legs: %s', (text, denies) => {
    expect(deniedSigns(text, []).has('bilateral_leg_symptoms')).toBe(denies);
  });
});

describe('a list answer denies the signs it names, never a loss of control', () => {
  test.each<[string, string, boolean]>([
    ['waterworks no, bowels no', 'bladder', true],
    ['waterworks no, bowels no', 'bowel', true],
    ['no bladder control since last night', 'bladder', false],
    ['no bowel movement for two days', 'bowel', false],
  ])('%s -> denies %s: %s', (text, flag, denies) => {
    expect(deniedSigns(text, []).has(flag)).toBe(denies);
  });
});

describe('in the symptom check', () => {
  const start: Step = ['could you run the symptom check. low back, left side, since Sunday after digging the garden, about 5 out of 10', [/since the pain started/i]];

  test('a list of denials is no alarm, and the check goes on', async () => {
    await botSteps([start, ['bladder no, bowels no, numb groin no, pain at night no. worse when I sneeze yes', [/\?/], [ALARM, /here's what that can feel like/i, /since the pain started/i]]]);
  });

  test('legs said to work normally leave the legs question out', async () => {
    await botSteps([start, ['no. legs work normally, it is only the ache', [/\?/], [ALARM, LEGS_QUESTION]]]);
  });

  test('a score given with a stop is kept, and the check resumes after it', async () => {
    await botSteps(
      [
        ['do the check please', [/where is the pain/i]],
        ['low back, this morning, lifting a suitcase', [SCORE_QUESTION]],
        ['5. sorry, someone at the door, can we stop', [/5 out of 10/i]],
        ['right, I am back, keep going', [/since the pain started/i], [SCORE_QUESTION]],
      ],
      'en-AU',
    );
  });
});

describe('pushback on an alarm read from none of the sign\'s own words', () => {
  test('asks about the sign plainly, and a clear no takes the alarm back', async () => {
    const replies = await botSteps([['no chance i can rest, the roof has to be finished this week', []]], 'en-NZ');
    // Only when the screen raised an alarm from those words (its reading may improve); the safety
    // net's "call 111 now" under an answer is no alarm.
    if (!RAISED.test(replies[0] ?? '')) return;
    await botSteps(
      [
        ['no chance i can rest, the roof has to be finished this week', [RAISED]],
        ['thats not helpful at all, I still have to get the work done', [/just to check/i]],
        ['no, nothing like that', [/taken your answer as no/i]],
      ],
      'en-NZ',
    );
  });

  test('pushback after a sign said in its own words keeps the advice', async () => {
    await botSteps(
      [
        ['my sciatica has spread into both legs now', [ALARM]],
        ['come off it, surely it can wait until tomorrow', [ALARM], [/just to check/i]],
      ],
      'en-CA',
    );
  });
});


import { answerKind, readCheckDialogue } from '../src/safety/checkAnswers';
import { messageForm } from '../src/triage/yesNo';
import { statusUpdate } from '../src/triage/statusUpdates';
import { PATHS } from '../src/paths';
import { briefly } from '../dialogs/calmFlags';
import { wholeBotSteps, type Step } from './support/botHarness';

// Set 13's acts kinds, in our own wording: a question is no answer, a corrected
// detail replaces the old one, an acknowledgement or a denial is no question for
// the answers, a note asked about again is said briefly, and a plan to go is backed.

const NO_ANSWER = /i don't have an answer/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);

describe('an answer to a yes/no check question', () => {
  const dialogue = readCheckDialogue(PATHS.checkDialogue);
  const asked = 'Just to check: have you had new trouble peeing?';
  test.each<[string, string]>([
    // A question that opens with "and" or "why" answers nothing: the language layer reads "n" as "and", "y" as "why".
    ['And what about a massage, any good?', 'unclear'],
    ['why would that matter?', 'unclear'],
    ['n', 'no'],
    ['Y.', 'yes'],
    ['nope', 'no'],
    ['yes', 'yes'],
  ])('%s -> %s', (text, kind) => {
    expect(answerKind(dialogue, text, asked)).toBe(kind);
  });

  test.each<[string, ReturnType<typeof messageForm>]>([
    ['right then no, none of it', 'answerAfterAcknowledgement'],
    ['okay then no', 'answerAfterAcknowledgement'],
    ['Fine.', 'acknowledgement'],
    ['fair enough', 'acknowledgement'],
  ])('%s is %s', (text, form) => {
    expect(messageForm(text)).toBe(form);
  });
});

describe('a corrected detail replaces the one told before the check', () => {
  test('the day put right before the check is the day the check recaps', async () => {
    await botSteps([
      ['my lower back went on Wednesday hauling a sofa, is heat any good?', [/heat/i]],
      ['my mistake, it was Thursday not Wednesday', [/putting me right: thursday/i]],
      ['a 5', [/thursday/i], [/wednesday/i]],
    ]);
  });
});

describe('an acknowledgement or a denial is no question for the answers', () => {
  test('"fair enough" after an answer gets a short OK', async () => {
    await botSteps([
      ['is it ok to sleep with a heat pad on', [/sleep/i]],
      ['Fair enough.', [/I'm here if you need anything else/i], [NO_ANSWER]],
    ]);
  });

  test('the warning signs denied after an answer get what that means', async () => {
    await botSteps([
      ['when should I worry about my back', [/./]],
      ['nope, none of those, it just aches', [/none of the warning signs/i, /999/], [NO_ANSWER]],
    ]);
  });

  test('a corrected fact with "does that matter?" gets the last answer again for it', async () => {
    await botSteps([
      ["I'm 21 weeks pregnant, is ibuprofen ok for my back", [/pregnan/i]],
      ['oops, 27 weeks not 21, does that matter?', [/putting me right: 27 weeks/i], [NO_ANSWER]],
    ]);
  });
});

describe('said once, then briefly', () => {
  test('a calm note said again is its point and its safety line', () => {
    const note = 'A catch of pain on a sneeze is common. It can last a while. Call 999 if your legs go weak.';
    expect(briefly('As I said: {sentence}', note)).toBe('As I said: A catch of pain on a sneeze is common. Call 999 if your legs go weak.');
    expect(briefly('As I said: {sentence}', 'Only one sentence here.')).toBe('As I said: Only one sentence here.');
  });
});

describe('a plan to go after an escalation is backed, then not pressed again', () => {
  test('being taken to hospital gets "the right plan"; the thanks after it a short close', async () => {
    await botSteps([
      ['I fell off the roof this morning and landed on my back', [/call 999/i]],
      ['my brother is taking me to the hospital now', [/right plan/i, /don't drive yourself/i]],
      ['ok thanks', [/glad you're getting it checked/i], [/please call 999 now/i]],
    ]);
  });

  test('going to the hospital after something else is not backed', async () => {
    await botSteps([
      ['I fell off the roof this morning and landed on my back', [/call 999/i]],
      ['I will go to the hospital after I finish this job', [/999/], [/right plan/i]],
    ]);
  });
});

test('status updates are read in the order of their kinds', () => {
  expect(statusUpdate('stiff again since I sat down')).toBe('positionFlare');
  expect(statusUpdate('it is fine')).toBeUndefined();
});

import { parseYesNo } from '../src/triage/yesNo';
import { wholeBotSteps, type Step } from './support/botHarness';
import { WHERE, WHEN, HOW_BAD } from './support/checkQuestions';

// Set 14's open acts kinds, in our own wording: details said with doubt after
// the check was offered, a no that asks what the sign means, a stop with a
// question after it, a side put right with "does that matter?", and a lift to
// hospital said with an "ok".

const BLADDER_SCREEN = /new trouble peeing or leaking/i;
const LEGS_SCREEN = /weakness in both legs, a leg that is getting weaker/i;
// The check's start: its own intro, or the read-back intro when details were told first (open34).
const STARTED = /let's check your symptoms|i can check for anything that needs one/i;
const NO_ANSWER = /i don't have an answer|not something I can help with/i;
const DESCRIBED = /here's what that can feel like/i;

const botSteps = (steps: Step[], locale = 'en-US') => wholeBotSteps(steps, locale);

describe('details said with doubt take up the check the answer offered', () => {
  test('a place with a rising tone, then a day and a cause with one', async () => {
    await botSteps([
      ['could this be something bad with my back?', [/short symptom check/i]],
      // A check started from details asks how bad first (open34), then what is still missing.
      ['lower down I think? more on the left, hard to tell', [STARTED, HOW_BAD], [NO_ANSWER]],
      ['no idea really, thursday perhaps? i was pulling weeds so probably that', [/thursday/i], [NO_ANSWER, WHEN]],
    ]);
  });

  test('a hedged score after the offer starts the check with it', async () => {
    await botSteps([
      ['is a bad back ever dangerous?', [/short symptom check/i]],
      ['around a 4? some days a bit more', [STARTED], [NO_ANSWER, HOW_BAD]],
    ]);
  });

  test('a remark with no detail of the pain does not start the check', async () => {
    await botSteps([
      ['is my back pain likely to be something serious?', [/short symptom check/i]],
      ['my team lead would never let me leave early', [], [STARTED, HOW_BAD]],
    ]);
  });
});

describe('a no that asks what the sign means is described, not taken', () => {
  test.each<[string, boolean | 'unsure' | undefined]>([
    ['no I reckon... hang on, what counts as numb exactly', 'unsure'],
    ['nah, what do you mean by saddle', 'unsure'],
    ['no', false],
  ])('%s -> %s', (text, answer) => {
    expect(parseYesNo(text, 'en-US')).toBe(answer);
  });

  test('at the bladder question: the description, then the same question', async () => {
    await botSteps([
      ['run the symptom check for me', [WHERE]],
      ['lower back, since saturday, carrying a crate, about a 5', [BLADDER_SCREEN]],
      ['none of those I guess... what counts as numbness though', [DESCRIBED, BLADDER_SCREEN], [LEGS_SCREEN]],
      ['no, all normal', [LEGS_SCREEN]],
    ]);
  });
});

describe('a stop with a question after it', () => {
  test('the check stops and the question is answered', async () => {
    await botSteps([
      ['please do the symptom check', [WHERE]],
      ['lower back, since monday, from hoovering', [HOW_BAD]],
      ['oh forget it, scrap that, i only want to know if i can go for a swim later', [/stopped the symptom check/i, /swimming/i], [/changed that/i]],
    ]);
  });
});

describe('a side put right, asked whether it matters', () => {
  test('the advice stands, and says so, without the "no answer" list', async () => {
    await botSteps([
      ['tweaked my back playing tennis, right side, heat or ice?', [/heat/i]],
      ['my mistake, it is the left side not the right. does it make a difference?', [/doesn't change my advice/i], [NO_ANSWER]],
    ], 'en-GB');
  });

  test('a fact that may change the advice is not told that it changes nothing', async () => {
    await botSteps([
      ['can my uncle take ibuprofen for his back?', [/ibuprofen/i]],
      ['sorry, he is 81 not 61, does that change anything', [], [/doesn't change my advice/i]],
    ], 'en-GB');
  });
});

describe('a lift to hospital said with an ok', () => {
  test('after an emergency: the lift is answered, not the okay', async () => {
    await botSteps([
      ['since this morning I cannot feel anything when I wipe and my back is killing me', [/call 911/i]],
      ['ok my son is driving me to the hospital now', [/go now|straight away/i], [/if you haven't yet/i]],
    ]);
  });
});

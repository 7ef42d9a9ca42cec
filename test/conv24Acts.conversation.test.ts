import { correctedWords } from '../dialogs/checkMessages';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import { wholeBotSteps, type Step } from './support/botHarness';

// Round 24's acts kinds, in our own wording: after an escalation every reply
// keeps the instruction and answers what was said (why it matters, "but I
// can...", a plan for later); a correction said old value first is read; a
// fact of one's own is no yes to the check offer; a remark in a conversation
// about the back is never refused as off topic.

const NO_ANSWER = /i don't have an answer/i;
const OFF_TOPIC = /not something I can help with/i;
const CHECK_STARTS = /let's check your symptoms/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const OFFERED = 'my lower back locked up yesterday carrying logs';
const EMERGENCY = 'my back aches and both my legs have gone numb and weak since this morning';

describe('after an emergency, each reply answers what was said and keeps the instruction', () => {
  test('why it matters, push-back with "but", and a plan for later', async () => {
    await botSteps([
      [EMERGENCY, [/call 999/i]],
      ['why does that matter so much?', [/because of what you told me/i, /both legs/i, /999/], [NO_ANSWER, /that can wait/i]],
      ['but I managed the stairs fine earlier', [/doesn't rule it out/i, /999/], [NO_ANSWER, /that can wait/i]],
      ['my grandson is being christened tomorrow', [/don't leave it until then/i, /999/, /don't drive/i], [NO_ANSWER]],
    ]);
  });

  test('a remark no answer reads gets no menu of the closest topics', async () => {
    await botSteps([
      [EMERGENCY, [/call 999/i]],
      ['I have a delivery route to cover tomorrow', [/999/], [NO_ANSWER, /these come closest/i]],
      // A day in the past is no plan put off.
      ['the ache itself began on monday', [/999/], [/until then/i, NO_ANSWER]],
    ]);
  });
});

describe('after a same-day escalation, a playing-down statement is push-back', () => {
  test('"nah, it is just..." keeps the instruction, not the nearest topic', async () => {
    await botSteps([
      ['my lower back has been sore for three weeks, it wakes me every night and I have dropped 6 kilos without trying', [/today/i]],
      ['nah, that is just the harvest work', [/still stands|why it matters/i, /today/i], [/here is the information you asked for/i]],
    ]);
  });
});

describe('a correction said old value first', () => {
  test.each<[string, string | undefined]>([
    ['sorry not tuesday, it was wednesday', 'wednesday'],
    ['oops, not the left, the right side. always muddle them', 'the right side'],
    // The new value first still reads as before.
    ["he's 76, not 67", '76'],
    ['a 5 not an 8', 'a 5'],
    // Nothing after the old value: nothing to say back.
    ['sorry not', undefined],
  ])('%s -> %s', (text, value) => {
    expect(correctedWords(text)).toBe(value);
  });

  test('after advice, the side put right is said back, not refused', async () => {
    await botSteps([
      ['hurt my lower back yesterday lifting a crate, left side, sharp when I bend', [/keep moving/i]],
      ['whoops not the left, I mean the right side. I mix them up', [/putting me right: the right side/i], [OFF_TOPIC, CHECK_STARTS]],
    ]);
  });
});

describe('after the check is offered', () => {
  test('a fact of their own is noted, not taken as a yes', async () => {
    await botSteps([
      [OFFERED, [/check your symptoms/i]],
      ['I have diabetes btw', [/keep that in mind/i], [CHECK_STARTS]],
    ]);
  });

  test('a yes with a fact still starts the check', async () => {
    await botSteps([
      [OFFERED, [/check your symptoms/i]],
      ['yes please, I have diabetes', [CHECK_STARTS]],
    ]);
  });

  test('a score and a cause start the check, never a sign-off', async () => {
    await botSteps([
      // A worry gets answers38's reassurance and when to book (its first line), then the check is offered.
      ['should I be worried? my back has hurt for 2 days and it goes into my left thigh', [/nothing to worry about/i]],
      ['roughly 8. began shovelling gravel', [CHECK_STARTS], [/take care/i]],
    ]);
  });
});

describe('a remark in a conversation about the back is not off topic', () => {
  test('a constraint told after advice gets the self-care that fits round it', async () => {
    await botSteps([
      ['my lower back is in spasm, what can I do?', [/./]],
      ['my boss would never let me stop every half hour', [/nothing here is a must/i, /heat/i], [OFF_TOPIC]],
    ]);
  });

  test('the same remark with no back conversation before is still out of scope', async () => {
    await botSteps([['I collect old trains as a hobby', [OFF_TOPIC]]]);
  });
});

describe('a check group answered no by its name', () => {
  test.each<[string, boolean]>([
    ['no to the leg questions', true],
    ['no to all the legs stuff', true],
    ['no to the leg stuff but one is numb', false],
  ])('%s -> legs denied: %s', (text, denied) => {
    expect(vocabulary().control.alreadyNo.get('legs')?.test(prepare(text))).toBe(denied);
  });
});

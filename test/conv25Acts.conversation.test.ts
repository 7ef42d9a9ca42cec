import { asksForReal } from '../dialogs/routeReadings';
import { correctedWords } from '../dialogs/checkMessages';
import { remarksTakenOut } from '../src/triage/checkAsides';
import { parseLocation } from '../src/triage/location';
import { wholeBotSteps, type Step } from './support/botHarness';

// Round 25's acts kinds, in our own wording: a plight told beside the check's
// answers is helped at once; "thanks, go on" carries the check on; a remark on
// the typing is no symptom; a mis-tapped yes taken back with the sign denied
// drops the alarm; "which number?" after an escalation gets the number, not
// the escalation again; details told with a calm note are not asked again.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const CHECK_WITH_DETAILS = 'can we do the symptom check. lower back, right side, since yesterday evening, shifting a sofa, about a 6';
const BLADDER_QUESTION = /trouble peeing or leaking/i;
const NEXT_SCREEN_QUESTION = /both legs|accident or fall|chest pain|fever/i;
const PAUSED = /paused the symptom check/i;

describe('a plight told beside the answers is helped at once, then the check goes on', () => {
  test.each<[string]>([
    ["nothing wrong with peeing and my legs are normal. but I'm stuck on the kitchen floor and can't get up"],
    ['no to that, legs fine. cant get off the floor though'],
  ])('%s', async (said) => {
    await botSteps([
      [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
      [said, [/hands and knees/i, NEXT_SCREEN_QUESTION], [PAUSED]],
    ]);
  });
});

describe('"go on" in the middle of the check carries on', () => {
  test.each<[string]>([['thanks. please go on'], ['thank you, carry on'], ['ok continue']])('%s', async (said) => {
    await botSteps([
      [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
      [said, [/carrying on/i, BLADDER_QUESTION], [PAUSED, /yes, no or not sure/i]],
    ]);
  });
});

describe('a remark on the typing is no symptom and no failed answer', () => {
  test.each<[string, string | undefined]>([
    ['no sorry, the right side. typing one-handed', 'no sorry, the right side.'],
    ['nope. excuse the typos, on my phone', 'nope.'],
    ['im on my phone lol. is heat ok?', 'is heat ok?'],
    // A clause that says more is kept; a message that is only the remark stays as it is.
    ['typing one handed because my arm is numb', undefined],
    ['sorry for the typos', undefined],
    ['sorry, gotta go', undefined],
  ])('%s -> %s', (text, kept) => {
    expect(remarksTakenOut(text)).toBe(kept);
  });

  test('at a safety question the no beside the remark is the answer', async () => {
    await botSteps([
      [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
      ['no none of that. sorry about the spelling, typing with one hand', [NEXT_SCREEN_QUESTION], [/hand is giving you trouble/i, BLADDER_QUESTION]],
    ]);
  });

  test('after advice, a side put right with a remark is not declined as a hand problem', async () => {
    await botSteps([
      ['my lower back went on saturday carrying shopping, left side', [/keep moving|heat/i]],
      ['sorry I meant the right side. typing one handed lol', [], [/hand is giving you trouble/i, /only set up to help with back pain/i]],
    ]);
  });
});

describe('a mis-tapped yes taken back with the sign denied drops the alarm', () => {
  test('the no is taken and the check goes on without the emergency line', async () => {
    await botSteps(
      [
        [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
        ['yes', [/call 000/i]],
        ['oh no I misread that one, I have no trouble peeing at all', [/taken your answer as no/i, NEXT_SCREEN_QUESTION], [/let's get this right/i]],
        ['nope legs are fine', [NEXT_SCREEN_QUESTION], [/still needs checking now/i, /call 000 or go to/i]],
      ],
      'en-AU',
    );
  });
});

describe('"which number?" after an escalation is answered briefly', () => {
  test.each<[string, string, RegExp[]]>([
    ['my back has ached for a month, it wakes me every night and I have lost a stone without dieting', 'which number do I phone if it gets much worse?', [/999/, /111/]],
    ['my lower back hurts and both legs went numb and weak this afternoon', "what's the number again", [/the number is 999/i, /don't drive/i]],
  ])('%s / %s', async (first, asked, must) => {
    await botSteps([
      [first, [/999|today/i]],
      [asked, must, [/here is why it matters/i, /this is because you mentioned/i]],
    ]);
  });
});

describe('a correction with "I meant" and no old value is said back', () => {
  test.each<[string, string | undefined]>([
    ['oh wait, I meant friday. thursday was fine', 'friday'],
    ['no, I mean the left side', 'the left side'],
    // Words that name no value, or a long sentence about something else: nothing to say back.
    ['wait, I meant something else', undefined],
    ['sorry I meant no', undefined],
    ['I meant that I was worried about going back to work next week at the depot', undefined],
  ])('%s -> %s', (text, value) => {
    expect(correctedWords(text)).toBe(value);
  });

  test('the corrected day is said back while routing', async () => {
    await botSteps([
      ['hurt my lower back on thursday lifting a box', [/keep moving|heat/i]],
      ['oh wait, I meant friday. thursday was fine', [/putting me right: friday/i], [/tell me again in your own words/i]],
    ]);
  });
});

describe('a change after getting up is read as worse, whatever "no" opens it', () => {
  test('"ugh no, stiff again when I got up" gets the flare reply, not "good to hear"', async () => {
    await botSteps([
      ['any stretches for my lower back, it started this morning', [/stretch|knee/i]],
      ['did it, a bit easier', [/easing/i]],
      ['ugh no, worse again when I stood up from the sofa', [/change position/i], [/good to hear/i]],
    ]);
  });
});

describe('details told with a calm note are kept for a later check', () => {
  test('the start and the cause are not asked again', async () => {
    await botSteps([
      ['my lower back stabs whenever I cough. it began 4 days ago moving a wardrobe. should I worry?', [/cough/i]],
      ['fine, run the check. about a 5, lower back', [/let's check your symptoms/i, BLADDER_QUESTION], [/when did it start/i, /did anything set it off/i]],
    ]);
  });
});

describe('a question asked for real, read clause by clause', () => {
  test.each<[string, boolean]>([
    ['maybe tuesday?', false],
    ['lower back, what should I do?', true],
    ['my back hurts. is it serious?', true],
    ['more on the left? hard to tell', false],
  ])('%s -> %s', (text, asks) => {
    expect(asksForReal(text)).toBe(asks);
  });
});

describe('"low down" places the pain in the lower back', () => {
  test.each<[string, string | undefined]>([
    ['aching on the left side low down', 'lower'],
    ['right side, lower down', 'lower'],
    ['on the left side', undefined],
  ])('%s -> %s', (text, region) => {
    expect(parseLocation(text)?.region).toBe(region);
  });
});

import { wholeBotSteps, type Step } from './support/botHarness';
import { givesSafetyLine, pointedSafetySign } from '../src/triage/safetyLinePick';

// A short yes that points back at a sign of the previous reply's safety line
// ("... bladder or bowel trouble, or weak legs, call 999 now") is that sign told:
// its emergency, not the check the same reply offered. Without that line just
// before, or with the sign denied, it is read as before.
const ANSWER: Step = ['my lower back went into spasm hoovering this afternoon, is heat a good idea', [/call 999 now/]];

describe('a yes pointing at the safety line just given', () => {
  test.each<[string, Step[]]>([
    ['the peeing sign, pointed at with "one"', [ANSWER, ['yeah, the wee one', [/^Please call 999 now/]]]],
    ['the numbness sign, yes first', [ANSWER, ['yes i have got the numbness', [/^Please call 999 now/]]]],
    ['the legs sign, yes after it', [ANSWER, ['weak legs, yep', [/^Please call 999 now/]]]],
    ['a denied sign is no pick', [ANSWER, ['yes but no bowel problems at all', [], [/^Please call 999 now/]]]],
    ['a question about a sign is no pick', [ANSWER, ['yes, what counts as bladder trouble?', [], [/^Please call 999 now/]]]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });

  test('with no safety line before, a yes naming a word of it is read as before', async () => {
    await wholeBotSteps([['hi', [], [/^Please call 999 now/]], ['yes the leg one', [], [/^Please call 999 now/]]], 'en-GB');
  });
});

describe('safety line reading', () => {
  test('a reply gives the line only with the number and several signs', () => {
    expect(givesSafetyLine('If your legs get numb or you cannot pee or control your bowels, call 000 now.', '000')).toBe(true);
    expect(givesSafetyLine('If your legs get numb or you cannot pee, call your doctor.', '000')).toBe(false);
    expect(givesSafetyLine('Warm the leg gently; call 000 in an emergency.', '000')).toBe(false);
  });
  test('a pick needs a yes and a sign, and no denial or question', () => {
    expect(pointedSafetySign('yep the poo one')).toBe('bowel');
    expect(pointedSafetySign('the poo one')).toBeUndefined();
    expect(pointedSafetySign('yes please do the check')).toBeUndefined();
    expect(pointedSafetySign("yes, it isn't the tingling")).toBeUndefined();
  });
});

describe('a slip taken back', () => {
  test('a correction right after, saying how it came about, takes the alarm back', async () => {
    await wholeBotSteps([
      ANSWER,
      ['yeah, the wee one', [/^Please call 999 now/]],
      ['oops I meant no, fat fingers, peeing is completely normal', [/taken (your answer|that) as (a )?no/i]],
    ], 'en-GB');
  });
});

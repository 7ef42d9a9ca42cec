import { wholeBotSteps } from './support/botHarness';

// Set 38's acts turns by kind, in our own wording:
// 1. A bladder sign told plainly, with a guess at an everyday cause ("probably just not drinking enough"), is the
//    emergency: the guess is about why, not whether (a doubt about the sign itself is still asked about).
// 2. A fever with chills that go on under the covers, or with talk that has turned odd or repetitive, is the
//    notes' fever with feeling very unwell: the emergency.
// 3. "both of us" counts people, not legs; an echoed question answered "she says no" or "no idea" tells no
//    sign; a term asked about ("what you mean by ...") is no sign told; a question about sleeping by day tells
//    no pain at night.
// 4. A "?" that only closes a doubt ("maybe not?") is no question to meet with "no answer"; a correction said
//    back speaks to the writer ("your"), and a correction is no opening of the check.

const ALARM_US = /Please call 911/i;
const CHECK_QUESTION = /Just to check/i;

describe('a bladder sign with a guess at its cause is still the emergency', () => {
  test.each<[string]>([
    ["my husband's back went on Friday and since this afternoon he can barely pee, just a dribble. probably because he hasn't drunk much?"],
    ['since last night I can hardly get any wee out even though I feel full. maybe just dehydrated from the heat?'],
  ])('%s', async (message) => {
    await wholeBotSteps([[message, [ALARM_US], [CHECK_QUESTION]]]);
  });
});

describe('a fever with chills under the covers or with odd talk is the emergency', () => {
  test.each<[string]>([
    ['my dad has back pain and a high temperature, he is shivering even under three blankets'],
    ['my wife has a fever with her back pain and since tea time she keeps asking the same questions over and over'],
    ['my son has a temperature and back ache and he is talking really strangely tonight'],
  ])('%s', async (message) => {
    await wholeBotSteps([[message, [ALARM_US]]]);
  });
});

describe('people, echoes, terms and sleep habits raise no alarm', () => {
  test.each<[string]>([
    ['we decorated all weekend and now both of us have stiff lower backs, where should we begin?'],
    ['my wife hurt her back weeding. numb legs? she says no'],
    ['my brother tweaked his back at five a side. tingly feet? no idea'],
    ["saddle numbness? what does that even mean. nothing down there feels odd"],
  ])('%s', async (message) => {
    await wholeBotSteps([[message, [/./], [ALARM_US]]]);
  });

  test('numb legs answered yes is still the emergency', async () => {
    await wholeBotSteps([['hurt my back lifting. numb legs? yes, both of them', [ALARM_US]]]);
  });

  test('a night worker asking about sleep by day is not asked about night pain', async () => {
    await wholeBotSteps([
      ['my lower back is stiff after a long shift at the desk, any tips?', [/./]],
      ['and for sleeping? my nights are days, I go to bed at 9am', [/./], [CHECK_QUESTION]],
    ]);
  });
});

describe('doubts, corrections and news are read as such', () => {
  test('a "?" closing a doubt gets no "no answer" menu', async () => {
    await wholeBotSteps([
      ['I have asthma, can I take ibuprofen for my back?', [/asthma/i]],
      ['had it once years ago I think. no idea if my chest got tight. maybe not?', [/./], [/don't have an answer for exactly that/i, /what (him|her) want/i]],
    ]);
  });

  test('a side put right is said back to the writer as theirs', async () => {
    await wholeBotSteps([
      ['my back went into spasm this morning bending over the bath', [/./]],
      ['sorry, I meant my left side not my right', [/your left side/i], [/my left side/i]],
    ]);
  });

  test('a side put right with "does it matter at all" gets that the advice stands', async () => {
    await wholeBotSteps([
      ['my back went into spasm this morning bending over the bath', [/./]],
      ['oops, I meant the left side, not the right. does it matter at all?', [/doesn't change my advice/i]],
    ]);
  });

  test('a start day put right does not open the check', async () => {
    await wholeBotSteps([
      ['my lower back seized up this morning reaching into the boot, is bed rest best?', [/./]],
      ['oh and actually it began on Sunday night, not this morning, sorry', [/./], [/Let's check your symptoms/i]],
    ]);
  });

  test('a side put right with a score beside it is news for the check', async () => {
    await wholeBotSteps([
      ['can you check my symptoms', [/Let's check your symptoms/i]],
      ['sorry, right side not left. it is about a 6, an 8 when I stand up', [/./], [/putting me right: right side, then/i]],
    ]);
  });
});

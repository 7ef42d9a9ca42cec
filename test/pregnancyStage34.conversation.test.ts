import { wholeBotSteps, type Step } from './support/botHarness';

// Issue 12 (situation34), phrasings our own. The weeks of a pregnancy told once (as weeks, months or a
// trimester) decide the later stretch and sleep answers: lying on the back is fine before about 16 weeks and
// ruled out after (clinical notes, pregnancy); NSAIDs stay ruled out at any stage. Someone else's prescription
// medicine gets "don't", who can say what is safe, and the over-the-counter way.

const EARLY = /before about 16 weeks/i;
const LATER = /past about 16 weeks/i;
const GENERAL_STRETCHES = /^Gentle stretches can help a tight back: try knee-to-chest/i;
const GENERAL_SLEEP = /or on your back with pillows under your knees/i;

describe('the stage of a pregnancy told earlier shapes the stretch and sleep answers', () => {
  test.each<[string, string, Step[]]>([
    ['months, then stretches and sleep', 'en-GB', [
      ['I am 5 months pregnant and my back has locked up', [/NSAIDs/i]],
      ['which stretches can I do', [LATER, /cat-cow/i], [EARLY, GENERAL_STRETCHES]],
      ['what position is best for sleeping', [LATER, /side/i], [EARLY, GENERAL_SLEEP]],
    ]],
    ['weeks early on: back-lying is fine for now', 'en-AU', [
      ['just found out, 9 weeks pregnant and my lower back went into spasm', [/NSAIDs/i]],
      ['any stretches that are safe', [EARLY, /knee-to-chest/i], [LATER, GENERAL_STRETCHES]],
      ['and sleeping position?', [EARLY], [LATER]],
    ]],
    ['a trimester', 'en-US', [
      ['third trimester here and my back is killing me, what stretches help', [LATER, /pelvic tilts/i], [EARLY, GENERAL_STRETCHES]],
      ['can I take Aleve', [/avoid/i, /NSAIDs/i], [/follow the label/i]],
    ]],
    ['written for a partner, in months', 'en-IN', [
      ['my wife is 7 months into her pregnancy and her back is in spasm, what stretches can she do', [LATER, /her back/i], [EARLY]],
      ['how should she lie at night', [LATER, /her side/i], [EARLY, GENERAL_SLEEP]],
    ]],
    ['no stage told: the general pregnancy answer', 'en-GB', [
      ['I am pregnant, which stretches are safe', [/from about 16 weeks/i], [EARLY, LATER]],
    ]],
  ])('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });

  test('without a pregnancy the general answers stay', async () => {
    await wholeBotSteps([
      ['what stretches are good for a tight lower back', [GENERAL_STRETCHES], [EARLY, LATER]],
      ['my baby is 4 months old, how should I sleep', [], [EARLY, LATER]],
    ], 'en-GB');
  });
});

describe("someone else's prescription medicine: don't, who to ask, the shop way", () => {
  test.each<[string, string]>([
    ['my flatmate gave me a couple of her prescription naproxen', 'en-GB'],
    ['my brother-in-law left some of his tramadol here, can I use it', 'en-US'],
  ])('%s', async (text, locale) => {
    await wholeBotSteps([[text, [/prescribed for someone else/i, /pharmacist can tell you what is safe for you/i, /over-the-counter/i], [/follow the label/i]]], locale);
  });
});

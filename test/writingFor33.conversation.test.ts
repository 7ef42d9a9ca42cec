import { PersonWording } from '../src/content/personWording';
import { PATHS } from '../src/paths';
import { testContent, wholeBotText } from './support/botHarness';

// Someone writing for another person (issues 11 and 12): the answers, not only the check's
// questions, speak of that person (knowledge/language/person-words.yaml); a message that tells
// of the named person's back sets this without "I'm writing for"; a carer gets a carer's view
// where the passage has one. The writer's own back stays "you". Phrasings our own.

const wording = PersonWording.fromFile(PATHS.personWords);
const bot = () => wholeBotText('en-GB');

describe('advice said of the person helped', () => {
  test.each([
    ['Keep walking a little. Take your time.', 'her', 'She should keep walking a little. Take your time.'],
    ['Best now: keep warm and avoid heavy lifting.', 'him', 'Best now: he should keep warm and avoid heavy lifting.'],
    ["Don't sit for hours. Ask a pharmacist first.", 'him', "He shouldn't sit for hours. Ask a pharmacist first."],
    ['Heat is safe for you. Try it. Let me know how it goes.', 'her', 'Heat is safe for her. She could try it. Let me know how it goes.'],
    ['Drive only if you can brake hard.', 'her', 'She should drive only if she can brake hard.'],
  ] as const)('%s (%s)', (text, pronoun, said) => {
    expect(wording.aboutThem(text, pronoun)).toBe(said);
  });

  test.each([
    ['my fiancee pulled her lower back shifting boxes', 'her', true],
    ['my lad (15) jarred his back at judo', 'him', true],
    ['my brother says his tablets helped, my back is killing me', 'him', false],
    ['my aunt lent me her heat pad', 'her', false],
  ] as const)('"%s" tells of their back: %s', (text, pronoun, tells) => {
    expect(wording.tellsOfTheirBack(text, pronoun)).toBe(tells);
  });

  test('a carer\'s view is written to the helper already: the wording for the person leaves it as it is', () => {
    const carers = testContent().answers.library.passages.filter((p) => p.carer || p.tags.includes('to-helper'));
    expect(carers.length).toBeGreaterThanOrEqual(3);
    for (const p of carers.filter((c) => c.carer)) {
      // Said to the helper ("while you steady them"): the person in pain is "they" throughout, never "your".
      expect(`${p.carer!.answer} ${p.carer!.more ?? ''}`).not.toMatch(/\byour\b/i);
    }
  });

  test('a long text is worded whole', () => {
    // No clock here: how fast long text is read is measured by `npm run bench` (its long-message turn).
    expect(wording.aboutThem('keep. you. '.repeat(400), 'him')).not.toMatch(/\byou\b/);
    expect(wording.tellsOfTheirBack('her back his '.repeat(400), 'her')).toBe(true);
  });
});

describe('in conversation', () => {
  test.each([
    // told of the named person's back, without "I'm writing for"
    [['my fiancee pulled her lower back shifting boxes'], /if she gets numbness between her legs/, /if you get numbness/],
    [['my grandson tweaked his back at judo last night', 'what painkiller can he have'], /safe for him/, /safe for you/],
    // framed, then a practical question
    [['asking for my mum, she strained her back hoovering', 'is it ok for her to drive'], /\bshe can\b/, /\byou can\b/],
    // the writer's own back beside someone else's view stays "you"
    [['my back has gone, my husband reckons bed rest is best'], /if you get numbness/, /he gets numbness/],
    [['my daughter thinks I should use ice on my back, is she right'], /\byou\b/, /\bshe should\b/],
    // someone else's advice passed on about the writer's own back
    [['twinged my lower back at the gym', 'heat or cold? my flatmate reckons frozen peas'], /if you get numbness/, /if (he|she|they) gets? numbness/],
    // the writer asking for themselves beside someone else's advice
    [["I'm 20 weeks pregnant with a sore back", 'what can I take, my partner says ibuprofen is fine'], /If you have been taking one/, /If (he|she|they) (has|have) been taking/],
  ] as const)('%j', async (messages, expected, notExpected) => {
    const say = bot();
    let reply = '';
    for (const m of messages) reply = await say(m);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(notExpected);
  });

  test('the symptom check offered for them, taken up with a detail, is about them', async () => {
    const say = bot();
    await say('my fiancee pulled her lower back shifting boxes');
    expect(await say('since lunchtime, low down')).toMatch(/questions about her/);
  });

  test.each([
    ['how do i get my grandad out of bed, his back has seized', /their own pace/, /^Roll onto your side/m],
    ['my wife hurt her back, how should she get out of bed', /don't pull their arms/i, /^Roll onto your side/m],
    // the writer's own back: the steps said to them
    ['how do I get out of bed when my back has seized', /^Roll onto your side/m, /their own pace/],
    ['my nan slipped and her back has gone, she cannot get up off the rug', /\blift them\b/, /\b(your|her) side/],
  ] as const)('a carer gets what to do for them: %s', async (message, expected, notExpected) => {
    const reply = await bot()(message);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(notExpected);
  });

  test.each([
    // the other person's emergency still escalates, spoken to the writer
    [['my fiancee pulled her lower back shifting boxes', "now she can't feel anything when she wipes and her legs are numb"], /^Please call 999 for her now/m],
    [['my grandson tweaked his back at judo last night', 'he has just wet himself and cannot feel his legs'], /^Please call 999 (for him )?now/m],
  ] as const)('red flags about the person helped escalate: %j', async (messages, expected) => {
    const say = bot();
    let reply = '';
    for (const m of messages) reply = await say(m);
    expect(reply).toMatch(expected);
  });

  test.each([
    [['my fiancee pulled her lower back shifting boxes', 'she had a kidney infection years ago, nothing like that now, no fever']],
    [['my grandson tweaked his back at judo last night', "he's fine walking, no numbness, no trouble peeing"]],
  ] as const)('their denials and old history raise nothing: %j', async (messages) => {
    const say = bot();
    let reply = '';
    for (const m of messages) reply = await say(m);
    expect(reply).not.toMatch(/^Please (call|get seen|see|contact)/im);
  });
});

import { wholeBotText } from './support/botHarness';

// A check for someone else, or a person named before: a relative who passes on news of that
// person is the messenger, not a new patient, and a weight lost is no lifting set off.
// Phrasings our own.
describe('news of the patient passed on by another relative', () => {
  test.each([
    [
      ["checking for my dad, he's 77 and his back's been hurting for three weeks", 'his back has played up for years, this is like always'],
      "my niece who lives with him just said he's lost loads of weight lately without trying, his belt is on the last hole",
      'him',
    ],
    [
      ["asking about my grandpa, 80, his back's been aching for a few weeks", "he's had a dodgy back for years, this is like his normal"],
      "my niece who lives with him just said he's lost loads of weight lately without trying, his belt is on the last hole",
      'him',
    ],
    [
      ['checking for my gran, 84, her back has ached for weeks now', 'on and off for years, nothing new she says'],
      "my son who lives with her told me she's lost a lot of weight lately without dieting, her rings are loose",
      'her',
    ],
  ])('%j then "%s" asks for %s to be seen today', async (earlier, news, pronoun) => {
    const say = wholeBotText('en-GB');
    for (const m of earlier) await say(m);
    const reply = await say(news);
    expect(reply).toMatch(new RegExp(`get ${pronoun} seen today`, 'i'));
    expect(reply).not.toMatch(/set off by lifting/i);
  });

  test('a relative with no news of the patient does not take over the check', async () => {
    const say = wholeBotText('en-GB');
    await say("checking for my dad, he's 77 and his back's been hurting for three weeks");
    const reply = await say('lower back, my aunt says it is the same place as always');
    expect(reply).not.toMatch(/seen today|call 999/i);
  });
});

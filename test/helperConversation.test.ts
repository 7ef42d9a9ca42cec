import { wholeBotText } from './support/botHarness';

// A helper says once who they are writing for, then answers the symptom check
// in the third person: the flag in a later answer is the patient's.
function bot() {
  return wholeBotText('en-GB');
}

describe('a conversation about someone else', () => {
  test('after "checking for my grandad", his symptom told in the third person escalates, spoken to the helper', async () => {
    const say = bot();
    await say('can you do the symptom check for my grandad');
    await say('his lower back');
    const reply = await say('since lunchtime, and now he is grey and clammy and says he feels faint, his tummy hurts too');
    expect(reply).toMatch(/^Please call 999 for him now/);
  });

  test.each([
    ['typing this for my hubby, he hurt his back lifting a mower and can hardly sit', 'now the numbness has gone into both of his legs, it was one leg at breakfast', /^Please call 999 (for him )?now/],
    ["I'm asking for my missus, she's 70 and her back seized up gardening", "she's telling me she can't feel the loo roll when she wipes", /^Please call 999 for her now/],
    // grandparents in the words of the locales served
    ["I'm asking for my ouma, she's 81 and her back seized up at the oven", 'now her legs are both numb and she can hardly stand', /^Please call 999 for her now/],
    ['asking about my abuelo, his back locked up this morning', 'he says both his legs have gone numb and floppy', /^Please call 999 for him now/],
  ])('everyday names for the person ("%s") frame the later third-person flag as the patient\'s', async (first, later, expected) => {
    const say = bot();
    await say(first);
    expect(await say(later)).toMatch(expected);
  });

  test("the patient's facts told later in the third person change the answer", async () => {
    const say = bot();
    await say('writing for my dad, he put his back out clearing the gutters');
    await say("he's on warfarin for his heart");
    const reply = await say('so what painkiller is best for him?');
    expect(reply).toMatch(/blood thinner/i);
    expect(reply).not.toMatch(/^If it's safe for you, an anti-inflammatory/);
  });

  test('without the helper framing earlier, the same third-person answer is someone else\'s', async () => {
    const say = bot();
    await say('can you check my symptoms');
    await say('lower back');
    const reply = await say('since lunchtime, and now he is grey and clammy and says he feels faint, his tummy hurts too');
    expect(reply).not.toMatch(/call 999/i);
  });

  test('a person named in an earlier question, then told of in the present as the answer to the severity question, escalates for them', async () => {
    const say = bot();
    await say("is a heat pad ok on my dad's back?");
    await say('can you go through the symptom questions');
    await say('the lower back');
    const reply = await say("he's under the duvet right now with his teeth chattering, roasting hot, and he keeps mixing up our names");
    expect(reply).toMatch(/^Please call 999 for him now/);
  });

  test('the same person told of in the past, as that answer, does not escalate', async () => {
    const say = bot();
    await say("is a heat pad ok on my dad's back?");
    await say('can you go through the symptom questions');
    await say('the lower back');
    const reply = await say('he had a high fever and was muddled years ago after an operation, nothing like that now');
    expect(reply).not.toMatch(/^Please (call|get seen)/m);
  });

  test('his past, told later, stays the past', async () => {
    const say = bot();
    await say('symptom check for my husband please');
    await say('his lower back');
    const reply = await say('two days ago, he had a fever last year but nothing like that now');
    expect(reply).not.toMatch(/^Please (call|get seen)/m);
  });
});

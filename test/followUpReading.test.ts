import { runSteps, type Step } from './support/botHarness';

// Follow-ups and social openers that used to get a neighbouring card, a "you're welcome" or a refusal.
// Each table is a conversation: [user says, the reply must match all of these, and none of these].
describe('follow-ups read for what they ask', () => {
  test.each<[string, Step[], string?]>([
    ['a question after a thank-you is answered, not thanked, even when the intent read is the thanks', [
      ['should I use ice or heat on my back?', [/^Heat has the better evidence/]],
      ['Thank you kindly. A long bus ride tomorrow, two hours. Manageable?', [/walk/i], [/You're welcome/]],
      ["thanks heaps. and if it's still sore after the holiday?", [/few weeks/], [/You're welcome/]],
      ['Thanks. Gardening this weekend, a few hours. Wise?', [], [/You're welcome/, /not something I can help with/]],
    ], 'en-GB'],
    ['the word that names the question wins over the topic in context', [
      ['can I drive with a bad back?', [/^Drive or use machinery only if/]],
      // The pain's course, not driving: "still early", or when to get it seen if it isn't easing (ifStillNotBetter).
      ["ok. and what if it's still sore in a fortnight's time", [/still early|if it hasn't started to ease/], [/Pick one/, /^Drive/]],
    ], 'en-GB'],
    ['a spasm with "what do I do?" gets what to do, not what a spasm is', [
      ["my back's seized up in a spasm, what do I do?", [/self-care/], [/^A back spasm is when/]],
    ], 'en-GB'],
    ['asked again about a journey, the travel answer says more, not the next card', [
      ['is flying ok with a back spasm?', [/travel with a back spasm/]],
      ['what should I do during the flight itself?', [/walk the aisle/], [/^Keep moving as much as you can/]],
    ], 'en-GB'],
    ['a short follow-up in a near tie goes on with the answer just given (its reverse), not a neighbouring card', [
      ['what is the least painful way to climb out of bed?', [/log roll/]],
      ['and the getting-in part?', [/To lie down, do it in reverse/], [/aisle seat/]],
    ]],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

import { runSteps, type Step } from './support/botHarness';

// An everyday activity told in the story around a question ("a match on Saturday", "eight hours at a desk") is what
// lies ahead, not what is asked, when another sentence asks something of its own that the whole message fits best too:
// that question is answered (ice or heat, bed rest), not whether the activity is ok. Asked about, or with a bare
// go-ahead after it, the activity is still answered by name. The wordings are our own, not the spent sets'.

describe('an activity in the story around another question', () => {
  test.each<[string, Step[], string?]>([
    ['a match ahead told, then "ice or heat?": ice or heat, not the sport answer', [
      ['pulled my back at footy training, I have a match on Saturday. should I use ice or heat?', [/Heat has the better evidence/], [/in a lighter way/]],
    ]],
    ['a long day at a desk told, then bed rest asked: keep moving, not the sitting answer', [
      ['my back went this morning and I have to sit at a desk 8 hours a day. should I stay in bed and rest it for a few days?', [/staying in bed makes recovery slower/], [/sit for long spells/]],
    ]],
    ['the activity asked about is still answered by name', [
      ['pulled my back at footy training. can I still play on Saturday?', [/match|play/], [/Heat has the better evidence/]],
    ]],
    ['a bare go-ahead after the activity asks about the activity', [
      ['yoga class tomorrow. should I go?', [/yoga/]],
    ]],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

import { wordCount } from '../src/knowledge/answerText';
import { mainDialogClient, runSteps, type Step } from './support/botHarness';

// Issue 12: practical answers people ask for that the knowledge base lacked or
// answered generically (helping someone up, stuck alone, back to a match,
// heat burns, massage on a blood thinner, back or kidneys, lying on the back
// in pregnancy, a long soak, driving when a medicine seems not to affect you).
// Facts from shared/clinical-notes.md; phrasings are this file's own.

const NET = /Not a substitute for a/;

describe('a practical question gets its own answer first, within 80 words', () => {
  test.each<[string, string, RegExp, RegExp?]>([
    ['helping a relative off the floor', 'my grandad has gone down on the lounge floor with his back, how do I get him up?', /^Don't lift them/, /fell from a height or down stairs/],
    ['stuck with no one around', "I live alone, what if my back locks and I can't get up?", /^(On your own, then\. )?Keep your phone within reach/, /weak or numb/],
    ['back to a team game', 'when will I be fit for a full match again after my back went?', /^Go back gradually/, /contact sport/],
    ['a belt for lifting', 'is strapping worth it when I get back to weights?', /back belts or corsets/, /NICE/],
    ['a burn from a heat pack', 'my heating pad has left a blister on my lower back', /^Stop heat on that spot/, /blister/],
    ['a massage on an anticoagulant', "I take rivaroxaban, is it ok to book a back massage?", /^A gentle massage is usually fine/, /bruise/],
    ['back or kidneys', 'how would I know if the pain is my kidneys and not a muscle?', /^I can't say for sure/, /waves/],
    ['lying on the back in pregnancy', 'is it ok to lie flat on my back in bed at 22 weeks pregnant?', /16 weeks/, /on your side/],
    ['how long to soak', 'how long should a warm bath last for a sore back?', /15 to 20 minutes/, /Get out slowly/],
  ])('%s', async (_name, message, first, also) => {
    const { say } = mainDialogClient('en-GB');
    const [reply] = await say(message);
    const text = reply?.text ?? '';
    expect(text).toMatch(first);
    if (also) expect(text).toMatch(also);
    expect(text).toMatch(NET);
    expect(wordCount(text)).toBeLessThanOrEqual(80);
  });
});

describe('follow-ups read against the answer before', () => {
  test.each<[string, Step[], string?]>([
    ['a soak after asking about a bath', [
      ['is a hot bath alright tonight?', [/^You can have a bath/]],
      ['how long should I stay in it?', [/15 to 20 minutes/], [/few weeks/]],
    ], 'en-AU'],
    ['feeling fine on a drowsy medicine is no all-clear to drive', [
      ['can I drive my van on muscle relaxants?', [/drowsy/]],
      ['honestly I feel completely normal on them', [/pharmacist|doctor/, /drowsy, dizzy or slow/], [/harm yourself/]],
    ], 'en-GB'],
    ['a game at the weekend after a spasm', [
      ['can I go back to the gym this week?', [/building back up gradually/]],
      ['what about my cup match on saturday?', [/match or contact sport/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('a red flag still outranks the new practical answers', () => {
  test.each<Step>([
    // Helping someone up, but their legs have gone: the emergency, not the steps.
    ["my husband is on the floor and can't feel or move either leg", [/call 999/]],
    // A kidney question with the urgent signs as their own: seen today.
    ['is it my kidneys? the pain comes in waves in my side and my pee is pink', [/today|111/], [/^I can't say for sure/]],
  ])('%s', async (...step) => {
    await runSteps([step], 'en-GB');
  });
});

import { runSteps, type Step } from './support/botHarness';

// Follow-ups people ask once an answer is on screen: a remark that clearly fits one passage, a practical question the
// classifier half reads as "help", and everyday topics (heat made at home, moving that hurts, routine timing).
describe('on-topic follow-ups get an answer, not the topic menu', () => {
  test.each<[string, Step[], string?]>([
    ['a remark that nothing has shifted after some days is read as not getting better', [
      ['should I put a hot pack on my back?', [/./]],
      ['five days in now and nothing has shifted', [/doctor|physical therapist/], [/don't have an answer/]],
    ]],
    ['heat made without a bought pack', [
      ['my back muscles have gone tight, is warmth a good idea?', [/./]],
      ["there's no heat pad in the house, could I make my own?", [/hot water bottle/, /inner arm/]],
    ], 'en-GB'],
    ['walking that makes it hurt more is not a reason to lie down', [
      ['is it better to rest or stay on my feet?', [/./]],
      ['and if strolling about makes it throb more?', [/doesn't mean harm/], [/[Ss]ex/]],
    ], 'en-AU'],
    ['when to book someone for a back that is not an emergency', [
      ['which painkiller is best for a stiff back?', [/./]],
      ["assuming it's nothing urgent, how long do I wait before booking an appointment?", [/after a few weeks/]],
    ], 'en-IE'],
    ['what to ask an employer to change', [
      ['should I keep going to the office with my back like this?', [/./]],
      ['HR asked what they could alter in my role, which adjustments make sense?', [/heavy lifting/, /half hour/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

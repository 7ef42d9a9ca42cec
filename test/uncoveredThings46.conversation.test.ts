import { runSteps, type Step } from './support/botHarness';

// match46: a question whose own subject no reviewed answer speaks of gets a short honest reply that names it and
// says what has support instead (and who can judge the thing), not another subject's answer that shares its
// generic words ("help", "good"). A subject that is covered still reaches its own answer. Wordings are our own.

const NAMED = (thing: string) => new RegExp(`^I don't have reviewed advice on ${thing} as such`);
const INSTEAD = /best support for a back spasm is keeping gently active, heat/;

describe('a thing no reviewed answer covers: named plainly, then what has support instead', () => {
  test.each<[string, Step[], string?]>([
    ['a supplement read only by "help": not the treatments answer as if it spoke of it', [
      ['does glucosamine help back spasms', [NAMED('glucosamine'), INSTEAD], [/physical therapist can give you an exercise plan/]],
    ]],
    ['a treatment asked after an answer, that no reading fits: not a refusal as if it were not about the back', [
      ['ice or heat for a back spasm?', [/Heat/]],
      ['what about cupping?', [NAMED('cupping'), INSTEAD], [/not something I can help with/]],
    ], 'en-GB'],
    ['a gadget asked of with the back', [['would an inversion table help my back spasm?', [NAMED('an inversion table'), INSTEAD]]]],
    ['a second uncovered thing: said plainly again, not the same answer silently', [
      ['what do you reckon of cupping for a back spasm?', [/./]],
      ['would a bed of nails help my back?', [NAMED('a bed of nails')]],
    ], 'en-AU'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('a thing a reviewed answer covers still reaches it', () => {
  test.each<[string, Step[], string?]>([
    ['a TENS machine', [['back in spasm, would a TENS machine help?', [/TENS/]]], 'en-GB'],
    ['a chiropractor', [['should I see a chiropractor for my back spasm?', [/chiropractor/]]], 'en-GB'],
    ['a standing desk', [['back spasm, would a standing desk help?', [/standing/]]], 'en-GB'],
    ['a topper after another thing', [
      ['is a foam roller ok for a back spasm?', [/foam roller/]],
      ['thoughts on a memory foam topper?', [/topper/], [/reviewed advice/]],
    ], 'en-AU'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

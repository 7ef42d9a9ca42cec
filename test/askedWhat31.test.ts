import { runSteps, type Step } from './support/botHarness';

// A question is answered for what it asks (how often, how long), read against the answer in context.
describe('what a question asks, read against the answer in context', () => {
  test.each<[string, Step[], string?]>([
    ['a painkiller named in the follow-up is still a painkiller question', [
      ['any tips for sitting in my van all day with this back', [/every hour or so/]],
      ['how often can i take ibuprofen', [/[Ff]ollow the label|label/], [/Break up long sitting/]],
    ], 'en-GB'],
    ['being laid up is how long it lasts, not how long the heat goes on', [
      ['should i put a heat pack on it', [/better evidence/]],
      ['how long am i going to be laid up', [/few weeks/], [/15 to 20 minutes at a time/]],
    ], 'en-GB'],
    ['working from home or going in: the work answer', [
      ['would working from home help my back or should i go in', [/[Ss]taying at work/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

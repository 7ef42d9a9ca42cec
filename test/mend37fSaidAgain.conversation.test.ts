import { wholeBotSteps, type Step } from './support/botHarness';

// A follow-up on part of the answer just given never gets a line of it pasted again as if new ("On that: <same line>").
// The line that speaks to the detail is pointed back to as already said; a line picked only because it came first gives
// way to the lines not yet shown.
describe('a follow-up on a detail of the answer just given is not answered with the same text', () => {
  test.each<[string, Step[], string]>([
    ['a measure of the desk answer: its line said plainly, not pointed back to', [
      ['my lower back locked up but I have to sit at my desk all day, is that ok?', [/half hour/]],
      ['and breaks, how frequently?', [/^In short: .*half hour/], [/^On that:/, /just above/, /more detail/]],
    ], 'en-GB'],
    ['weights, then the pressing part: its line said plainly, without quoting itself', [
      ['pulled something in my back at the gym, how soon can I go back to the gym?', [/upper-body/]],
      ['what about working my upper body meanwhile', [/In short: .*upper-body/], [/On that:/, /just above/, /more detail/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});

// "and if it still hurts by Thursday?" after any answer asks when to get it seen, however the pain and the day are put.
describe('a conditional about the pain on a named day ahead reads as when to get it seen', () => {
  test.each<[string, Step[], string]>([
    ['after a driving answer, a day name and "still hurting"', [
      ['is it safe to drive after taking codeine?', [/drive/i]],
      ['right, and if it still hurts on thursday', [/hasn't started to ease/], [/drowsy|sleepy/i]],
    ], 'en-GB'],
    ['after the heat answer, the weekend and "still in agony"', [
      ['heat or ice for a spasm in my lower back?', [/Heat/]],
      ['what if I am still in agony at the weekend', [/hasn't started to ease/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});

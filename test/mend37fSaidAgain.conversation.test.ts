import { wholeBotSteps, type Step } from './support/botHarness';

// A follow-up on part of the answer just given never gets a line of it pasted again as if new ("On that: <same line>").
// The line that speaks to the detail is pointed back to as already said; a line picked only because it came first gives
// way to the lines not yet shown.
describe('a follow-up on a detail of the answer just given is not answered with the same text', () => {
  test.each<[string, Step[], string]>([
    ['a measure of the desk answer: its line pointed back to, nothing else pasted', [
      ['my lower back locked up but I have to sit at my desk all day, is that ok?', [/half hour/]],
      ['and breaks, how frequently?', [/^As I said just above: ".*half hour/], [/^On that:/]],
    ], 'en-GB'],
    ['weights, then the pressing part: pointed back to, said plainly that is all', [
      ['pulled something in my back at the gym, how soon can I go back to the gym?', [/upper-body/]],
      ['what about working my upper body meanwhile', [/As I said just above: .*upper-body/, /more detail/], [/On that:/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});

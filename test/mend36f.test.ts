import { runSteps, type Step } from './support/botHarness';

// Mend 36f: a short request for a number after an answer is read against the last question, not
// against the emergency-number answer its word "number" happens to fit. Our own phrasings.
describe('a request for a number goes on from the last question', () => {
  test.each<[string, Step[], string?]>([
    ['guessed durations and a request for a figure after a return-to-training answer', [
      ['hurt my back squatting on monday, when can i get back to training?', [/gradually/i]],
      ['3 days? a month? just give me a number', [/./], [/emergency number of the country/, /\b000\b.*\b111\b/]],
    ], 'en-AU'],
    ['another request for a figure (guard: it stays clear of the emergency answer)', [
      ['when can i get back to lifting weights after this spasm', [/./]],
      ['a week? two? i need a number', [/./], [/emergency number of the country/]],
    ], 'en-US'],
    ['asking for the emergency number itself still gets it', [
      ['what is the emergency number if i am abroad', [/emergency number of the country/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// An acknowledgement that opens a report on the getting-up steps ("ok, ...") is no question: the report gets
// the next part of the steps, not a topic read from its other words, and no praise for getting up.
describe('a report on the floor steps opened with an acknowledgement', () => {
  test.each<[string, Step[], string?]>([
    ['halfway up, opened with "okay"', [
      ['my back went while vacuuming and now i am lying on the carpet, how do i get up', [/hands and knees/]],
      ['okay on all fours now, it hurts so much', [/hands on the seat/], [/Well done/, /seat back/]],
    ], 'en-GB'],
    ['a question after the acknowledgement still asks', [
      ['stuck on the kitchen floor after my back seized, how do i get up', [/hands and knees/]],
      ['ok how do i stand from the chair', [/./], [/Well done/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

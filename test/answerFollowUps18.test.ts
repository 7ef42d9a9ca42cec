import { runSteps, type Step } from './support/botHarness';

// Issue 12, answers18: a fact told with a report of pain leads the first steps as a caution; a short
// "why?" gets why the fact changes the advice (or more of the answer); "now what?" gets the next step
// of the answer just given; pain on coughing is answered, not refused. Our own wording throughout.

const first = (pattern: RegExp) => new RegExp(`^${pattern.source}`);
const SELF_CARE = /keep moving gently, use heat/;

describe('a fact told with a report of pain: first steps, the fact leading', () => {
  test.each<[string, Step[], string?]>([
    ['kidney trouble, asked what to do', [["I've got kidney disease and my back has gone into spasm, what can I do for it?", [first(/With kidney disease/), SELF_CARE]]], 'en-GB'],
    ['a blood thinner, told without a question', [
      ["pulled my back moving the sofa. I'm on apixaban", [first(/With a blood thinner/), SELF_CARE], [/Tell me more/]],
      // The first steps were not asked for: the next question is read on its own words.
      ['which painkiller can I have then', [/blood thinner/], [/^If the pain lasts/]],
    ], 'en-US'],
    ['a fact whose note is its point keeps its note', [["my lower back has been stiff for months now, every morning", [/routine visit/]]], 'en-US'],
    ['pregnancy, told with the spasm', [["20 weeks pregnant and my back has seized, what helps?", [/pregnant/i, SELF_CARE]]], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('"why?" after an answer a fact shaped', () => {
  test.each<[string, Step[], string?]>([
    ['why, after the pregnancy painkiller answer', [
      ['28 weeks pregnant, is ibuprofen alright for my back?', [/avoid ibuprofen/]],
      ['how come?', [/baby's kidneys/], [/don't have an answer/]],
    ]],
    ['why, naming the fact', [
      ['I have diabetes - ok to use a heat pack on my back?', [/diabetes/i]],
      ['why does my diabetes change anything', [/dull the feeling/], [/triggers are lifting/]],
    ]],
    ['why, with no fact behind the answer: more of it, never a refusal', [
      ['should I stay in bed with a back spasm?', [/bed/]],
      ['why not?', [], [/don't have an answer/, /not something I can help/]],
    ]],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('"now what?" after practical steps, and pain on coughing', () => {
  test.each<[string, Step[], string?]>([
    ['the floor steps, then the next one', [
      ['help, my back has gone and I am stuck on the floor, how do I get up?', [/hands and knees/]],
      ["right, I've rolled over, what next", [/hands and knees/, /push up/], [/keep moving gently, use heat, and take/]],
    ], 'en-GB'],
    ['a product a prescriber gave: the product is what is asked, not when to see them', [
      ['my back is in spasm, should I drive to the coast this weekend?', []],
      ['the doctor gave me co-codamol, alright to take before the trip?', [/co-codamol contains/i, /drowsy/], [/Book a GP/]],
    ], 'en-GB'],
    ['a cough that hurts, after first steps', [
      ['my back went into spasm carrying the shopping', []],
      ['is it bad that it kills when I cough?', [/cough(,| or) sneeze/i], [/don't have an answer/]],
    ], 'en-GB'],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

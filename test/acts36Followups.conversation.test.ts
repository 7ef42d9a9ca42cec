import { wholeBotSteps, type Step } from './support/botHarness';

// Follow-ups misread by their nearest words (round 36): how long the pain takes asked after a remedy answer, a "what if
// it's still as sore by then?" heard as a plan, a quiet fact said on its own refused, and heat already used answered with
// heat again. The wordings are this file's own, not the spent sets'.

const COURSE = /much better within a few weeks/;
const HEAT_TIMING = /15 to 20 minutes at a time, wrapped in a (tea|dish) towel, then give your skin a break/;
const NOT_IMPROVING = /hasn't started to ease within a week/;

describe('follow-ups read for what they ask', () => {
  test.each<[string, Step[], string?]>([
    ['"how long will this take" after the heat answer asks how long the pain lasts', [
      ['should I put a heat pad on it?', [/Heat has the better evidence/]],
      ['right, how long will this take', [COURSE], [HEAT_TIMING]],
    ], 'en-GB'],
    ['"how long for" after the heat answer still asks how long to use heat', [
      ['should I put a heat pad on it?', [/Heat has the better evidence/]],
      ['how long for', [/15 to 20 minutes/], [COURSE]],
    ], 'en-GB'],
    ['a still-sore-by-then question after the sitting answer asks when to get it seen, not about a trip', [
      ['any tips for sitting at my desk all day with this back?', [/./]],
      ['and say it is still as sore by next month?', [NOT_IMPROVING], [/aisle seat|travel/i]],
    ], 'en-US'],
    ['being on their own, said as the whole message, gets its note, not "not something I can help with"', [
      ["there's no one else in the house", [/on your own/i, /phone someone/, /999/], [/not something I can help with/]],
    ], 'en-GB'],
    ['heat used already, after the first steps: what else helps, not heat again', [
      ['my back just went into a spasm, help', [/keep moving gently/]],
      ['heat already done', [/tried heat already/, /keep moving gently|stretches/], [/Heat has the better evidence/]],
    ], 'en-GB'],
    ['"says who?" after an answer asks where it comes from: its sources', [
      ['is it ok to keep working with a bad back?', [/./]],
      ['says who', [/^Sources for/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

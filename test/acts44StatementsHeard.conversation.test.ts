import { wholeBotSteps, type Step } from './support/botHarness';
import { parseSeverity } from '../src/triage/severity';

// A statement is taken in and answered or asked about: a fact told beside "can't stop", a score put right, a time of
// day for a shift, an earlier conversation recalled. None is met with "nothing to cancel", "tell me again" or a menu.
const NOTHING_TO_CANCEL = /nothing to cancel/i;
const GREETING_MENU = /Hi! How is your back/;
const NO_MEMORY = /don't keep earlier conversations/i;

describe('statements heard while routing', () => {
  test.each<[string, Step[], string?]>([
    ['a job that cannot stop is their fact, not a cancel: the job line', [
      ['my back has gone again', [/check your symptoms/i]],
      ["I'm a lorry driver, I can't just stop", [/drive or use machinery/i], [NOTHING_TO_CANCEL]],
    ], 'en-GB'],
    ['a stop with no fact of theirs is still a cancel', [
      ['my back has gone again', [/check your symptoms/i]],
      ['stop', [NOTHING_TO_CANCEL]],
    ], 'en-GB'],
    ['a score put right in numbers is said back, never "tell me again"', [
      ['back spasm, pain is like 8/10', [/check your symptoms/i]],
      ["hmm no more like a 4, it's 8 when i twist", [/4 to 8 out of 10/], [/in your own words/i]],
    ]],
    ['a shift at a time of day is no pain score', [
      ['back spasm, pain is like 8/10', [/check your symptoms/i]],
      ['what should I say to my supervisor, I start a shift at 3', [/work/i], [/3 out of 10/, /here's my advice now/i]],
    ]],
    ['an earlier chat recalled alone: no memory said, how it went asked, no greeting menu', [
      ['Hello. Last week you said I should walk more.', [NO_MEMORY, /how did it go/i], [GREETING_MENU]],
    ], 'en-AU'],
    ['an earlier chat recalled with a question: the line, then the answer', [
      ['hi, you told me the other day to use a hot water bottle, how long can I leave it on?', [NO_MEMORY, /15 to 20 minutes/i]],
    ], 'en-GB'],
    ['what was said earlier in this conversation is no earlier chat', [
      ['my back hurts', [/check your symptoms/i]],
      ['you said to use heat, how long for?', [/15 to 20 minutes/i], [NO_MEMORY]],
    ]],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a number after a thing done at a time of day is a clock time', () => {
  test.each<[string, number | undefined]>([
    ['got a shift at 4 later', undefined],
    ['my appointment is at 10', undefined],
    ['the meeting starts at about 2', undefined],
    ['need to be at work by 9', undefined],
    ['pain is at 6', 6],
    ['it hurts at work, like a 7', 7],
    ['shift was awful, pain about 6', 6],
  ])('%s', (text, value) => {
    expect(parseSeverity(text, 'en-US')?.value).toBe(value);
  });
});

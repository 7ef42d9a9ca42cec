import { PATHS } from '../src/paths';
import { readWorkDemands } from '../src/knowledge/workDemands';
import { testContent, wholeBotSteps, type Step } from './support/botHarness';

// Issue 12, answers: a right but generic template that ignores the person's work or day. What their work asks of
// their back (knowledge/work-demands.yaml), told in any turn, is kept and leads the work, lifting, driving and
// self-care answers; self-employed people are not told to ask for lighter duties. Wordings are this file's own.

const facts = () => testContent().answers.facts;

describe('a job or daily situation is read as the demands it brings', () => {
  test.each<[string, string[], string[]]>([
    ["I'm a courier driver", ['driving_job', 'long_sitting'], []],
    ['I run my own business fitting boilers', ['self_employed', 'manual_job'], []],
    ['I work as a barber', ['standing_job', 'bending'], []],
    ['I do twelve hour shifts on a surgical ward, I am a nurse', ['lifting_people', 'shift_work'], []],
    ['stuck at home alone with the baby and my toddler', ['lifting_children'], []],
    ['I spend my days bent over at work planting out seedlings', ['bending'], []],
    // Someone else's job, or a job named only as a person in the story, is not the writer's.
    ['my yoga teacher said to rest it', [], ['standing_job']],
    ['the nurse at the clinic told me to keep moving', [], ['lifting_people', 'shift_work']],
  ])('%s', (text, expected, absent) => {
    const known = Object.keys(facts().read(text, { known: {} }).known);
    for (const id of expected) expect(known).toContain(id);
    for (const id of absent) expect(known).not.toContain(id);
  });
});

describe('the demand leads the work and activity answers, told in an earlier turn', () => {
  const LIGHTER_DUTIES = /lighter duties|other duties|your employer|your manager/i;
  test.each<[string, Step[], string?]>([
    ['a self-employed electrician: pacing his own days and help with loads, never "ask for lighter duties"', [
      ["I'm an electrician and I work for myself", [/./]],
      ['am I ok to work this week?', [/help or a trolley/, /Working through it/], [LIGHTER_DUTIES]],
    ], 'en-GB'],
    ['no sick pay, asked with the question: the can\'t-stop answer, without duties to ask for', [
      ['there is no sick pay where I work, should I go in tomorrow?', [/Working through it/], [LIGHTER_DUTIES]],
    ], 'en-AU'],
    ['a coach driver asking whether to work: the driving answer keeps its drowsy-medicine warning, no sitting line before it', [
      ['I drive for a living, coaches mostly. can I go to work in the morning?', [/react fast/, /drowsy/], [/^As you sit/]],
    ], 'en-GB'],
    ['a barber asking whether to go in: the answer for a job on one\'s feet (a stool, breaks), not the general one', [
      ['I work as a barber', [/./]],
      ['can I still go to work?', [/shift your weight/, /stool/], [/If your job is heavy/]],
    ], 'en-IE'],
    ['a parent alone with a toddler asking about lifting: kneel, let them climb up, close', [
      ["I'm on my own with the kids all week", [/./]],
      ["what's the safest way to lift?", [/^As you lift a little one: kneel to their level/]],
    ], 'en-CA'],
    ['a nurse on nights asking if she can keep working: moving on the shift, not lying still by day', [
      ['I work nights on a busy ward', [/./]],
      ['can I keep going to work?', [/night shifts: take short breaks to move/]],
    ], 'en-NZ'],
    ['an office worker asking what to do for it: the desk line on the self-care answer', [
      ['I have an office job and my lower back hurts', [/./]],
      ['what can I do to help my back?', [/^As you work at a desk: stand up and move every half hour/, /self-care/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('no demand told: the general answers, with no line about a job', () => {
  test.each<[string, Step[]]>([
    ['going to work', [['should I go to work with this?', [/Staying at work/], [/^As you/]]]],
    ['lifting', [['how should I lift things with a sore back?', [/Keep the load close/], [/^As you/]]]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

describe('the demands file', () => {
  test('every demand line fits beside an answer (22 words at most) and starts "As ...", so it reads as theirs', () => {
    const lines = demandLines();
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      expect(line.split(/\s+/).length).toBeLessThanOrEqual(22);
      expect(line).toMatch(/^As /);
    }
  });
});

/** The caveat lines of work-demands.yaml, read as the file gives them. */
function demandLines(): string[] {
  return readWorkDemands(PATHS.knowledge).flatMap(([, d]) => Object.values((d.caveats ?? {}) as Record<string, string>));
}

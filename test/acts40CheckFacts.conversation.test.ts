import { extractSymptomDetails, parseOnset } from '../src/triage/symptomParser';
import { NOW, runSteps, wholeBotSteps, type Step } from './support/botHarness';
import { WHERE, WHEN, HOW_BAD, SET_OFF, BLADDER, LEGS } from './support/checkQuestions';

// Four kinds, in our own wording: a score written first as "N/10" hides no start told after it; a start put
// right beside a remark that the pain has since got worse is still a correction of the start; a job told beside
// the check's answers is kept without a reply of its own, and its clause is read for details too; and a practical
// question asked inside the check is answered for the job the same message tells.

const KEEP_IN_MIND = /keep that in mind/i;
const WHAT_TO_KNOW = /what would you like to know/i;
const CHANGED = /changed that/i;
const LET_ME_ASK_AGAIN = /ask that one again/i;
const DESK_ANSWER = /half hour/i;
const HEAVY_JOB = /if your job is heavy/i;

describe('a score written first as N/10', () => {
  test.each<[string, string]>([
    ['9/10, since last night', 'last night'],
    ['6 out of 10, since this morning', 'this morning'],
    ['7/10 since tuesday', 'on Tuesday'],
  ])('"%s" still tells when it started', (said, words) => {
    expect(parseOnset(said, NOW, 'en-GB')?.words).toBe(words);
    expect(extractSymptomDetails(said, NOW, 'en-GB').severity?.value).toBeGreaterThan(5);
  });

  test('all four details in one line, score first, are not asked again', async () => {
    await runSteps(
      [
        ['check my symptoms', [WHERE]],
        ['9/10, since last night, lower back, lifting a crate', [BLADDER], [WHEN, HOW_BAD, SET_OFF]],
      ],
      'en-GB',
    );
  });
});

describe('the start put right beside how it has gone since', () => {
  const toBladder: Step[] = [
    ['check my symptoms', [WHERE]],
    ['lower back, since yesterday', [HOW_BAD]],
    ['5', [SET_OFF]],
    ['moving furniture', [BLADDER]],
  ];
  test.each<string>([
    'oh sorry, I got that wrong, it actually began on sunday, today it has got worse',
    'my mistake, it really started on saturday night, this morning it became much worse',
  ])('"%s" changes the start and asks the same question', async (said) => {
    await runSteps([...toBladder, [said, [CHANGED, BLADDER], [LET_ME_ASK_AGAIN]]], 'en-GB');
  });

  test('a report that it got worse, with no correction, changes no start', async () => {
    await runSteps([...toBladder, ['it has got worse since this morning', [], [CHANGED]]], 'en-GB');
  });
});

describe('a job told beside the check answers', () => {
  test.each<string>(['lower back, since monday, 6, lifting a beam, I work on a building site', 'low back since monday, about a 6, lifting at the warehouse where I work'])(
    '"%s" gets no reply of its own, and the details are all kept',
    async (said) => {
      await runSteps(
        [
          ['check my symptoms', [WHERE]],
          [said, [BLADDER], [KEEP_IN_MIND, WHAT_TO_KNOW, WHEN, HOW_BAD]],
        ],
        'en-GB',
      );
    },
  );

  test('a job told as part of an answer shapes a later answer about work', async () => {
    await wholeBotSteps(
      [
        ['check my symptoms', [WHERE]],
        ['low back, since tuesday, about a 5, I have a desk job', [], [KEEP_IN_MIND]],
        ['can I still go in to work?', [DESK_ANSWER], [HEAVY_JOB]],
      ],
      'en-GB',
    );
  });
});

describe('a practical question inside the check, with the job in the same message', () => {
  test.each<string>(['is it ok to go to work tomorrow? I sit at a desk all day', 'I am at my desk all day, can I go to work tomorrow?'])(
    '"%s" is answered for that job, then the check goes on',
    async (said) => {
      await runSteps(
        [
          ['check my symptoms', [WHERE]],
          ['lower back', [WHEN]],
          ['since yesterday', [HOW_BAD]],
          ['5', [SET_OFF]],
          ['lifting', [BLADDER]],
          ['no', [LEGS]],
          [said, [DESK_ANSWER, LEGS], [HEAVY_JOB]],
        ],
        'en-US',
      );
    },
  );
});

describe('the question put again after "that is not what I asked"', () => {
  const MISREAD = /misread that/i;
  const MENU = /put the question another way/i;
  test.each<[string, RegExp]>([
    ["that's not what i asked, i asked how soon", /gradually|build back up|no fixed date/i],
    ["you didn't answer my question, I was asking when", /gradually|build back up|no fixed date/i],
  ])('"%s" after a follow-up is answered against the last question', async (said, answer) => {
    await wholeBotSteps(
      [
        ['can I go back to the gym', [/gym/i]],
        ['and squats?', []],
        [said, [MISREAD, answer], [MENU]],
      ],
      'en-US',
    );
  });

  test('a question put again that no answer fits still gets a way to ask again, with no sorry before nothing', async () => {
    await wholeBotSteps(
      [
        ['can I take ibuprofen and tylenol together', [/together/i]],
        ["that's not what I asked. I asked how far apart. just tell me a number", [MENU], [MISREAD]],
      ],
      'en-US',
    );
  });

  test('the complaint alone still gets a way to ask again', async () => {
    await wholeBotSteps(
      [
        ['ice or heat', [/heat/i]],
        ["that's not what I asked", [MENU], [MISREAD]],
      ],
      'en-GB',
    );
  });
});

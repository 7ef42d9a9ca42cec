import { runSteps, testContent, wholeBotSteps, type Step } from './support/botHarness';
import { BLADDER, LEGS, WHERE } from './support/checkQuestions';

// Round 43 (acts): a wish for something that helps, said after an acknowledgement, is no sign-off; a time of
// day ("the mornings") late in a message is no greeting; the nights said to be fine in one position deny the
// night pain of the check. Each row: [user says, the reply must match all of these, and none of these]. Wording is our own.

const SIGN_OFF = /I'm here if you need anything else|You're (very )?welcome|Take care of yourself/i;
const LATER_GROUP = /serious accident or fall|chest pain/i;

describe('"anything that helps ..." after an acknowledgement asks for help', () => {
  test.each([
    'ok thanks. anything i can try for the afternoons',
    'right. in the meantime anything that works for the evenings',
    'cheers, anything that eases it first thing',
  ])('"%s" after an answer gets no sign-off', async (said) => {
    await wholeBotSteps([
      ['ice or heat?', [/heat/i]],
      [said, [/\w/], [SIGN_OFF]],
    ]);
  });

  test('a plain thanks after an answer is still a sign-off', async () => {
    await wholeBotSteps([
      ['ice or heat?', [/heat/i]],
      ['ok thanks', [SIGN_OFF]],
    ]);
  });
});

describe('a greeting is read only where a clause greets', () => {
  const understand = (text: string) => testContent().understander.understand(text);

  test.each([
    'fine. in the meantime anything that works for the mornings',
    'ok so. what do people do about the mornings',
  ])('"%s" is no greeting', (text) => {
    expect(understand(text).intent).not.toBe('greeting');
  });

  test.each(['hi there, how are you', 'ok, good morning', 'good evening, my back is sore', 'hello'])('"%s" greets', (text) => {
    expect(understand(text).intent).toBe('greeting');
  });
});

describe('the nights said to be fine in one position, told at another safety question', () => {
  const toLaterGroup: Step[] = [
    ['check my symptoms', [WHERE]],
    ['low back since monday, a 6, lifting a box', [BLADDER]],
    ['no', [LEGS]],
    ['no', [LATER_GROUP]],
  ];
  /** The questions asked after `said`, each group answered no until the result. */
  const asked = async (said: string) => (await runSteps([...toLaterGroup, [said, [/\w/]], ['no', [/\w/]], ['no', [/\w/]]])).slice(toLaterGroup.length).join('\n');
  // The question, not the line before it that repeats what was denied ("... worse at night or not eased by rest.").
  const ASKS_NIGHT = /worse at night[^.?]*\?/i;

  test.each(['no. nights are fine if i sleep on my side', 'no, and when i roll onto my side it gets easier'])('"%s" leaves night pain out of the questions', async (said) => {
    expect(await asked(said)).not.toMatch(ASKS_NIGHT);
  });

  test('a plain "no" still asks about night pain later', async () => {
    expect(await asked('no')).toMatch(ASKS_NIGHT);
  });
});

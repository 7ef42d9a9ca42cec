import { wholeBotSteps, type Step } from './support/botHarness';

// Mend 25c, in our own wording: inside the symptom check a grouped "no to
// every one" answers every group left and gives the result; a return after a
// short pause picks the check up where it stopped; a question echoed back with
// "don't know" gets the plain description and the question again, no alarm.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const CHECK_WITH_DETAILS = 'can we do the symptom check. lower back, left side, since monday, lifting a box, about a 5';
const BLADDER_QUESTION = /trouble peeing or leaking/i;
const NEXT_SCREEN_QUESTION = /both legs|accident or fall|chest pain|fever/i;
const ASKS_MORE = /more questions? after this one|\[Not sure\]/i;
const RESULT = /heat|keep moving/i;
const EMERGENCY = /please call 999 now|nearest emergency department/i;

describe('a no to every remaining question answers them all and gives the result', () => {
  test.each<[string]>([['no to every one of them'], ['no to all'], ['nope, no to the lot'], ['no. no. no.'], ['no to the remaining ones']])(
    '%s',
    async (said) => {
      await botSteps([
        [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
        ['no', [NEXT_SCREEN_QUESTION]],
        [said, [RESULT], [ASKS_MORE, EMERGENCY]],
      ]);
    },
  );
});

describe('back after a short pause, the check carries on at the same question', () => {
  test.each<[string]>([['ok back now, the kettle boiled'], ['right, where had we got to'], ['sorry about that, back']])('%s', async (said) => {
    await botSteps([
      [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
      ['hold on a sec, phone ringing', [/back|carry on/i]],
      [said, [BLADDER_QUESTION], [/where is the pain/i]],
      ['no', [NEXT_SCREEN_QUESTION]],
    ]);
  });
});

describe('a sign echoed back as a question with "no idea" gets explained, never an alarm', () => {
  test.each<[string]>([['numb between my legs?? not sure what that would even be like'], ['trouble peeing? no idea what you mean by that']])(
    '%s',
    async (said) => {
      await botSteps([
        [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
        [said, [BLADDER_QUESTION], [EMERGENCY, /taken (that|your answer) as no/i, /couldn't place|didn't catch/i]],
      ]);
    },
  );
});

describe('an echo that claims the sign, or tells of it after, still raises the alarm', () => {
  test.each<[string]>([
    ["I've got numbness down below? not sure what it means"],
    ['numb between my legs? not sure, it started when I woke and I keep leaking'],
    ['trouble peeing? dunno really, I have not managed to go at all since I got up yesterday morning'],
  ])('%s', async (said) => {
    await botSteps([
      [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
      [said, [EMERGENCY]],
    ]);
  });
});

describe('a no to one question, or a no with an exception, answers only that question', () => {
  test.each<[string]>([['no no'], ['no to all of those, but I do feel feverish']])('%s', async (said) => {
    await botSteps([
      [CHECK_WITH_DETAILS, [BLADDER_QUESTION]],
      [said, [], [/three things to do now/i]],
    ]);
  });
});

describe('two scores with when they happen, at the 0-10 question, are its answer', () => {
  const NO_SCORE = 'can we do the symptom check. lower back, left side, since monday, lifting a box';
  test.each<[string]>([
    ['about 2 sitting still, 7 when I roll over in bed'],
    ['not sure how to score it. 5? its 2 standing and 6 bending to the dishwasher'],
  ])('%s', async (said) => {
    await botSteps([
      [NO_SCORE, [/how bad/i]],
      [said, [BLADDER_QUESTION], [/on your side|pillow|how bad|desk/i]],
      ['no to all of them', [/out of 10/i]],
    ]);
  });
});

test('back after a pause with answers after a comma: the answers are kept', async () => {
  await botSteps([
    ['can we do the symptom check. lower back, left side', [/when did it start/i]],
    ['one sec, someone at the door', [/back|carry on/i]],
    ['ok back now, it began on thursday, 4 out of 10', [/thursday/i, /4 out of 10/i], [/when did it start/i, /how bad/i]],
  ]);
});

import { wholeBotSteps } from './support/botHarness';

// Set 34's acts turns by kind, in our own wording:
// 1. A slip on the level (a wet floor, a frosty path) is a fall from standing, not the notes' serious accident:
//    no emergency for someone under 70 with no osteoporosis or steroids; at 70 or over it is the same-day check
//    (safety44: the notes make only a fall from a height or down stairs the emergency, a minor fall at an older
//    age or with osteoporosis urgent).
// 2. A yes tapped by mistake and taken back with how it happened ("fat thumbed it", "mis hit") and the no said
//    outright withdraws the alarm at once, rather than asking the question again.
// 3. "keen for the check" asks for the symptom check; a terse list ("left side. yesterday. a 6") keeps its time.
// 4. A neck that hurts, with "what do I do", gets the scope answer: no symptom-check result for an "upper back".
// 5. A short "yes, the tingling one" with no safety line to point at asks about that sign, never passes it over.
// 6. A run told with where it goes ("a run up to the depot") is a drive, not a jog.

const ALARM_US = /Please call 911 now|call 911 now, or go/i;
const CHECK_STARTED = /let's check your symptoms/i;

describe('a slip on the level is no serious accident', () => {
  test.each<[string]>([
    ['slipped on the frosty path this morning and came down on my backside, my lower back is aching now'],
    ['I tripped over the vacuum cord in the hall and landed on my bottom, back is sore'],
  ])('%s', async (message) => {
    await wholeBotSteps([[message, [/./], [ALARM_US, /serious accident/i]]]);
  });

  test('at 70 or over the same slip is the same-day check, not an emergency', async () => {
    await wholeBotSteps([["I'm 78 and slipped on the frosty path this morning, came down hard, my back is very sore", [/get seen today/i], [ALARM_US]]]);
  });

  test('a fall from a height is still an emergency', async () => {
    await wholeBotSteps([['slipped on the wet roof and fell about 12 feet onto my back', [ALARM_US]]]);
  });
});

describe('a mistaken yes taken back with how it happened withdraws the alarm', () => {
  test('the no said outright and the slip named', async () => {
    // The alarm raised by a plain yes to the saddle question, then taken back.
    await wholeBotSteps([
      ['can you check my symptoms', [CHECK_STARTED]],
      ['lower back, since yesterday morning, about a 5, lifting a box', [/\?/]],
      ['yes', [ALARM_US]],
      ['argh mis hit it, I meant no', [/taken your answer as no/i], [ALARM_US, /get this right/i]],
    ]);
  });
});

describe('asking for the check in other words starts it, keeping a terse list of details', () => {
  test('"happy to do the questions" starts the check', async () => {
    await wholeBotSteps([['happy to do the questions', [CHECK_STARTED]]]);
  });

  test('the time in a terse list is not asked for again', async () => {
    await wholeBotSteps([['strained it shifting a wardrobe. left side low down. yesterday. a 6. keen for the check', [CHECK_STARTED], [/When did it start/i]]]);
  });
});

test('a sore neck with "what do I do" gets the scope answer, not a check result', async () => {
  await wholeBotSteps([['my neck is so stiff, slept on it funny. what do I do', [/only set up to help with back pain/i], [/Here's what I heard/i, /shoulder blades/i, /For your back/i]]]);
});

test('"yes, the tingling one" with no safety line shown asks that sign\'s question', async () => {
  await wholeBotSteps([
    ['can you check my symptoms', [CHECK_STARTED]],
    ['yes the tingling one', [/lost feeling|numb/i], [ALARM_US]],
  ]);
});

test('a run with where it goes is a drive', async () => {
  await wholeBotSteps([['got a run up to the depot friday, 5 hours each way', [/driv/i], [/go running|before a game/i]]], 'en-NZ');
});

test('an everyday activity asked about inside the check is answered, then the check goes on', async () => {
  await wholeBotSteps([
    ['can you check my symptoms', [CHECK_STARTED]],
    ['lower back, since yesterday morning, about a 5, lifting a box', [/\?/]],
    ['am i ok to use the angle grinder tomorrow', [/You can use machinery/i, /Back to the symptom check/i], [/middle of a short symptom check/i]],
  ]);
});

test('a clock time after the pain got worse is not taken as the score', async () => {
  await wholeBotSteps([
    ['can you check my symptoms', [CHECK_STARTED]],
    ['lower back', [/When did it start/i]],
    ['this morning, it got worse around 9', [/how bad/i], [/9 out of 10/]],
  ]);
});

test('a plan with a question tag ("or nah") is asked whether it is on', async () => {
  await wholeBotSteps(
    [
      ['tweaked my lower back carrying pavers, sore when I bend', [/./]],
      ['back on the tools or nah', [/lighter duties|going back/i], [/keep that in mind/i]],
    ],
    'en-AU',
  );
});

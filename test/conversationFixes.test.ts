import { runSteps } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Conversation tables, [user says, reply must match, reply must not match], for
// the mechanisms added after the conversation sets' first runs: practical
// questions answered instead of starting the check, replies after an
// escalation that never read as "wait and see", facts applied to the right
// passage, "tell me more about X", and questions in the middle of the check.
// The phrasings are this file's own, not the conversation sets'.

const FALLBACK = /not something I can help with|Topics I know about/i;
const CHECK_STARTED = /Let's check your symptoms/i;

describe('a practical question inside a symptom report is answered, not turned into the check', () => {
  test.each<[string, RegExp]>([
    ["my back locked up and I'm lying on the garage floor, how can I stand up?", /Roll onto your side/],
    ['my back has gone into spasm, what do i do first?', /keep moving gently, use heat/],
  ])('%j', async (message, answer) => {
    await runSteps([[message, [answer], [CHECK_STARTED, ASK.location]]]);
  });

  test('asking for the check still starts it', async () => {
    await runSteps([['i would like a symptom check please', [CHECK_STARTED]]]);
  });
});

describe('after an emergency escalation nothing reads as "wait and see"', () => {
  const escalate: [string, RegExp[]] = ["my back is agony and I can't control my bladder", [/Please call 911 now/]];

  test('being driven by someone else is confirmed; driving oneself is not', async () => {
    await runSteps([
      escalate,
      ['can my brother take me to the ER in his car?', [/^Yes/], [/No, please don't drive/]],
      ['could I drive myself there though?', [/Please don't drive/]],
    ]);
  });

  test('a painkiller question gets "don\'t wait", not the painkiller passage', async () => {
    await runSteps([
      escalate,
      ['should I take an advil and wait a bit?', [/don't wait to see if it settles/i, /call 911/], [/usual first choice/, /Sources:/]],
    ]);
  });
});

describe('after a same-day escalation a routine-appointment answer is held', () => {
  test('"book for later" gets "don\'t wait", and a placed question is still answered with the reminder', async () => {
    await runSteps([
      ['I had bowel cancer a few years back and this back pain is new', [/get seen today/i]],
      ['should I just book a normal appointment with my doctor?', [/Don't wait for a routine appointment/], [/after a few weeks/]],
      ['what could I take for the pain until then', [/Remember:/, /ibuprofen|acetaminophen/i], [/I'm still here/]],
    ]);
  });
});

describe('facts the user states go to the right passage', () => {
  test('kidney disease with a stage is a medicine caution, not cancer', async () => {
    await runSteps([["I've got stage 3 kidney disease, which painkiller is ok for my back?", [/before taking ibuprofen/i], [/cancer/i, /get seen today/i]]]);
  });

  test('with a blood thinner, "does acetaminophen work?" gives it as the choice, not "an NSAID usually helps more"', async () => {
    await runSteps([
      ['I take blood thinners', [/keep that in mind/i]],
      ['does tylenol work for this?', [/usual choice when NSAIDs/], [/usually helps more/]],
    ]);
  });

  test('pregnancy puts the lying-on-your-back warning on sleeping positions', async () => {
    await runSteps([
      ["I'm 22 weeks pregnant", [/keep that in mind/i]],
      ['how should I lie in bed at night?', [/From about 16 weeks,\s+avoid lying flat on your back/i, /on your side/], [/on your back with pillows/]],
    ]);
  });
});

describe('follow-ups in scope are answered', () => {
  test('"tell me more about X" gives more of what X names', async () => {
    await runSteps([
      ['which stretches are good for a spasm?', [/knee-to-chest/i]],
      ['tell me more about the stretches', [/Knee-to-chest: on your back/], [FALLBACK]],
    ]);
  });

  test('"what else can help?" after an answer is a question, not a request for the menu', async () => {
    await runSteps([
      ['is heat good for a spasm?', [/Heat has the better evidence/]],
      ['what else can help?', [/Sources:/], [FALLBACK]],
    ]);
  });
});

describe('inside the symptom check', () => {
  test('a question that fits a passage is answered even where it could pass for an answer', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['this morning', [ASK.severity]],
      ['5', [ASK.trigger]],
      ['what about getting out of bed in the morning', [/Roll onto your side with your knees bent/, /Back to the symptom check/i, ASK.trigger]],
    ]);
  });

  test('a plain "no" to "did anything set it off?" means nothing did', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['yesterday', [ASK.severity]],
      ['4', [ASK.trigger]],
      ['nah', [SCREEN.nerves], [/didn't catch/i]],
    ]);
  });

  test('loading a van is lifting: the trigger is not asked again', async () => {
    await runSteps([
      ['check my symptoms: my back went this afternoon loading the van', [CHECK_STARTED]],
      ['lower back', [], [ASK.trigger]],
    ]);
  });
});

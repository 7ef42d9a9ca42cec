import { runSteps } from './support/botHarness';

// Regression tables for the second round of conversation fixes (convfix2), in
// this file's own words: a request to run the check starts it; a clear question
// is answered, not asked back; facts are read with their negation, their
// subject and their context; pushback after an escalation hears why.

const CHECK_STARTED = /Let's check your symptoms/i;
const CLARIFY = /Do you mean/;
const PREGNANCY = /pregnan/i;

describe('a confident request to run the check starts it', () => {
  test.each([['please run the symptom questions with me'], ['could we go through the check for my back']])('%s', async (message) => {
    await runSteps([[message, [CHECK_STARTED]]]);
  });
});

describe('a question that names its topic is answered, not asked back', () => {
  test.each<[string, RegExp]>([
    ['what would a physical therapist do for me', /physical therapist can give you an exercise plan/i],
    ['is driving ok after codeine', /Drive or use machinery only if/],
  ])('%s', async (message, answer) => {
    await runSteps([[message, [answer], [CLARIFY]]]);
  });
});

describe('facts are read with negation, subject and context', () => {
  test.each<[string, RegExp, RegExp[]]>([
    ['im 14, is advil ok for my back', /ibuprofen/i, [PREGNANCY]],
    ['my brother takes warfarin but the sore back is mine, can I have ibuprofen?', /usual first choice/, [/(take|with) a blood thinner/i]],
    ["I don't have any stomach ulcer, is ibuprofen ok?", /ibuprofen/i, [/ulcer or bleeding/i, /With stomach trouble/]],
    ['my sister is pregnant, what painkiller is best for my back', /usual first choice/, [/in pregnancy|you're pregnant/i]],
  ])('%s', async (message, answer, not) => {
    await runSteps([[message, [answer], not]]);
  });

  test("writing for someone: their facts apply to the answers", async () => {
    await runSteps([
      ['I am writing for my mum, she is 30 weeks pregnant, can she take ibuprofen?', [/In pregnancy, avoid ibuprofen/]],
      ['which stretches are ok for her', [/In pregnancy, stretches/]],
    ]);
  });
});

describe('pushback after an escalation hears why, and the instruction again', () => {
  test('emergency: the flag\'s own reason', async () => {
    await runSteps([
      ["my back hurts and I can't control my bladder since this morning", [/Please call 911 now/]],
      ["it's probably nothing, I'd rather wait for my doctor on monday", [/nerves in the lowest part of the spine/, /call 911/]],
    ]);
  });
});

describe('a flag already escalated, said again while pushing back, gets the push-back answer', () => {
  test('urgent: "only a temperature" after the fever was escalated', async () => {
    await runSteps([
      ["I've had a fever since last night and my lower back is really sore", [/today/i]],
      ["I can manage at home, it's only a temperature", [/Here is why it matters/], [/Let's check your symptoms/]],
    ]);
  });

  test('emergency: "still walking fine" after numbness when wiping was escalated', async () => {
    await runSteps([
      ["since this morning I can't feel the paper when I wipe", [/Please call 911 now/]],
      ["i can still walk fine, it's just numb down there", [/Feeling able to cope doesn't rule it out/, /911/]],
    ]);
  });

  test('a new flag after an escalation is escalated in full', async () => {
    await runSteps([
      ["I've had a fever since last night and my lower back is really sore", [/today/i]],
      ["and now I can't pee at all", [/Please call 911 now/]],
    ]);
  });
});

describe('a follow-up whose next passage the facts redirect back to the one just given', () => {
  test('ends, instead of looping (it once overflowed the stack)', async () => {
    await runSteps(
      [
        ['can I take panadol? I am breastfeeding', [/breastfeeding/i]],
        ['and nurofen?', [/./], [/went wrong/i]],
      ],
      'en-AU',
    );
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../src/util/yamlFile';
import { PATHS } from '../src/paths';
import { mainDialogClient, replyText, runSteps, type Step } from './support/botHarness';
import { ASK } from './support/triageQuestions';

// Multi-turn conversations for each dialogue act in each context: while
// routing (nothing running), inside a prompt of the symptom check (the
// interruptions CancelAndHelpDialog answers), and after an escalation.
// Each row: [user says, the reply must match all of these, and none of these].

const NOTHING_TO_CANCEL = /nothing to cancel/i;
const ROUTINE_ADVICE = /stay active|keep moving gently|normal activities|back to work|knee-to-chest|child's pose/i;
const START_CHECK: Step = ['check my symptoms', [ASK.location]];
const EMERGENCY: Step = ["I've wet myself and my back is in spasm", [/Please call 911 now/]];

describe('acts while routing (nothing running)', () => {
  test.each<Step>([
    ['its way better now actually', [/good to hear it's easing/i, /call 911/], [NOTHING_TO_CANCEL]],
    ["it's getting worse", [/sorry it's getting worse/i, /call 911/, /Check my symptoms/]],
    ['its probably nothing right?', [/most back spasms are not serious|rarely caused by anything serious/i, /signs that do matter|warning signs/i, /911/], [NOTHING_TO_CANCEL]],
    ['i never had cancer', [/./], [NOTHING_TO_CANCEL, /please call 911 now/i]],
    ['are you a real person', [/automated assistant/i, /Back Relief/, /not a person/i, /don't store what you type in my logs/i, /delete my data/i]],
    ['whats your name', [/I'm Back Relief/]],
    ['is this private?', [/don't store what you type/i, /names and numbers masked/i]],
    ['who made you', [/automated assistant/i]],
    // Who sees the user's words: what the bot keeps, without the whole introduction again.
    ['can anyone at my company read my messages here?', [/don't store what you type/i, /only to\s+fit my answers in this conversation/i, /delete my\s+data/i], [/I can answer common/i, /Topics I know about/i]],
    ['this is useless', [/sorry, I haven't been much help/i, /pharmacist or your doctor/i], [/not something I can help with/i]],
    ['exit', [/take care/i], [NOTHING_TO_CANCEL]],
    ['quit', [/take care/i], [NOTHING_TO_CANCEL]],
    ['yes', [/what would you like to do/i]],
    ['nope', [/no problem/i]],
    ['not sure', [/that's fine/i, /Check my symptoms/]],
    ['wait no sorry i misread, i meant no', [/putting me right/i], [NOTHING_TO_CANCEL]],
    ['ok', [/I'm here if you need anything else/i]],
    ['thanks a lot', [/you're welcome/i]],
    ['how many more of these questions', [/not asking you anything/i]],
    ['actually lets finish it', [/ask me anything about your back/i], [NOTHING_TO_CANCEL]],
    ['cancel', [NOTHING_TO_CANCEL, /Check my symptoms/]],
    ['ice or heat?', [/15 to 20 minutes/]],
    ['is heat better than ice?', [/15 to 20 minutes/]],
  ])('"%s"', async (...step) => runSteps([step]));
});

describe('acts inside a prompt of the symptom check', () => {
  test.each<[string, RegExp[]]>([
    ['its probably nothing right?', [/most back spasms turn out not to be serious/i]],
    ['really??', [/most back spasms turn out not to be serious/i]],
    ['are you a real person', [/automated assistant/i, /Back to the question/i]],
    ['whats your name', [/Back Relief/]],
    ['are my answers shared with anybody?', [/don't store what you type/i, /Back to the question/i]],
    ['this is useless', [/sorry, I know the questions are a bit much/i]],
    ['how many more of these questions', [/\d+ more questions after this one/i]],
  ])('"%s" is answered, then the pending question is asked again', async (text, replies) => {
    await runSteps([START_CHECK, [text, [...replies, ASK.location], [NOTHING_TO_CANCEL, /stopped the symptom check/i]]]);
  });

  test('"how many more" at a yes/no screening question is answered, not taken as an answer', async () => {
    await runSteps([
      ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [ASK.trigger]],
      ['bending over', [ASK.bladder]],
      ['how many more of these questions', [/more questions after this one/i, ASK.bladder], [/please answer yes or no/i]],
      ['no', [ASK.saddle]],
    ]);
  });

  test('"stop", then "actually lets finish it", resumes at the question where it stopped, with the answers kept', async () => {
    await runSteps([
      START_CHECK,
      ['lower back', [ASK.onset]],
      ['stop', [/stopped the symptom check/i, /carry on/i]],
      ['ice or heat?', [/15 to 20 minutes/], [ASK.onset]],
      ['actually lets finish it', [/picking up where we left off/i, ASK.onset], [ASK.location]],
      ['yesterday', [ASK.severity]],
      ['6', [ASK.trigger]],
      ['lifting', [ASK.bladder]],
      ['no', [ASK.saddle]],
      ['no', [ASK.legs]],
      ['no', [ASK.trauma]],
      ['no', [ASK.fever]],
      ['no', [ASK.cancer]],
      ['no', [/lower back/i, /6 out of 10/, /lifting/i]],
    ]);
  });

  test('"bye" pauses the check with the emergency number; "let\'s carry on" picks it up', async () => {
    await runSteps([
      START_CHECK,
      ['bye', [/take care/i, /paused the symptom check/i, /call 911/], [NOTHING_TO_CANCEL]],
      ["let's carry on", [/picking up where we left off/i, ASK.location]],
      ['lower back', [ASK.onset]],
    ]);
  });

  test('a resumed check can be stopped and resumed again; "carry on" with nothing paused says so', async () => {
    await runSteps([
      START_CHECK,
      ['cancel', [/stopped the symptom check/i]],
      ['continue', [ASK.location]],
      ['stop', [/stopped the symptom check/i]],
      ['carry on', [ASK.location]],
      ['upper back', [ASK.onset]],
      ['cancel', [/stopped/i]],
      ['resume', [ASK.onset]],
      ['two days ago', [ASK.severity]],
    ]);
    await runSteps([['carry on', [/ask me anything about your back/i], [ASK.location]]]);
  });

  test('a new check offers to reuse a paused one; "start again" replaces it', async () => {
    await runSteps([
      START_CHECK,
      ['lower back', [ASK.onset]],
      ['stop', [/stopped/i]],
      ['check my symptoms', [/pick it up where we left off/i]],
      ['no, start again', [ASK.location]],
      ['upper back', [ASK.onset]],
      ['cancel', [/stopped/i]],
      ['carry on', [ASK.onset]],
      ['yesterday', [ASK.severity]],
      ['5', [ASK.trigger]],
      ['nothing obvious', [ASK.bladder]],
      ...['no', 'no', 'no', 'no', 'no'].map((no): Step => [no, [/\?/]]),
      ['no', [/upper back/i], [/lower back/i]],
      ['carry on', [/ask me anything about your back/i]],
    ]);
  });
});

describe('acts after an emergency escalation: the instruction stands', () => {
  test.each<Step>([
    ['can I drive myself?', [/^Please don't drive/, /call 911/i], [ROUTINE_ADVICE]],
    ['can i just drive to the ER myself', [/don't drive yourself/i, /911/], [ROUTINE_ADVICE]],
    ["it's probably nothing, right?", [/hope it turns out to be nothing/i, /please call 911 now/i]],
    ['really?? 911??', [/please call 911 now/i]],
    ['ok thanks', [/call 911 now if you haven't yet/i]],
    ['can I go back to work tomorrow?', [/don't drive yourself/i, /hold off on work/i], [ROUTINE_ADVICE]],
    ['what stretches can I do?', [/can wait until you've been checked/i, /911/], [ROUTINE_ADVICE]],
    ['what causes back spasms?', [/can wait until you've been checked/i, /911/], [ROUTINE_ADVICE]],
    ["it's better now actually", [/doesn't rule out/i, /911/]],
    ["it's getting worse", [/please call 911 now/i]],
    ['cancel', [/won't ask anything more/i, /911/], [NOTHING_TO_CANCEL]],
    ['are you a real person', [/automated assistant/i, /911/]],
    ['this is useless', [/get checked/i, /911/]],
    ['bye', [/take care/i, /911/]],
    ['how many more questions', [/no more questions/i, /911/]],
    ['actually lets finish it', [/won't go back to the routine symptom check/i, /911/]],
    ['no', [/still needs checking now/i, /911/]],
    ['wait, I meant no', [/tell me which one/i, /911/]],
    ['hello', [/911/]],
    ['ice or heat?', [/Remember:/, /911/, /15 to 20 minutes/]],
    ['check my symptoms', [/won't start a routine symptom check/i, /911/], [ASK.location]],
  ])('"%s"', async (...step) => runSteps([EMERGENCY, step]));

  test('several turns in a row never drop the instruction or give routine advice under it', async () => {
    await runSteps([
      EMERGENCY,
      ['really?? 911??', [/911/]],
      ['ok thanks', [/911/]],
      ['can I go to work later', [/911/], [ROUTINE_ADVICE]],
      ['thanks', [/911/]],
    ]);
  });
});

describe('acts after an urgent escalation (en-GB)', () => {
  const URGENT: Step = ['I have a high fever and my back is killing me', [/get seen today/i, /111/]];
  test.each<Step>([
    ['can I drive myself?', [/get a lift or a taxi/i, /get seen by a doctor today/i], [ROUTINE_ADVICE]],
    ['really? today?', [/worth a doctor's look today/i]],
    ['ok thanks', [/get seen by a doctor today/i]],
    ["it's getting worse", [/don't wait/i, /call 999/i]],
    ['cancel', [/won't ask anything more/i], [NOTHING_TO_CANCEL]],
  ])('"%s"', async (...step) => runSteps([URGENT, step], 'en-GB'));
});

describe('"There\'s nothing to cancel" only answers a cancel request', () => {
  // Every example of every act (intents/acts/*.yaml, without the intents none.yaml borrows), each in a fresh conversation.
  const examples: Array<[string, string]> = [];
  for (const file of readdirSync(PATHS.acts).filter((f) => f.endsWith('.yaml'))) {
    const data = readYamlFile(join(PATHS.acts, file)) as { act: string; examples: string[] };
    for (const text of data.examples) examples.push([data.act, text]);
  }

  test(`none of the ${examples.length} act examples but the cancel requests gets it`, async () => {
    const wrong: string[] = [];
    for (const [act, text] of examples) {
      const { say } = mainDialogClient();
      const reply = replyText(await say(text));
      if (act !== 'cancel' && NOTHING_TO_CANCEL.test(reply)) wrong.push(`${act}: ${text}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

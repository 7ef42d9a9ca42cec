import { TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { buildBot } from '../src/app';
import { setUnderstanding } from '../dialogs/turnUnderstanding';
import { NOW, mainDialogClient, playSteps, runSteps, sayThrough, testContent, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Conversations for the moves people make inside and around the symptom check
// that are not answers: questions at a safety question, denials in passing,
// status updates, stopping, corrections of other facts, writing for someone
// else. Each row: [user says, the reply must match all of these, and none of these].

const EMERGENCY = /please call 911 now/i;
const SAME_DAY = /please get seen today/i;
const UNSURE_AS_YES = /treating that as a yes/i;
// Location, onset, severity and trigger in one message: the check goes straight to the screen.
const ALL_DETAILS = 'please run the symptom check: low back on the left, since yesterday evening, about a 5, after hauling a suitcase upstairs';

/** The bot with one message marked as the `check` band (which messages the model is unsure about depends on its training). */
function checkBandClient(checkOn: Record<string, string>, locale = 'en-US') {
  const c = testContent();
  const built = buildBot(c, { now: () => NOW });
  const understand = {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      const text = context.activity.text ?? '';
      const u = c.understander.understand(text);
      const flag = checkOn[text];
      setUnderstanding(context, flag ? { ...u, redFlag: { level: 'check', flags: [flag], subject: 'self' } } : u);
      await next();
    },
  };
  const dc = new DialogTestClient('test', built.mainDialog, undefined, [understand], built.conversationState);
  return (steps: Step[]) => playSteps(sayThrough(dc, locale), steps);
}

describe('a question or an "ok" at a safety question is no yes and no "not sure"', () => {
  test.each<[string, Step[]]>([
    ['ok + a question at the accident/chest group', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['right so what happens next then', [SCREEN.accidentHeart], [EMERGENCY, UNSURE_AS_YES]],
      ['no', [SCREEN.infection], [EMERGENCY]],
    ]],
    ['a bare "okay" twice', [
      ['okay', [/yes, no or not sure/i, SCREEN.nerves], [EMERGENCY]],
      ['okay', [SCREEN.nerves], [EMERGENCY, UNSURE_AS_YES]],
      ['no', [SCREEN.legs]],
    ]],
    ['a medicine question twice', [
      ['so naproxen?', [SCREEN.nerves], [EMERGENCY, UNSURE_AS_YES]],
      ['and what about a heat pad?', [SCREEN.nerves], [EMERGENCY, UNSURE_AS_YES]],
      ['nope', [SCREEN.legs]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps([[ALL_DETAILS, [SCREEN.nerves]], ...steps]);
  });

  test.each<[string, RegExp]>([
    ['yes', EMERGENCY],
    ['ok yes, I have had that', EMERGENCY],
    ['not sure', /here's what that can feel like|for example/i],
  ])('a real answer still counts: "%s"', async (answer, expected) => {
    await runSteps([[ALL_DETAILS, [SCREEN.nerves]], ['no', [SCREEN.legs]], ['no', [SCREEN.accidentHeart]], [answer, [expected]]]);
  });

  test('"not sure" twice at an emergency group still escalates', async () => {
    await runSteps([
      [ALL_DETAILS, [SCREEN.nerves]],
      ['not sure', [SCREEN.nerves]],
      ['still not sure', [/treat(ing)? that as a yes/i, EMERGENCY]],
    ]);
  });
});

describe('a question instead of an answer at a red-flag check question', () => {
  const ODD = 'the heat did nothing, it hurts all the time';
  test('is answered and the check question asked again; never read as "not sure"', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['so should i take ibuprofen then?', [/ibuprofen/i, /one thing I still need to know/i], [SAME_DAY, UNSURE_AS_YES]],
      ['no', [/good to hear/i], [SAME_DAY]],
    ]);
  });

  test('after two asides the question is dropped with the safety net, never escalated', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['is walking ok?', [/one thing I still need to know/i], [SAME_DAY]],
      ['what about heat?', [/one thing I still need to know/i], [SAME_DAY]],
      ['can i sleep on my side?', [/call 911 straight away/i], [SAME_DAY, UNSURE_AS_YES, /one thing I still need/i]],
    ]);
  });

  test('"not sure" at the check question still escalates', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['not sure', [SAME_DAY, UNSURE_AS_YES]],
    ]);
  });
});

describe('stopping or pausing the check inside a longer message', () => {
  const START: Step = ['please check my back symptoms', [ASK.location]];
  test.each<[string, RegExp[], RegExp[]]>([
    ["lets leave it there for now, i'll get back to it after my shift", [/stopped the symptom check/i, /carry on/i], [ASK.location, ASK.onset]],
    ['could we pause the questions? my bus is here', [/stopped the symptom check/i], [ASK.location]],
    ['can we stop the check, i need to know if i can drive to work tomorrow', [/stopped the symptom check/i, /driv/i], [ASK.location, ASK.onset]],
  ])('"%s" stops the check', async (text, must, mustNot) => {
    await runSteps([START, [text, must, mustNot], ['carry on', [ASK.location]]]);
  });

  test.each<[string, RegExp]>([
    ['the spasms just wont stop', ASK.location],
    ['lower back, had to stop digging when it went', ASK.onset],
  ])('"%s" is no stop', async (text, next) => {
    await runSteps([START, [text, [next], [/stopped the symptom check/i]]]);
  });

  test('thanks with a question after it gets the question answered, not "OK."', async () => {
    await runSteps([START, ['ok ta. what about ice packs, do they help', [/ice|cold/i, ASK.location], [/^OK\.$/m]]]);
  });
});

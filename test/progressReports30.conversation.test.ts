import { runSteps, wholeBotText, type Step } from './support/botHarness';
import { positionIn } from '../src/triage/statusUpdates';
import { plansToCall, remediesTried, triedReply } from '../src/triage/progressReports';

// Progress told along the way: where the person is (stuck on the floor, up again),
// what they tried, and a plan to call someone. The reply starts from there: the next
// step, never the step already taken (dialogs/progressReport.ts,
// knowledge/triage/status-updates.yaml, knowledge/triage/progress.yaml).

const GET_UP_STEPS = /hands and knees/i;
const STILL_STUCK = /small steps|talk them through/i;
const UP_NEXT = /hardest part/i;
const CRAWL = /crawl|hands and knees|push up with/i;
const GENERIC = /Most back spasms are not serious|What helps most now/i;

describe('stuck on the floor: the get-up steps until they are up, then what to do once up', () => {
  test.each<[string, Step[]]>([
    [
      'the writer, alone',
      [
        ["my back seized and I'm lying on the hallway floor. how do I get myself up?", [GET_UP_STEPS]],
        ["my legs are ok, it's only the pain. keep trying", [STILL_STUCK, /phone/i], [GENERIC]],
        ['ok finally made it onto the armchair', [UP_NEXT, /walk/i, /pillow between your knees/i], [CRAWL]],
      ],
    ],
    [
      'someone writing for their partner',
      [
        ['my husband is stuck on the bathroom floor, his back has locked', [/don't try to lift them/i, GET_UP_STEPS], [GENERIC]],
        // The steps were the last reply: they still stand, said in a line, not word for word again (round 34).
        ['he says his legs feel normal, just sore', [/steps I just gave still stand/i], [GENERIC, /talk them through/i]],
        ['right, he got up onto the sofa', [UP_NEXT], [CRAWL]],
      ],
    ],
    [
      'up again said in few words once stuck',
      [
        ["I'm on the living room floor and can't stand up, back's gone", [GET_UP_STEPS]],
        ['got up!', [UP_NEXT], [CRAWL]],
      ],
    ],
  ])('%s', async (_name, steps) => runSteps(steps, 'en-GB'));

  test('once up, a later remark is not met with the floor steps', async () => {
    await runSteps(
      [
        ["I'm stuck on the floor by the bed, can't get up", [GET_UP_STEPS]],
        ['made it onto my feet', [UP_NEXT]],
        ['my legs feel fine, just sore', [], [STILL_STUCK]],
      ],
      'en-GB',
    );
  });

  test('"delete my data" forgets where they were', async () => {
    const say = wholeBotText('en-GB');
    await say("I'm stuck on the kitchen floor and can't get up");
    await say('delete my data');
    expect(await say("my legs feel fine, it's just the pain")).not.toMatch(STILL_STUCK);
  });
});

describe('remedies tried: the next step for each, not the same advice again', () => {
  test('tried and no help, then still no better', async () => {
    await runSteps(
      [
        ['pulled my back carrying a suitcase upstairs', [/heat/i]],
        ['had a hot shower and took some nurofen, made no difference', [/you've tried painkillers and warm water/i, /pharmacist/i, /short walk/i]],
        ["still isn't easing", [/isn't easing yet/i, /doctor or physiotherapist/i], [/Heat works best/i, /use heat/i]],
      ],
      'en-GB',
    );
  });

  test('rest in bed that did not help gets moving, not rest', async () => {
    await runSteps([['stayed in bed all day with paracetamol, waste of time', [/stiffer/i, /walk/i]]], 'en-GB');
  });

  test('tried and better is good news, not the tried steps', async () => {
    await runSteps([['did some stretches and used a heat pack, a bit better now', [/easing/i], [/you've tried/i]]], 'en-US');
  });
});

describe('a plan to call a doctor or helpline: backed, with what to do meanwhile', () => {
  test.each<Step>([
    ["I'm going to phone the doctor first thing tomorrow", [/good step/i, /heat/i, /911/]],
    ['booked in to see the physio on thursday', [/good step/i]],
  ])('"%s"', async (...step) => runSteps([['hurt my back moving a wardrobe', [/heat/i]], step], 'en-US'));

  test('no plan when they say they will not call', async () => {
    await runSteps([['hurt my back moving a wardrobe', [/heat/i]], ["I won't bother ringing the doctor", [], [/good step/i]]], 'en-GB');
  });
});

describe('after an escalation: on the way, or ringing them, with a question', () => {
  test('going now after an emergency: go, tell them what was taken; the question does not hold them up', async () => {
    await runSteps(
      [
        ["I've wet myself and my back is in spasm", [/Please call 911 now/]],
        ['my sister is taking me to the ER now, should I take an advil first?', [/go now/i, /don't hold up/i, /what was taken/i], [/That can wait/i, /follow the label/i]],
      ],
      'en-US',
    );
  });

  test('a plan to ring them after "get seen today", with a question: the plan backed, then the answer', async () => {
    await runSteps(
      [
        ['I have a high fever and my back is killing me', [/get seen today/i]],
        ["ok I'll ring the surgery. in the meantime is a hot water bottle alright?", [/right step/i, /warm|heat/i], [/^Remember/]],
      ],
      'en-GB',
    );
  });
});

describe('the readers', () => {
  test.each<[string, 'floor' | 'up' | undefined, 'floor' | 'up' | undefined]>([
    ['stuck on the floor of the lounge', 'floor', undefined],
    ["she's on the carpet and can't get up", 'floor', undefined],
    ['should I sleep on the floor with a bad back?', undefined, undefined],
    ['got up', undefined, undefined],
    ['got up', 'up', 'floor'],
    ["can't get myself up", undefined, 'floor'],
    ['managed to get onto the couch', 'up', undefined],
  ])('%s -> %s', (text, where, before) => {
    expect(positionIn(text, before)).toBe(where);
  });

  test.each<[string, boolean]>([
    ["I'll call 111 later on", true],
    ['calling the GP now', true],
    ["I don't want to call the doctor", false],
    ['should I see a doctor?', false],
  ])('plan to call: %s', (text, plans) => {
    expect(plansToCall(text)).toBe(plans);
  });

  test.each<[string, string[]]>([
    ['tried ibuprofen and a heat pad', ['painkiller', 'heat']],
    ['is heat or ice better?', []],
    ['it hurts when I walk, tried paracetamol', ['painkiller']],
  ])('tried: %s', (text, tried) => {
    expect(remediesTried(text)).toEqual(tried);
  });

  test('the tried reply names each remedy once, in order', () => {
    expect(triedReply(['heat', 'painkiller'])).toMatch(/tried painkillers and heat\./);
  });
});

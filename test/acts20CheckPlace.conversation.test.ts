import { readCheckDialogue, hedgesSign, saysNormal } from '../src/safety/checkAnswers';
import { saidNoGroups } from '../dialogs/checkMessages';
import { statusUpdate } from '../src/triage/statusUpdates';
import { vocabulary } from '../src/triage/vocabulary';
import { PATHS } from '../src/paths';
import { wholeBotSteps, type Step } from './support/botHarness';

// Set 12's acts kinds, in our own wording: an alarm from free text explained
// away or hedged, an answer about later questions at the legs question, and
// status updates (a flare after a change of position, pain down one leg).

const ALARM = /call (999|000|112|911) (now|or go)/i;
const CALL_NOW = /please call (999|000|112|911) now/i;
const BLADDER_QUESTION = /just to check: .*bladder/i;
const LEGS_QUESTION = /weakness in both legs, a leg that is getting weaker/i;
const TAKEN_BACK = /taken your answer as no|taken that as a no|good to hear/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const dialogue = readCheckDialogue(PATHS.checkDialogue);

describe('doubt about the sign itself, not about how serious it is', () => {
  test.each<[string, boolean]>([
    ["perhaps I'm not emptying properly, hard to say", true],
    ['not sure whether the numb patch is new', true],
    ['i think i go a little less than usual', true],
    ["maybe it's nothing but I can't feel the toilet paper", false],
    ['I cannot feel my saddle area at all', false],
    // A hedge on when or how often is no doubt about the sign.
    ['I wet myself maybe an hour ago and it has never happened before', false],
    ["since maybe tuesday I can't feel when I wipe", false],
    ['leaked twice perhaps, without knowing', false],
  ])('%s -> hedged: %s', (text, hedged) => {
    expect(hedgesSign(dialogue, text)).toBe(hedged);
  });
});

describe('the function said to work as usual', () => {
  test.each<[string, boolean]>([
    ['the stream itself is perfectly normal', true],
    ['once I get there it comes out fine', true],
    ["it isn't normal at all", false],
    ['fine, I will ring them', false],
  ])('%s -> says normal: %s', (text, normal) => {
    expect(saysNormal(dialogue, text)).toBe(normal);
  });
});

describe('a denial after another sign\'s denial still counts', () => {
  const legs = vocabulary().screen.findIndex((g) => g.id === 'legs');
  test.each<[string, boolean]>([
    ['no pins and needles, no waterworks trouble, legs feel ok', true],
    ["i'm not sure my legs are ok", false],
  ])('%s -> legs said no: %s', (text, no) => {
    expect(saidNoGroups(text).includes(legs)).toBe(no);
  });
});

describe('status updates read', () => {
  test.each<[string, string | undefined]>([
    ['it seized up again once I got up from the armchair', 'positionFlare'],
    ['much stiffer since I sat at the computer', 'positionFlare'],
    ['a burning ache has started in my right thigh', 'oneLeg'],
    ['now the pain travels down into my left leg', 'oneLeg'],
    ['it goes down both legs now', undefined],
    ['it is worse when I sit', undefined],
  ])('%s -> %s', (text, kind) => {
    expect(statusUpdate(text)).toBe(kind);
  });
});

describe('after an alarm from free text', () => {
  test('a hedged bladder sign gets the direct question, not the alarm', async () => {
    await botSteps([
      ['put my back out moving a wardrobe on Friday', [/./]],
      ["perhaps I'm weeing less than normal? not sure", [BLADDER_QUESTION], [CALL_NOW]],
      ['no, it flows fine, I just have not had much to drink', [TAKEN_BACK], [CALL_NOW]],
    ]);
  });

  test('"not sure" to that direct question is still taken as yes', async () => {
    await botSteps([
      ['hurt my back yesterday', [/./]],
      ["perhaps I'm weeing less than normal? not sure", [BLADDER_QUESTION]],
      ['not sure', [/.+/]],
      ['no idea honestly', [CALL_NOW]],
    ]);
  });

  test('an explanation gets the one direct question, and a clear no takes the alarm back', async () => {
    await botSteps([
      ["since my back went I can't get the wee out", [CALL_NOW]],
      ["oh that's only because I'd had hardly anything to drink all day", [BLADDER_QUESTION], [CALL_NOW]],
      ['no', [/taken your answer as no/i]],
    ]);
  });

  test('an explanation then a yes keeps the alarm', async () => {
    await botSteps([
      ["since my back went I can't get the wee out", [CALL_NOW]],
      ["it's just because I've been drinking less", [BLADDER_QUESTION]],
      ['yes', [ALARM]],
    ]);
  });

  test('a correction that says the function is normal takes a check answer back', async () => {
    await botSteps([
      ['please run the symptom check, lower back since this morning, moving a sofa, about a 6', [/since the pain started/i]],
      ['yes, peeing has been hard', [CALL_NOW]],
      ['sorry, misread that. walking to the bathroom is hard, the peeing itself is completely normal', [/taken your answer as no/i], [CALL_NOW]],
    ]);
  });
});

describe('in the symptom check', () => {
  test('no to later questions at the legs question keeps the legs question', async () => {
    await botSteps([
      ['please run the symptom check, lower back since this morning, moving a sofa, about a 6', [/since the pain started/i]],
      ['nothing like that', [LEGS_QUESTION]],
      ['no temperature and I have not fallen', [/noted that/i, LEGS_QUESTION]],
      ['no', [/\?/], [LEGS_QUESTION]],
    ]);
  });
});

describe('status updates get their own reply', () => {
  test('a flare after sitting, then pain down one leg', async () => {
    await botSteps(
      [
        ['my back went into spasm this morning', [/./]],
        ['it tightened up again after I sat in the car', [/change position/i], [/let's check your symptoms/i]],
        // The learned stage may ask the both-legs question here instead: either way no check is started.
        ['now I have a shooting pain down my right leg', [/both legs/i], [/let's check your symptoms/i]],
        ['no, only that one leg. thanks', [/./], [/let's check your symptoms/i]],
      ],
      'en-US',
    );
  });
});

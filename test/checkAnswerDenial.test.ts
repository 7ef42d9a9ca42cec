import { runSteps, type Step } from './support/botHarness';
import { SCREEN } from './support/triageQuestions';

// After an alarm raised by an answer to a check question (a yes, or a not sure
// taken as yes), a later clear denial asks that question once more; only a
// clear no to it takes the alarm back, with the safety net.
const CALL = /Please call 911 now/;
const ASKED_AGAIN = /let's get this right/i;
const TAKEN_BACK = /taken your answer as no/i;
const STANDS = /advice stays the same/i;
const START: Step[] = [["check my symptoms please, low back since this morning after gardening, about a 7", [SCREEN.nerves]]];

describe('a clear denial after an escalation from a check answer', () => {
  test.each<[string, Step[]]>([
    ['yes, then a plain no, then no', [['yes', [CALL]], ['nope none of those', [ASKED_AGAIN, SCREEN.nerves]], ['no', [TAKEN_BACK, /call 911 straight away/]]]],
    ['two unsures, an aside, then a denial', [['not sure', [SCREEN.nerves]], ['not sure', [CALL]], ['ok', [/911/], [ASKED_AGAIN]], ['no, nothing of the sort', [ASKED_AGAIN]], ['no', [TAKEN_BACK]]]],
    ['asked again, a yes keeps the advice', [['yes', [CALL]], ['no not really', [ASKED_AGAIN]], ['yes actually', [STANDS], [TAKEN_BACK]]]],
    ['asked again, a not sure keeps the advice', [['yes', [CALL]], ['no', [ASKED_AGAIN]], ['dunno', [STANDS], [TAKEN_BACK]]]],
  ])('%s', async (_name, steps) => {
    await runSteps([...START, ...steps]);
  });

  test('is asked again only once: a second denial after a yes gets the reminder', async () => {
    await runSteps([...START, ['yes', [CALL]], ['no', [ASKED_AGAIN]], ['yes', [STANDS]], ['no', [/911/], [ASKED_AGAIN, TAKEN_BACK]]]);
  });

  test('an alarm from the person\'s own words is not asked again on a bare no', async () => {
    await runSteps([["my back hurts and since this morning I can't pass urine at all", [CALL]], ['no', [/911/], [ASKED_AGAIN, TAKEN_BACK]]]);
  });
});

// A hedge at the grouped question, with talk of something else, is no yes:
// the group is described in plain words and asked again; a second hedge is still taken as yes.
describe('a hedged answer at a grouped warning-sign question', () => {
  test.each<[string]>([['kind of? my right calf goes pins and needles when I sit long'], ['sorta, the ache spreads into one hip']])('"%s"', async (text) => {
    await runSteps([...START, [text, [/what that can feel like/i, SCREEN.nerves], [CALL]], ['no', [SCREEN.legs], [CALL]]]);
  });

  test('two hedges in a row are treated as yes', async () => {
    await runSteps([...START, ['kind of', [SCREEN.nerves], [CALL]], ['sort of i guess', [CALL]]]);
  });
});

// A yes that repeats one of the grouped question's own signs is an answer to that question:
// "I meant no" straight after asks the question again, as with a plain yes.
describe('a yes naming a sign of the grouped question, then a correction', () => {
  test.each<[string, string]>([
    ['yes, leaking a bit', 'oops, I meant to say no, that was the wrong answer'],
    ['yes numb when I wipe', 'sorry I misread the question, no'],
  ])('"%s" then "%s"', async (yes, correction) => {
    await runSteps([...START, [yes, [CALL]], [correction, [ASKED_AGAIN, SCREEN.nerves]], ['no', [TAKEN_BACK]]]);
  });

  test('the same sign in the person\'s own words, unasked, is not taken back by a correction', async () => {
    await runSteps([['my lower back hurts and I keep leaking urine since yesterday', [CALL]], ['sorry I meant no', [/911/], [TAKEN_BACK]]]);
  });
});

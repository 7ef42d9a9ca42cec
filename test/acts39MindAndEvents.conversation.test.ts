import { parseOnset, parseTrigger, extractSymptomDetails } from '../src/triage/symptomParser';
import { planAfterChangeOfMind } from '../src/triage/changedMind';
import { NOW, runSteps, testContent, wholeBotSteps, type Step } from './support/botHarness';
import { WHERE, WHEN, HOW_BAD, SET_OFF, BLADDER, LEGS } from './support/checkQuestions';

// Four kinds, in our own wording: a start told by an event no date names ("since the christening") is kept as
// the start, in the person's words, and not asked again; a change of mind that goes on to say what they will do
// instead is about that plan, not a request to stop the bot; "none of the serious stuff" at a safety question is a
// no to it and hears no fear; and what they were doing at work told in trade words ("on the job dragging cables")
// is what set it off.

const DIDNT_CATCH_WHEN = /didn't catch when/i;
const NOTHING_TO_CANCEL = /nothing to cancel/i;
const STOPPED = /stopped the symptom check/i;
const STAY_ACTIVE = /staying in bed makes recovery slower/i;
const FEAR_OPENER = /frightening|natural to worry|worrying you|feel anxious/i;

describe('a start told by an event', () => {
  test.each<[string, string]>([
    ['since the christening', 'around the christening'],
    ['ever since the barbecue', 'around the barbecue'],
    ['after the funeral', 'after the funeral'],
    ['over hanukkah', 'over hanukkah'],
  ])('"%s" is the start in their words, with no hours guessed', (said, words) => {
    const onset = parseOnset(said, NOW, 'en-GB');
    expect(onset).toEqual({ description: expect.any(String), words });
    expect(onset?.hours).toBeUndefined();
  });

  test.each<string>(['it got worse after the party', 'much better since the holiday', 'at the wedding'])('"%s" tells no start', (said) => {
    expect(parseOnset(said, NOW, 'en-GB')).toBeUndefined();
  });

  test('a meal in slang is a time of day', () => {
    expect(parseOnset('since brekkie', NOW, 'en-AU')?.hours).toBeGreaterThan(0);
  });

  test('told in an opening message, the event is the start', () => {
    expect(extractSymptomDetails('my lower back has been bad since the reception, about a 6', NOW, 'en-GB').onset?.words).toBe('around the reception');
  });

  test.each<[string, RegExp]>([
    ['since the christening', HOW_BAD],
    ['ever since holi, about a 5', SET_OFF],
  ])('at the start question, "%s" is the answer and the check goes on', async (said, next) => {
    await runSteps(
      [
        ['check my symptoms', [WHERE]],
        ['low down in my back', [WHEN]],
        [said, [next], [DIDNT_CATCH_WHEN, WHEN]],
      ],
      'en-GB',
    );
  });
});

describe('a change of mind with a plan of their own', () => {
  test.each<[string, string | undefined]>([
    ["on second thoughts I'll just lie down all weekend", "i'll just lie down all weekend"],
    ['actually changed my mind, so i am going to stay in bed for a few days', 'i am going to stay in bed for a few days'],
    ['I have changed my mind', undefined],
    ['changed my mind, stop the check please', undefined],
  ])('"%s" is read as: %s', (said, plan) => {
    expect(planAfterChangeOfMind(said)).toBe(plan);
  });

  test('outside any dialog, the plan is answered, not "nothing to cancel"', async () => {
    await wholeBotSteps([["right, i've changed my mind, i'm just going to stay in bed for the next few days", [STAY_ACTIVE], [NOTHING_TO_CANCEL]]], 'en-GB');
  });

  test('said alone, it is still a cancel', async () => {
    await wholeBotSteps([["I've changed my mind", [NOTHING_TO_CANCEL]]], 'en-GB');
  });

  test('inside the check, a change of mind that stops it still stops it', async () => {
    await runSteps(
      [
        ['check my symptoms', [WHERE]],
        ["hmm, changed my mind, let's not do this now", [STOPPED], [WHEN]],
      ],
      'en-GB',
    );
  });
});

describe('the signs waved off by what they are', () => {
  const toBladder: Step[] = [
    ['check my symptoms', [WHERE]],
    ['lower back', [WHEN]],
    ['since sunday', [HOW_BAD]],
    ['4', [SET_OFF]],
    ['gardening', [BLADDER]],
  ];
  test.each<string>(['none of the serious stuff, thankfully', 'nope, none of the worrying things'])('"%s" at the nerves question is a no, with no fear heard', async (said) => {
    await runSteps([...toBladder, [said, [LEGS], [FEAR_OPENER, BLADDER]]], 'en-GB');
  });

  test.each<[string, string | undefined]>([
    ['none of the scary stuff', undefined],
    ['nothing that frightening going on', undefined],
    ["i'm scared of the scary stuff", 'fear'],
    ['not really scared, but the scary part is the nights', 'fear'],
  ])('the feeling read in "%s": %s', (said, kind) => {
    expect(testContent().feelings.read(said)?.kind).toBe(kind);
  });
});

describe('what they were doing at work, in trade words', () => {
  test.each<[string, string]>([
    ['low back went yesterday on the job dragging cables', 'dragging cables'],
    ['my back seized on site unrolling turf this morning', 'unrolling turf'],
  ])('"%s" is what set it off', (said, words) => {
    expect(extractSymptomDetails(said, NOW, 'en-AU').trigger?.description).toContain(words);
  });

  test('"working" names no activity', () => {
    expect(extractSymptomDetails('I was on site working yesterday and my back hurts', NOW, 'en-AU').trigger).toBeUndefined();
    expect(parseTrigger('on the job working')).toBeUndefined();
  });
});

import { runSteps } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';
import { parseSeverity } from '../src/triage/severity';
import { extractSymptomDetails } from '../src/triage/symptomParser';
import { readScreenAnswer } from '../src/triage/answerReading';

// Set 8's spent acts conversations, by kind (own wordings): a check request
// said as a bare name, an offer taken with "ok", a pause that keeps the
// answers, a hedged second number that is no score, a plan that is no sign,
// a correction that says "no" outright, and needs after an alarm.

const EMERGENCY = /please call 911 now/i;
const FALLBACK = /not something i can help with|don't have an answer/i;

describe('a check asked for in few words starts it', () => {
  test.each<[string]>([['symptom check pls'], ['perhaps the check, not sure'], ['could you help me work out whether this is anything serious']])('"%s"', async (text) => {
    await runSteps([[text, [/let's check your symptoms/i]]]);
  });

  test('a pain score told on its own opens the check and is kept', async () => {
    await runSteps([
      ['about 6 out of 10', [/let's check your symptoms/i, ASK.location], [FALLBACK]],
      ['middle of the lower back, since saturday, gardening', [SCREEN.nerves], [ASK.severity]],
    ]);
  });
});

describe('the offered check', () => {
  test('a bare "ok" takes it', async () => {
    await runSteps([
      ['my back has ached for four days', [/check your symptoms/i]],
      ['okay', [/let's check your symptoms/i]],
    ]);
  });

  test('"ok thanks" does not', async () => {
    await runSteps([
      ['my back has ached for four days', [/check your symptoms/i]],
      ['ok thanks', [], [/let's check your symptoms/i]],
    ]);
  });

  test('denials of the warning signs start it, and those groups are not asked', async () => {
    await runSteps([
      ['hurt my lower back hoovering today', [/check your symptoms/i]],
      // open34: a check started by details told after the offer says back what was told (the report's opening).
      ['no tingling, bladder and bowels normal, both legs fine', [/only what you haven't told me yet/i, /got it: pain in your lower back/i], [SCREEN.nerves, SCREEN.legs, EMERGENCY]],
    ]);
  });
});

describe('a pause in the middle of the check', () => {
  test('keeps the answers, and picking up says what the check holds', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['low back', [ASK.onset]],
      ['3 days', [ASK.severity]],
      ['sorry one sec, meeting just started, will come back', [/take your time/i], [ASK.severity, SCREEN.nerves]],
      ['ok I am back now', [/so far: .*lower back/i, ASK.severity]],
    ]);
  });
});

describe('numbers that are no score', () => {
  test('a hedged second duration is a duration', () => {
    const details = extractSymptomDetails('about 5 days ago, could be 6', new Date('2026-11-19T15:00:00Z'), 'en-GB');
    expect(details.severity).toBeUndefined();
    expect(parseSeverity('2 weeks, maybe a 6')?.value).toBe(6);
  });

  test('how far along a pregnancy is, is no onset', () => {
    const now = new Date('2026-11-19T15:00:00Z');
    expect(extractSymptomDetails("I'm pregnant (30 wks), my lower back aches", now, 'en-GB').onset).toBeUndefined();
    expect(extractSymptomDetails('20 weeks pregnant and sore since Tuesday', now, 'en-GB').onset).toBeDefined();
  });
});

describe('answers at a safety question', () => {
  test('"no to the rest as well" read as carrying on is still a no', () => {
    expect(readScreenAnswer(false, { act: 'carry_on', score: 0.9 })).toEqual({ kind: 'answer', answer: false });
  });

  test('a wrong tap corrected with an outright no takes the alarm back and carries on', async () => {
    await runSteps([
      ['check my back please: lower back, since monday, 4, lifting a box', [SCREEN.nerves]],
      ['yes', [EMERGENCY]],
      ['argh wrong button, meant to say no, all normal down there', [/taken your answer as no/i, SCREEN.legs], [SCREEN.nerves]],
    ]);
  });
});

describe('after an emergency', () => {
  test('work waits, and the employer is told', async () => {
    await runSteps([['check my symptoms please. low back, since yesterday, about a 6, lifting', [SCREEN.nerves]], ['yes', [EMERGENCY]], ["I'm meant to be on shift tonight", [/employer/i, /911/]]]);
  });
});

import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import { runSteps } from './support/botHarness';

// Ordinary facts of life are not red flags (issue 10, second worst: crying wolf):
// everyday medicines and long-term conditions are not a weakened immune system,
// being alone is not a sign, and where someone sleeps is not night pain. Only
// long-term steroids, chemotherapy, transplant drugs and the like, and pain that
// wakes someone or that rest does not ease, are. Examples in this file's own words.
const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
const level = (text: string) => screen.detect(text)?.level ?? 'none';

describe('everyday facts raise nothing, not even the check question', () => {
  test.each([
    // medicines and conditions
    ['my GP has me on perindopril'],
    ["I'm on tablets for my heart and blood pressure"],
    ['sugar levels are managed with metformin'],
    ['I jab myself with insulin at night'],
    ["I'm on atenolol"],
    ['I have hypertension'],
    ["I've got asthma and hay fever"],
    ["I'm diabetic and my feet are fine"],
    // being alone
    ["I'm a carer for my dad and I'm on my own with him"],
    ["I'm alone in the house till Friday"],
    ['nobody lives with me'],
    ["I've got no one to help me get up if I fall"],
    // where and when someone sleeps
    ['I sleep in my cab during the week'],
    ['most nights I sleep in the motorhome'],
    ["I've been sleeping in my car since I lost my flat"],
    ['I fall asleep in the armchair most evenings'],
    ['I do night shifts and sleep in the afternoon'],
    ['sitting in the truck all day makes it ache'],
  ])('%s', (text) => {
    expect(level(text)).toBe('none');
  });
});

describe('the real flags of the same kinds still escalate', () => {
  test.each<[string, 'urgent' | 'emergency', string]>([
    ["I've been on prednisolone tablets every day since spring", 'urgent', 'immunosuppression'],
    ["I'm on azathioprine for my bowel disease", 'urgent', 'immunosuppression'],
    ['I had a kidney transplant and take anti-rejection tablets', 'urgent', 'immunosuppression'],
    ['the pain wakes me at 4am every single night', 'urgent', 'night_pain'],
    ["lying in bed doesn't ease it at all, it's constant", 'urgent', 'night_pain'],
    ['I got rear-ended on the motorway yesterday and my back is killing me', 'emergency', 'major_trauma'],
    ["I can't stand on my own, my legs keep buckling", 'emergency', 'progressive_weakness'],
  ])('%s', (text, expected, flag) => {
    const found = screen.detect(text);
    expect(found?.level).toBe(expected);
    expect(found?.flags).toContain(flag);
  });
});

describe('a stated condition gets its fact note, not an alarm', () => {
  const DIABETES = /With diabetes/;
  const ALARM = /Please get seen today|call 999 now, or go|Just to check/;
  test.each([['I have diabetes'], ["just so you know I'm a type 1 diabetic"], ["I'm on metformin, does that matter"]])('%s', async (message) => {
    await runSteps([[message, [DIABETES], [ALARM]]]);
  });

  test('a medicine named with a question applies its fact to the answer', async () => {
    await runSteps([['can I keep a heat pack on overnight? I inject insulin', [/With diabetes or poor circulation, check your skin/], [ALARM]]]);
  });
});

import { runSteps, type Step } from './support/botHarness';

// Set 31's acts turns by kind: help already sent by the call-taker is a call made (no "call now if you haven't");
// same-day signs denied (weight loss, fever, a cancer history) are for a doctor today if they come on, not the
// emergency number, while a denial that takes in the nerve signs keeps it; the bot thanked as a doctor says it is none.

const steps = (rows: Step[], locale: string) => runSteps(rows, locale);

describe('help already on its way after an emergency', () => {
  test.each<[string, string, RegExp]>([
    ['en-AU', 'ok they are sending an ambulance out now', /call 000 now if you haven't/i],
    ['en-GB', "the call handler said they've dispatched paramedics", /call 999 now if you haven't/i],
  ])('%s: "%s" is thanked, not told to call', async (locale, said, stillCall) => {
    await steps([
      ['my mum slipped down the whole staircase and now her back is agony', [/now/i]],
      [said, [/right thing/i], [stillCall, /go to the nearest emergency department/i]],
    ], locale);
  });
});

describe('warning signs denied outside the check', () => {
  test('same-day signs only: a doctor today if they come on', async () => {
    await steps([
      ['could my back pain be something serious like a tumour?', [/./]],
      ["I haven't lost any weight, no temperature, and no cancer before", [/doctor the same day/i], [/If any of those signs come on, call/i]],
    ], 'en-GB');
  });

  test('a denial that takes in numbness keeps the emergency number for those signs', async () => {
    await steps([
      ['could my back pain be something serious like a tumour?', [/./]],
      ['no numbness and no fever', [/call 999 straight away/i], [/doctor the same day/i]],
    ], 'en-GB');
  });
});

describe('thanked as a clinician', () => {
  test.each<string>(['brilliant, thanks doc', 'ok thank you so much doctor'])('%s: says it is an automated assistant', async (said) => {
    await steps([
      ['is heat or ice better for a sore back?', [/heat/i]],
      [said, [/automated assistant, not a doctor/i]],
    ], 'en-US');
  });

  test('a plain thanks gets the plain reply', async () => {
    await steps([
      ['is heat or ice better for a sore back?', [/heat/i]],
      ['great, thanks', [], [/automated assistant/i]],
    ], 'en-US');
  });
});

describe('the legs denied in passing, in the singular or as "no legs anything"', () => {
  test.each<string>(['no temperature, no problem with my legs, peeing fine', 'no numbness, bladder fine, no legs anything, get on with it'])('%s: the legs question is not asked', async (said) => {
    await steps([
      ['check my symptoms', [/where is the pain\?/i]],
      ['lower back', [/when did it start\?/i]],
      ['since tuesday', [/how bad/i]],
      ['5', [/set it off/i]],
      ['carrying the laundry basket', [/new trouble peeing/i]],
      [said, [/serious accident or fall/i], [/weakness in both legs, a leg that is getting weaker/i]],
    ], 'en-GB');
  });
});

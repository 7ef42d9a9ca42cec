import {
  describeHours,
  extractSymptomDetails,
  MAX_PARSED_CHARS,
  mayPlaceOrScorePain,
  parseLocation,
  parseOnset,
  parseSeverity,
  parseTrigger,
  parseYesNo,
  warmUpRecognizers,
  type LocationResult,
  type TriggerKind,
  type YesNoAnswer,
} from '../src/triage/symptomParser';

// Thursday 19 November 2026, 15:00 local time. Built from local fields (not
// '...Z') so that "this morning" and "yesterday" mean the same on any machine's
// time zone: the recognizers read the reference date in local time.
const NOW = new Date(2026, 10, 19, 15, 0, 0);
const HOURS_TODAY = 15;

beforeAll(() => {
  warmUpRecognizers();
});

describe('parseSeverity', () => {
  test.each<[string, number]>([
    ['7', 7],
    ['7/10', 7],
    // a score beside the turn of the pain, not a time
    ['it got bad, about a 7 now', 7],
    ['it hurts around 6', 6],
    ['7 out of 10', 7],
    ['seven out of ten', 7],
    ['6 out of ten', 6],
    ['about a 7', 7],
    ['an 8', 8],
    ['8 or 9', 9],
    ['8-9', 9],
    ['7-8/10', 8],
    ['between 5 and 6', 6],
    ['10!!', 10],
    ['a solid six', 6],
    ["it's like a 9", 9],
    ['7ish', 7],
    ['7.5/10', 7.5],
    ['11/10', 10],
    ['zero', 0],
    ["on a scale of 1 to 10 I'd say 7", 7],
    ['2 days ago, but it is a 7 now', 7],
    ['it was a 5 this morning but an 8 now', 8],
    ['6/10 but 9 when I move', 9],
    ['I have 2 kids and it is about a 6', 6],
    ['Six.', 6],
    // A score said of now is how bad it is now; the worst is kept for the advice (severity.test).
    ['7 now, 9 at worst', 7],
  ])('%j -> %d', (text, value) => {
    const result = parseSeverity(text);
    expect(result?.value).toBe(value);
    expect(result?.approximate).toBeUndefined();
    expect(result?.text.length).toBeGreaterThan(0);
  });

  test.each<[string]>([
    ['2 days ago'],
    ["I'm 45"],
    ['3 weeks'],
    ['I lifted 2 boxes'],
    ['the right one'],
    ['it hurts a lot in my back'],
    ['my bad back'],
    ['not severe'],
    ['since 2pm'],
    ['45'],
    [''],
    ['for 3 hours'],
    // a clock time after the pain's turn
    ['woke up a bit stiff, then it got worse at about 9'],
    ['it kicked in around 6 last night'],
  ])('%j -> no severity', (text) => {
    expect(parseSeverity(text)).toBeUndefined();
  });

  test('reads another language with its locale ("sept sur dix" is 0.7 to the recognizer)', () => {
    expect(parseSeverity('sept sur dix', 'fr-FR')?.value).toBe(7);
  });

  test.each<[string, number, number]>([
    ['mild', 2, 4],
    ['very mild', 1, 3],
    ['moderate', 4, 6],
    ['pretty bad', 5, 7],
    ['severe', 7, 9],
    ["it's very severe", 8, 10],
    ['unbearable', 10, 10],
    ['agony', 10, 10],
    ['excruciating', 10, 10],
    ['worst pain ever', 10, 10],
    ['not too bad', 3, 5],
    ['terrible', 7, 9],
  ])('%j -> approximate %d..%d', (text, min, max) => {
    const result = parseSeverity(text);
    expect(result?.approximate).toBe(true);
    expect(result!.value).toBeGreaterThanOrEqual(min);
    expect(result!.value).toBeLessThanOrEqual(max);
  });
});

describe('parseOnset', () => {
  test.each<[string, number, number]>([
    ['two days ago', 47, 49],
    // Thursday: "last Tuesday" is the one two days back (the recognizer alone says nine).
    ['since last Tuesday', 36, 72],
    ['this morning', 3, 7],
    ['for 3 days', 71, 73],
    ['yesterday', 20, 40],
    ['last night', 12, 22],
    ['an hour ago', 0.9, 1.1],
    ['a week', 160, 176],
    ['a couple of weeks', 300, 360],
    ['since Monday', 60, 90],
    ['3 days', 71, 73],
    ['about a month', 28 * 24, 31 * 24],
    ['just now', 0, 0.2],
    ['today', 0, HOURS_TODAY],
    ['half an hour ago', 0.4, 0.6],
    ['since the weekend', 72, 168],
    ['since Friday', 120, 168],
    ['since christmas', 320 * 24, 340 * 24],
    ['3 days back', 71, 73],
    ['yday', 20, 40],
    ['2 wks', 330, 340],
    ['for weeks', 7 * 24, 6 * 7 * 24],
    ['since lunch', 1, 4],
    ['since the 15th', 90, 100],
    ['started at 7am', 7.9, 8.1],
    ['a day or two', 47, 49],
    ['week ago', 167, 169],
    ['it just started', 0, 0.5],
    ['my back hurts 8/10 since 3 days', 71, 73],
  ])('%j -> %d..%d hours', (text, min, max) => {
    const result = parseOnset(text, NOW);
    expect(result).toBeDefined();
    expect(result!.hours).toBeGreaterThanOrEqual(min);
    expect(result!.hours).toBeLessThanOrEqual(max);
  });

  test.each<[string, string]>([
    ['two days ago', 'about 2 days'],
    ['this morning', 'about 5 hours'],
    ['about 3 weeks ago', 'about 3 weeks'],
    ['for 3 days', 'about 3 days'],
    ['yesterday', 'about 1 day'],
    ['an hour ago', 'about 1 hour'],
    ['about a month', 'about 1 month'],
    ['just now', 'a few minutes'],
    ['today', 'less than a day'],
    ['45 minutes', 'about 45 minutes'],
    ['a couple of weeks', 'about 2 weeks'],
    ['6 weeks ago', 'about 6 weeks'],
    ['10 days ago', 'about 10 days'],
    ['more or less 2 hours ago', 'about 2 hours'],
  ])('%j is described as %j', (text, description) => {
    expect(parseOnset(text, NOW)?.description).toBe(description);
  });

  test.each<[string]>([
    ["I'm 45 years old"],
    ['it is an 8'],
    ['8/10'],
    ['tonight'],
    ['right now'],
    ['for ages'],
    ['my lower back'],
    ['every day'],
    [''],
    ['no idea'],
    ['it hurts when I sit'],
    ['a solid six'],
  ])('%j -> no onset', (text) => {
    expect(parseOnset(text, NOW)).toBeUndefined();
  });

  test('the onset never lies in the future and is deterministic', () => {
    const first = parseOnset('since Saturday', NOW);
    expect(first).toEqual(parseOnset('since Saturday', NOW));
    expect(first!.hours).toBeGreaterThan(0);
  });

  test('understands a supported locale and falls back to English for an unknown one', () => {
    expect(parseOnset('since two days ago', NOW, 'en-GB')?.hours).toBe(48);
    expect(parseOnset('since two days ago', NOW, 'xx-YY')?.hours).toBe(48);
  });
});

describe('describeHours', () => {
  test.each<[number, string]>([
    [0.01, 'a few minutes'],
    [0.5, 'about 30 minutes'],
    [5, 'about 5 hours'],
    [24, 'about 1 day'],
    [50, 'about 2 days'],
    [21 * 24, 'about 3 weeks'],
    [90 * 24, 'about 3 months'],
    [400 * 24, 'about 1 year'],
  ])('%d h -> %j', (hours, text) => {
    expect(describeHours(hours)).toBe(text);
  });
});

describe('parseLocation', () => {
  test.each<[string, Partial<LocationResult>]>([
    ['lower back', { region: 'lower' }],
    ['in my lumbar area', { region: 'lower' }],
    ['the bottom of my back', { region: 'lower' }],
    ['near my tailbone', { region: 'lower' }],
    ['across my hips', { region: 'lower' }],
    ['mid back', { region: 'middle' }],
    ['middle of my back', { region: 'middle' }],
    ['upper back', { region: 'upper' }],
    ['between my shoulder blades', { region: 'upper' }],
    ['near my neck', { region: 'upper' }],
    ['left side', { side: 'left' }],
    ['on the right', { side: 'right' }],
    ['right side of my lower back', { region: 'lower', side: 'right' }],
    ['both sides of my lower back', { region: 'lower', side: 'both' }],
    ['right in the middle of my lower back', { region: 'lower', side: 'centre' }],
    ['shooting down my leg', { radiatesToLeg: true }],
    ['sciatica', { radiatesToLeg: true }],
    ['lower back and it goes into my buttock', { region: 'lower', radiatesToLeg: true }],
    ['it radiates into my thigh', { radiatesToLeg: true }],
    ["lower back, it doesn't go down my leg", { region: 'lower', radiatesToLeg: false }],
    ['left lower back, shoots down my left leg', { region: 'lower', side: 'left', radiatesToLeg: true }],
    ['lower', { region: 'lower' }],
    ['right now it is my lower back', { region: 'lower' }],
    ['L4/L5', { region: 'lower' }],
    ['lower right', { region: 'lower', side: 'right' }],
    ['my lower left back', { region: 'lower', side: 'left' }],
    ["it doesn't radiate", { radiatesToLeg: false }],
    ['upper and lower back', { region: 'upper' }],
    // A short answer wrapped in hedges is still that answer.
    ['kinda low i guess', { region: 'lower' }],
    ['um the middle bit mostly', { region: 'middle' }],
    ['probably the top part', { region: 'upper' }],
  ])('%j -> %j', (text, expected) => {
    const result = parseLocation(text);
    expect(result).toMatchObject(expected);
    expect(result!.description.length).toBeGreaterThan(0);
  });

  test('right now is not a side, and the description names region and side', () => {
    expect(parseLocation('right now it is my lower back')?.side).toBeUndefined();
    expect(parseLocation('left side of my lower back, into my leg')?.description).toBe(
      'lower back, left side, spreading into the leg',
    );
  });

  test.each<[string]>([['my back hurts'], ['it hurts to move my leg'], ['help'], [''], ['i think so'], ['probably just a bit']])('%j -> no location', (text) => {
    expect(parseLocation(text)).toBeUndefined();
  });
});

describe('parseTrigger', () => {
  test.each<[string, TriggerKind]>([
    ['picked up my kid', 'lifting'],
    ['I picked my son up off the floor', 'lifting'],
    ['deadlifts', 'lifting'],
    ['carrying the shopping', 'lifting'],
    ['playing golf', 'sport'],
    ['went for a run', 'sport'],
    ['sneezed', 'sneeze_cough'],
    ['a coughing fit', 'sneeze_cough'],
    ['been at my desk all day', 'sitting'],
    ['long drive yesterday', 'sitting'],
    ['woke up with it', 'sleeping'],
    ['must have slept funny', 'sleeping'],
    ['twisted to grab something from the back seat', 'twisting'],
    ['bent down to tie my shoes', 'bending'],
    ['bent down to pick up a pencil', 'bending'],
    ['gardening all weekend', 'housework_gardening'],
    ['hoovering the stairs', 'housework_gardening'],
    ["I didn't lift anything, I just sneezed", 'sneeze_cough'],
    ['slipped on the ice', 'other'],
    ['no idea', 'unknown'],
    ['nothing really', 'unknown'],
    ['it just happened', 'unknown'],
    ["I don't know", 'unknown'],
    ['out of nowhere', 'unknown'],
  ])('%j -> %s', (text, trigger) => {
    const result = parseTrigger(text);
    expect(result?.trigger).toBe(trigger);
    expect(result!.description.length).toBeGreaterThan(0);
  });

  test('the description keeps what the user said', () => {
    expect(parseTrigger('picked up my kid')?.description).toBe('lifting (picked up my kid)');
  });

  test.each<[string]>([
    ['my back hurts'],
    ['hello'],
    ["I can't sleep"],
    // What makes it worse is not what set it off.
    ['it hurts when I bend over'],
  ])('%j -> no trigger', (text) => {
    expect(parseTrigger(text)).toBeUndefined();
  });
});

describe('parseYesNo', () => {
  test.each<[string, YesNoAnswer | undefined]>([
    ['yes', true],
    ['Yes!', true],
    ['yep', true],
    ['yeah', true],
    ['y', true],
    ['a little', true],
    ['yes a bit', true],
    ['I think so', true],
    ['sometimes', true],
    ['no', false],
    ['nope', false],
    ['nah', false],
    ['n', false],
    ['not really', false],
    ["I don't think so", false],
    ['no, not at all', false],
    ['probably not', false],
    ['not that I know of', false],
    ['not sure', 'unsure'],
    ['maybe', 'unsure'],
    ["don't know", 'unsure'],
    ['yes and no', 'unsure'],
    ['no but a little tingling', true],
    ['I have no numbness', false],
    ['my back hurts', undefined],
    ['constructor', undefined],
    ['', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });

  test('uses the recognizer for other languages', () => {
    expect(parseYesNo('oui', 'fr-FR')).toBe(true);
  });
});

describe('extractSymptomDetails', () => {
  test.each<[string, { region?: string; severity?: number; trigger?: TriggerKind; hours?: [number, number] }]>([
    ["my lower back has been spasming since yesterday, it's an 8", { region: 'lower', severity: 8, hours: [20, 40] }],
    ["since 2 days ago it's a 7", { severity: 7, hours: [47, 49] }],
    ['my back hurts 8/10 since 3 days', { severity: 8, hours: [71, 73] }],
    ['hurt my back lifting a box 2 days ago, pain is 7', { severity: 7, trigger: 'lifting', hours: [47, 49] }],
    ['lower back pain 7/10 after deadlifts yesterday', { region: 'lower', severity: 7, trigger: 'lifting', hours: [20, 40] }],
    ['back spasm, about a 6, started at 7 when I woke up', { severity: 6, trigger: 'sleeping', hours: [7.9, 8.1] }],
    ['pain is at 7 since tuesday', { severity: 7, hours: [36, 60] }],
    ["I'm 45 and my back went this morning when I sneezed", { trigger: 'sneeze_cough', hours: [3, 7] }],
    ["I took 2 ibuprofen 3 hours ago but it's still a 7", { severity: 7 }],
    ['left side of my lower back, 3 weeks, playing golf', { region: 'lower', trigger: 'sport', hours: [500, 510] }],
    ['10 years of back problems but this started yesterday after gardening', { trigger: 'housework_gardening', hours: [20, 40] }],
    ["it's 8 or 9 and shooting down my leg", { severity: 9 }],
    // Slang read through spelling.yaml ("arvo" is "afternoon") stays a time when a triage list names words near it.
    ['6/10 since this arvo, lower back, weeding the garden', { region: 'lower', severity: 6, trigger: 'housework_gardening', hours: [2, 4] }],
  ])('%j', (text, expected) => {
    const d = extractSymptomDetails(text, NOW);
    expect(d.location?.region).toBe(expected.region);
    expect(d.severity?.value).toBe(expected.severity);
    expect(d.trigger?.trigger).toBe(expected.trigger);
    if (expected.hours) {
      expect(d.onset).toBeDefined();
      expect(d.onset!.hours).toBeGreaterThanOrEqual(expected.hours[0]);
      expect(d.onset!.hours).toBeLessThanOrEqual(expected.hours[1]);
    } else {
      expect(d.onset).toBeUndefined();
    }
  });

  test.each<[string]>([
    ['Hi, I need help with my back'],
    ['can you help'],
    ['I have 2 kids and 3 dogs'],
    ["it's really bad today"],
  ])('%j carries no number as severity or onset', (text) => {
    const d = extractSymptomDetails(text, NOW);
    expect(d.onset).toBeUndefined();
    expect(d.severity?.approximate ?? true).toBe(true);
  });

  test('fills everything from one message', () => {
    const d = extractSymptomDetails(
      'My back went into spasm 20 minutes ago when I bent down to pick up a pencil. The pain is 9/10, lower back on the right, shooting into my leg.',
      NOW,
    );
    expect(d.onset?.description).toBe('about 20 minutes');
    expect(d.severity).toEqual({ value: 9, text: '9/10' });
    expect(d.location).toMatchObject({ region: 'lower', side: 'right', radiatesToLeg: true });
    expect(d.trigger?.trigger).toBe('bending');
  });

  // A terse list of details, each its own sentence: the bare "today" is when it started.
  test.each<[string]>([['hurt it moving a couch. left side low down. today. an 8'], ['right side. yesterday. about a 6.']])('%j: a time told as a sentence of its own is the onset', (text) => {
    expect(extractSymptomDetails(text, NOW).onset).toBeDefined();
  });

  test.each<[string]>([["back's sore. it's really bad today."], ['today']])('%j: a time inside a sentence about the pain is no onset', (text) => {
    expect(extractSymptomDetails(text, NOW).onset?.description).not.toBe('less than a day');
  });

  test('a word severity is marked approximate and the question can still be asked', () => {
    expect(extractSymptomDetails('my back is in agony', NOW).severity).toEqual({ value: 10, text: 'agony', approximate: true });
  });
});

describe('long input', () => {
  const now = new Date(2026, 10, 19, 15);

  test('only the start of a long message is parsed (the recognizers slow down badly on long text)', () => {
    const padding = 'and it really hurts '.repeat(40);
    expect(padding.length).toBeGreaterThan(MAX_PARSED_CHARS);
    expect(extractSymptomDetails(`it's an 8 since this morning ${padding}`, now).severity?.value).toBe(8);
    expect(extractSymptomDetails(`${padding} it's an 8 since this morning`, now).severity).toBeUndefined();
  });

  test('thousands of digits give an answer from the start, not an error', () => {
    expect(parseSeverity('7 '.repeat(1000))?.value).toBe(7);
  });
});

test('a trigger description does not end on a dangling word', () => {
  expect(parseTrigger('reaching for something on a shelf')?.description).toBe('twisting or reaching (reaching for something)');
});

describe('mayPlaceOrScorePain: the cheap test before the date-time recognizer', () => {
  test.each([
    ['ice or heat?', false],
    ['what can I do about it at work tomorrow', false],
    ['lower back on the left', true],
    ['about a 7 out of 10 today', true],
    ['my back has hurt since Tuesday', false], // a time alone: the writer's own pain words decide (TriageDialog.hear)
    ['upper back, since Tuesday', true],
  ])('%s -> %s', (text, expected) => {
    expect(mayPlaceOrScorePain(text, 'en-GB')).toBe(expected);
  });

  // Whenever the full parse finds a place or a firm score, the cheap test must have let the message through.
  test.each(['for 3 days now, a solid 6', 'right side since the weekend', 'it is an 8 when I bend', 'since 2 days, 5/10'])('%s: never let go when the full parse places or scores it', (text) => {
    const found = extractSymptomDetails(text, NOW, 'en-GB');
    const placedOrScored = found.location !== undefined || (found.severity !== undefined && !found.severity.approximate);
    expect(placedOrScored).toBe(true);
    expect(mayPlaceOrScorePain(text, 'en-GB')).toBe(true);
  });
});

import { wholeBotSteps, type Step } from './support/botHarness';
import { heardStatement } from '../src/knowledge/heardStatement';
import type { PlannerParts } from '../src/knowledge/answerPlan';
import type { Passage } from '../src/knowledge/passages';

// Answers the bot used to hold back: a practical question asked with a same-day
// sign is answered after the instruction; after an answer, a verdict asked for,
// an acknowledgement, or a plain statement of context is never met with the
// "no answer" menu.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const MENU = /don't have an answer for exactly|These come closest/i;
const SEEN_TODAY = /get seen today/i;
const EMERGENCY_NOW = /call 999 (straight away|now)|ambulance/i;

describe('a practical self-care question asked with a same-day sign is answered after the instruction', () => {
  test.each<[string, RegExp]>([
    ['been running a temperature and shivery since last night with my back aching, is a hot water bottle alright?', /comfortably warm|heat/i],
    ['I was on chemo for lymphoma a few years back and my lower back has started hurting, would a massage be ok?', /massage/i],
    ['on long term steroids for my lungs, back hurts since yesterday, which painkiller should I take?', /paracetamol|ibuprofen|NSAID/i],
  ])('%s', async (said, answer) => {
    await botSteps([[said, [SEEN_TODAY, answer], [MENU, /Remember: because you mentioned/i]]]);
  });

  test('a long story around the question: the question asked is answered, not the story\'s topic', async () => {
    await botSteps([
      [
        'ok so long story, been busy helping my son move flats, carried loads of heavy stuff, my lower back has ached since, mostly bending. ibuprofen helped a bit. i had radiotherapy for prostate cancer 4 years back, all clear now. what i really want to know is would a massage help or make it worse?',
        [SEEN_TODAY, /massage/i],
        [/old prescription|dose/i],
      ],
    ], 'en-US');
  });

  // The question is the last sentence that ends in a "?", however many marks it ends with or whether a line break starts it.
  test.each<[string]>([
    ['shivery and hot since yesterday, temperature 38.9, and my back aches low down. is a wheat bag ok??'],
    ['had a fever all night and my lower back is sore\nwould a wheat bag be alright?? or is that silly'],
  ])('a question ending in more than one "?": %s', async (said) => {
    await botSteps([[said, [SEEN_TODAY, /comfortably warm|heat/i], [MENU]]]);
  });

  test('a question that would read as "carry on as normal" is not answered under the instruction', async () => {
    await botSteps([['fever and chills with my back pain since this morning, should I still go to work?', [SEEN_TODAY], [/lighter duties|going back early/i]]]);
  });

  test('a sign that the pain may not be the back\'s own (the kidney) gets no back self-care after it', async () => {
    await botSteps([['sharp pain low in my side that comes and goes in waves and it burns when I pee, can I put a heat pack on?', [SEEN_TODAY], [/heat has the better evidence/i]]]);
  });

  test('an emergency gets no self-care under "call now"', async () => {
    await botSteps([['numb between my legs since this morning and my back is killing me, is heat ok?', [EMERGENCY_NOW], [/heat has the better evidence|comfortably warm/i]]]);
  });
});

describe('after answers, "what is the verdict" gets their gist, not the menu', () => {
  test.each([
    ['can I take ibuprofen if I have asthma', 'ok so whats the verdict'],
    ['is a heat pad better than an ice pack', 'right so what should I do then'],
  ])('%s / %s', async (first, verdict) => {
    await botSteps([
      [first, [/./]],
      [verdict, [/keep moving gently/i, /heat/i], [MENU]],
    ]);
  });
});

describe('an acknowledgement in other words after an answer gets a short OK', () => {
  test.each(['righto', 'sound', 'fair', 'fair play'])('%s', async (said) => {
    await botSteps([
      ['is it ok to take paracetamol and ibuprofen together', [/together/i]],
      [said, [/^OK/], [MENU]],
    ]);
  });
});

describe('a plain statement of context after an answer is acknowledged with the line it bears on', () => {
  // Either acknowledged with the line of the last answer, or answered by a passage that speaks to it: never the menu.
  test.each<[string, string, RegExp[]]>([
    // Close to no other answer: the line of the last one it bears on.
    ['can I take ibuprofen, I have asthma', 'nope, never had that happen', [/^Thanks, that helps/i, /breathing/i]],
    // Close to other answers: acknowledged, and asked which would help.
    ['can I take ibuprofen, I have asthma', 'taken it lots of times, never a problem', [/^Thanks for telling me/i]],
    // An answer of its own.
    ['can I take ibuprofen, I have asthma', 'first time I would be taking it', [/breathing|pharmacist/i]],
  ])('%s / %s', async (first, said, answer) => {
    await botSteps([
      [first, [/asthma/i]],
      [said, answer, [MENU]],
    ]);
  });
});

describe('reading the line a statement bears on', () => {
  const words = (t: string) => t.toLowerCase().match(/[a-z]+/g) ?? [];
  const parts = (named: number) =>
    ({
      wording: { heardStatement: { lead: 'HEARD', conditionWords: ['if', 'avoid'] } },
      words,
      matcher: { closestSentence: () => named },
    }) as unknown as PlannerParts;
  const passage = { answer: 'One opening line. A plain second line. Avoid it if it hurts. Last line.' } as Passage;
  test.each<[number, string]>([
    [0, 'Avoid it if it hurts.'],
    [3, 'Last line.'],
  ])('named line %d', (named, line) => {
    expect(heardStatement(parts(named), 'whatever', passage)).toEqual({ kind: 'recap', passage, lines: [line], withMore: false, cannot: 'HEARD' });
  });
  test('bearing on no line but the opening: no guess', () => {
    expect(heardStatement(parts(0), 'x', { answer: 'One line. Two line.' } as Passage)).toBeUndefined();
  });
  test('no wording for it: nothing', () => {
    expect(heardStatement({ ...parts(0), wording: {} } as PlannerParts, 'x', passage)).toBeUndefined();
  });
});

describe('a warning sign supposed after an answer, with nothing else to answer, gets what to do and how rare it is', () => {
  test.each([
    ['is heat or ice better', 'ok. and what if I lose control of my bladder, my sister said it happens'],
    ['is walking ok', 'suppose I wet myself, what then'],
  ])('%s / %s', async (first, supposed) => {
    await botSteps([
      [first, [/./]],
      [supposed, [/call 911 straight away/i, /rare/i], [MENU]],
    ], 'en-CA');
  });
});

import type { Activity } from 'botbuilder';
import { CheckWording, MAX_RESULT_WORDS } from '../dialogs/checkWording';
import { wordCount } from '../src/knowledge/answerText';
import type { CheckDetails } from '../src/triage/symptomCheck';
import { loadTriageVocabulary } from '../src/triage/vocabulary';
import { mainDialogClient, replyText, runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Conversations with the symptom check, as tables of
// [user says, patterns the reply must contain, patterns it must not contain].
const EMERGENCY = /Please call 911 now/;
const URGENT = /get seen today/i;
const RESULT = /Here's what I heard/;
const ALL_NO: Step[] = [
  ['no', [SCREEN.legs]],
  ['no', [SCREEN.accidentHeart]],
  ['no', [SCREEN.infection]],
  ['no', [SCREEN.cancer]],
  ['no', [SCREEN.bones]],
];

describe('every detail in any message is kept; only what is missing is asked', () => {
  test.each<[string, Step[]]>([
    [
      'when and how bad, given when asked where',
      [
        ['check my symptoms', [ASK.location]],
        // Kept and said back; the check moves on and asks where once more after the rest.
        ['it started yesterday morning, like a 6', [/Got it: it started yesterday morning; 6 out of 10/, ASK.trigger], [ASK.location]],
        ['lifting', [ASK.location], [ASK.onset, ASK.severity]],
        ['lower back', [ASK.bladder]],
      ],
    ],
    [
      'three details at once in answer to where',
      [
        ['check my symptoms', [ASK.location]],
        ['lower back since tuesday, about a 7', [ASK.trigger], [ASK.onset, ASK.severity]],
      ],
    ],
    [
      'the opening message counts too',
      [["check my symptoms: my upper back went when I sneezed this morning, it's a 5", [ASK.bladder], [ASK.location, ASK.onset, ASK.severity, ASK.trigger]]],
    ],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('one question a turn, with progress', () => {
  test('each question says how many are left; "how many more" gets the count and the question again', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location, /9 more questions after this one/]],
      ['lower back', [ASK.onset, /8 more questions/]],
      ['two days ago', [ASK.severity, /7 more questions/]],
      ['6', [ASK.trigger, /6 more questions/]],
      ['how many more of these questions', [/6 more questions after this one/, ASK.trigger], [/yes or no/i]],
      ['lifting', [SCREEN.nerves, /5 more questions/]],
      ['no', [SCREEN.legs, /4 more/]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['no', [SCREEN.cancer, /1 more question after this one/]],
      ['how many more?', [/1 more question after this one/, SCREEN.cancer]],
      ['no', [SCREEN.bones], [/more question/]],
      ['are we nearly done', [/Just this one/, SCREEN.bones]],
      ['no', [RESULT]],
    ]);
  });

  test('someone with no red flags answers at most 6 screening questions', () => {
    expect(loadTriageVocabulary().screen.length).toBeLessThanOrEqual(6);
  });
});

describe('read-backs in the user\'s words', () => {
  test.each<[string, RegExp]>([
    ['since yesterday morning', /it started yesterday morning/],
    ['woke up with it', /it started when you woke up/],
    ['since tues', /it started on Tuesday/],
    ['3 days ago', /it started about 3 days ago/],
  ])('onset %j is read back as %s', async (onset, readBack) => {
    const { say } = mainDialogClient();
    for (const line of ['check my symptoms', 'lower back', onset]) await say(line);
    // "woke up with it" also says what set it off, so the trigger may not be asked.
    let reply = replyText(await say('5'));
    if (ASK.trigger.test(reply)) reply = replyText(await say('nothing obvious'));
    for (let i = 0; i < 6 && !RESULT.test(reply); i++) reply = replyText(await say('no'));
    expect(reply).toMatch(readBack);
    expect(reply).not.toMatch(/hours ago/);
  });
});

describe('severity said in words is asked, not guessed', () => {
  test('"nothing when sitting, awful when I twist" gets a question for a number', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['this morning', [ASK.severity]],
      ['nothing when sitting, awful when I twist', [/what number would you give it/i], [ASK.trigger]],
      ['5 I guess', [ASK.trigger]],
      ['bending', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ...ALL_NO.slice(1),
      ['no', [/5 out of 10/], [/8 out of 10/]],
    ]);
  });
});

describe('"third time this year" is history, not onset', () => {
  test('the onset is asked for this episode, and the history is read back', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['third time this year', [/happened before/i, /When did this time start/i], [ASK.severity]],
      ['yesterday', [ASK.severity]],
      ['4', [ASK.trigger]],
      ['no idea', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ...ALL_NO.slice(1),
      ['no', [/it started yesterday/, /happened before \("third time this year"\)/], [/months/]],
    ]);
  });
});

describe('practical questions in the middle are answered, then the check goes on', () => {
  test.each<[string, RegExp]>([
    ['can I take ibuprofen though?', /ibuprofen/i],
    ['wait, should I use ice or heat?', /15 to 20 minutes/],
    // Issue 11 asks for this one to be answered at once (it was "no good answer" before the passages).
    ['how do I get up off the floor?', /Roll onto your side/],
  ])('%j', async (question, answer) => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['this morning', [ASK.severity]],
      ['6', [ASK.trigger]],
      [question, [answer, /Back to the symptom check/i, ASK.trigger]],
      ['lifting', [SCREEN.nerves]],
    ]);
  });
});

describe('stop, carry on, and a new check', () => {
  test('"let\'s carry on" after a stop resumes at the same question, with what was said', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['since yesterday', [ASK.severity]],
      ['stop', [/stopped the symptom check/i]],
      ['actually lets finish it', [/Picking up where we left off/, ASK.severity], [ASK.location, /nothing to cancel/i]],
      ['7', [ASK.trigger]],
    ]);
  });

  test('a new check in the same conversation offers to reuse what was said', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['2 days ago', [ASK.severity]],
      ['7', [ASK.trigger]],
      ['lifting', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ...ALL_NO.slice(1),
      ['no', [RESULT]],
      ['check my symptoms again', [/Earlier you told me: pain in your lower back/, /use that again/i]],
      ['yes', [SCREEN.nerves], [ASK.location, ASK.onset]],
    ]);
  });

  test('declining the offer starts afresh', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['stop', [/stopped/i]],
      ['I want to check my symptoms', [/pick it up where we left off/i, /lower back/]],
      ['No, start again', [ASK.location]],
    ]);
  });
});

describe('the safety screen', () => {
  const toScreen: Step[] = [
    ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [ASK.trigger]],
    ['lifting', [SCREEN.nerves]],
  ];

  test.each<[string, Step[]]>([
    ['"yes" to an emergency group escalates at once', [['yes', [EMERGENCY, /don't drive yourself/i]]]],
    ['"not sure" gets a description and the question again, never a no', [
      ['not sure', [/what that can feel like/i, /when you wipe/i, SCREEN.nerves], [SCREEN.legs]],
      ['no', [SCREEN.legs]],
    ]],
    ['"no clue what that would even feel like" is not a no', [['no clue what that would even feel like', [/what that can feel like/i, SCREEN.nerves], [SCREEN.legs]]]],
    ['"never mind" is not a no', [['never mind', [/what that can feel like/i, SCREEN.nerves], [SCREEN.legs]]]],
    ['"what does that feel like?" is explained', [['what does that feel like?', [/what that can feel like/i, SCREEN.nerves], [/Sources:/]]]],
    ['"not sure" twice to an emergency group is treated as yes', [
      ['not sure', [SCREEN.nerves]],
      ['still not sure', [/treat that as a yes/i, EMERGENCY]],
    ]],
    ['"legs are fine, just the back" is a no', [
      ['no', [SCREEN.legs]],
      ['legs are fine, just the back', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
    ]],
    ['"yes" to an urgent group asks which one, then sends to same-day care', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['no', [SCREEN.cancer]],
      ['yes', [/Which of these/i, /Had cancer/, /Lost weight/]],
      ['Had cancer', [URGENT, /history of cancer/i], [EMERGENCY]],
    ]],
    ['a mixed group: "yes" then the emergency item escalates as an emergency', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['yes', [/Which of these/i]],
      ['Fever and very unwell', [EMERGENCY]],
    ]],
    ['not sure which: the most serious reading', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['yes', [/Which of these/i]],
      ['not sure', [EMERGENCY]],
    ]],
    ['"none of them actually" after a yes is a no', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['no', [SCREEN.cancer]],
      ['yes', [/Which of these/i]],
      ['none of them actually', [/take that as a no/i, SCREEN.bones]],
    ]],
    ['pain between the shoulder blades (a screen-only item) sends to same-day care', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['no', [SCREEN.cancer]],
      ['no', [SCREEN.bones]],
      ['yes', [/Which of these/i]],
      ['Between my shoulder blades', [URGENT, /between the shoulder blades/i]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps([...toScreen, ...steps]);
  });
});

describe('the result', () => {
  // Conversations chosen to make the result as long as it gets: warnings,
  // long trigger descriptions, history, every detail known.
  const ENDINGS: Array<[string, string[]]> = [
    ['plain', ['check my symptoms', 'lower back', 'this morning', '4', 'nothing obvious']],
    ['every warning', ['check my symptoms', 'upper back, shooting down my left leg', 'about 2 months ago', '10', 'picked up my little boy from the car seat']],
    ['long trigger and history', ['my lower left back and hip, second time this year, started yesterday evening, 9/10', 'reaching for something on a high shelf and twisting round at the same time']],
    // An unreadable answer is asked once more, then left out (issue 11): two tries per detail.
    ['nothing known', ['check my symptoms', 'banana', 'banana', 'banana', 'banana', 'banana', 'banana', 'banana', 'banana']],
  ];

  test.each(ENDINGS)('%s: the first message is at most 120 words, warning first, then three things, then a details button', async (_name, lines) => {
    const { say } = mainDialogClient();
    let replies: Partial<Activity>[] = [];
    for (const line of lines) replies = await say(line);
    for (let i = 0; i < 8 && !replies.some((r) => /Here's what I heard/.test(r.text ?? '')); i++) replies = await say('no');
    const result = replies.find((r) => /Here's what I heard/.test(r.text ?? ''));
    expect(result).toBeDefined();
    const text = result!.text!;
    expect(wordCount(text)).toBeLessThanOrEqual(MAX_RESULT_WORDS);
    expect(text).toMatch(/Three things to do now:\*\*\n1\. .+\n2\. .+\n3\. /);
    expect(text).toMatch(/Call 911 now if/);
    expect(result!.suggestedActions?.actions.map((a) => a.title)).toContain('Details and sources');
    const details = replyText(await say('Details and sources'));
    expect(details).toMatch(/Sources: .*NICE/);
    expect(details).toMatch(/not a substitute/i);
  });

  test('a warning comes first', async () => {
    const replies = await runSteps([
      ['check my symptoms', [ASK.location]],
      ['upper back', [ASK.onset]],
      ['today', [ASK.severity]],
      ['10', [ASK.trigger]],
      ['lifting', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ...ALL_NO.slice(1),
      ['no', [RESULT]],
    ]);
    expect(replies[replies.length - 1]).toMatch(/^If the pain is unbearable/);
  });
});

describe('every result fits in 120 words', () => {
  const { services } = mainDialogClient();
  const wording = new CheckWording(services);
  const locations: CheckDetails['location'][] = [
    undefined,
    { region: 'lower', side: 'left', radiatesToLeg: false, description: 'lower back (near the hips), left side, not spreading into the leg' },
    { region: 'upper', side: 'both', radiatesToLeg: true, description: 'upper and lower back (around the shoulder blades), both sides, spreading into the legs' },
  ];
  const onsets: CheckDetails['onset'][] = [undefined, { hours: 20, description: 'about 20 hours', words: 'since yesterday evening after the long drive home' }, { hours: 2000, description: 'about 3 months' }];
  const severities: CheckDetails['severity'][] = [undefined, { value: 3, text: '3' }, { value: 10, text: '10' }];
  const triggers: CheckDetails['trigger'][] = [undefined, { trigger: 'twisting', description: 'twisting or reaching (reaching for something on a high shelf and twisting round)' }];
  const histories: CheckDetails['history'][] = [undefined, { words: 'second time this year and the worst one so far' }];
  const cases: CheckDetails[] = [];
  for (const location of locations) for (const onset of onsets) for (const severity of severities) for (const trigger of triggers) for (const history of histories) {
    const d: CheckDetails = {};
    if (location) d.location = location;
    if (onset) d.onset = onset;
    if (severity) d.severity = severity;
    if (trigger) d.trigger = trigger;
    if (history) d.history = history;
    cases.push(d);
  }

  test(`${cases.length} combinations of details, in three locales`, () => {
    for (const locale of ['en-US', 'en-GB', 'xx-YY']) {
      for (const d of cases) {
        const text = wording.resultText(d, locale);
        if (wordCount(text) > MAX_RESULT_WORDS) throw new Error(`${wordCount(text)} words:\n${text}`);
        expect(text).toMatch(/Three things to do now/);
      }
    }
  });
});

import { extractSymptomDetails } from '../src/triage/symptomParser';
import { parseOnset } from '../src/triage/onset';
import { parseSeverity } from '../src/triage/severity';
import { factsToldIn } from '../dialogs/factAsides';
import { NOW, replyText, testContent, wholeBotSay, wholeBotSteps, type Step } from './support/botHarness';
import { saysSaidAgain } from '../src/triage/checkAsides';

// Round 26's acts kinds, in our own wording: a fact about the person told in
// passing during the check (with a thank-you, or beside an answer) is answered
// with what it changes and the check goes on; two pain scores for different
// moments are both said back; the time someone has for the chat is no onset,
// and a clock time before "tonight" is no pain score.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const START = 'could you run the symptom check for me';
const WHERE = /where is the pain/i;
const WHEN = /when did it start/i;
const HOW_BAD = /how bad is it right now/i;
const TRIGGER = /did anything set it off/i;
const PAUSED = /paused the symptom check/i;
const NOT_CAUGHT = /didn't catch/i;

describe('a fact told with a thank-you mid-check is answered, and the check goes on', () => {
  test.each<[string, RegExp]>([
    ["thanks. I'm 77 btw", /over 65/i],
    ['cheers, I take warfarin by the way', /blood thinner/i],
    ["ta, I'm on lisinopril fyi", /blood pressure/i],
  ])('%s', async (said, note) => {
    await botSteps([
      [START, [WHERE]],
      ['right side of my lower back, since friday', [HOW_BAD]],
      [said, [note, HOW_BAD], [PAUSED, NOT_CAUGHT, /you're (very )?welcome/i]],
    ]);
  });
});

describe('a fact beside an answer: both are taken', () => {
  test.each<[string, RegExp, RegExp]>([
    ['about a 4. I have high blood pressure if it matters', /blood pressure/i, TRIGGER],
    ["since wednesday. I'm 80 by the way", /over 65/i, HOW_BAD],
  ])('%s', async (said, note, next) => {
    await botSteps([
      [START, [WHERE]],
      [/^about/.test(said) ? 'lower back since wednesday' : 'lower back', [/^about/.test(said) ? HOW_BAD : WHEN]],
      [said, [note, next], [NOT_CAUGHT, PAUSED]],
    ]);
  });
});

describe('a fact told after the answers is no sign-off', () => {
  test('thanks with a blood thinner named gets what it changes', async () => {
    await botSteps([
      ['is heat or ice better for a spasm', [/heat/i]],
      ["thank you. I'm on apixaban btw", [/blood thinner/i], [/^you're welcome/i]],
    ]);
  });
});

describe('the clauses that tell a fact are split from the rest', () => {
  const reader = testContent().answers.facts;
  test.each<[string, string | undefined, string]>([
    ["cheers. I'm 69 by the way", "I'm 69 by the way", ''],
    ['about 3. I take amlodipine', 'I take amlodipine', 'about 3'],
    ['since monday, nothing else to say', undefined, ''],
  ])('%s', (text, told, rest) => {
    const r = factsToldIn(reader, text, { known: {} });
    expect(r?.told).toBe(told);
    if (r) expect(r.rest).toBe(rest);
  });

  test('a fact known already is not told again', () => {
    expect(factsToldIn(reader, "I'm 69", { known: { age: 69 } })).toBeUndefined();
  });
});

describe('two pain scores for different moments keep both', () => {
  test.each<[string, number, number]>([
    ['2 when I sit still and 6 getting out of the car', 2, 6],
    ['4 lying on my side, about 7 when I cough', 4, 7],
  ])('%s', (text, low, high) => {
    const s = parseSeverity(text);
    expect(s?.value).toBe(high);
    expect(s?.low).toBe(low);
    expect(s?.words).toMatch(new RegExp(`^${low}.*${high}`));
  });

  test.each<[string, number]>([
    ['8 or 9', 9],
    ['a 5 now but it was an 8 last night', 5],
  ])('one score, or one said of now: %s', (text, value) => {
    const s = parseSeverity(text);
    expect(s?.value).toBe(value);
    expect(s?.low).toBeUndefined();
  });

  test('the read-back says both', async () => {
    await botSteps([
      [START, [WHERE]],
      ['lower back since saturday', [HOW_BAD]],
      ['3 standing and 8 bending down', [/trouble peeing|set it off/i]],
      ['skip the rest', [/3 to 8 out of 10/]],
    ]);
  });
});

describe('times that are no onset and no score', () => {
  test.each<[string]>([["I've only got 15 minutes"], ['I have about 10 mins spare']])('time to spare: %s', (text) => {
    expect(parseOnset(text, NOW)).toBeUndefined();
  });

  test('a real onset still reads', () => {
    expect(parseOnset('it started 20 minutes ago', NOW)).toBeDefined();
  });

  test.each<[string]>([['my shift begins at 10 tonight'], ['flight leaves at 6 tomorrow']])('clock time: %s', (text) => {
    expect(extractSymptomDetails(text, NOW, 'en-GB').severity).toBeUndefined();
  });
});

describe('"you said that already" gets a sorry and other topics, not the same answer', () => {
  test.each<[string, string]>([
    ['is a hot water bottle ok on my back', 'you already told me about heat'],
    ['best position to sleep in with a bad back', "you've mentioned pillows before"],
    ['is heat good', 'you are repeating yourself'],
  ])('%s / %s', async (asked, complaint) => {
    const say = wholeBotSay('en-US');
    const first = replyText(await say(asked));
    const second = replyText(await say(complaint));
    expect(second).toMatch(/repeating myself/i);
    // Nothing of the earlier answer's first sentence comes back.
    const opening = first.split(/[.:]/)[0]!.trim();
    expect(second).not.toContain(opening);
  });

  test.each<[string, boolean]>([
    ['you already said that', true],
    ['you mentioned stretching twice', true],
    ['you said heat helps, how long for', false],
    ['my physio already said to keep moving', false],
  ])('%s -> %s', (text, repeated) => {
    expect(saysSaidAgain(text)).toBe(repeated);
  });

  test('long repeated text is read without trouble', () => {
    expect(saysSaidAgain('you told me '.repeat(300))).toBe(false);
  });
});

describe('up again after being stuck, told mid-check: the next steps, then the question again', () => {
  test.each<[string]>([['finally managed to get up, sat in the armchair'], ["ok she's up now, on the sofa"]])('%s', async (said) => {
    await botSteps(
      [
        [START, [WHERE]],
        ['lower back', [WHEN]],
        [said, [/hardest part/i, /heat pack/i, WHEN], [NOT_CAUGHT, PAUSED]],
      ],
      'en-AU',
    );
  });
});

describe('a job told for the person the check is about is their fact', () => {
  test('he drives lorries: what that changes, and the question again', async () => {
    await botSteps([
      ['could you do the symptom check for my husband, his back locked up', [WHERE]],
      ['low down he says', [WHEN]],
      ['he drives lorries, meant to be on the road at 6 tomorrow', [/he drives or uses machinery/i, WHEN], [NOT_CAUGHT]],
    ]);
  });
});

describe('a fact that answers the safety question asked is read as its answer', () => {
  test('steroid tablets at the bones question', async () => {
    await botSteps([
      [START, [WHERE]],
      ['lower back since tuesday, lifting a bag of compost, about a 5', [/trouble peeing/i]],
      ['no', []],
      ['no', []],
      ['no', []],
      ['no', []],
      ['no', [/osteoporosis or take steroid/i]],
      ['I have been on prednisolone for years', [/get seen today/i], [/osteoporosis or take steroid/i, /keep that in mind/i]],
    ]);
  });
});

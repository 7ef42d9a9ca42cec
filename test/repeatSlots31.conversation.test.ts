import type { Activity } from 'botbuilder';
import { extractSymptomDetails } from '../src/triage/symptomParser';
import { NOW, replyText, runSteps, type Step } from './support/botHarness';

// Nothing asked twice: a detail told in any earlier message fills its slot in the
// person's own words, and after an escalation no reply is the one before word for word.

const ASKS_TRIGGER = /Did anything set it off/;
const ASKS_ONSET = /When did it start/;
const ASKS_PLACE = /Where is the pain/;

describe('what set it off, read from the words around an activity', () => {
  test.each<[string, string | undefined, string | undefined]>([
    // [message, trigger kind, words kept]
    ['it came on at home hanging pictures', 'other', 'hanging pictures'],
    ['my back went yesterday at work sorting parcels, about a 6', 'other', 'sorting parcels'],
    ['seized up when I was grouting the tiles and now I can barely stand', 'other', 'grouting the tiles'],
    // "started ... while": the clause tells the start, not what makes it worse.
    ['the pain started yesterday while lifting a crate', 'lifting', undefined],
    ['pain started on sunday when I slipped on the stairs', 'other', 'slipped on the stairs'],
    // What makes it worse, a feeling or a time of day is no trigger.
    ['it only hurts when walking', undefined, undefined],
    ["it's bad when I'm sitting", undefined, undefined],
    ['started feeling stiff this morning', undefined, undefined],
    ['it began during the evening', undefined, undefined],
    ["I wasn't doing anything, it just started throbbing", 'unknown', undefined],
  ])('"%s"', (text, kind, words) => {
    const trigger = extractSymptomDetails(text, NOW, 'en-GB').trigger;
    expect(trigger?.trigger).toBe(kind);
    if (words) expect(trigger?.description).toBe(words);
  });

  test('a long message of repeated words is read quickly and finds nothing', () => {
    expect(extractSymptomDetails('while x '.repeat(300), NOW, 'en-GB').trigger).toBeUndefined();
  });
});

describe('the check does not ask what earlier messages told', () => {
  test.each<[string, string, Step[]]>([
    [
      'the activity in the opening message is the trigger, said back',
      'en-US',
      [
        ['my back spasmed yesterday at work sorting parcels, lower left side', [/./]],
        ['check my symptoms', [/set off by sorting parcels/, /lower back, left side/], [ASKS_TRIGGER, ASKS_ONSET, ASKS_PLACE]],
      ],
    ],
    [
      'a side said with its height is the lower back',
      'en-GB',
      [['please run the check, back spasm, lower right side, since this morning, bending over the sink', [/./], [ASKS_PLACE, ASKS_ONSET, ASKS_TRIGGER]]],
    ],
    [
      '"no idea what caused it" after the pain was told is the trigger answered',
      'en-AU',
      [
        ['my lower back has been sore since last night, left side', [/./]],
        ["honestly no idea what caused it", [/./]],
        ['ok do the check, about a 7', [/no clear trigger/], [ASKS_TRIGGER, ASKS_ONSET, ASKS_PLACE]],
      ],
    ],
    [
      'a question wondering about the cause answers nothing: the check still asks it',
      'en-GB',
      [
        ['my lower back has ached for two days, left side', [/./]],
        ['my saggy old mattress is probably why, should I buy a new one', [/./]],
        ['ok run the check, about a 5', [ASKS_TRIGGER], [/set off by sleeping/]],
      ],
    ],
  ])('%s', async (_name, locale, steps) => {
    await runSteps(steps, locale);
  });
});

describe('after an escalation no reply is the last one again', () => {
  test.each<[string, string, string[]]>([
    // [first message, locale, what the person says next]
    ['I fell down a whole flight of stairs an hour ago and my back is agony', 'en-US', ['can I still go to the gym tomorrow?', 'what about my football match at the weekend?', 'and swimming?']],
    ['I came off my bike on the motorway and my back is really hurting', 'en-GB', ["honestly I'm fine, it's just a bit sore", "I'm fine really, it's only sore", "no, it's fine, just sore"]],
    ["my back's bad and I've had a high temperature and shivers since yesterday", 'en-GB', ["I'd rather not bother the doctor", "I'd really rather not bother anyone", "I just don't want to bother them"]],
  ])('"%s"', async (first, locale, next) => {
    const replies: string[] = [];
    const keep = (_: string, r: Partial<Activity>[]) => replies.push(replyText(r));
    await runSteps([[first, [/call (911|999|112)|seen today/i]], ...next.map((m): Step => [m, [/911|999|112|today|doctor/i]])], locale, keep);
    const after = replies.slice(1);
    expect(new Set(after).size).toBe(after.length);
  });
});

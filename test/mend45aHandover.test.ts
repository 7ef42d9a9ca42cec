import { wholeBotSteps } from './support/botHarness';
import { raisesEach, screen } from './support/screenTables';

// Kinds of missed safety signs from spent set 37 (acts), each mended by a general reading: someone
// else takes over the keyboard and says who they are to the person who wrote so far ("I'm his
// wife"), so that person is now the patient, told of in the third person; a home carer who writes
// "im a carer" or "one of my residents" writes for the person in their care; confusion told with
// "not making much sense". Our own wording.

test.each([
  ['this is his wife now, he is asleep on the sofa and burning up', 'him'],
  ["I'm her husband, she is not herself at all tonight", 'her'],
  ['im a carer, one of my gentlemen (88) tipped out of his chair onto the rug', 'him'],
  ['one of my residents slipped getting off the commode, her back hurts', 'her'],
])('a writer who says who they are to the patient writes for them: %s', (text, pronoun) => {
  expect(screen.helperOf(text)).toBe(pronoun);
});

test('someone else\'s relative named in passing is no helper framing', () => {
  expect(screen.helperOf('my back went while I was lifting the shopping, no other problems')).toBeNull();
});

raisesEach('confusion told with a softener, with a fever', 'emergency', [
  ['temperature of 39 since last night, back aching and I am not making a lot of sense apparently', 'fever_unwell'],
]);

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');

describe('a handover in the middle of a conversation', () => {
  test('a fever told by the writer, then her partner says she is muddled and shaking: call 999 for her', async () => {
    await steps([
      ['my lower back has ached all week and today I have a temperature of 38.7', [/today/i]],
      ["this is her husband, she isn't making much sense now and she's shivering really badly in bed", [/call 999 for her/i]],
    ]);
  });

  test('an older person in a carer\'s care with brittle bones after a small fall: seen today', async () => {
    await steps([
      ['im a carer, one of my ladies (86) slipped down from her armchair onto the carpet, she has brittle bones and her back hurts now', [/get her seen today/i]],
    ]);
  });
});

// A half answer at the symptom check's warning-sign question, the sign's name with not knowing
// what it would feel like, asks what it is: described and asked again (once), never an alarm.
// A half no that leans on not having noticed asks the sign's one question. Pain that eases once
// the person is comfortable is no night pain: it takes a same-day alarm back.
describe('hedged answers and alarms taken back', () => {
  test('the sign named back with "no idea what that would feel like" at its question: described, then a plain no moves on', async () => {
    await wholeBotSteps([
      ['can you run the check on my back', [/where is the pain/i]],
      ['low down in the middle, came on gradually since last week, no idea why', [/how bad/i]],
      ['about a 4', [/numbness between your legs/i]],
      ['tingly saddle region? no idea what that would feel like to be honest, probably not?', [/feel|saddle/i], [/call 911/i]],
      ['no, none of those. peeing is normal', [], [/call 911/i]],
    ]);
  });

  test('"numb down below? not that I have noticed" asks the one question, no alarm', async () => {
    await steps([
      ['numb down below? not that I have noticed really, just a sore lower back', [/just to check/i], [/call 999/i]],
    ]);
  });

  test('pain on turning in bed read as worse at night, then "once I am comfy it settles": the same-day advice is taken back', async () => {
    await steps([
      ['my lower back is worse at night', [/today/i]],
      ["once I'm comfy it's fine though, no fever and my legs are ok", [], [/get seen today|doctor today/i]],
    ]);
  });
});

describe('another person helped', () => {
  test('"and a question of my own" after writing for a parent is the writer asking for themselves', () => {
    expect(screen.helperOf('thanks from him. now can i ask for me, my back is stiff after football')).toBeNull();
  });

  test('a second client framed apart from the first: her night pain is hers, seen today', async () => {
    await wholeBotSteps([
      ['one of my clients hurt his lower back doing deadlifts this morning, heat or ice for him?', [/heat/i]],
      ['another client now, 58, her back pain wakes her every night and nothing eases it whatever position', [/today/i], [/needn't be today/i]],
    ], 'en-AU');
  });
});

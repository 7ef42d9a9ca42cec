import { PATHS } from '../src/paths';
import { checkBandClient } from './support/botHarness';
import { answerKind, readCheckDialogue } from '../src/safety/checkAnswers';
import { combine } from '../src/safety/redFlagScreen';
import { level, quiet, screen } from './support/screenTables';

// Issue 10: a statement of something else at a check question is no yes; a
// whole-message denial and a writer setting their own back apart scope the screen.

const EMERGENCY = /please call 911 now/i;
const SAME_DAY = /please get seen today/i;

describe('an echoed yes ("I am ...", "I have ...") at a check question', () => {
  const d = readCheckDialogue(PATHS.checkDialogue);
  const bladder = screen.question('bladder');
  test('is a yes when bare or about the question', () => {
    expect(answerKind(d, 'I have', bladder)).toBe('yes');
    expect(answerKind(d, 'it does sometimes', bladder)).toBe('yes');
    expect(answerKind(d, "I have, my bladder feels full all the time and nothing comes", bladder)).toBe('yes');
  });
  test('is a statement when it tells something else', () => {
    expect(answerKind(d, "I'm due to fly to Spain next month", bladder)).toBe('statement');
    expect(answerKind(d, 'I am taking amlodipine for blood pressure', screen.question('steroids_osteoporosis'))).toBe('statement');
  });
});

describe('a statement of something else at a check question is answered, never a yes', () => {
  const ODD = 'my back is worse when I bend and it wakes me';
  test('an emergency question is asked again, and a no then carries on', async () => {
    await checkBandClient({ [ODD]: 'bladder' })([
      [ODD, [/just to check/i]],
      ['I am breastfeeding my little one by the way', [/one thing I still need to know|clear answer/i], [EMERGENCY]],
      ['no', [/good to hear/i], [EMERGENCY]],
    ]);
  });
  test('an urgent question too', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['I am on a statin as well', [/one thing I still need to know|clear answer/i], [SAME_DAY]],
    ]);
  });
});

describe('an unsure reading of a message that only asks a question', () => {
  const Q = 'and how do I manage the stairs when I need the loo in the night?';
  test('answers the question instead of asking the check question', async () => {
    await checkBandClient({ [Q]: 'bladder' })([[Q, [/./], [/just to check/i, EMERGENCY]]]);
  });
  test('a statement with it is still asked about', async () => {
    const S = 'I keep needing to go in the night and it is different. what should I do?';
    await checkBandClient({ [S]: 'bladder' })([[S, [/just to check/i], [EMERGENCY]]]);
  });
});

describe('a whole-message denial scopes the learned stage and other people', () => {
  test('the learned stage alone never escalates past a denial of every sign', () => {
    const t = { flag: 0.8, check: 0.6 };
    const reading = { flag: 'fever', probability: 0.95, worry: 0, anchored: true };
    const levelOf = (f: string) => (f === 'fever' ? 'urgent' : 'emergency') as 'urgent' | 'emergency';
    expect(combine(null, reading, t, levelOf, [], [], true)).toBeNull();
    expect(combine(null, { ...reading, flag: 'bladder' }, t, levelOf, [], [], true)).toEqual({ level: 'check', flags: ['bladder'] });
  });
  test("a relative's signs told by a writer who has none are not the writer's", () => {
    expect(level('My sister lost the feeling in both legs after her disc went last year. I have none of those signs, my back just aches from gardening.')).toBe('none');
    expect(level('My uncle had bowel cancer. Nothing else going on with me, just a stiff back from the gym.')).not.toBe('emergency');
  });
  test('a writer who says they are the one asking is not writing for the other person', () => {
    expect(level("My brother-in-law can't feel his legs since his fall, he's in hospital now. I'm the one asking though, my back is just tight.")).toBe('none');
  });
  test('the writer\'s own sign still counts after a denial of the rest', () => {
    expect(level("I can't feel anything when I wipe since yesterday, nothing else going on")).toBe('emergency');
    expect(level('I have had no feeling in my bum since this morning and none of the other signs')).toBe('emergency');
    expect(level('I have a temperature of 39 and the shivers, otherwise I feel fine')).not.toBe('none');
  });
});

describe('ordinary senses and general questions are not the writer\'s signs', () => {
  quiet([
    "The kitchen chair's legs snapped when I leant back on it and I landed on the floor, back is sore now",
    'my toes go numb in the freezing snow when I walk the dog, and my back is stiff',
    "my daughter's a cancer, star sign wise, and she says that's why I worry. back is tight",
    'Is a stabbing pain under the ribs always a kidney stone? just wondering',
  ]);
  test('the same words told of the writer still count', () => {
    expect(level('my legs gave way twice on the stairs this morning')).toBe('emergency');
    expect(level('getting out of bed my legs gave way under me')).toBe('emergency');
    expect(level("I can't feel my feet at all since this morning")).toBe('emergency');
  });
});

describe('the past told as recovered, and a "would I notice?" question', () => {
  test('a sign in the writer\'s twenties that recovered fully is history', () => {
    expect(level('In my thirties a slipped disc gave me a dragging foot, it recovered completely with physio. Now my back is just stiff from gardening.')).toBe('none');
  });
  test('"would I even notice ...?" is a question about a sign, not a report of it', () => {
    expect(level("I have none of those warning signs, but would I even notice if I stopped being able to pee while I slept?")).not.toBe('emergency');
  });
  test('the sign now still counts', () => {
    expect(level('In my twenties I had a dragging foot, and since Monday my foot is dragging again')).toBe('emergency');
    expect(level('would I know if it was serious? I cannot pee at all since this morning')).toBe('emergency');
  });
});

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

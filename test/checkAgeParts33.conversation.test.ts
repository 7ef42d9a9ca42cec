import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { RedFlagScreen } from '../src/safety/redFlagScreen';
import { wholeBotText } from './support/botHarness';

// Issue 11, a check that listens: the question on a first bout of back pain over 50
// asks only what was not told, and hears a cause or a recurrence as its answer.
// Phrasings in this file's own words.

const SEEN_TODAY = /get (him |her |them )?seen today|urgent appointment/i;
const AGE_ASKED = /over about 50/i;
const CHECK_QUESTION = /Just to check:/;

async function play(locale: string, messages: string[]): Promise<string[]> {
  const say = wholeBotText(locale);
  const replies: string[] = [];
  for (const m of messages) replies.push(await say(m));
  return replies;
}

describe('the age told for a relative, without "asking for"', () => {
  test.each([
    ['en-GB', 'my grandad is 77 and his back has been aching since Sunday, he has never had back trouble before and did nothing to it'],
    ['en-IN', 'my father-in-law is 69, first time ever his back has hurt, no reason for it, can he use balm'],
  ])('%s "%s": a doctor today, nothing asked again', async (locale, message) => {
    const [reply] = await play(locale, [message]);
    expect(reply).toMatch(SEEN_TODAY);
    expect(reply).not.toMatch(AGE_ASKED);
  });
});

describe('the age told: only the rest is asked, and the answer is heard', () => {
  // Merged with redflag33: a relative's age is read as the writer's own would be ("I am 74 and my lower
  // back has hurt since Friday" is raised when the learned stage is sure of a first bout), so the two agree.
  test('a relative\'s age told without "writing for" is read as the writer\'s own age would be', async () => {
    const [theirs] = await play('en-GB', ['my mum is 74 and her lower back has hurt since Friday']);
    const [own] = await play('en-GB', ['I am 74 and my lower back has hurt since Friday']);
    expect(SEEN_TODAY.test(theirs!)).toBe(SEEN_TODAY.test(own!));
    expect(theirs).not.toMatch(AGE_ASKED);
  });

  const opening = 'writing for my aunt, she is 68 and her lower back has hurt since the weekend';

  test('the question leaves the age out and speaks of her', async () => {
    const [first] = await play('en-GB', [opening]);
    expect(first).toMatch(CHECK_QUESTION);
    expect(first).not.toMatch(AGE_ASKED);
    expect(first).toMatch(/first time she has ever had back pain/);
  });

  test.each([
    // [answer, what the reply must say]
    ['she has had bad backs on and off for years', /good to hear/i],
    ['it goes out like this every winter for her', /good to hear/i],
    ['it came on while she was digging the vegetable patch', /told me what started it/i],
  ])('"%s" is a no: no alarm, no question again', async (answer, said) => {
    const [, reply] = await play('en-GB', [opening, answer]);
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(SEEN_TODAY);
    expect(reply).not.toMatch(CHECK_QUESTION);
  });

  test('"yes, never had one before" is a yes: a doctor today', async () => {
    const [, reply] = await play('en-GB', [opening, 'yes, never had one before and nothing set it off']);
    expect(reply).toMatch(SEEN_TODAY);
  });

  test('asked again after an aside, still of her and still without the age', async () => {
    const [, reply] = await play('en-GB', [opening, 'thanks. what sort of chair is best for her?']);
    expect(reply).toMatch(/first time she has ever had back pain/);
    expect(reply).not.toMatch(/are you|have you/i);
  });
});

describe('a recurrence told by how often it comes', () => {
  const screen = RedFlagScreen.fromDirectory(PATHS.safety, TextNormalizer.fromDirectory(PATHS.lexicon));
  const recurs = (text: string) => screen.toldNow(text, false).present.includes('recurrent_back_pain');
  test.each([
    ['my back seizes up every spring', true],
    ['this happens every year when I do the garden', true],
    ['I get it a couple of times a year', true],
    // an activity done every year is no back pain that comes back
    ['I go skiing every winter and this is my first ever bad back', false],
    ['every year I visit my sister', false],
  ])('"%s" -> %s', (text, expected) => {
    expect(recurs(text)).toBe(expected);
  });
});

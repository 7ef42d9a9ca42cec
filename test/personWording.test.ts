import { PersonWording } from '../src/content/personWording';
import { PATHS } from '../src/paths';
import { testContent, wholeBotText } from './support/botHarness';

// Someone writing for the person in pain: the replies that speak of the patient say her, him or
// them (knowledge/language/person-words.yaml), while the words to the writer stay "you".
// Phrasings our own.

const wording = PersonWording.fromFile(PATHS.personWords);

describe('a sentence said of the person in pain', () => {
  test.each([
    ['Just to check: are you over about 50, and is this the first time you have had back pain?', 'her', 'Just to check: is she over about 50, and is this the first time she has had back pain?'],
    ['Do you have pain in both legs?', 'him', 'Does he have pain in both legs?'],
    ['Does your foot drag when you walk, or do your legs give way?', 'her', 'Does her foot drag when she walks, or do her legs give way?'],
    ['Is it the same however you lie or rest?', 'them', 'Is it the same however they lie or rest?'],
    ["If you're over 65, ask before taking it.", 'him', "If he's over 65, ask before taking it."],
    ['Have you lost weight without trying?', 'them', 'Have they lost weight without trying?'],
    ['A warm pack is fine if you wrap it in a cloth and you check your skin after.', 'her', 'A warm pack is fine if she wraps it in a cloth and she checks her skin after.'],
    ['It helps as long as you keep it short.', 'him', 'It helps as long as he keeps it short.'],
  ] as const)('%s (%s)', (text, pronoun, said) => {
    expect(wording.aboutThem(text, pronoun)).toBe(said);
  });

  test.each([
    ["You're welcome. I hope your back eases soon.", 'her', "You're welcome. I hope her back eases soon."],
    ['So that I give you the right advice: have you had a fever?', 'him', 'So that I give you the right advice: has he had a fever?'],
    ["Take care of yourself, and call if you get weak legs. I'm still here if you have questions.", 'her', "Take care of yourself, and call if she gets weak legs. I'm still here if you have questions."],
  ] as const)('the words to the writer stay: %s', (text, pronoun, said) => {
    expect(wording.aboutThem(text, pronoun)).toBe(said);
  });

  test('the writer\'s own replies are untouched, and long text is worded whole', () => {
    const long = 'you are you have your you '.repeat(400);
    // No clock here: how fast long text is read is measured by `npm run bench` (its long-message turn).
    expect(wording.aboutThem(long, 'her')).not.toMatch(/\byou(r)?\b/);
  });
});

describe('in conversation, for someone else', () => {
  beforeAll(() => testContent());

  test.each([
    ['I am messaging for my grandfather, he is 80 and his back seized up this morning', 'thank you so much', /his back|if he gets/i],
    ['doing this on behalf of my auntie, her lower back has been bad since sunday', 'ok thanks', /her back|if she gets/i],
  ])('the close speaks of them: "%s" then "%s"', async (first, thanks, ofThem) => {
    const say = wholeBotText('en-GB');
    await say(first);
    const close = await say(thanks);
    expect(close).toMatch(ofThem);
    expect(close).not.toMatch(/your back|if you get numbness|between your legs/i);
  });

  test('the writer\'s own close still says "your back"', async () => {
    const say = wholeBotText('en-GB');
    await say('my lower back has been stiff since I dug the garden, is heat any good?');
    expect(await say('thanks, that helps')).toMatch(/your back/i);
  });

  test('an urgent reason and its safety net for someone else speak of them', async () => {
    const reply = await wholeBotText('en-GB')('writing for my mother, she is 74 and her back began hurting two weeks ago out of the blue, never had it before');
    if (/seen today/i.test(reply)) expect(reply).not.toMatch(/if you get numbness between your legs/i);
    expect(reply).not.toMatch(/are you over about 50/i);
  });
});

describe('advice passed on by a friend is no one else to speak of', () => {
  test('the close still hopes the writer\'s back eases', async () => {
    const say = wholeBotText('en-GB');
    await say('put my back out carrying paving slabs, my pal reckons i should lie flat for a week, is he right?');
    expect(await say('nice one, thanks')).not.toMatch(/their back|if they get|his back/i);
  });

  test('a relative\'s word passed on, then the writer\'s own back: the close is the writer\'s', async () => {
    const say = wholeBotText('en-GB');
    await say('is this private? my son reckons these apps share what you type');
    await say('ok. my lower back has ached on and off for years and went again on monday, is ice better than heat?');
    expect(await say('lovely, thank you')).not.toMatch(/her back|his back|their back/i);
  });
});

/**
 * Privacy questions and deletion requests put in everyday shapes (mend43a, our own wording): what the bot
 * keeps "about me", a condition before the question ("if I tell you X, that stays here?"), and the
 * passive ask ("make sure what I wrote is deleted"). Back questions with the same words stay out.
 */
import { DeleteRequestMatcher, PrivacyQuestionMatcher } from '../src/bot/privacyRequests';

const { matcher } = DeleteRequestMatcher.fromFile();
const questions = PrivacyQuestionMatcher.fromFile();

describe('what is kept about the person, asked in everyday shapes', () => {
  test.each([
    'ok, so what exactly do you keep about me?',
    'do you store anything on me?',
    'if I tell you about my antidepressants, that is not going anywhere, right?',
    'and if I mentioned my diagnosis, does that go any further?',
  ])('"%s" is a privacy question', (text) => {
    expect(questions.matches(text)).toBe(true);
  });

  test.each([
    'if I keep walking, will the pain go anywhere?',
    'what do you think about me using a heat pad all day?',
    'should I keep the ice on me for 20 minutes?',
  ])('"%s" is not', (text) => {
    expect(questions.matches(text)).toBe(false);
  });
});

describe('a passive ask to delete what they wrote', () => {
  test.each([
    'can you make sure everything I wrote is deleted once we are finished',
    'please make sure what I typed is deleted at the end',
  ])('"%s" is a request', (text) => {
    expect(matcher.matches(text)).toBe(true);
  });

  test.each([
    'make sure the heat pack is not too hot',
    'is it ok to do stretches at the end of the day?',
    'delete what I said about my knee',
  ])('"%s" is not', (text) => {
    expect(matcher.matches(text)).toBe(false);
  });
});

import { ActClassifier } from '../src/nlu/actClassifier';
import { IntentClassifier } from '../src/nlu/intentClassifier';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { wholeBotSteps, type Step } from './support/botHarness';

// Two act kinds, in our own wording. "Cancel" as an act means stopping what the
// bot is doing (issue 11); asking whether to call off one's own plans is a
// question about activity and gets the travel or activity advice. And thanks
// said in a language of a locale the bot serves (South Africa, India, Ireland)
// is a thank-you, not an unknown message.

const acts = ActClassifier.load();
const intents = IntentClassifier.load(PATHS.model, TextNormalizer.fromDirectory(PATHS.lexicon));
const NOTHING_TO_CANCEL = /nothing to cancel/i;
const NO_ANSWER = /don't have an answer/i;

describe('a question about calling off your own plans is no cancel act', () => {
  test.each<[string]>([
    ['do you reckon i should cancel my holiday'],
    ['should i call off the trip next week'],
    ['would it be sensible to postpone my flight'],
    ['is it worth cancelling the hike on saturday'],
  ])('%s', (text) => {
    expect(acts.classify(text).act).not.toBe('cancel');
  });

  test.each<[string]>([['cancel'], ['cancel that please'], ['stop the check'], ['never mind, forget it']])(
    'a stop request still is: %s',
    (text) => {
      expect(acts.classify(text).act).toBe('cancel');
    },
  );
});

describe('after travel advice, "should I cancel?" gets the travel answer', () => {
  test.each<[string, string]>([
    ['any advice for a long train journey tomorrow with my back', 'do you think i should cancel it'],
    ['flying to see my sister on friday, back is in spasm', 'would you call off the trip'],
  ])('%s / %s', async (first, then) => {
    const steps: Step[] = [
      [first, [/travel|aisle|walk/i]],
      [then, [/can travel|walk the aisle|aisle seat/i], [NOTHING_TO_CANCEL, NO_ANSWER]],
    ];
    await wholeBotSteps(steps, 'en-US');
  });
});

describe('thanks in the languages of the locales served', () => {
  test.each<[string, string]>([
    ['baie dankie', 'en-ZA'],
    ['ok dankie', 'en-ZA'],
    ['shukriya', 'en-IN'],
    ['dhanyavad', 'en-IN'],
    ['go raibh maith agat', 'en-IE'],
  ])('%s (%s)', async (said, locale) => {
    expect(intents.classify(said).intent).toBe('thanks');
    expect(acts.classify(said).act).toBe('thanks_ok');
    await wholeBotSteps([
      ['is heat good for a back spasm', [/heat/i]],
      [said, [/welcome/i], [NO_ANSWER]],
    ], locale);
  });
});

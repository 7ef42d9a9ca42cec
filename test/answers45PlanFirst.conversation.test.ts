import { runSteps, testContent, type Step } from './support/botHarness';
import { fill } from '../src/content/responses';
import { FIRST_MESSAGE_WORDS } from '../src/knowledge/answerComposer';
import { wordCount } from '../src/knowledge/answerText';
import { situationLead } from '../src/knowledge/situationLead';

// Round 45, answers. The answer's first message says what the person needs for their own situation:
// a question about when to go to a doctor always carries the threshold (a few weeks, worse, coping),
// and "when should we worry" names the signs that need an emergency call in the answer itself, not
// only in the closing safety net. Wordings are this file's own.

const THRESHOLD = /(no better|isn't better) (after|in) a few weeks/;

describe('a when-to-go or when-to-worry question gets the signs and the threshold in its first message', () => {
  test.each<[string, Step[], string?]>([
    ['a doctor asked about if it drags on', [
      ['hurt my lower back reaching for a box', [/./]],
      ['suppose it is still bad in ten days, do I book the doctor then?', [THRESHOLD]],
    ], 'en-GB'],
    ['no appointment for weeks', [
      ['I cannot get a GP appointment for my back for two weeks', [THRESHOLD], [/there's no need/]],
    ], 'en-GB'],
    ['worry asked for someone else', [
      ['my sister has a back spasm', [/./]],
      ['so at what point do we start worrying', [/nothing to worry about/, /Call 111 only for numbness between/]],
    ], 'en-NZ'],
    ['worry asked for oneself', [
      ['what should make me worried about my back', [/Call 911 only for numbness between your legs/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A pain report with a question no passage answers gets the general first steps; when the message tells what the
// person's work asks of their back, that demand's line opens them (knowledge/work-demands.yaml).
describe('the general first steps start with the work the person told', () => {
  const GENERAL = /keep moving gently/;
  test.each<[string, string, RegExp | undefined]>([
    ["lower back's gone, like a knife when i lean over. i'm a housekeeper, making beds is murder", 'en-GB', /As you're bent over at work/],
    ['barber here standing 10 hrs, back is spasming. any tips to get through today', 'en-US', /As you stand at work|As you're bent over/],
    ["my back's gone, i'm a warehouse picker lifting boxes all day, help", 'en-AU', /As your work is heavy/],
    ["my back's gone, like a knife when i lean over, help", 'en-GB', undefined],
  ])('%s', async (text, locale, lead) => {
    const steps: Step[] = lead ? [[text, [new RegExp(`^${lead.source}`), GENERAL]]] : [[text, [GENERAL], [/^As you/]]];
    await runSteps(steps, locale);
  });

  test('every demand line fits the first message with the steps, the sources and the safety net', () => {
    const { answers, responses } = testContent();
    const net = answers.wording.safetyNet;
    const lines = ['on my feet all day', 'i sit all day', 'heavy lifting all day', 'self employed', 'i work night shifts', 'i work at a desk']
      .map((t) => situationLead(answers.facts, { text: t }, { known: {} }).lead);
    expect(lines.filter(Boolean).length).toBeGreaterThan(3);
    for (const lead of lines.filter((l): l is string => Boolean(l))) {
      expect(wordCount(fill(responses.questionFirst.withLead, { lead })) + wordCount(net)).toBeLessThanOrEqual(FIRST_MESSAGE_WORDS);
    }
  });
});

// A game ahead asked as "go or sit it out" asks about the game: "sit it out" is no question about sitting.
describe('a league game ahead is the game asked about', () => {
  test.each<[string, string]>([
    ['sore back since monday and my rec league soccer is friday, go or sit it out?', 'en-US'],
    ['back spasm, beer league game on saturday, should I still play?', 'en-CA'],
  ])('%s', async (text, locale) => {
    await runSteps([[text, [/\b(game|match)\b/], [/sit for long spells/]]], locale);
  });
});

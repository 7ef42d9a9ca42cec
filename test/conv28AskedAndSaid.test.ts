import { join } from 'node:path';
import { answerWords } from '../src/knowledge/answerText';
import { QuestionFocus } from '../src/knowledge/questionFocus';
import type { Passage } from '../src/knowledge/passages';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { Language } from '../src/language';
import { runSteps, type Step } from './support/botHarness';

// What a question asks of its subject ("how long", "how often") is answered, or said plainly to be beyond what the answers say.
describe('the answer speaks to what was asked of it', () => {
  test.each<[string, Step[], string?]>([
    ['a bare "how long" after a sedating medicine answer: how long it lasts, not how long the pain lasts', [
      ['my doctor prescribed muscle relaxants, can I drive to work on them?', [/drows/i]],
      ['how long after a tablet then', [/leaflet|pharmacist/], [/much better within a few weeks/, /15 to 20 minutes/]],
    ], 'en-GB'],
    ['how long the pain lasts, asked after several painkiller answers: its course, not another caution', [
      ['I take amlodipine for my blood pressure, can I have ibuprofen for my back?', [/blood pressure/]],
      ['ok, and paracetamol instead?', [/[Pp]aracetamol/]],
      ['would a cream be any good, the pharmacy has voltarol', [/gel/i]],
      ['cheers. how long till it settles down would you say', [/few weeks/], [/NSAIDs/]],
    ], 'en-GB'],
    ['"how often" that no answer says for the treatment in context: said plainly, then the nearest answer, not another topic', [
      ['is massage any good for a back spasm?', [/guidelines differ/]],
      ['how often should I go', [/^I can't say how often/, /guidelines differ/], [/How often should I stretch/]],
    ], 'en-GB'],
    ['"how long" that an answer does say is answered as before, with nothing said plainly', [
      ['should I use heat or ice on my back?', [/better evidence/]],
      ['how long for?', [/15 to 20 minutes/], [/can't give you a time/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A warning or sentence said earlier on a topic is not said again; what the answer has not said yet is.
describe('nothing said twice', () => {
  test.each<[string, Step[], string?]>([
    ['the diabetes warning once, then how often', [
      ['I have type 1 diabetes. Should I put heat or cold on my back?', [/numb skin/]],
      ['how many times a day is ok', [/15 to 20 minutes/, /through the day/], [/never put heat on numb skin: you may not feel/]],
    ], 'en-US'],
    ['the pregnancy heat warning once, then the bath', [
      ["I'm 28 weeks pregnant, is a heat pack ok for my back?", [/warm/]],
      ['what about a hot bath instead', [/./]],
      ['how long can I stay in', [/15 to 20 minutes/], [/As you're pregnant: warm, not hot/]],
    ], 'en-AU'],
    ['a warning said on one topic leads an answer on another topic again', [
      ["I'm 19 weeks pregnant and my back has seized up", []],
      ['can I keep going to my pilates class?', [/avoid lying flat on your back/]],
      ['what sort of mattress helps?', [/^As you're pregnant: from about 16 weeks/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('QuestionFocus', () => {
  const words = answerWords(new TextNormalizer(Language.fromDirectory()));
  const focus = QuestionFocus.fromFile(join(__dirname, '..', 'knowledge', 'language', 'question-focus.yaml'), words);
  const passage = (answer: string): Passage => ({ id: answer, topic: 't', question: 'q', examples: [], answer, tags: [], next: [], sources: [], evidence: 'expert-opinion', file: 'f' });
  test.each<[string, string | undefined]>([
    ['how long should I keep it on', 'duration'],
    ['how often can I take them', 'frequency'],
    ['can I take them together', undefined],
  ])('%s asks %s', (text, id) => {
    expect(focus.of(words(text))?.id).toBe(id);
  });
  test.each<[string, string, boolean]>([
    ['how long will it take', 'Most people are much better within a few weeks.', true],
    ['how long will it take', 'Ask a pharmacist before ibuprofen.', false],
    ['how often can I use it', 'You can repeat it through the day, as often as it helps.', true],
    ['how often can I use it', 'Wrap it in a towel.', false],
  ])('%s answered by "%s": %s', (question, answer, expected) => {
    const asked = focus.of(words(question))!;
    expect(focus.addresses(asked, passage(answer))).toBe(expected);
  });
});

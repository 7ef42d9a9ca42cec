import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { answerWords } from '../src/knowledge/answerText';
import { NamedSubjects } from '../src/knowledge/namedSubject';
import { FIRST_MESSAGE_WORDS } from '../src/knowledge/answerComposer';
import { wordCount } from '../src/knowledge/answerText';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { Language } from '../src/language';
import { runSteps, type Step } from './support/botHarness';

// Issue 12 (round 30): a reply must not silently answer the nearest passage while ignoring the thing the person named,
// or the second of two questions. Our own phrasings.

const words = answerWords(new TextNormalizer(Language.fromDirectory()));
const subjects = NamedSubjects.fromFile(join(__dirname, '..', 'knowledge', 'language', 'named-subject.yaml'), words);

describe('NamedSubjects: the thing a question asks about', () => {
  test.each<[string, string[]]>([
    ['would a gel ice pack be any use?', ['a gel ice pack']],
    ['what about an acupressure mat for the spasm', ['an acupressure mat']],
    ['so does a lumbar roll help when sitting?', ['a lumbar roll']],
    ['should I try a magnesium spray or epsom salts?', ['a magnesium spray', 'epsom salts']],
    ['acupressure mat any good?', ['acupressure mat']],
    // Advice passed on: each thing of its list.
    ['my gran keeps saying total rest in bed and a hot camphor oil rub, is she right?', ['total rest', 'a hot camphor oil rub']],
    // "and" in a question may go on to another doing, not another thing.
    ['should I get a fit note and rest up?', ['a fit note']],
    // Told, not asked: no thing.
    ['my back is wrecked today', []],
    ['she is sobbing on the sofa', []],
    ['is it normal to feel shaky', []],
    ['acupressure mat arrived today.', []],
    // A measure is no thing.
    ['would 20 minutes be enough?', []],
    // A hedge or degree before a verdict is no thing.
    ['dunno. perhaps better in the morning?', []],
    ['a bit worse when i sit?', []],
    // A checklist's "Q:" label is no part of the thing.
    ['Q: foam roller ok? A: dunno', ['foam roller']],
    ['Q: any numbness? A: none', []],
    // Laughter ends the thing: "my brother says heat haha" names heat.
    ['my brother keeps saying a hot bath haha', ['a hot bath']],
  ])('%s', (text, things) => {
    expect(subjects.of(text).map((t) => t.text)).toEqual(things);
  });

  test('a long run of one question reads its first thing only', () => {
    // No clock here: how fast long text is read is measured by `npm run bench` (its long-message turn).
    expect(subjects.of('is a roller ok or the mat or '.repeat(200)).map((t) => t.text)).toEqual(['a roller']);
  });
});

const UNKNOWN = /I don't have reviewed advice on/;

describe('a named thing no reviewed answer speaks of is said plainly, in the person\'s words', () => {
  test.each<[string, Step[], string?]>([
    ['a remedy with no content: named, then the nearest answer in general', [
      ['is an acupressure mat any good for back spasms?', [/^I don't have reviewed advice on an acupressure mat as such; here is what applies in general\./]],
    ], 'en-GB'],
    ['advice passed on, the half with no content named, the other half answered', [
      ['my gran keeps saying total rest in bed and a hot camphor oil rub, is she right?', [/^I don't have reviewed advice on a hot camphor oil rub as such/, /bed/]],
    ], 'en-GB'],
    ['a gadget with no content, plural', [
      ['are acupressure mats worth it for back spasms?', [/^I don't have reviewed advice on acupressure mats as such/]],
    ]],
    // Content exists: answered as before, nothing said plainly.
    ['a thing an answer speaks of', [['is a TENS machine worth trying for my back?', [/TENS/], [UNKNOWN]]], 'en-GB'],
    ['a mattress, compared', [['would a softer mattress be better for my back?', [/mattress/], [UNKNOWN]]]],
    // Medicines have readers of their own: never named this way.
    ['a medicine', [['is naproxen ok for a back spasm?', [/./], [UNKNOWN]]]],
    // An everyday activity is answered by its own answer.
    ['an activity', [['can I still go bouldering this weekend?', [/./], [UNKNOWN]]], 'en-AU'],
    // Told, not asked.
    ['a story with no question', [['my back is wrecked after the removal job', [/./], [UNKNOWN]]], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

function firstMessageWords(text: string): number {
  return wordCount(text.split('\n').filter((l) => !l.startsWith('[') && !l.startsWith('{')).join(' '));
}

describe('two questions in one message: each answered briefly, with both sources, within the limit', () => {
  test.each<[string, string, RegExp[], RegExp, string?]>([
    // en-GB: the driving answer's source (UK drug-driving law) is cited to people in the UK only
    ['rest and driving', 'should I lie down all day, and am I ok to drive?', [/moving/i, /drive/i], /_Sources: .*\[2\]/, 'en-GB'],
    ['heat and work', 'is heat or cold better for this, and can I go in to work tomorrow?', [/[Hh]eat/, /work/], /_Sources: .*\[2\]/, 'en-GB'],
    // Both cite the same source: it is listed once.
    ['sleeping and seeing a doctor, the first asked answered first', 'what position should I sleep in? and when do I need to see a doctor?', [/side[\s\S]*better on their own/], /_Sources: NHS \[1\] ·/],
  ])('%s', async (_name, text, mustMatch, sources, locale = 'en-US') => {
    let first: Partial<Activity> | undefined;
    await runSteps([[text, mustMatch]], locale, (_s, replies) => {
      first = replies[0];
    });
    const body = first?.text ?? '';
    expect(firstMessageWords(body)).toBeLessThanOrEqual(FIRST_MESSAGE_WORDS);
    // Both answers' sources, numbered in one line.
    expect(body).toMatch(sources);
  });

  test('a second clause that only asks about the first ("is that bad?") adds nothing', async () => {
    const [reply] = await runSteps([['I sit at a desk ten hours a day, is that bad?', [/./]]], 'en-GB');
    expect(reply).not.toMatch(/Serious causes are rare/);
  });
});

import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { AskFocus } from '../src/knowledge/askFocus';
import { FIRST_MESSAGE_WORDS } from '../src/knowledge/answerComposer';
import { answerWords, wordCount } from '../src/knowledge/answerText';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { Language } from '../src/language';
import { runSteps, type Step } from './support/botHarness';

// Issue 12 (round 33): an ask about doing something no reviewed answer names is said so plainly, in the person's words,
// with the general activity principle, never the nearest unrelated passage; an ask the answers do cover keeps its answer.
// Our own phrasings.

const words = answerWords(new TextNormalizer(Language.fromDirectory()));
const focus = AskFocus.fromFile(join(__dirname, '..', 'knowledge', 'language', 'named-subject.yaml'), words)!;

describe('AskFocus: what an ask about doing something is about', () => {
  test.each<[string, string | undefined]>([
    ['can I wallpaper the spare room?', 'wallpaper the spare room'],
    ['will hoovering the stairs make it worse', 'hoovering the stairs'],
    ['so is it ok to sand the decking this weekend?', 'sand the decking'],
    ['would hanging off a climbing frame help', 'hanging off a climbing frame'],
    // Asks no doing of its own.
    ['is it normal to ache like this?', undefined],
    ['will it get better', undefined],
    ['would that help?', undefined],
    // Going on with what was said before: that is what is asked about.
    ['I do pilates every morning, is it safe to continue?', undefined],
    ['should I carry on?', undefined],
    ['should i skip five-a-side tmrw', undefined],
    ['my back hurts when I cough', undefined],
    // A story, not a name.
    ['can I carry the shopping up three flights of stairs to the flat every single day', undefined],
  ])('%s', (text, thing) => {
    expect(focus.of(text)?.text).toBe(thing);
  });

  test('a long run of words gives a short focus, or none without a question', () => {
    // No clock here: how fast long text is read is measured by `npm run bench` (its long-message turn).
    expect(focus.of('can i x y '.repeat(200))?.words.length).toBeLessThanOrEqual(3);
    expect(focus.of('x y '.repeat(200))).toBeUndefined();
  });
});

const PLAINLY = /I don't have specific advice on/;
const PRINCIPLE = /In general, carrying on with your normal activities/;

describe('a doing no reviewed answer names: said plainly, then the general principle', () => {
  test.each<[string, Step[], string?]>([
    ['a chore, first message about the back', [
      ['back spasm since yesterday. can I wallpaper the spare room?', [/^I don't have specific advice on "wallpaper the spare room" as such\./, PRINCIPLE]],
    ], 'en-GB'],
    ['a chore after an answer', [
      ['my lower back has seized up', [/./]],
      ['is it ok to sand the decking this weekend?', [/"sand the decking"/, PRINCIPLE], [/sex/i]],
    ], 'en-AU'],
    ['an errand', [
      ['lower back spasm, can I still sing in the choir tonight?', [/"sing in the choir"/, PRINCIPLE]],
    ]],
    // An everyday activity named outside the activity frames gets that activity's own answer.
    ['an activity named after "does"', [
      ['my back went this morning', [/./]],
      ['does carrying my work rucksack make it worse', [/lift and carry/i], [PLAINLY]],
    ], 'en-GB'],
    // Named by its doing, not by a word inside it ("WORK rucksack"): not the work answer.
    ['a doing with an activity word inside', [
      ['my back went this morning', [/./]],
      ['does lugging my work rucksack make it worse', [/"lugging my work rucksack"/, PRINCIPLE], [/staying at or going back to work/]],
    ], 'en-GB'],
    // A second doing none names: said plainly again, the principle briefly.
    ['two chores in turn', [
      ['my lower back has seized up', [/./]],
      ['can I grout the bathroom tiles?', [/"grout the bathroom tiles"/, PRINCIPLE]],
      ['is it ok to sand the decking this weekend?', [/^I don't have specific advice on "sand the decking" as such\. To recap from earlier: In general/]],
    ], 'en-GB'],
    // Another part of the ask the answer covers ("or heat"), or doing it with what was said before ("with it"): as before.
    ['a choice whose other half is covered', [['my back seized up digging this morning. should I put frost on it or heat', [/[Hh]eat/], [PLAINLY]]], 'en-GB'],
    ['doing it with the medicine just named', [
      ['I\'m on co-codamol for it', [/./]],
      ['can i have a glass of wine with it, it\'s a party saturday', [/alcohol/i], [PLAINLY]],
    ], 'en-GB'],
    // Covered asks keep their passage: nothing said plainly.
    ['heat, covered', [['back spasm, can I use a hot water bottle?', [/heat|hot water bottle/i], [PLAINLY]]], 'en-GB'],
    ['a physio, covered', [['my back is in spasm, should I see a physio?', [/physio/i], [PLAINLY]]], 'en-GB'],
    ['a known activity', [['back spasm. can I still drive to work tomorrow?', [/drive/i], [PLAINLY]]]],
    ['sleep, covered', [['lower back spasm, what is the best position to sleep in?', [/side/i], [PLAINLY]]]],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });

  test('the plain sentence and the principle fit the first message', async () => {
    let first: Partial<Activity> | undefined;
    await runSteps([['back spasm since yesterday. can I wallpaper the spare room?', [PLAINLY]]], 'en-GB', (_s, replies) => {
      first = replies.find((r) => PLAINLY.test(r.text ?? ''));
    });
    const body = (first?.text ?? '').split('\n').filter((l) => !l.startsWith('[') && !l.startsWith('{')).join(' ');
    expect(wordCount(body)).toBeLessThanOrEqual(FIRST_MESSAGE_WORDS);
  });
});

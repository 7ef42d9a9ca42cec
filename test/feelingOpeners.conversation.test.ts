import { join } from 'node:path';
import { wholeBotSay, wholeBotText, testContent } from './support/botHarness';
import { wordCount } from '../src/knowledge/answerText';
import { Feelings } from '../src/knowledge/feelings';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { readYamlFile } from '../src/util/yamlFile';

// A feeling or a situation told beside a question (fear, a loss, tears, a recurrence, being worn
// out or fed up, a stubborn relative) opens the reply with one short sentence that shows it was
// heard (knowledge/feelings.yaml, dialogs/feelingOpener.ts). A fear of something serious also
// hears that serious causes are rare, with the signs that would change that. Never before a
// safety instruction. Phrasings our own.

const RARE = /serious causes of back pain are rare/i;

describe('a feeling told opens the reply', () => {
  test.each([
    ['fear', "i'm really frightened, my lower back locked up when i bent down, can i use a hot water bottle?", /frightening|worry|anxious/i],
    ['tears', 'been crying all morning with this back spasm, should i use ice?', /tears|upset/i],
    ['a helper and tears', 'asking for my wife, her back went and she is in tears, can she use heat?', /for her|distressing|upsetting/i],
    ['a recurrence', 'my back has gone into spasm yet again, it keeps happening, is heat or ice better?', /keep coming back.*GP or physiotherapist/i],
    ['being worn out', "i'm completely worn out, hardly slept with this back spasm, how should i lie in bed?", /worn out|exhausting/i],
    ['a stubborn relative', 'my grandad is so stubborn, he refuses to rest his sore back, should he keep moving?', /won't take advice|hard spot/i],
  ])('%s: "%s"', async (_kind, message, heard) => {
    const say = wholeBotSay('en-GB');
    const replies = (await say(message)).map((a) => a.text ?? '').filter(Boolean);
    expect(replies.join('\n')).toMatch(heard);
    // The answer still comes, each message within the first message's 80 words.
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) expect(wordCount(r)).toBeLessThanOrEqual(80);
  });

  test.each([
    ['fear of a cause named', "i'm scared this back spasm might be a tumour, what can i take for it?"],
    ['a loss in the family', 'my mum died of cancer last year and now my back aches, is heat ok for it?'],
  ])('%s: serious causes are rare, and the signs that would change that', async (_kind, message) => {
    const reply = await wholeBotText('en-GB')(message);
    expect(reply).toMatch(RARE);
    expect(reply).toMatch(/numbness between your legs.*call 999/i);
    expect(reply).toMatch(/weight loss/i);
  });
});

describe('no opener where nothing was told, or where it would come before safety', () => {
  test.each([
    ['a plain question', 'my back hurts, is ice or heat better?'],
    ['a feeling denied', "i'm not worried, just wondering whether heat helps a back spasm"],
    ['no worries', 'no worries, is heat ok for a back spasm?'],
    // mend44a: someone nearby in tears, told by a writer speaking for themselves
    ['a child crying nearby', 'my back is killing me and now he is crying again, is heat ok?'],
  ])('%s: "%s"', async (_kind, message) => {
    const reply = await wholeBotText('en-GB')(message);
    expect(reply).not.toMatch(/frightening|worry|anxious|tears|worn out|frustrating|serious causes/i);
  });

  test.each([
    ['an emergency told in fear', "i'm terrified, i can't feel anything between my legs and can't pee"],
    ['an emergency told through tears', 'crying my eyes out, both legs have gone weak and numb since this morning'],
  ])('%s: the emergency line stays first', async (_kind, message) => {
    const reply = await wholeBotText('en-GB')(message);
    expect(reply.split('\n')[0]).toMatch(/999/);
    expect(reply).not.toMatch(RARE);
  });

  test('after an escalation, a fear told gets the instruction, not an opener', async () => {
    const say = wholeBotText('en-GB');
    await say("numb between my legs since this morning and i can't pee");
    const reply = await say("i'm so scared, is heat ok while i wait?");
    expect(reply).toMatch(/999/);
    expect(reply).not.toMatch(/frightening, and it's natural|serious causes of back pain are rare/i);
  });
});

describe('openers vary and are not repeated', () => {
  test('a fear told on three turns is heard in three different words, the rare-causes line once', async () => {
    const say = wholeBotText('en-GB');
    const replies = [
      await say("i'm terrified this back spasm is something serious, can i take ibuprofen?"),
      await say("still worried, how long does a spasm last?"),
      await say("i'm anxious about sleeping, what position is best?"),
    ];
    const openers = replies.map((r) => r.split(/(?<=[.!?])\s/)[0]);
    expect(new Set(openers).size).toBe(3);
    expect(replies.filter((r) => RARE.test(r))).toHaveLength(1);
  });
});

describe('knowledge/feelings.yaml', () => {
  const feelings = Feelings.fromFile(PATHS.feelings, TextNormalizer.fromDirectory(PATHS.lexicon));

  test.each([
    ["i'm petrified of moving", 'fear', true],
    ['worried it could be cancer', 'fear', true],
    ['worried about missing work', 'fear', false],
    ['my sister passed away from a tumour', 'loss', true],
    ['third time this year it has gone', 'recurrence', false],
    ['so fed up with this', 'frustration', false],
  ])('"%s" reads as %s (serious: %s)', (text, kind, serious) => {
    expect(feelings.read(text)).toEqual({ kind, serious });
  });

  test.each(['is heat ok?', 'not scared at all', 'no worries', 'feeling a lot less worried now', 'it came back from the shop', 'one sec, the baby is crying'])('"%s" tells no feeling', (text) => {
    expect(feelings.read(text)).toBeUndefined();
  });

  test('a long repeated message is read quickly enough to answer', () => {
    const text = 'scared x y worried '.repeat(200);
    expect(feelings.read(text)?.kind).toBe('fear');
  });

  test('its sources are listed in knowledge/sources.yaml', () => {
    const data = readYamlFile(PATHS.feelings) as { kinds: Array<{ sources?: string[] }>; serious: { sources: string[] } };
    const sources = readYamlFile(join(PATHS.knowledge, 'sources.yaml')) as Record<string, unknown>;
    for (const key of [...data.kinds.flatMap((k) => k.sources ?? []), ...data.serious.sources]) expect(sources).toHaveProperty(key);
  });

  test('the content loads it', () => {
    expect(testContent().feelings).toBeInstanceOf(Feelings);
  });
});

// An apology or a worry said in passing is heard in a few words before the answer.
describe('an apology or a lingering worry in passing', () => {
  test.each([
    ['an apology', 'apologies for all these questions, is a warm bath ok for a stiff back?', /no need to (apologise|say sorry)/i],
    ['a worry on the mind', "it's been playing on my mind that my sore back could be something serious, should i keep walking?", /worry|anxious|frightening/i],
  ])('%s: "%s"', async (_kind, message, heard) => {
    const reply = await wholeBotText('en-GB')(message);
    expect(reply).toMatch(heard);
  });

  test('a correction that says sorry is no apology to answer', async () => {
    const say = wholeBotText('en-GB');
    await say('my back hurts on the right, low down');
    expect(await say('sorry i meant the left')).not.toMatch(/no need to apologise/i);
  });
});

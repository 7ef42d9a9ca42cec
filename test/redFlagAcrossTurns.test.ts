import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AcrossTurns } from '../src/safety/acrossTurns';
import { wholeBotText } from './support/botHarness';

// Parts of a red-flag combination told in different messages of one
// conversation (knowledge/safety/across-turns.yaml) raise it as one message would.
function bot(locale = 'en-GB') {
  return wholeBotText(locale);
}

const SEEN_TODAY = /get seen today|see a (GP|doctor) today|urgent appointment/i;
const CALL = /^Please call 999/m;

describe('red-flag parts told in different messages', () => {
  test.each([
    // [earlier messages, the message that completes the combination, what it must say]
    [['what helps a stiff back, heat or cold?', "thanks. I'm 68 by the way"], "this is the first time in my life my back has gone like this", SEEN_TODAY],
    // No cause told: bending to the dishwasher would be one, and rule the flag out (check-dialogue.yaml clearCause).
    [['I am 74 and my back seized up this morning out of the blue'], 'never had a back problem before this week', SEEN_TODAY],
    [['is a heat pad or ice better? I am 72 by the way'], 'this is the first time my back has ever done this', SEEN_TODAY],
  ])('%j then "%s" asks for a doctor today', async (earlier, completing, expected) => {
    const say = bot();
    for (const m of earlier) expect(await say(m)).not.toMatch(SEEN_TODAY);
    expect(await say(completing)).toMatch(expected);
  });

  test('a fever told first, then feeling very unwell, is an emergency', async () => {
    const say = bot();
    expect(await say("I've had a temperature since yesterday and my lower back aches")).toMatch(SEEN_TODAY);
    expect(await say('and now I feel absolutely dreadful, worse than I have ever felt')).toMatch(CALL);
  });

  test('a helper: the patient\'s age told first, the first episode later, is the patient\'s', async () => {
    const say = bot();
    await say('asking for my nan, she is 83 and her back went this morning');
    expect(await say("she says she's never had back trouble before in her life")).toMatch(/get seen today|doctor today/i);
  });

  test.each([
    // the age taken back, or under 50 from the start
    [["I'm 68", "sorry, typo, I'm 38"], "it's the first time my back has ever done this"],
    [["I'm 35 and my back locked up"], 'never had back pain before'],
    // the other part is someone else's, or past and over
    [['my nan is 90 and still gardening every day'], 'this is the first time my back has done this, can I use heat?'],
    [["I'm 62", 'I had back pain in my twenties and again a few years ago'], 'how long will it last?'],
  ])('%j then "%s" raises nothing', async (earlier, later) => {
    const say = bot();
    for (const m of earlier) await say(m);
    const reply = await say(later);
    expect(reply).not.toMatch(SEEN_TODAY);
    expect(reply).not.toMatch(CALL);
  });

  test('forgetting a detail drops the parts kept with it', async () => {
    const say = bot();
    await say("I'm 71");
    await say('please delete the part where I said my age');
    expect(await say('first time my back has ever done this')).not.toMatch(SEEN_TODAY);
  });

  test('"delete my data" forgets every part kept', async () => {
    const say = bot();
    await say("I'm 71");
    await say('delete my data');
    expect(await say('first time my back has ever done this')).not.toMatch(SEEN_TODAY);
  });
});

describe('a first episode told with no age', () => {
  // The learned stage reads these words as a first episode over 50; without an age they are asked about.
  test.each(["I've never had back pain before, it's my first time"])('"%s" alone is asked about, not escalated', async (text) => {
    const reply = await bot()(text);
    expect(reply).not.toMatch(SEEN_TODAY);
    expect(reply).toMatch(/over about 50/);
  });

  test('an age under 50 told before: not asked at all', async () => {
    const say = bot();
    await say("I'm 29 and my back has locked up");
    const reply = await say("I've never had back pain before, it's my first time");
    expect(reply).not.toMatch(SEEN_TODAY);
    expect(reply).not.toMatch(/over about 50/);
  });

  test('an age of 50 or over told before: escalated as urgent at once', async () => {
    const say = bot();
    await say("I'm 66 and my back has locked up");
    expect(await say("I've never had back pain before, it's my first time")).toMatch(SEEN_TODAY);
  });
});

describe('AcrossTurns', () => {
  const source = {
    combinations: (flag: string) => (flag === 'both' ? [{ all: ['a', 'b'], none: [] }] : []),
    level: () => 'urgent' as const,
    ruledOutBy: (flag: string) => (flag === 'both' ? ['young'] : []),
  };
  const write = (name: string, text: string) => {
    const file = path.join(os.tmpdir(), `${name}-${process.pid}.yaml`);
    fs.writeFileSync(file, text);
    return file;
  };
  const across = () => AcrossTurns.fromFile(write('across', 'flags: [both]\naskedWithout:\n  both: [a]\n'), source);
  const told = (present: string[], denied: string[] = [], ruledOut: string[] = []) => ({ present, denied, ruledOut });

  test('raises when the parts come in two messages, not when both are in one', () => {
    const a = across();
    const first = a.read([], told(['a']), null);
    expect(first.redFlag).toBeNull();
    expect(a.read(first.kept, told(['b']), null).redFlag).toEqual({ level: 'urgent', flags: ['both'] });
    expect(a.read([], told(['a', 'b']), null).redFlag).toBeNull();
  });

  test('a denied part is dropped; a ruled-out flag is not raised', () => {
    const a = across();
    expect(a.read(['a'], told([], ['a']), null).kept).toEqual([]);
    expect(a.read(['a'], told(['b'], [], ['both']), null).redFlag).toBeNull();
    expect(a.read(['young', 'a'], told(['b']), null).redFlag).toBeNull();
  });

  test('a higher reading of the message itself stands', () => {
    const own = { level: 'emergency' as const, flags: ['other'] };
    expect(across().read(['a'], told(['b']), own).redFlag).toBe(own);
  });

  test('one message: the flag raised without a part of askedWithout is asked; with it, raised', () => {
    const a = across();
    expect(a.single({ level: 'urgent', flags: ['both'] }, { present: ['b'] })).toEqual({ level: 'check', flags: ['both'] });
    expect(a.single({ level: 'urgent', flags: ['both'] }, { present: ['a', 'b'] })).toEqual({ level: 'urgent', flags: ['both'] });
    // the check answered by what was told before
    expect(a.read(['a'], told(['b']), { level: 'check', flags: ['both'] }).redFlag).toEqual({ level: 'urgent', flags: ['both'] });
    expect(a.read(['young'], told([]), { level: 'check', flags: ['both'] }).redFlag).toBeNull();
  });

  test('onlyAcross: only the listed combination spans messages, and a denial of the flag by another sign leaves it open', () => {
    const many = { ...source, combinations: (flag: string) => (flag === 'both' ? [{ all: ['a', 'b'], none: [] }, { all: ['c', 'd'], none: [] }] : []) };
    const a = AcrossTurns.fromFile(write('across-only', 'flags: [both]\nonlyAcross:\n  both:\n    - [a, b]\n'), many);
    expect(a.read(['c'], told(['d']), null).redFlag).toBeNull();
    expect(a.read(['a'], told(['b'], ['both']), null).redFlag).toEqual({ level: 'urgent', flags: ['both'] });
    // a part of it denied is dropped as before
    expect(a.read(['a'], told([], ['a']), null).kept).toEqual([]);
    // without onlyAcross, a denial of the flag closes it
    const all = AcrossTurns.fromFile(write('across-all', 'flags: [both]\n'), many);
    expect(all.read(['a'], told(['b'], ['both']), null).redFlag).toBeNull();
    expect(() => AcrossTurns.fromFile(write('across-bad3', 'flags: [both]\nonlyAcross:\n  both:\n    - [a, d]\n'), many)).toThrow(/onlyAcross."both" \[a, d\]/);
  });

  test('a part the combination must go without, told in any message so far, keeps it from being raised', () => {
    const without = { ...source, combinations: (flag: string) => (flag === 'both' ? [{ all: ['a', 'b'], none: ['soft'] }] : []) };
    const a = AcrossTurns.fromFile(write('across-none', 'flags: [both]\n'), without);
    expect(a.read(['a'], told(['b']), null).redFlag).toEqual({ level: 'urgent', flags: ['both'] });
    // told before, with the first part, or in the completing message
    expect(a.read(['a', 'soft'], told(['b']), null).redFlag).toBeNull();
    expect(a.read(['a'], told(['b', 'soft']), null).redFlag).toBeNull();
    // taken back ("it wasn't onto the rug after all"): the combination is open again
    expect(a.read(['soft', 'a'], told(['b'], ['soft']), null).redFlag).toEqual({ level: 'urgent', flags: ['both'] });
    // the absent part alone never counts as a part told before
    expect(a.read(['soft'], told(['a', 'b']), null).redFlag).toBeNull();
  });

  test('onlyAcross names a combination by the parts it needs and keeps the parts it must go without', () => {
    const without = { ...source, combinations: (flag: string) => (flag === 'both' ? [{ all: ['a', 'b'], none: ['soft'] }, { all: ['c', 'd'], none: [] }] : []) };
    const a = AcrossTurns.fromFile(write('across-only-none', 'flags: [both]\nonlyAcross:\n  both:\n    - [a, b]\n'), without);
    expect(a.read(['a'], told(['b']), null).redFlag).toEqual({ level: 'urgent', flags: ['both'] });
    expect(a.read(['a', 'soft'], told(['b']), null).redFlag).toBeNull();
  });

  test('a listed flag with no combination stops start-up with the file named', () => {
    expect(() => AcrossTurns.fromFile(write('across-bad', 'flags: [nothing]\n'), source)).toThrow(/across-bad.*"nothing"/);
    expect(() => AcrossTurns.fromFile(write('across-bad2', 'flags: [both]\naskedWithout:\n  other: [a]\n'), source)).toThrow(/askedWithout."other"/);
  });
});

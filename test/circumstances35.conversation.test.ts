import { readYamlFile } from '../src/util/yamlFile';
import { join } from 'node:path';
import { PATHS } from '../src/paths';
import { testContent, wholeBotSteps, wholeBotText, type Step } from './support/botHarness';

// A limit or circumstance the person tells (no floor where they are, pharmacy shut, no GP appointment soon, alone,
// no tablets, heat tried already) shapes the next reply and later ones (knowledge/circumstances.yaml,
// src/knowledge/circumstances.ts): a few words show it was heard, once; the answer that honours it comes instead of
// one it rules out; the stock next step it rules out is swapped. Wordings are this file's own.

const facts = () => testContent().answers.facts;

describe('a circumstance is read in several wordings', () => {
  test.each<[string, string]>([
    ["I can't get down on the floor in the office", 'no_floor'],
    ["there's nowhere to lie down where I am", 'no_floor'],
    ['no room to lie down on this shift', 'no_floor'],
    ['the chemist is closed', 'pharmacy_closed'],
    ["pharmacies are shut here till tuesday", 'pharmacy_closed'],
    ["I can't get to a pharmacy tonight", 'pharmacy_closed'],
    ['my GP is booked up for weeks', 'no_gp_soon'],
    ["I can't get a doctor's appointment", 'no_gp_soon'],
    ['no appointments until the 20th', 'no_gp_soon'],
    ['nobody else is home', 'alone'],
    ['I live by myself', 'alone'],
    ["I'm on my own with it", 'alone'],
    ["I can't swallow tablets", 'no_tablets'],
    ["I don't want to take pills", 'no_tablets'],
    ["I'm not allowed painkillers", 'no_tablets'],
    ["I've already tried a hot water bottle", 'heat_tried'],
    ['been using a heat pad all morning', 'heat_tried'],
  ])('%s -> %s', (text, id) => {
    expect(Object.keys(facts().read(text, { known: {} }).known)).toContain(id);
  });

  test.each<string>(['the pharmacy said to take it with food', 'is lying on the floor good for it?', 'should I try heat?', 'can I take tablets with food?'])(
    'not a circumstance: %s',
    (text) => {
      const known = Object.keys(facts().read(text, { known: {} }).known);
      for (const id of testContent().answers.circumstances.ids) expect(known).not.toContain(id);
    },
  );
});

describe('the reply honours the circumstance, told before or after', () => {
  const FLOOR = /knee-to-chest|child's pose/;
  test.each<[string, Step[], string?]>([
    ['floor stretches, then "not on the office floor": the seated ones, with the limit heard', [
      ['any stretches I could try?', [FLOOR]],
      ["I can't get down on the floor in the office", [/^No floor where you are/, /In a chair/], [FLOOR]],
    ], 'en-GB'],
    ['no floor told first, then stretches asked: the seated ones', [
      ["there's nowhere to lie down where I am", [/in a chair/i]],
      ['what exercises should I do?', [/In a chair/], [FLOOR]],
    ], 'en-US'],
    ['the painkiller answer, then "the chemist is closed": its pharmacist line swapped for the leaflet and the advice line', [
      ['what painkiller should I take?', [/Ask a pharmacist first/]],
      ['the chemist is closed', [/^Understood, no pharmacy open/, /leaflet in the packet/, /NHS 111/], [/Ask a pharmacist first/]],
    ], 'en-GB'],
    ['pharmacy shut, told with the question: the country\'s advice line, said once', [
      ['pharmacies are shut here and I have asthma, can I take ibuprofen?', [/no pharmacy open/, /leaflet in the packet/, /healthdirect/]],
      ['and can I take naproxen?', [/./], [/no pharmacy open/]],
    ], 'en-AU'],
    ['no GP appointment soon: a pharmacist or same-day care, not "book a GP"', [
      ['my GP is booked up for weeks', [/^Understood, no doctor's appointment soon/, /a pharmacist can advise/, /NHS 111/], [/Book a GP/]],
    ], 'en-GB'],
    ['no doctor soon, US: urgent care', [
      ["I can't get a doctor's appointment", [/a pharmacist can advise/, /urgent care/]],
    ], 'en-US'],
    ['alone and then stuck: phone someone, the emergency number for a weak leg', [
      // Said in passing, being alone is no news of its own (the message is read for its question): it shapes the next answer.
      ['nobody else is home', [/./]],
      ["I'm stuck on the floor, how do I get up?", [/^On your own, then/, /phone someone to come over/, /999/]],
    ], 'en-GB'],
    ['the floor steps, then "I live by myself": the steps for someone alone', [
      ['how do I get up off the floor?', [/sturdy chair/]],
      ['I live by myself', [/phone someone to come over/, /911/]],
    ], 'en-CA'],
    ['the painkiller answer, then "can\'t swallow tablets": what helps without them', [
      ['what should I take for it?', [/anti-inflammatory/]],
      ["I can't swallow tablets", [/^No tablets, then/, /Heat helps without tablets/], [/anti-inflammatory \(NSAID\) such as/]],
    ], 'en-GB'],
    ['no tablets told first: a painkiller question gets the options without them', [
      ["I don't want to take pills", [/without tablets/]],
      ["what's the best painkiller?", [/without tablets/], [/usual first choice/]],
    ], 'en-NZ'],
    ['push-back stating a limit gets the next option that honours it, not an apology', [
      ['which stretches help?', [FLOOR]],
      ["but I can't lie down at work", [/In a chair/], [FLOOR, /sorry/i]],
    ], 'en-GB'],
    ['push-back that no one is there: the steps for someone alone', [
      ['how do I get up from the floor?', [/sturdy chair/]],
      ["but there's nobody here to help me", [/phone someone to come over/], [/sorry/i]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a circumstance told and then not relevant changes nothing', () => {
  test.each<[string, string, string]>([
    ['I live alone', 'how long do spasms last?', 'en-GB'],
    ['the pharmacy is shut', 'ice or heat?', 'en-GB'],
    ["I can't take tablets", 'should I stay in bed?', 'en-IE'],
    ["can't get a GP appointment till next month", 'is heat or cold better?', 'en-AU'],
    ["there's no room to lie down here", 'how long should I keep the heat on?', 'en-US'],
  ])('%s, then %s', async (told, asked, locale) => {
    const withIt = wholeBotText(locale);
    await withIt(told);
    const plain = wholeBotText(locale);
    expect(await withIt(asked)).toBe(await plain(asked));
  });
});

describe('the circumstances file', () => {
  const raw = readYamlFile(join(PATHS.knowledge, 'circumstances.yaml')) as { circumstances: Record<string, { ack: string; instead?: string; note?: string }> };
  const words = (s: string) => s.split(/\s+/).length;
  test('acks are a few words, and the lines fit beside an answer in the 80-word first message', () => {
    const all = Object.values(raw.circumstances);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const c of all) {
      expect(words(c.ack)).toBeLessThanOrEqual(10);
      if (c.instead) expect(words(c.instead)).toBeLessThanOrEqual(25);
      if (c.note) expect(words(c.note)).toBeLessThanOrEqual(45);
    }
  });
});

import { join } from 'node:path';
import { readYamlFile } from '../src/util/yamlFile';
import { PATHS } from '../src/paths';
import { testContent, wholeBotSteps, wholeBotText, type Step } from './support/botHarness';

// A symptom that means something else for this person, given a fact told earlier or being told to come in
// (knowledge/fact-concerns.yaml, src/knowledge/factConcerns.ts, dialogs/factConcern.ts): where to turn now, not a
// scope refusal or the stock back answer. And a painkiller taken above its label as a habit: keep to the label
// (med-over-label). Wordings are this file's own.

const MATERNITY = /midwife or maternity unit now/;
const NO_DRIVING = /don't drive yourself|safer not to drive yourself/;

describe('a concern is where to turn now', () => {
  test.each<[string, Step[], string?]>([
    ['pregnant, then tightenings in waves: the midwife or maternity unit now, and no driving there', [
      ["I'm 31 weeks pregnant, what can I take for my back?", [/paracetamol/i]],
      ['every 8 minutes or so my bump tightens and the ache builds with it', [MATERNITY, NO_DRIVING, /999/], [/only set up to help with back pain/, /pharmacist is a good first stop/]],
    ], 'en-GB'],
    ['pregnancy and regular timing told in one message', [
      ["I'm 35 weeks pregnant and the ache in my back comes back every 6 minutes", [MATERNITY]],
    ], 'en-GB'],
    ['pregnant, then the bump going hard: the midwife, not a bowel check question', [
      ["I'm 30 weeks pregnant", [/./]],
      ['my bump keeps going hard and my back aches with it', [MATERNITY], [/Just to check/]],
    ], 'en-AU'],
    ['pregnancy and contractions told together', [
      ['28 weeks pregnant and I think I am getting contractions with my backache', [MATERNITY], [/only set up to help with back pain/]],
    ], 'en-IE'],
    ['a heart history, then pain reaching the shoulder blade: the heart signs asked, and seen today', [
      ['I had a heart attack last year. Back went this morning, can I take ibuprofen?', [/./]],
      ['it sometimes goes up under my shoulder blade on the left', [/chest pain or pressure/, /breathlessness/, /sweating/, /arm or jaw/, /911/, /get seen today/]],
    ], 'en-US'],
    ['told by the unit to come in, asking to drive: someone takes them', [
      ['the out of hours doctor told me to come in tonight, can I drive myself there?', [/safer not to drive yourself/, /taxi/, /000/], [/emergency stop/]],
    ], 'en-AU'],
    ['a pet in pain: the vet, not the person\'s own symptom check; then no human painkillers for it', [
      ["my old terrier's legs have gone wobbly and she is whining, what should I do", [/vet/, /human painkillers/], [/Check my symptoms/, /keep moving gently/]],
      ['can I give her a bit of my paracetamol for now', [/don't give a pet human painkillers/, /vet/], [/usual first choice/]],
    ], 'en-NZ'],
    ['a human painkiller for a pet, asked straight out', [
      ['is aspirin ok for the dog?', [/don't give a pet human painkillers/]],
    ], 'en-CA'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('no concern without the fact, or with the sign denied', () => {
  test.each<[string, string, string]>([
    ['my tummy goes tight when I bend over', 'en-GB', 'not pregnant'],
    ['how long should I keep heat on my shoulder blade?', 'en-US', 'no heart history'],
    ['can I drive to work this week?', 'en-GB', 'not told to come in'],
    ['hurt my back walking the dog, which painkiller is best?', 'en-US', 'the person\'s own back'],
    // Pregnant, but the pain told as back pain usually is: no labour reply.
    ["I'm 26 weeks pregnant, is it ok to use paracetamol regularly for my back?", 'en-GB', 'regular use, not regular waves'],
    ['33 weeks pregnant, my back ache comes and goes all day, which stretches are safe?', 'en-US', 'comes and goes, no timing'],
    ['pregnant and my back hurts, plus stomach cramps from my iron pills', 'en-US', 'cramps with a cause'],
    ['I had a stent put in years ago; my left shoulder is stiff from sleeping on it', 'en-US', 'a stiff shoulder, not pain spreading'],
    ["I'm 27 weeks pregnant with back pain, can I put a heat pack on every 30 minutes?", 'en-GB', 'a timing of heat, not of pain'],
  ])('%s (%s: %s)', async (text, locale) => {
    const say = wholeBotText(locale);
    const reply = await say(text);
    expect(reply).not.toMatch(MATERNITY);
    expect(reply).not.toMatch(/With your heart history/);
    expect(reply).not.toMatch(/safer not to drive yourself/);
    expect(reply).not.toMatch(/vet/);
  });

  test('pregnant, with the tightening denied: no maternity reply', async () => {
    const say = wholeBotText('en-GB');
    await say("I'm 25 weeks pregnant and my back aches");
    expect(await say('no tightening in my bump at all, it is only my back')).not.toMatch(MATERNITY);
  });
});

describe('more than the label, as a habit: keep to the label', () => {
  test.each<[string, string]>([
    ['my son keeps taking 4 nurofen at a time for his back', 'en-GB'],
    ["I've been taking three Aleve each time the pain flares", 'en-US'],
  ])('%s', async (text, locale) => {
    const reply = await wholeBotText(locale)(text);
    expect(reply).toMatch(/Stick to the dose on the label/);
    expect(reply).not.toMatch(/\d+ ?mg/);
  });

  test.each<[string, string]>([
    ['is it ok to take paracetamol and ibuprofen together 3 times a day?', 'en-GB'],
    ['I took 2 tablets at once', 'en-US'],
  ])('not over the label: %s', async (text, locale) => {
    expect(await wholeBotText(locale)(text)).not.toMatch(/Stick to the dose on the label/);
  });
});

describe('the concerns file', () => {
  const raw = readYamlFile(join(PATHS.knowledge, 'fact-concerns.yaml')) as { concerns: Array<{ fact?: string }> };
  const facts = readYamlFile(join(PATHS.knowledge, 'user-facts.yaml')) as { facts: Record<string, unknown> };
  test('every concern names a known user fact, or none', () => {
    for (const c of raw.concerns) if (c.fact) expect(Object.keys(facts.facts)).toContain(c.fact);
  });
  test('it loads with the answers', () => {
    expect(testContent().answers.concerns.facts).toEqual(expect.arrayContaining(['pregnant', 'heart']));
  });
});

describe('on-topic messages that were refused or misread', () => {
  test.each<[string, Step[], string?]>([
    ['pins and needles in a foot is a back nerve, not another body part', [
      ['my right foot has had pins and needles on and off since the spasm', [/./], [/only set up to help with back pain/]],
    ], 'en-GB'],
    ['a sore foot is still another body part', [
      ['my knee is swollen and sore', [/only set up to help with back pain/]],
    ], 'en-GB'],
    ['the back with another part hurt beside it: where to go for the part first, then the back', [
      ['my back seized up at the match and my ankle is swollen too', [/^Your ankle is outside what I cover \(ask a pharmacist, GP or physio\)/, /keep moving gently/]],
    ], 'en-IE'],
    ['a cricked neck beside a tight back', [
      ["got a cricked neck this morning and my lower back's tight as well", [/^Your neck is outside what I cover/]],
    ], 'en-CA'],
    ['remedies tried and failing, then a bare "what now": the next step for each, not a refusal', [
      ['used heat, stretching and advil. nothing works. what next', [/tried/, /physiotherapist/], [/not something I can help with/]],
    ], 'en-US'],
    ['how long it will go on, asked with no check running: the course, not a question count', [
      ['how long is this spasm going to drag on for', [/weeks/], [/not asking you anything/]],
    ], 'en-CA'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

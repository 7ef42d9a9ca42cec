import { runSteps, type Step } from './support/botHarness';

// Facts the person states about themself change the answer, not only get "noted": blood pressure medicines named by
// their local brand, asthma, a product that already holds paracetamol, pregnancy at night and on stretches, and the job
// on the work answers. The first sentence says what the fact means for them and what they can use.
describe('blood pressure medicines by their local names', () => {
  test.each<[string, Step[], string?]>([
    ['an ACE inhibitor brand and a fluid tablet: the kidney warning and what to try', [
      ["I'm on Coversyl and a fluid tablet", [/strain the kidneys/, /paracetamol \(Panadol\)/i]],
    ], 'en-AU'],
    ['a US brand with a water pill, then an NSAID question: the blood pressure answer, kidneys named', [
      ['I have been on Altace and a water pill for years', [/strain the kidneys/]],
      ['is aleve ok for my lower back?', [/ACE inhibitors, ARBs or water pills|strain the kidneys/]],
    ], 'en-CA'],
    ['an ARB told alone: one note, not the general blood pressure one as well', [
      ['I take losartan', [/ACE inhibitor, ARB or water pill/], [/With blood pressure medicines, ask/]],
    ], 'en-GB'],
    ['a calcium channel blocker brand: the general blood pressure note', [
      ['I take Norvasc for my pressure', [/With blood pressure medicines, ask/]],
    ], 'en-US'],
    ['kidney disease with an ACE inhibitor: the kidney line says it, not the pills line again', [
      ['I have kidney disease and take lisinopril, can I take ibuprofen?', [/kidney/], [/ACE inhibitor, ARB or water pill/]],
    ], 'en-US'],
    ['a New Zealand ACE inhibitor told alone: what it changes', [
      ['I take cilazapril', [/ACE inhibitor, ARB or water pill/, /Paracetamol \(Panadol\) is usually the one to try/]],
    ], 'en-NZ'],
    ['a water pill known, then a gel question: the warning comes first', [
      ['I take frusemide', [/strain the kidneys/]],
      ['could I rub some anti-inflammatory gel on it?', [/^With high blood pressure and an ACE inhibitor, ARB or water pill, a gel is less likely than tablets/]],
    ], 'en-NZ'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('a condition told alone says what it changes', () => {
  test.each<[string, Step[], string?]>([
    ['asthma: the NSAID caution and the painkiller to use instead', [
      ['just so you know I am asthmatic', [/made your breathing worse/, /use paracetamol instead/]],
    ], 'en-GB'],
    ['asthma while pregnant: the pregnancy note only, no "usually OK"', [
      ['I am asthmatic and 18 weeks pregnant', [/paracetamol is the usual first choice/], [/usually OK/]],
    ], 'en-IE'],
    ['pregnancy with a report: avoid NSAIDs and what she can take, first', [
      ['I am 26 weeks pregnant and my lower back has seized', [/^As you're pregnant: avoid ibuprofen.*paracetamol is the usual first choice/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('a product that already holds paracetamol, then a fact that recommends it', () => {
  test.each<[string, Step[], string?]>([
    ['a cold remedy, then a blood thinner: no more acetaminophen on top', [
      ['I had some DayQuil this morning', [/./]],
      ['forgot to mention I take apixaban', [/blood thinner/, /DayQuil already contains acetaminophen/]],
    ], 'en-US'],
    ['a blood thinner after liver trouble: ask before paracetamol too', [
      ['I have a fatty liver', [/liver/]],
      ['and I also take warfarin', [/usually the one to try/, /With liver trouble, ask a GP or pharmacist before paracetamol too/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('pregnancy at night and on stretches', () => {
  test.each<[string, Step[], string?]>([
    ['pregnant, then comfort at night: on the side with pillows', [
      ["I'm 30 weeks pregnant", [/./]],
      ["hard to get comfortable in bed at night, what can I do?", [/lie on your side/, /bump/]],
    ], 'en-AU'],
    ['pregnant, asking when to stop a stretch: which stretches suit her first', [
      ["I'm 22 weeks pregnant", [/./]],
      ['when should I stop a stretch?', [/^As you're pregnant: stretches on hands and knees/, /sharp pain/]],
    ], 'en-NZ'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('the job on the other work answers', () => {
  test.each<[string, Step[], string?]>([
    ['a van driver asking when heavy work can start again: not while drowsy, other duties', [
      ['I am a van driver', [/./]],
      ['how long until I can do heavy work again?', [/^As you drive or use machinery for work/]],
    ], 'en-GB'],
    ['a gas engineer asking when heavy work can start again: help with loads, no ladders', [
      ['I am a gas engineer', [/./]],
      ['how long until I can do heavy work again?', [/help or a trolley/, /no ladders or heights/]],
    ], 'en-GB'],
    ['long hours at a computer with a heat question: the desk lead, then the heat answer', [
      ['I spend hours at a computer for work, would a heat pack help?', [/move every half hour/, /heat/i]],
    ], 'en-US'],
    ['a desk job asking whether to go in: the desk answer', [
      ['I have an office job, should I still go to work?', [/work at a desk/]],
    ], 'en-IE'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

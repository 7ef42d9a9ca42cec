import { runSteps, type Step } from './support/botHarness';

// Conversations as tables [user says, the reply must match all of these, and none of these],
// one table per kind of failure found in the spent conversation sets (issue 12). The phrasings
// here are our own: neither the passages' examples nor the spent sets' turns.

const REFUSAL = /not something I can help with/;
const CHECK_STARTED = /Let's check your symptoms/;
const CURT = /Tap a button/;

describe('the passage asked about, not a nearby one', () => {
  test.each<[string, Step[], string?]>([
    ['a named NSAID other than ibuprofen', [['does naproxen beat advil for a sore back?', [/^Naproxen( \(Aleve\))?, diclofenac and ibuprofen .* are all NSAIDs/]]]],
    ['a brand read as its medicine class', [['would aleve help my lower back', [/are all NSAIDs/], [/^Acetaminophen \(Tylenol\) on its own/]]]],
    ['the plain painkiller question still gets the first choice', [['is ibuprofen alright for a back spasm?', [/^If it's safe for you, an anti-inflammatory/]]]],
    ['a support belt', [['are lumbar support belts any good?', [/back belts or corsets/]]]],
    ['ice first, the sports-injury habit', [['someone told me to only use cold packs for the first couple of days', [/popular advice from sprains and sports injuries/]]], 'en-GB'],
    ['heat against tablets', [['is a heat wrap as good as taking pills?', [/use it with tablets or instead of them/]]]],
    ['getting out of bed after a sleep answer', [
      ['best position to sleep in with a back spasm?', [/lying on your side/]],
      ['and how do i get myself out of bed when it locks up?', [/log roll/]],
    ]],
    ['a referral for physical therapy', [['do I need a referral before I see a physical therapist?', [/book a physical therapist yourself/]]]],
    ['a note for the employer', [['will work want a note from my doctor?', [/employer's rules/]]]],
    ['a long drive', [['any advice for a five hour car journey with my back?', [/Break up long sitting/]]]],
    ['travelling by plane', [['can i travel by plane with a back spasm?', [/Most people can travel/]]]],
    ['sex', [['will sex hurt my back spasm?', [/sex won't damage your back/], [CHECK_STARTED]]]],
    ['a heavy job after the work answer', [
      ['can I go to work with my back?', [/^Staying at work/]],
      ['my job is all heavy lifting though', [/lighter duties/], [REFUSAL]],
    ]],
    ['taking someone else\'s prescription', [['my brother offered me some of his tramadol', [/Don't take medicine prescribed for someone else/]]]],
    ['a teenager', [['what painkiller can my 14 year old daughter have for her back?', [/under 18/]]]],
    ['a teenager saying their own age', [["I'm 16 and did my back in at rugby, what can I take?", [/under 18/]]]],
    ['an older adult written for by a helper is not given the teenager passage', [['asking for my dad, he is 71 and his back went yesterday. what can he take for it?', [/NSAID|anti-inflammatory/i], [/under 18/]]]],
    ['no tablets', [['how can i ease this without taking any pills?', [/^Heat helps without tablets/]]]],
    // Rest parameters: a row without a locale must not get jest's `done` callback in its place.
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('facts the person states are applied, and what they change is said', () => {
  test.each<[string, Step[], string?]>([
    ['a blood thinner named by brand, after the first painkiller answer', [
      ['what painkiller should I take for my back?', [/^If it's safe for you/]],
      ["I'm on xarelto", [/blood thinner/i, /don't take ibuprofen/i]],
    ]],
    ['a water pill on its own gets what it changes, not only "noted"', [['I take bendroflumethiazide every morning', [/strain the kidneys/, /keep that in mind/]]], 'en-GB'],
    ['age on its own, asked whether it changes things', [
      ['how long do back spasms last?', [/^Most people are much better/]],
      ["I'm 74, is it any different for me?", [/over 65, ask a pharmacist/i], [/^Thanks, I'll keep that in mind/]],
    ]],
    ['an everyday medicine makes the NSAID answer say to check', [['can I take ibuprofen if I am on sertraline?', [/^You mentioned your sertraline: check with a pharmacist/]]]],
    ['poor circulation counts with diabetes for heat', [
      ['I have bad circulation in my legs', [/extra care with heat or cold/]],
      ['should I use heat or ice?', [/check your skin often/]],
    ]],
    ['an NSAID already taken for something else', [['I take naproxen every day for my hip, can I add more for my back?', [/^(.*\n)?.*Don't double up/, /pharmacist/]]]],
    ['an ulcer after the naproxen answer turns to the stomach passage', [
      ['is naproxen any good for back pain?', [/are all NSAIDs/]],
      ['I had a bleeding ulcer a while back', [/stomach ulcer or bleeding/]],
    ]],
    ['breastfeeding, then another painkiller by brand', [
      ['I am breastfeeding, which painkillers can I take?', [/usually fine while breastfeeding/]],
      ['what about advil?', [/usually fine while breastfeeding/], [/That's all I have/]],
    ]],
    ['a hello before a long question is the question', [['hello, I am breastfeeding and my back hurts, what can I take for it?', [/usually fine while breastfeeding/], [/How is your back\?/]]]],
    // Rest parameters: a row without a locale must not get jest's `done` callback in its place.
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});

describe('in-scope remarks get the closest topics or an answer, not a refusal', () => {
  test.each<[string, Step[]]>([
    ['a short remark after a work answer', [
      ['should I stay off work with my back?', [/^Staying at work/]],
      ['my shifts are long though', [], [REFUSAL]],
    ]],
    ['"it has been a while" after a doctor answer', [
      ['when should I see a doctor about my back?', [/get better on their own/]],
      ["it's been eight days", [], [REFUSAL]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('an ordinary question is answered, not a symptom check; asked again, the bot says something new', () => {
  test.each<[string, Step[]]>([
    ['a worry with a story after the question', [['could this be serious? it has hurt for four days', [/^Serious causes are rare/], [CHECK_STARTED]]]],
    ['a relative\'s illness', [['my grandad had a tumour, should I worry about my back?', [/A relative's illness isn't one of your warning signs/], [CHECK_STARTED]]]],
    ['back to an earlier answer gives what it did not say yet', [
      ['is this something serious?', [/^Serious causes are rare/]],
      ['my uncle had cancer in his spine', [/relative's illness/]],
      ['so how would I know if mine was serious?', [/numbness between (the|your) legs/], [CURT, /^As I said/]],
    ]],
    ['asked a third time: briefly, never "Tap a button"', [
      ['is this something serious?', [/^Serious causes are rare/]],
      ['my uncle had cancer in his spine', [/relative's illness/]],
      ['so how would I know if mine was serious?', [/numbness between (the|your) legs/]],
      ['but is it serious though?', [], [CURT]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

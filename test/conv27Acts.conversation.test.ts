import { wholeBotSteps, type Step } from './support/botHarness';
import { parseTrigger } from '../src/triage/symptomParser';

// Round 27's acts kinds, in our own wording: a practical question asked in the
// middle of the symptom check (alone, after a thanks, or beside a "no") is
// answered briefly and the check goes on; asking what to do now gets the short
// self-care answer rather than being held back; a question about what becomes
// of what the user types is answered with the privacy wording.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const START = 'can you run the symptom check';
const BLADDER = /new trouble peeing/i;
const LEGS = /weakness in both legs/i;
const HELD_BACK = /finish this safety question first/i;
const PRIVACY = /don't store what you type/i;

/** The check up to its first safety question. */
const toSafetyQuestion: Step[] = [
  [START, [/where is the pain/i]],
  ['low down on the left', [/when did it start/i]],
  ['since tuesday', [/how bad/i]],
  ['about a 5', [/set it off/i]],
  ['bending over the bath', [BLADDER]],
];

describe('asking what to do now in the middle of the check: the short answer, then the same question', () => {
  test.each(['right, so what am I meant to do about it', 'ok and what should I be doing in the meantime'])('%s', async (said) => {
    await botSteps([...toSafetyQuestion, [said, [/keep moving gently/i, /back to the symptom check/i, BLADDER], [HELD_BACK]]]);
  });
});

describe('a practical question after a thanks is answered, then the same question', () => {
  test.each<[string, RegExp]>([
    ['cheers. will I be alright to go hiking on sunday?', /exercise|activity|walking/i],
    ['thank you. can I still drive to my mum\'s tomorrow?', /driv/i],
  ])('%s', async (said, answer) => {
    await botSteps([...toSafetyQuestion, [said, [answer, BLADDER], [HELD_BACK, /you're (very )?welcome/i]]]);
  });
});

describe('a practical question beside a no is answered, and the no moves the check on', () => {
  test.each<[string, RegExp]>([
    ['nah. when can I get back to the pool', /swim|activit|gym/i],
    ['no. also, how about my train journey on monday, 5 hours', /travel|journey|walk/i],
  ])('%s', async (said, answer) => {
    await botSteps([...toSafetyQuestion, [said, [answer, LEGS], [HELD_BACK]]]);
  });
});

describe('what becomes of what the user types is a privacy question', () => {
  test.each(['hang on, what happens to my details after this?', 'where does the stuff I type end up'])('%s', async (said) => {
    await botSteps([[said, [PRIVACY], [/topics i know about/i, /not sure which of these/i]]]);
  });

  test('asked in the middle of the check, the check goes on', async () => {
    await botSteps([...toSafetyQuestion, ['what do you do with my information?', [PRIVACY, BLADDER]]]);
  });
});

describe('a pause for a stretch of time keeps the check, and "where were we" picks it up with a recap', () => {
  test.each(['sorry, phone call, could we finish this in 15 minutes', 'got to grab my son, can we pick this up in an hour'])('%s', async (said) => {
    await botSteps([
      [START, [/where is the pain/i]],
      ['middle of my back', [/when did it start/i]],
      ['since saturday', [/how bad/i]],
      [said, [/stopped the symptom check/i, /so far: pain in your middle back/i], [/sources:/i]],
      ['hi again, where were we', [/so far: pain in your middle back/i, /how bad/i]],
    ]);
  });
});

describe('a score given as a range keeps both ends in the read-back', () => {
  test.each<[string, RegExp]>([
    ['somewhere 2-5 depending on the day', /2 to 5 out of 10/],
    ['4, 6 when I stand up', /4 to 6 out of 10/],
  ])('%s', async (said, readBack) => {
    const noes: Step[] = Array.from({ length: 6 }, () => ['no', []] as Step);
    await botSteps([
      [START, [/where is the pain/i]],
      ['lower back on the right', [/when did it start/i]],
      ['this morning', [/how bad/i]],
      [said, [/set it off/i], [/didn't catch/i]],
      ['reaching up to a shelf', [BLADDER]],
      ...noes.slice(0, 5),
      ['no', [readBack]],
    ]);
  });
});

describe('the check asked for "for me" with a word for the bot is about the writer', () => {
  test.each(['do the symptom check for me bro', 'go through the symptom check for me pal'])('%s', async (said) => {
    await botSteps([[said, [/where is the pain/i], [/for them|about them|thanks for helping/i]]]);
  });
});

describe('"no to all of them" after the warning signs were listed denies them', () => {
  test.each(['nope, no to all of those', 'no to all of them thanks'])('%s', async (said) => {
    await botSteps([
      ['hurt my lower back shifting a sofa this morning, around a 6, what should I do', [/warning sign/i]],
      [said, [/none of the warning signs/i], [/anything else about your back/i]],
    ]);
  });
});

describe('a close in other words and languages is a close, not a topic or a failed answer', () => {
  test.each<[string, RegExp]>([
    ['asante sana', /welcome|take care/i],
    ['grand, that was everything I needed', /take care/i],
    ['merci, ciao', /take care|welcome/i],
    ['lekker shot', /welcome/i],
  ])('after an answer: %s', async (said, close) => {
    await botSteps([
      ['is a hot water bottle ok for it', [/heat/i]],
      [said, [close], [/don't have an answer/i, /not sure which/i, /sources/i]],
    ]);
  });

  test('after "get seen today", a goodbye in Irish gets a kind close with the instruction, no passage', async () => {
    await botSteps([
      ["I'm 70, my back pain is worse at night and nothing eases it", [/today/i]],
      ['you are so kind, slan', [/take care/i], [/sources/i, /mattress/i]],
    ]);
  });
});

describe('an answer disputed or said to miss gets a courteous reply, not the fallback', () => {
  test.each<[string, RegExp]>([
    ['hmm, my osteo always said the opposite', /fair enough to question it/i],
    ["nah I don't buy that, sounds like old advice", /fair enough to question it/i],
    ["that's not really what I was asking", /missed what you asked/i],
    ["you didn't answer my question", /missed what you asked/i],
  ])('%s', async (said, reply) => {
    await botSteps([
      ['should I use a cold pack or a warm one', [/heat/i]],
      [said, [reply], [/don't have an answer/i, /not sure which/i]],
    ]);
  });

  test('a correction that says "wrong" is still a correction', async () => {
    await botSteps([
      ['can I drive with a bad back', [/drive/i]],
      ["that's wrong, I meant the right side", [/putting me right/i], [/fair enough to question/i]],
    ]);
  });
});

describe('a hedged answer with a "?" of doubt is the answer, not a topic question', () => {
  test.each(['no idea, maybe hoovering the stairs? or the way I slept. either really', 'hmm, gardening on saturday? not sure tbh'])('%s', async (said) => {
    await botSteps([
      [START, [/where is the pain/i]],
      ['lower back', [/when did it start/i]],
      ['saturday', [/how bad/i]],
      ['5', [/set it off/i]],
      [said, [BLADDER], [/sources/i, /set it off/i]],
    ]);
  });
});

describe('moving furniture is lifting, and sleeping oddly is sleeping, as triggers', () => {
  test.each<[string, string]>([
    ['think it was shifting our bookcase on sunday', 'lifting'],
    ['moved a desk at work maybe', 'lifting'],
    ['dozed on the sofa for hours', 'sitting'],
    ['sleeping oddly on the train probably', 'sleeping'],
  ])('%s', (text, kind) => {
    expect(parseTrigger(text)?.trigger).toBe(kind);
  });
});

describe('a topic question that sounds like pushback, at a detail question, is answered', () => {
  test('"if it is no better by friday do I have to see a GP?"', async () => {
    await botSteps([
      [START, [/where is the pain/i]],
      ['ok. if it is no better by friday do I have to see a GP?', [/doctor|GP/i, /where is the pain/i], [/plain answer helps/i]],
    ]);
  });

  test('a heavy rucksack is lifting', () => {
    expect(parseTrigger('after two days walking with a heavy rucksack')?.trigger).toBe('lifting');
  });
});

describe('details given at the offer to reuse earlier answers keep those answers', () => {
  const toOffer: Step[] = [
    ['put my back out just now at work, lower back, lifting a keg. what should I do', [/warning sign/i]],
    ['ok', []],
    ['go on then, do the check', [/use that again/i]],
  ];
  test('a score and denials instead of a yes', async () => {
    await botSteps([...toOffer, ['5. and nothing numb, legs ok, bladder ok', [/serious accident or fall/i], [/where is the pain/i]]]);
  });
  test('a plain no starts again', async () => {
    await botSteps([...toOffer, ['no, start again', [/where is the pain/i]]]);
  });
});

describe('corrections: the new value without its interjections, and a question of its own answered as asked', () => {
  test('"argh sorry, I meant 30 weeks not 13" says back the weeks alone', async () => {
    await botSteps([
      ["I'm 13 weeks pregnant with a sore lower back, is paracetamol ok", [/paracetamol/i]],
      ['argh sorry, I meant 30 weeks not 13', [/putting me right: 30 weeks, then/i]],
    ]);
  });

  test('a fact put right beside a sure question of another topic gets that question answered', async () => {
    await botSteps([
      ['my dad has a bad back, should he stay in bed?', [/moving/i]],
      ["actually he's had this loads of times, it's not new. should he see a doctor about it?", [/doctor|GP/i], [/putting me right/i, /as i said/i]],
    ]);
  });
});

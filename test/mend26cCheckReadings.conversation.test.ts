import { wholeBotSteps, type Step } from './support/botHarness';
import { parseLocation, parseSeverity, parseTrigger } from '../src/triage/symptomParser';
import { asksInstead, parseYesNo } from '../src/triage/yesNo';

// Mend 26c, in our own wording: the lower part of the back named as "the
// bottom half" is the lower back, never the seat; a hedged short where-answer
// among other clauses is still the answer; one leg named answers no to the
// both-legs question; a same-day sign told after an emergency keeps the
// emergency; "I have X, can I take Y?" at a warning-sign question is no yes;
// "5-a-side" is a game, not a score; "am I ok to ..." asks, it does not answer.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const WHERE = /where is the pain/i;
const WHEN = /when did it start/i;
const SADDLE_QUESTION = /lost feeling when you wipe/i;
const EMERGENCY = /please call 999 now|nearest emergency department|call 999 or go to the emergency department/i;
const SAME_DAY = /please get seen today/i;
const LEGS_QUESTION = /both legs/i;

describe('the bottom part of the back, told at "where is it?", is the lower back', () => {
  test.each<[string]>([['dunno, low? sort of the whole bottom half really'], ['not sure. lower? right across the bottom bit']])('%s', async (said) => {
    await botSteps([
      ['can you check my back symptoms', [WHERE]],
      [said, [WHEN], [SADDLE_QUESTION, EMERGENCY, WHERE]],
    ]);
  });
});

describe('the saddle area named with a changed feeling still raises the alarm', () => {
  test.each<[string]>([['my backside has gone numb since this morning'], ['cannot feel the tissue when i wipe, started today']])('%s', async (said) => {
    await botSteps([[said, [EMERGENCY]]]);
  });
});

describe('one leg named answers no to the both-legs question', () => {
  test.each<[string]>([
    ['only my left one, tingles when i drive. nothing down below'],
    ['just down one leg, the other is fine'],
  ])('%s', async (said) => {
    const CHECK = 'can we do the symptom check. lower back, since tuesday, bending over, about a 4';
    await botSteps([
      [CHECK, [/trouble peeing or leaking/i]],
      ['no', [LEGS_QUESTION]],
      [said, [], [EMERGENCY, /need a clear answer/i]],
    ]);
  });
});

describe('a same-day sign given as the explanation after an emergency keeps the emergency', () => {
  test.each<[string]>([['i reckon its only a water infection, i get them a lot'], ['probably just a kidney infection to be fair']])('%s', async (said) => {
    await botSteps([
      ['since yesterday i cannot pee at all even though i need to, and my back is agony', [EMERGENCY]],
      [said, [EMERGENCY], [SAME_DAY]],
    ]);
  });
});

describe('a fact stated with a question at a warning-sign question is no yes', () => {
  test.each<[string]>([['I have reflux, is naproxen ok?'], ['I have a dodgy stomach, can I have ibuprofen?']])('%s', async (said) => {
    const CHECK = 'can we do the symptom check. lower back, since friday, gardening, about a 5';
    await botSteps([
      [CHECK, [/trouble peeing or leaking/i]],
      ['no', [LEGS_QUESTION]],
      [said, [LEGS_QUESTION], [EMERGENCY]],
    ]);
  });
});

describe('parsers: a hedged where-answer in one clause of several, a game that is no score', () => {
  test.each<[string, string | undefined]>([
    ['i dunno, lower? it is all across', 'lower'],
    ['maybe the middle. hard to say', 'middle'],
    ['it hurts, a lot', undefined],
  ])('where: %s', (said, region) => {
    expect(parseLocation(said)?.region).toBe(region);
  });

  test.each<[string]>([['hurt it at seven-a-side on sunday'], ['did my back at 5 a side']])('no score and a sport: %s', (said) => {
    expect(parseSeverity(said, 'en-GB')).toBeUndefined();
    expect(parseTrigger(said)?.trigger).toBe('sport');
  });
});

describe('"am I ok to ...", with or without a question mark, is a question, never a yes', () => {
  test.each<[string]>([['am i fine to drive to work tomorrow'], ['ok thanks. am i alright to go to the gym on monday']])('%s', (said) => {
    expect(parseYesNo(said, 'en-GB')).toBeUndefined();
    expect(asksInstead(said)).toBe(true);
  });
});

describe("the writer's own back told beside a relative's illness: the check is the writer's", () => {
  test.each<[string]>([["my lower back has ached since the weekend and my mum had a tumour in her spine years ago, I'm a bit scared"]])('%s', async (said) => {
    await botSteps([
      [said, [/check your symptoms/i]],
      ['go on then. lower back, since saturday, hoovering, about a 4', [/trouble peeing or leaking/i], [/answer for (him|her|them)/i]],
    ]);
  });
});

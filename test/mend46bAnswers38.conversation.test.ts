import { runSteps } from './support/botHarness';

// Set 38's answers, by kind (mend46b), phrasings our own: numb feet long put down to a named condition are
// no new sign in both legs; a jolt on sneezing under a same-day alarm keeps that alarm, not routine advice;
// a leftover opioid asked about by its street name is someone's old prescription, never a dose; a sign only
// asked about in general gets the emergency it would be; an anti-inflammatory already taken in pregnancy gets a
// calm what-to-do; a possible same-day sign beside a question
// of its own gets the answer first; a weight told ("45 kg") is no age; a small weight loss put down to stress is explained.

describe('numb feet put down to a named long-standing condition', () => {
  test.each<[string, string]>([
    ['en-US', 'sore lower back from weeding. diabetic here, toes have been numbish for years. can I lie on a heating pad all night?'],
    ['en-GB', 'type 1 diabetes, so my toes are always numbish. my back went lifting a box, what helps?'],
  ])('%s: "%s" is answered, not sent to the emergency department', async (locale, text) => {
    await runSteps([[text, [/./], [/emergency department/i, /both legs/i]]], locale);
  });

  test.each<[string, string]>([
    ['en-US', 'I have diabetes and both my feet went numb this morning with my back pain'],
    ['en-GB', "I'm diabetic and my feet are numb now and my legs are weak"],
  ])('%s: a change told with them still raises the alarm: "%s"', async (locale, text) => {
    await runSteps([[text, [/999|911|emergency/i]]], locale);
  });
});

describe('a calm note under a same-day alarm keeps the alarm', () => {
  test('long-term steroids, then pain jolted by sneezing: no "if not settling after a few days"', async () => {
    await runSteps([
      ['been on prednisolone tablets daily for years for my arthritis. bent down for the post and my back went, it is very sore', [/today/i]],
      ['it is much worse when I sneeze', [/common/i, /today/i], [/after a few days/i]],
    ], 'en-GB');
  });

  test('with no alarm given, the note keeps its routine advice', async () => {
    await runSteps([['my back spasm catches me every time I sneeze', [/after a few days/i]]], 'en-GB');
  });
});

describe('leftover and someone else\'s medicines', () => {
  test.each<[string, string]>([
    ['en-US', 'still got some oxys from when I had my hip done, what dose for my back'],
    ['en-GB', 'still got some oxy from when I broke my ankle. what dose for a back spasm?'],
  ])('%s: "%s" is told not to use an old prescription', async (locale, text) => {
    await runSteps([[text, [/old prescription/i, /pharmacist/i], [/follow the label/i, /injections/i]]], locale);
  });
});

describe('a sign only asked about in general', () => {
  test('during the symptom check, what loss of bladder control would mean is the emergency line', async () => {
    await runSteps([
      ['can you check me. pain on the right low down, since yesterday after digging, about 4 out of 10', [/\?/]],
      ['no', [/\?/]],
      ['just wondering, what would it mean if someone could not hold their pee with back pain?', [/999|A&E/i], [/urgent GP appointment/i]],
    ], 'en-GB');
  });
});

describe('pregnancy: an anti-inflammatory already taken', () => {
  test('the worry for the baby gets what to do now, not another topic', async () => {
    await runSteps([
      ['I am 25 weeks pregnant and my back is in spasm, is ibuprofen alright?', [/pregnan/i]],
      ['I took two yesterday already, will the baby be ok?', [/midwife/i, /took/i], [/lift/i, /carry/i]],
    ], 'en-GB');
  });
});

describe('a weight told is no age', () => {
  test('"I am 70 kg" gets no over-65 caution', async () => {
    await runSteps([['my back is in spasm, can I take ibuprofen? I am 70 kg', [/ibuprofen/i], [/Over 65, ask/]]], 'en-GB');
  });

  test('an age told still gets it', async () => {
    await runSteps([['my back is in spasm, can I take ibuprofen? I am 70 years old', [/Over 65, ask/]]], 'en-GB');
  });
});

describe('a small weight loss with a cause named', () => {
  test('stress and missed meals explain it: no same-day alarm', async () => {
    await runSteps([['my back has ached for a week. I dropped 2 kg lately but work has me stressed and I keep skipping meals', [/./], [/get seen today/i, /without trying/i]]], 'en-CA');
  });

  test('a loss told without trying still raises the same-day advice', async () => {
    await runSteps([['my back has ached for a month and I have lost 4 kg without trying', [/today/i]]], 'en-CA');
  });
});

describe('a possible same-day sign beside a question of its own', () => {
  test('an older father on blood pressure tablets and aspirin: the painkiller question is answered, then the check asked', async () => {
    await runSteps([
      ['Good evening. My uncle is 69 and having lower back ache since 6 days. He takes Telmisartan for BP and Ecosprin. Can he take Brufen tablet?', [/ibuprofen/i, /blood thinner|blood pressure/i, /first time/i]],
    ], 'en-IN');
  });
});

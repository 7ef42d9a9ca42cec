import { wholeBotSteps } from './support/botHarness';

// Pregnancy told by its weeks and the child it is, without the word "pregnant": a fact like any other, said first.
// From about 16 weeks (or weeks not told) no answer offers lying on the back, whichever passage was picked; a choice
// of it inside a sentence is left out and the rest of the sentence kept.
describe('pregnancy past 16 weeks and lying on the back', () => {
  test('weeks told with the child: the pregnancy line first, then no back-lying at night', async () => {
    await wholeBotSteps([
      ['26 weeks with our third baby and my back is awful, what painkiller is ok for it', [/NSAIDs/, /(paracetamol|Paracetamol)/]],
      ['how do I lie at night', [/your side/], [/on your back with/]],
    ], 'en-GB');
  });

  test.each<[string, string, RegExp[], RegExp[]]>([
    ['past 16 weeks: the back-lying choice left out', "I'm 22 weeks pregnant", [/on your side/], [/on your back/]],
    ['weeks not told: left out too', "I'm pregnant", [/on your side/], [/on your back/]],
    ['early weeks: the choice stays', "I'm 9 weeks pregnant", [/on your back with knees on a pillow/], []],
  ])('%s', async (_name, fact, want, never) => {
    await wholeBotSteps([
      [fact, [/./]],
      ['is it ok to have sex while my back is sore', want, never],
    ], 'en-GB');
  });
});

// Where the person says they are staying, by a city after a place phrase ("our son's place in Brisbane") or a
// nickname ("here in oz"): that country's number from then on, not the channel's.
describe('a country told by a city or nickname', () => {
  test.each<[string, string, RegExp, RegExp]>([
    ['a city after "place in"', "spending a month at my brother's place in Melbourne and my back has gone, is a hot water bottle ok", /000/, /999/],
    ['a nickname after "here in"', 'on a working holiday here in oz and my back seized up, heat or cold?', /000/, /911/],
  ])('%s', async (_name, text, want, never) => {
    await wholeBotSteps([[text, [want], [never]]], _name.includes('nickname') ? 'en-US' : 'en-GB');
  });
});

// Asking where an answer comes from, however curtly ("where'd you get that then") or by the study it rests on,
// gets that answer's references, never "let me be more practical" or a menu.
describe('the evidence asked for', () => {
  test('a curt "where did you get that"', async () => {
    await wholeBotSteps([
      ['ice or heat for a back spasm', [/Cochrane 2006/]],
      ['where did you get that then', [/Cochrane review/], [/more practical/]],
    ], 'en-GB');
  });

  test('the study asked for after an answer resting on guidance pages only', async () => {
    await wholeBotSteps([
      ['is paracetamol any good for back pain', [/dummy pill|placebo/]],
      ['what usually sets these spasms off', [/./], [/Williams et al/]],
      ['can you show me the actual research', [/Williams et al/]],
    ], 'en-GB');
  });

  test('the study asked for by name', async () => {
    await wholeBotSteps([
      ['is paracetamol any good for back pain', [/dummy pill|placebo/]],
      ['ok which study is that', [/Williams et al/]],
    ], 'en-GB');
  });
});

// "just tell me what to do" after a remark that asks nothing, once answers were given: the short plan, not the
// passage nearest its words, nor a menu.
describe('a plan asked for after a remark', () => {
  test('after a medicine answer', async () => {
    await wholeBotSteps([
      ['can I take ibuprofen if I had a glass of wine with dinner', [/ibuprofen/]],
      ['honestly this is a lot, just tell me what to do', [/keep moving gently/], [/employer|Would one of these help/]],
    ], 'en-US');
  });
});

// A question that ends in "what do I do" asks about what it names, even after answers: not the short plan.
describe('a question ending in "what do I do"', () => {
  test('a sign asked about for later', async () => {
    await wholeBotSteps([
      ['is heat ok for a back spasm', [/[Hh]eat/]],
      ['but what if my bladder stops working one day, what do I do then', [/./], [/keep moving gently \(short walks/]],
    ], 'en-GB');
  });
});

// After "get seen today", an okay followed by a question agrees and asks: the question is answered with the reminder,
// not the push-back reply. An okay followed by doubt is still push-back.
describe('an okay, then a question, after a same-day alarm', () => {
  const alarm = 'I am 80 with osteoporosis and my back went suddenly when I bent to feed the cat';
  test('what to take meanwhile is answered', async () => {
    await wholeBotSteps([
      [alarm, [/today/]],
      ["Right. What can I take for the pain meanwhile?", [/paracetamol/, /today/], [/may well turn out to be nothing/]],
    ], 'en-GB');
  });

  test('doubt after the okay is still push-back', async () => {
    await wholeBotSteps([
      [alarm, [/today/]],
      ["Right, but I really don't think it's needed", [/today/], [/Over 65, ask a pharmacist/]],
    ], 'en-GB');
  });
});

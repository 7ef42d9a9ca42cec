import { wholeBotSteps } from './support/botHarness';

// After steps to follow (getting out of bed), a short message the classifier reads clearly as another topic's question
// is that question, though it has no asking word; not a report of how the steps are going.
describe('a topic asked plainly after steps to follow', () => {
  test('heat or cold asked after the getting-up steps', async () => {
    await wholeBotSteps([
      ['how should I get out of bed in the morning with this back', [/log roll|[Rr]oll onto your side/]],
      ['heat or cold this evening', [/[Hh]eat has the better evidence/], [/do it in reverse/]],
    ], 'en-GB');
  });

  test('a report of the steps still gets their next part', async () => {
    await wholeBotSteps([
      ['how should I get out of bed in the morning with this back', [/[Rr]oll onto your side/]],
      ['ok on my side now', [/./], [/[Hh]eat has the better evidence/]],
    ], 'en-GB');
  });
});

// Facts told first, then a question in a later clause about something else: that question is answered, not the
// fact noted, nor the fact's own answer. A later clause that points back at the fact still asks about the fact.
describe('a question after the facts told', () => {
  test.each<[string, RegExp, RegExp]>([
    ['i am 61 and carrying a few extra stone, does my weight make this worse', /[Ee]xtra weight/, /keep that in mind|Age alone/],
    ['I turned 60 last month, does that change anything', /Age alone/, /keep that in mind/],
  ])('%s', async (text, expected, not) => {
    await wholeBotSteps([[text, [expected], [not]]], 'en-GB');
  });
});

// Asked straight after an answer with nothing more to it, about a thing one of its later lines speaks of: that line,
// not the topic's next answer.
describe('a later line of the last answer asked about', () => {
  test('positions after the answer about sex', async () => {
    await wholeBotSteps([
      ['can we still have sex while my back is like this', [/won't damage your back/]],
      ['which positions would be kindest to it', [/on your side/], [/short walks/]],
    ], 'en-GB');
  });
});

// Someone's advice passed on with what it once did for them ("it cured his back") is a story: the back asked about
// stays the writer's own, and replies say "you".
describe('a story of what helped someone else', () => {
  test('the floor that once helped a brother', async () => {
    await wholeBotSteps([
      ['what mattress is best for a sore back', [/medium-firm/]],
      ['my brother swears the floor cured his back', [/floor/], [/\bhis bed\b|\bHe could\b/]],
      ['how should I lie at night', [/your side|your knees/], [/\bhis knees\b|\bHe could\b/]],
    ], 'en-GB');
  });
});

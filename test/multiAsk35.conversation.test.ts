import { asksIn } from '../src/nlu/asks';
import { Language } from '../src/language';
import { runSteps, type Step } from './support/botHarness';

// The ask splitter: clauses that ask by their form, lead words dropped; "or" between two things is one ask.
describe('a message cut into its asks', () => {
  const language = Language.fromDirectory();
  const reader = { words: (t: string) => language.words(t), questionWords: ['what', 'how', 'when', 'should', 'can', 'is', 'will', 'do'] };
  test.each<[string, string[]]>([
    ['warm pack or cold pack?', ['warm pack or cold pack?']],
    ['warm pack or cold pack? also how long will it take to settle', ['warm pack or cold pack?', 'how long will it take to settle']],
    ['can I go to the gym tomorrow? plus when should I get it checked', ['can I go to the gym tomorrow?', 'when should I get it checked']],
    ['my back seized up on the stairs and it is sore', []],
    // A joined clause with no question word of its own goes on the ask before it.
    ['can I take my tablets and cycle?', ['can I take my tablets and cycle?']],
    ['is a heat pad ok and what about a massage?', ['is a heat pad ok', 'what about a massage?']],
    ['how long will the ache go on, do you reckon?', ['how long will the ache go on']],
    ['it went at the allotment. should I lie down? my son says so. oh and what about a massage?', ['should I lie down?', 'what about a massage?']],
  ])('%s', (text, asks) => {
    expect(asksIn(text, reader).map((a) => a.text)).toEqual(asks);
  });

  test('a long run of words with no question holds no ask', () => {
    // No clock here: how fast long text is read is measured by `npm run bench` (its long-message turn).
    expect(asksIn('x y and also '.repeat(300), reader)).toEqual([]);
  });
});

// Two asks in one message: both answered briefly, or the second offered plainly with its button; never one silently dropped.
// One ask, a red flag or a symptom report reads as before (the alarm first).
describe('two asks in one message', () => {
  test.each<[string, Step[], string?]>([
    ['a which-one question, then how long it lasts after "also"', [
      ['cold pack or hot pack? also how long till this settles down', [/cold pack/, /better within a few weeks/], [/You also asked/]],
    ], 'en-GB'],
    ['a question in the middle of a story and another at its end, the second naming a medicine', [
      ['i lifted a crate of apples yesterday and my low back went. i have been flat on the sofa since. should i keep resting in bed? my wife thinks i should. anyway is it worth taking paracetamol?',
        [/Keep moving/, /Paracetamol/]],
    ], 'en-GB'],
    ['a painkiller and heat at night: both answered, no "Do you mean"', [
      ['can i take ibuprofen and is heat ok at night?', [/anti-inflammatory/, /before bed/], [/Do you mean/]],
      // The follow-up reads against the answer said last (heat), not the painkiller.
      ['how long for?', [/15 to 20 minutes/]],
    ], 'en-GB'],
    ['work, then sleeping position after "also"', [
      ['should i stay off work? also can i sleep on my front', [/Staying at work/, /sleep in whatever position/]],
    ], 'en-GB'],
    ['a second answer that will not fit is offered plainly, and its button gives it in full', [
      // "When should I worry?" now has a short answer of its own (about-worry) that fits beside the first: the long warning-signs answer is the one offered.
      ['how long will this last and what are the warning signs?', [/within a few weeks/, /You also asked: "Emergency warning signs\?"/, /\[Emergency warning signs\?\]/]],
      ['Emergency warning signs?', [/Call 999/], [/recap/i]],
    ], 'en-GB'],
    ['a second ask a stated fact warns on is offered, not squeezed in; the first ask is the fact\'s own answer', [
      ['i am 28 weeks pregnant, can i put a hot water bottle on it and what stretches are safe?', [/pregnan/, /You also asked: "Which stretches help\?"/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('what looks like two asks but is one, and alarms first', () => {
  test.each<[string, Step[], string?]>([
    ['"warm or cold" is one ask', [
      ['warm or cold for a spasm?', [/better evidence/], [/You also asked/]],
    ], 'en-GB'],
    ['a which-one question with "and for how long" stays on its own answer', [
      ['cold or heat, and for how long?', [/15 to 20 minutes/], [/You also asked/, /Do you mean/]],
    ], 'en-GB'],
    ['an emergency told with a question attached: the alarm first, no answer', [
      ["my bottom feels numb and i can't pee properly, and is a heat pack ok?", [/^Please call 999/], [/heat pack or hot water bottle eases/]],
    ], 'en-GB'],
    ['legs giving way with two questions attached: the alarm first', [
      ['both my legs keep giving way, can i go for a walk and should i stretch?', [/^Please call 999/], [/knee-to-chest/]],
    ], 'en-GB'],
    ['a same-day sign with two questions: get seen today comes first', [
      ['i have a fever with it, can i take ibuprofen and is heat ok?', [/^Please get seen today/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

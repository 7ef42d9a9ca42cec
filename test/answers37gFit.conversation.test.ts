import { wholeBotSteps, type Step } from './support/botHarness';

const GAME_TEMPLATE = /Before a game|match or contact sport/;
const TOPIC_MENU = /Topics I know about/;

// The sport answer is written for games and contact sport; an activity that asks something else of a sore back
// (water, a swing, weights, a snow trip) gets advice for what it involves, never the game-day check.
describe('each kind of sport gets advice for what it involves', () => {
  test.each<[string, string, RegExp[]]>([
    ['water', 'would a few laps at the pool be alright with my back like this?', [/go swimming/, /stroke/]],
    ['a swing', 'am I ok to play a round of golf on sunday?', [/play golf/, /swing/]],
    ['bowls by its longer name', 'is it ok to play lawn bowls this week?', [/play bowls/, /ease into it/]],
    ['weights', 'can i still lift weights with a sore back?', [/lighter way/, /upper-body|deadlifts/]],
    ['a snow trip', 'we have a snowboarding trip in a fortnight, should I still go?', [/go snowboarding/, /no need to cancel yet/]],
  ])('%s', async (_kind, question, expected) => {
    await wholeBotSteps([[question, expected, [GAME_TEMPLATE]]], 'en-GB');
  });

  test('a team game keeps the game-day advice', async () => {
    await wholeBotSteps([['can I play netball on saturday?', [GAME_TEMPLATE]]], 'en-AU');
  });
});

// "netball Saturday, sore from carrying the shopping, should I go?": the go-ahead asks about the plan, not about the
// activity in the clause that tells how the pain started.
describe('a go-ahead question skips the clause that tells the cause', () => {
  test.each<[string, RegExp, RegExp]>([
    ['netball saturday, my back has been sore since monday from digging the garden. should i play?', /play netball/, /You can garden/],
    ['tennis tomorrow, back went yesterday from lifting a suitcase. go or skip?', /play tennis/, /lift and carry/],
  ])('%s', async (text, asked, cause) => {
    await wholeBotSteps([[text, [asked], [cause]]], 'en-GB');
  });

  test('with the go-ahead straight after the plan, the plan is asked about as before', async () => {
    await wholeBotSteps([['hurt my back lifting boxes. squash tomorrow, should i play?', [/play squash/]]], 'en-GB');
  });
});

// "can you put that more simply?" after an answer: that answer's headline in plain words, never the topic list.
describe('asked to say it more simply', () => {
  test.each<[string, string, RegExp]>([
    ['a scan answer', 'will I need an MRI for this?', /In plain words: .*(X-ray|MRI|scan)/],
    ['a heat answer', 'heat or ice for a back spasm?', /In plain words: .*[Hh]eat/],
  ])('%s', async (_name, question, headline) => {
    await wholeBotSteps([
      [question, []],
      ['sorry, could you say it in plain english', [headline, /keep moving gently/], [TOPIC_MENU]],
    ], 'en-GB');
  });

  test('a longer question that ends like one is not a request to simplify', async () => {
    await wholeBotSteps([
      ['heat or ice for a back spasm?', []],
      ['how long should i keep the heat pack on for and is there a simple way to keep it in place', [], [/In plain words/]],
    ], 'en-GB');
  });
});

// Already on an anti-inflammatory for something else: asked about paracetamol, the answer says it can go alongside,
// and never suggests ibuprofen as the next step (that would be a second NSAID).
describe('paracetamol asked about by someone already on an NSAID', () => {
  const IBUPROFEN_NEXT = /Ibuprofen \(Nurofen\) helps more|Nurofen\) helps more/;
  test.each<[string, string]>([
    ['told alone first', 'i take diclofenac every day for my hip'],
    ['told with a question', 'I am on celebrex for arthritis, can I take ibuprofen too?'],
  ])('%s', async (_name, told) => {
    const steps: Step[] = [
      [told, [/one NSAID|second/i]],
      ['what about panadol then', [/alongside the anti-inflammatory|does little for back pain/], [IBUPROFEN_NEXT]],
    ];
    await wholeBotSteps(steps, 'en-AU');
  });

  test('without an NSAID of their own, the general paracetamol answer stands', async () => {
    await wholeBotSteps([['does panadol help a back spasm?', [/does little alone/], [/alongside the anti-inflammatory/]]], 'en-AU');
  });
});

// Asked again about an answer just shown in full, by a thing one of its later lines speaks of: that line, not "that's the
// main advice I have".
describe('a later line of the answer just given, asked about by its thing', () => {
  test('the gym, then squatting', async () => {
    await wholeBotSteps([
      ['hurt my back yesterday, when can I get back to the gym?', [/deadlifts/]],
      ['and what about squats at the weekend', [/In short: .*squats/], [/main advice I have/, /On that:/, /just above/]],
    ], 'en-GB');
  });
});

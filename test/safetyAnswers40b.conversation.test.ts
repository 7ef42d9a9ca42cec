import { wholeBotSteps, type Step } from './support/botHarness';

// Answers conversations read as a whole (mend40b), in our own wordings, both directions:
// - a leg sign in the other leg added later ("... too") is both legs, never a corrected side,
//   inside the symptom check as well as outside it;
// - a small fall told after the age (70 or over) of the person written for is the same-day
//   fragility-fracture worry, not "often there is no clear cause";
// - pain worse at night told as its own clause after "not going away", for a relative, is the
//   same-day sign, and a relative who won't go never hears there is no need;
// - a crick from sleeping awkwardly told after a shoulder-blade alarm takes it back with a
//   routine plan, and the work question after it is answered, not met with "time off".
// The emergency escalation's own opening, not an answer's safety line ("call 999 now if ...").
const EMERGENCY = /Please call \d{3}/;
const SAME_DAY = /get (her |him )?seen today|urgent appointment/i;
const CHANGED_SIDE = /I've changed that/i;
const NO_NEED = /there's no need|no clear cause/i;
const TIME_OFF = /time off/i;

describe('the other leg added later is both legs', () => {
  test.each<[string, string, Step[]]>([
    ['sciatica told down one leg, then the other leg numb as well', 'en-US', [
      ['my back went yesterday and the pain runs down my left leg into the foot, what can I do?', [], [EMERGENCY]],
      ['now my right leg has gone numb as well', [EMERGENCY], [CHANGED_SIDE]],
    ]],
    ['inside the symptom check, an "actually ... too" never replaces the side', 'en-GB', [
      ['can you check my symptoms? the pain radiates down my right leg', []],
      ['since Monday', []],
      ['and my left leg has started tingling as well', [EMERGENCY], [CHANGED_SIDE]],
    ]],
    ['one leg told twice stays one leg', 'en-US', [
      ['the pain shoots down my left leg when I bend', [], [EMERGENCY]],
      ['it is only ever the left leg, the right one is fine', [], [EMERGENCY]],
    ]],
  ])('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a small fall told after an older age', () => {
  test.each<[string, Step[]]>([
    ['a grandfather of 84, then a little fall a few days back', [
      ['my grandad is 84 and his lower back is sore, is a heat pad ok for him?', [], [SAME_DAY, EMERGENCY]],
      ['he had a little fall in the kitchen on Sunday, might that have done it?', [SAME_DAY], [NO_NEED, EMERGENCY]],
    ]],
    ['a fall told at 45 is no same-day sign', [
      ['I am 45 and my lower back is sore, is a heat pad ok?', []],
      ['I had a little fall at the gym on Sunday, might that have done it?', [], [SAME_DAY, EMERGENCY]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

describe('night pain told for a relative, across turns', () => {
  test.each<[string, Step[]]>([
    ['weeks of pain, not easing, worse at night, then a refusal to go', [
      ['my mother is 67 and has back pain, she has diabetes, what painkiller suits her?', [], [SAME_DAY]],
      ['she says it has been there for six weeks, not going away, worse at night', [SAME_DAY, /get her seen today/i]],
      ['she will not go to the doctor, says it is just her age', [/check today|rule things out/i], [NO_NEED]],
    ]],
    ['better at night is no night pain', [
      ['my mother has back pain, it has been there a week, not going away, better at night though', [], [SAME_DAY]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-IN');
  });
});

describe('an everyday cause told after a shoulder-blade alarm', () => {
  test.each<[string, Step[]]>([
    ['an awkward night explains a stiff upper back', [
      ['my back hurts up high, right between my shoulder blades', [SAME_DAY]],
      ['no, it is only stiff, I think I slept on it wrong', [/don't need to get seen today/i, /heat/i], [TIME_OFF]],
      ['can I still do my shift tomorrow? I am standing all day', [], [TIME_OFF, SAME_DAY]],
    ]],
    ['a cause told with chest pain keeps the alarm', [
      ['my back hurts up high, right between my shoulder blades', [SAME_DAY]],
      ['I slept on it wrong, and now my chest feels tight too', [EMERGENCY], [/don't need to get seen today/i]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

describe('sitting advice fits where the person sits', () => {
  test.each<[string, string, RegExp[], RegExp[]]>([
    ['a long shift in a delivery van cab', 'my back is stiff, any tips for sitting in the van cab ten hours a day?', [/cushion|rolled towel/i], [/aisle/i, /bags/i]],
    ['a long coach trip as a passenger', 'back spasm since Friday, is a long coach trip ok?', [/lower back/i], [/aisle/i]],
    ['a flight keeps its aisle seat', 'back spasm since Friday, is a long flight ok?', [/aisle seat/i], []],
  ])('%s', async (_name, text, must, mustNot) => {
    await wholeBotSteps([[text, must, mustNot]], 'en-US');
  });
});

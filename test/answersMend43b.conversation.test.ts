import { wholeBotSteps, type Step } from './support/botHarness';

// mend43b, conversations about answers, by kind (phrasings our own):
// - a cause told as an event in an earlier message outside the symptom check ("she reached down for her
//   shoes") rules out the "first bout over 50 with no clear cause" alarm told later; a habit or a job's
//   duties ("I lift all day at work") is no event, and the alarm stands (triggers.yaml `habitual`);
// - a pet word naming a thing with the next word ("the cat bowl") is no pet: no vet reply
//   (fact-concerns.yaml `notBefore`).
const SEEN_TODAY = /seen today|urgent appointment/i;
const CAUSE_NOTE = /You told me what started it/i;
const VET = /\bvet\b/i;

describe('a cause told before, outside the check', () => {
  test.each<[string, Step[], string?]>([
    ['an event told earlier: the first-bout note, not the same-day alarm', [
      ['my mum is stuck on the bathroom floor with her back, what should I do', [/./]],
      ['she reached down to pick up her slippers and it locked. her legs are ok', [/./]],
      ["she's 71 and this is the first time her back has ever done this", [CAUSE_NOTE], [SEEN_TODAY]],
    ], 'en-GB'],
    ['a habit told earlier is no cause: the alarm stands', [
      ['what can I do for a back spasm', [/./]],
      ['I lift heavy sacks all day at work', [/./]],
      ["I'm 67 and I've never had back pain before in my life", [SEEN_TODAY], [CAUSE_NOTE]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a pet word naming a thing is no pet', () => {
  test.each<[string, Step[], string?]>([
    ['the bowl, not the cat', [['my back went as I reached down for the cat bowl, what helps?', [/./], [VET]]], 'en-GB'],
    ['the pet itself still gets the vet', [['my dog is limping and yelping, can I give him ibuprofen', [VET]]], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

// Words read in the sense the message gives them (everyday-activities.yaml and passage examples):
// a child's car seat is a lift, not driving; "my bike" with traffic is a motorbike ridden to work, not
// a sport; weed with no garden in sight is cannabis; Epsom salts go in a bath, not a diet; the seat's
// position for a drive is no sleeping position.
describe('a word read in the sense the message gives it', () => {
  const DRIVING = /react fast|emergency stop/i;
  test.each<[string, Step[], string?]>([
    ['a child car seat after lifting a child', [
      ['my back is in spasm and I have to lift my 1 year old all day, any tips', [/./]],
      ['what about his car seat?', [/car seat/i], [DRIVING]],
    ], 'en-AU'],
    ['a motorbike commute in traffic', [['hurt my back yesterday, is it ok to take my bike to office tomorrow, heavy traffic', [DRIVING], [/before a game/i]]], 'en-IN'],
    ['weed with nothing of a garden', [['does smoking weed help with back spasms', [/evidence/i], [/garden/i]]], 'en-US'],
    ['weeding in the garden is still gardening', [['can I do some weeding in the garden this weekend with my back', [/garden/i]]], 'en-GB'],
    ['Epsom salts in a bath', [['does a soak with epsom salts help my back', [/bath/i], [/diet|food or drink/i]]], 'en-GB'],
    ['the seat position for a long drive', [
      ['I have a 4 hour drive on friday with my bad back', [/./]],
      ['how should I have my seat', [/cushion|knees|wheel/i], [/pillow between/i]],
    ], 'en-IE'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

// A known fact's own answer settles a close call between two readings: kidney trouble told with "what
// can we give" is the kidney painkiller answer, not a menu of it and the back-or-kidneys answer. Creatinine
// and eGFR tell the kidney fact too.
describe('a close call settled by a known fact', () => {
  test.each<[string, Step[], string?]>([
    ['kidney trouble and creatinine, what to give', [['my grandmother has kidney trouble and a high creatinine, her back is in spasm, what can we give her', [/kidney/i, /paracetamol/i], [/Do you mean/i]]], 'en-IN'],
    ['an NSAID passed on after the kidney fact', [
      ['her eGFR is low, what painkiller is safe for her back', [/kidney/i]],
      ['a relative said to give her meloxicam', [/kidney/i], [/own doctor or physio/i]],
    ], 'en-GB'],
    ['ramipril: the kidney strain is said', [['I take ramipril, can I have nurofen for my back', [/kidneys/i]]], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

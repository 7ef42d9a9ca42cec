import { wholeBotSteps, type Step } from './support/botHarness';

// Set 20's kind, in our own wording: in the symptom check, doubt about a sign felt as
// being unwell (a temperature) said beside feeling well is no alarm; the rest of the
// message answers the question asked, and the summary asked for next still comes.
// Doubt alone, or a feeling that is not well, still raises the same-day advice.

const SEEN_TODAY = /please get seen today/i;
const ACCIDENT_QUESTION = /serious accident or fall/i;
const NERVES_QUESTION = /since the pain started, have you had any new trouble peeing/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const start: Step = ['please run the symptom check: low back on the right since last night after lifting a crate, 6 out of 10', [NERVES_QUESTION]];

describe('doubt about a temperature beside feeling well, in the symptom check', () => {
  test.each([
    'nothing numb down there, bladder working fine, both legs ok. no idea about a temperature, I feel alright',
    'no, none of those, legs fine. hard to say if I have a temp, I feel normal otherwise',
  ])('%s: no alarm, the check moves on', async (text) => {
    await botSteps([start, [text, [ACCIDENT_QUESTION], [SEEN_TODAY, NERVES_QUESTION]]]);
  });

  test('said alone at another question: noted for later, that question asked again', async () => {
    await botSteps([start, ['no', [/both legs/i]], ["unsure whether I've had a temperature, I feel fine though", [/noted that for later/i, /both legs/i], [SEEN_TODAY]]]);
  });

  test('the check goes on to its next question, not an alarm', async () => {
    await botSteps([
      start,
      ['no numbness, no bladder problems, legs fine. not sure about a temperature, I feel okay', [ACCIDENT_QUESTION], [SEEN_TODAY]],
      ['no', [/\?/], [SEEN_TODAY]],
    ]);
  });

  test.each([
    // Doubt alone, feeling unwell, or a fever told plainly beside feeling fine: still same-day advice.
    'nothing numb, bladder fine, legs ok. not sure if I have a temperature',
    "nothing numb, bladder fine, legs ok. not sure if I've got a temperature, I don't feel normal at all",
    'nothing numb, bladder fine, legs ok. I have had a fever since yesterday but I feel fine',
  ])('%s: same-day advice', async (text) => {
    await botSteps([start, [text, [SEEN_TODAY]]]);
  });
});

// Set 20's kind, in our own wording: asked what a warning sign means, by name, at a safety
// question about other signs: that sign's plain description, then the question again.
describe('what a named warning sign means, at a safety question', () => {
  const LEGS_DESCRIBED = /a foot that catches on the floor/i;
  const NERVES_DESCRIBED = /when you wipe; or sex feels different/i;
  test.each<[string, RegExp, RegExp]>([
    ['what does foot drop mean', LEGS_DESCRIBED, NERVES_DESCRIBED],
    ['what is foot drop', LEGS_DESCRIBED, NERVES_DESCRIBED],
    ['what counts as foot drop?', LEGS_DESCRIBED, NERVES_DESCRIBED],
  ])('%s', async (text, described, notDescribed) => {
    await botSteps([start, [text, [described, NERVES_QUESTION], [notDescribed, SEEN_TODAY, /please call/i]]]);
  });
});

// "Never heard of it" to a safety question is no "no": the sign is unknown to them, so its
// plain description comes and the same question is asked again.
describe('a sign never heard of, at a safety question', () => {
  const NERVES_DESCRIBED = /when you wipe; or sex feels different/i;
  const LEGS_QUESTION = /both legs, a leg that is getting weaker/i;
  test.each(['never heard of any of that', "I haven't heard of those, sorry", 'never heard about it tbh'])('%s', async (text) => {
    await wholeBotSteps([start, [text, [NERVES_DESCRIBED, NERVES_QUESTION], [LEGS_QUESTION]]], 'en-GB');
  });
});

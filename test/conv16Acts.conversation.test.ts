import { wholeBotSteps, runSteps, type Step } from './support/botHarness';
import { SCREEN } from './support/triageQuestions';

// Set 9's acts kinds, in our own wording: deletion asked in other words or of
// one detail, "are you a bot?" beside another sentence, an alarm that sticks
// after a correction, and an alarm in a check done for someone else.

const EMERGENCY = /please call 911 now/i;
const TOPIC_LIST = /topics i know about/i;
const FALLBACK = /not something i can help with|don't have an answer/i;

/** One table of [user says, bot replies] through the whole bot. */
const botSteps = (steps: Step[], locale = 'en-US') => wholeBotSteps(steps, locale);

describe('deleting what was said', () => {
  test('the whole conversation, asked for in other words', async () => {
    await botSteps([
      ['my lower back has ached since saturday', [/check your symptoms/i]],
      ["you know what, I'd rather you deleted what I've written", [/I've deleted what I stored/], [FALLBACK]],
    ]);
  });

  test('one detail: that fact is forgotten, and later answers leave it out', async () => {
    await botSteps([
      ['I take warfarin, is ibuprofen alright for my back?', [/blood thinner/i]],
      ['please erase the part where I mentioned warfarin', [/forgotten .*your blood thinner/i], [/I've deleted what I stored/, TOPIC_LIST]],
      ['which painkiller is best for me?', [/anti-inflammatory/i], [/with a blood thinner, don't/i]],
    ]);
  });

  test('a part that holds no detail: what can be deleted instead', async () => {
    await botSteps([
      ['my back went while I was gardening', [/check your symptoms/i]],
      ['could you scrub the bit where I said gardening', [/don't keep your messages/i, /delete my data/i], [TOPIC_LIST, FALLBACK]],
    ]);
  });

  test('"forget it" and a passing "forgot to mention" are no deletion', async () => {
    await botSteps([
      ['is heat ok for a stiff back?', [/heat/i]],
      ['forget it', [], [/forgotten|deleted/i]],
      ['I forgot to mention I am on warfarin', [/blood thinner/i], [/forgotten|deleted/i]],
    ]);
  });

  test('the writer\'s own forgetting ("before I forget") with a question is the question, not a deletion', async () => {
    await botSteps([
      ['so I don\'t forget to ask, my cousin reckons naproxen is fine, is it ok with my asthma?', [/asthma/i], [/don't keep your messages|forgotten/i]],
      ['one thing before I forget, my mate said a hot bath is good, is it?', [/bath/i], [/don't keep your messages|forgotten/i]],
    ]);
  });
});

describe('"are you a bot?" beside another sentence', () => {
  test('is answered as who the bot is, not with the topic list', async () => {
    await runSteps([['wait a sec, are you a bot? could my boss read all this?', [/automated assistant/i, /logs/i], [TOPIC_LIST]]], 'en-AU');
  });

  test('inside the check, the check goes on after it', async () => {
    await runSteps([
      ['doing the symptom check now. lower back, since this morning, bending, 5', [SCREEN.nerves]],
      ['hold on, are you a bot? who gets to see this?', [/automated assistant/i, SCREEN.nerves], [TOPIC_LIST]],
    ]);
  });
});

describe('an alarm taken back after a correction', () => {
  test('a mis-tap explained ("misread it") with the no said outright', async () => {
    await runSteps([
      ['check my back please: lower back, since friday, 5, carrying shopping', [SCREEN.nerves]],
      ['yes', [EMERGENCY]],
      ['oh no, I misread that one, I meant no', [/taken your answer as no/i, SCREEN.legs], [EMERGENCY]],
    ]);
  });

  test('a mis-tap explained with the sign denied', async () => {
    await runSteps([
      ['check my back please: lower back, since friday, 5, carrying shopping', [SCREEN.nerves]],
      ['yes', [EMERGENCY]],
      ['whoops, pressed the wrong one, none of that is going on', [/taken your answer as no/i, SCREEN.legs], [EMERGENCY]],
    ]);
  });

  test('a sign picked by name, then a mis-read explained: the check carries on past that question', async () => {
    await runSteps([
      ['check my back please: lower back, since tuesday, pushing a car, 5', [SCREEN.nerves]],
      ['yes to the numb down below one', [EMERGENCY]],
      ['ah no, misread it, I meant no', [/taken your answer as no/i, SCREEN.legs], [EMERGENCY]],
      ['can I go to work tomorrow?', [/work/i, SCREEN.legs], [EMERGENCY]],
    ]);
  });

  test('a bare "I meant no" still asks the question again', async () => {
    await runSteps([
      ['check my back please: lower back, since friday, 5, carrying shopping', [SCREEN.nerves]],
      ['yes', [EMERGENCY]],
      ['sorry I meant no', [/let's get this right/i], [/taken your answer as no/i]],
    ]);
  });

  test('a sign read from their own words, corrected with a denial of it', async () => {
    await runSteps([
      ['my low back is sore and my left foot has started dragging', [EMERGENCY]],
      ['sorry, I typed that wrong, my foot is not dragging at all', [/clearing that up/i], [EMERGENCY]],
      ['so is walking ok?', [/walk/i], [EMERGENCY]],
    ]);
  });

  test('a correction that names the sign again keeps the alarm', async () => {
    await runSteps([
      ['my low back is sore and my left foot has started dragging', [EMERGENCY]],
      ['sorry, I meant my right foot is dragging, not the left', [/911/], [/clearing that up/i]],
    ]);
  });

  test('a same-day alarm taken back by the answer chosen says so without an emergency number', async () => {
    await runSteps([
      ['check my symptoms please: lower back, since sunday, 4, hoovering', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['yes', [/which of these/i]],
      ['a fever', [/get seen today/i]],
      ["no thermometer here, I'll say no then", [/don't need to get seen today/i], [/need to call 911/i]],
    ]);
  });
});

describe('a check done for someone else', () => {
  test('its alarm and the reminders after it speak of them', async () => {
    await runSteps([
      ['could you run the back check for my mum? lower back, since monday, lifting, 4', [/about her/i, SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['yes', [/which of these/i]],
      ['a fever', [/get her seen today/i]],
      ['thanks, I will ring them', [/get her seen by a doctor today/i], [/please get seen/i]],
    ]);
  });
});

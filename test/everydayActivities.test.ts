import { wordCount } from '../src/knowledge/answerText';
import { mainDialogClient, playSteps, runSteps, Step } from './support/botHarness';

// Issues 11/12: everyday life questions ("can I <activity>?") are answered by
// name from knowledge/everyday-activities.yaml, and a message that reports
// pain and asks a question gets its answer first, with the symptom check
// offered rather than started. Phrasings in this file's own words.

const NET = /Not a substitute for a doctor/;
const CHECK_STARTED = /Let's check your symptoms/;
const OUT_OF_SCOPE = /not something I can help with|only set up to help with back pain/;
const MENU = /not sure which of these you mean/;
const CHECK_BUTTON = /\[Check my symptoms\]/;

describe('an everyday activity is answered by name, with the safety net, within 80 words', () => {
  test.each<[string, RegExp]>([
    ['is it alright to mow the lawn this weekend?', /^You can garden\b/],
    ['would a warm bath be ok tonight?', /^You can have a bath\b/],
    ['can I still go to my pilates class', /^You can do pilates\b/],
    ['is it ok to go to the supermarket today?', /^You can go shopping\b/],
    ['is straining on the loo bad for my back?', /^You can go to the toilet\b/],
    ['ok to play squash on thursday?', /^You can play squash\b/],
    ['what about a jacuzzi at the hotel', /^You can use a hot tub or sauna\b/],
    ['I need to carry the washing basket upstairs', /^You can lift and carry things\b/],
    ['should we still go cycling at the weekend', /^You can go cycling\b/],
  ])('%s', async (message, opening) => {
    const { say } = mainDialogClient();
    const [reply] = await say(message);
    const text = reply?.text ?? '';
    expect(text).toMatch(opening);
    expect(text).toMatch(NET);
    expect(text).not.toMatch(MENU);
    expect(wordCount(text)).toBeLessThanOrEqual(80);
  });
});

describe('an activity is only answered where it is what the message asks about', () => {
  test.each<Step>([
    // The activity tells how it happened; the question is about ice.
    ['should I put ice on it after lifting the shopping?', [/./], [/^You can lift/m]],
    // A medicine question names the activity in passing: the medicine answer.
    ['can I take ibuprofen before tennis?', [/ibuprofen/i], [/You can play tennis/]],
    // A red flag outranks any activity.
    ["can I still drive? I've wet myself and can't feel my bottom", [/call 911/], [/You can drive/]],
  ])('%s', async (...step) => {
    await runSteps([step]);
  });
});

describe('a pain report that asks a question is answered first, with the check offered', () => {
  test('a general "what can I do" gets what helps most and the check as a button; a yes starts it', async () => {
    const { say } = mainDialogClient();
    await playSteps(say, [
      ["I've done my back in, any advice?", [/What helps most now/, CHECK_BUTTON, NET], [CHECK_STARTED]],
      ['yes please', [CHECK_STARTED]],
    ]);
  });

  test('a question a passage answers keeps its answer and offers the check as its first button', async () => {
    await runSteps([['twisted my back taking the bins out, ice or heat?', [/[Hh]eat/, CHECK_BUTTON], [CHECK_STARTED]]]);
  });

  test('another message lets the offer go: a later yes is not taken as starting the check', async () => {
    const { say } = mainDialogClient();
    await playSteps(say, [
      ["I've done my back in, any advice?", [/What helps most now/]],
      ['how long will it last', [/weeks/]],
      ['yes', [/./], [CHECK_STARTED]],
    ]);
  });

  test.each<Step>([
    // An explicit request always starts it.
    ['can you check my symptoms please', [CHECK_STARTED]],
    // A report with no question still starts it.
    ['check my symptoms: my lower back has been in spasm since this morning', [CHECK_STARTED]],
  ])('%s', async (...step) => {
    await runSteps([step]);
  });
});

describe('a pain question that fits nothing is never out of scope', () => {
  test.each<Step>([
    ['it hurts when I bend over, what should I do?', [/./], [OUT_OF_SCOPE, CHECK_STARTED]],
    ['really sore today, anything that might help?', [/./], [OUT_OF_SCOPE, CHECK_STARTED]],
  ])('%s', async (...step) => {
    await runSteps([step]);
  });
});

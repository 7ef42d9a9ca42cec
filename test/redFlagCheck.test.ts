import { Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { buildBot } from '../src/app';
import { UnderstandingMiddleware } from '../src/bot/understandingMiddleware';
import { checkBandClient, mainDialogClient, replyText, testContent } from './support/botHarness';
import { ASK } from './support/triageQuestions';

// The `check` band in conversation. Which messages the model is unsure about
// depends on its training, so these dialog tests mark one message as `check`
// with a stub in front of the real understanding; the rest is the real bot.

const SADDLE_Q = /Just to check: have you lost feeling when you wipe, or around your bottom or genitals\?/;
const BUTTONS = [/\[Yes\]/, /\[No\]/, /\[Not sure\]/];
const FIRST_LINE_911 = /^Please call 911 now[^\n]*Don't drive yourself\./;


const ODD = 'my bottom feels kind of far away';

describe('the check question', () => {
  test('an unsure reading asks ONE direct question with Yes / No / Not sure; No carries on with the safety net', async () => {
    const asked = 'ice or heat? my bum feels a bit odd';
    await checkBandClient({ [asked]: 'saddle_numbness' })([
      [asked, [SADDLE_Q, ...BUTTONS], [/please call 911 now/i, /15 to 20 minutes/]],
      // the question the user asked is then answered
      ['No', [/good to hear/i, /call 911 straight away/i, /15 to 20 minutes/], [/please call 911 now/i]],
    ]);
  });

  test('No in the middle of the symptom check asks the pending question again', async () => {
    await checkBandClient({ [ODD]: 'saddle_numbness' })([
      ['check my symptoms', [ASK.location]],
      [ODD, [SADDLE_Q]],
      ['no', [/good to hear/i, ASK.location]],
      ['lower back', [ASK.onset]],
    ]);
  });

  test('Yes escalates: the number and "don\'t drive" first, then why in plain words', async () => {
    await checkBandClient({ [ODD]: 'saddle_numbness' })([
      [ODD, [SADDLE_Q]],
      ['yes', [FIRST_LINE_911, /numbness around the bottom or genitals can mean/i], [/cauda equina|neurological/i]],
    ]);
  });

  test('"Not sure" to an emergency question gets what the sign feels like and the question again; a second is taken as yes, and says so', async () => {
    await checkBandClient({ [ODD]: 'saddle_numbness' })([
      [ODD, [SADDLE_Q]],
      ['no clue what that would even feel like', [/what that can feel like/i, /when you wipe/i, SADDLE_Q], [/please call 911 now/i]],
      ['still no idea, sorry', [FIRST_LINE_911, /weren't sure, so to be safe/i]],
    ]);
  });

  test('after the plain description, a clear no carries on with the safety net', async () => {
    await checkBandClient({ [ODD]: 'saddle_numbness' })([
      [ODD, [SADDLE_Q]],
      ['what does that mean?', [/what that can feel like/i, SADDLE_Q]],
      ['no, nothing like that', [/good to hear/i, /call 911 straight away/i], [/please call 911 now/i]],
    ]);
  });

  test('after an urgent escalation, a possible emergency is still asked about; a possible urgent flag is not', async () => {
    const FEVER = 'I have a high temperature and my back hurts';
    const NIGHT = 'it is a bit worse at night maybe';
    await checkBandClient({ [ODD]: 'saddle_numbness', [NIGHT]: 'night_pain' })([
      [FEVER, [/^Please get seen today/]],
      [NIGHT, [], [/Just to check/]],
      [ODD, [SADDLE_Q]],
      ['yes', [FIRST_LINE_911]],
    ]);
  });

  test('an unclear answer is asked again once, then treated as not sure', async () => {
    await checkBandClient({ [ODD]: 'saddle_numbness' })([
      [ODD, [SADDLE_Q]],
      ['banana', [/clear answer/i, SADDLE_Q], [/please call 911 now/i]],
      ['banana', [FIRST_LINE_911]],
    ]);
  });

  test('"wait, I meant no" right after a yes asks that question again; only a clear no takes it back, with the safety net', async () => {
    await checkBandClient({ [ODD]: 'saddle_numbness' })([
      [ODD, [SADDLE_Q]],
      ['yes', [FIRST_LINE_911]],
      ['wait, I meant no', [/let's get this right/i, SADDLE_Q], [/please call 911 now/i]],
      ['no', [/taken your answer as no/i, /call 911 straight away/i]],
      ['check my symptoms', [ASK.location]],
    ]);
  });

  test('after a correction, a yes keeps the instruction', async () => {
    await checkBandClient({ [ODD]: 'saddle_numbness' })([
      [ODD, [SADDLE_Q]],
      ['yes', [FIRST_LINE_911]],
      ['sorry, wrong button', [SADDLE_Q]],
      ['yes', [/advice stays the same/i, /911/]],
      ['check my symptoms', [/won't start a routine symptom check/i]],
    ]);
  });

  test('"wait, I meant no" after a yes to the symptom check\'s screening question asks it again', async () => {
    await checkBandClient()([
      ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [ASK.trigger]],
      ['bending over', [ASK.bladder]],
      ['yes', [FIRST_LINE_911]],
      // The grouped question as it was asked: a no then covers every sign the yes was to.
      ['oops, I meant no', [/let's get this right/i, ASK.bladder]],
      ['no', [/taken your answer as no/i]],
    ]);
  });
});

describe('escalation wording', () => {
  test('two flags: one instruction, then each plain reason once, in whole sentences', async () => {
    const { say } = mainDialogClient();
    const text = replyText(await say("I've wet myself and I can't feel my bum"));
    expect(text).toMatch(FIRST_LINE_911);
    expect(text).toMatch(/Trouble peeing with back pain can mean/);
    expect(text).toMatch(/Numbness around the bottom or genitals can mean/);
    expect(text).not.toMatch(/\.\s*,|,\s*\.|\band\s*\./);
  });

  test('someone writing for the person in pain is told to call for them', async () => {
    const { say } = mainDialogClient('en-GB');
    const text = replyText(await say("my husband is on the floor, his legs won't hold him"));
    expect(text).toMatch(/^Please call 999 for him now/);
    expect(text).toMatch(/Don't drive him there yourself/);
  });

  test('a fear of cancer gets reassurance and the real warning signs, not an escalation', async () => {
    const { say } = mainDialogClient('en-GB');
    const text = replyText(await say("I'm scared it's something serious like cancer"));
    expect(text).toMatch(/rarely caused by anything serious/i);
    expect(text).toMatch(/losing weight without trying/i);
    expect(text).toMatch(/999/);
    expect(text).not.toMatch(/^Please (call|get seen)/m);
  });

  test('a deletion request that mentions a red-flag word is carried out, not escalated', async () => {
    const c = testContent();
    const { bot } = buildBot(c, { storage: new MemoryStorage() });
    const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'test', locale: 'en-GB' } as Partial<Activity>);
    adapter.use(new UnderstandingMiddleware(c.understander));
    await adapter.receiveActivity({ type: 'message', text: "can you delete my data please, i dont want my cancer stuff stored" } as Partial<Activity>);
    const text = adapter.activeQueue.map((a) => a.text ?? '').join('\n');
    expect(text).toMatch(/deleted what I stored/i);
    expect(text).not.toMatch(/get seen today|call 999/i);
  });
});

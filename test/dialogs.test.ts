import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { TOPIC_INTENTS } from '../src/nlu/intents';
import { UnderstandingMiddleware } from '../src/bot/understandingMiddleware';
import { buildBot } from '../src/app';
import { DialogTestClient } from 'botbuilder-testing';
import type { TurnContext } from 'botbuilder';
import { setUnderstanding } from '../dialogs/turnUnderstanding';
import { NOW, mainDialogClient, replyText, runSteps, testContent, type Step } from './support/botHarness';
import { ASK } from './support/triageQuestions';

// Table-driven dialog tests: each row is [what the user says, what the reply
// must contain (all of the patterns), what it must not contain] (runSteps in support/botHarness).

const { responses, knowledge, answers } = testContent();
const SCREEN_NO: Step[] = [
  ['no', [ASK.saddle]],
  ['nope', [ASK.legs]],
  ['no', [ASK.trauma]],
  ['no', [ASK.fever]],
  ['no', [ASK.cancer]],
];
const EMERGENCY_US = /^[\s\S]*?Please call 911 now/;

describe('routing', () => {
  test.each(TOPIC_INTENTS.map((intent) => [responses.labels[intent] as string, knowledge.forIntent(intent).id]))(
    'the button "%s" gets a passage of %s with sources, the disclaimer and the safety net',
    async (label, topic) => {
      const { say } = mainDialogClient();
      const text = replyText(await say(label));
      const firstSentences = answers.library.ofTopic(topic).map((p) => p.answer.split(/(?<=[.:])\s/)[0]!.replace(/\{\w+\}.*$/, ''));
      expect(firstSentences.some((s) => text.includes(s))).toBe(true);
      for (const p of [/Sources:/, /not a substitute/i, /call 911 now/]) expect(text).toMatch(p);
    },
  );

  test.each<Step>([
    ['ice or heat?', [/^Heat has the better evidence/, /cold can numb/i, /call 911 now/]],
    ['can I take ibuprofen?', [/NSAID/, /label|pharmacist/i, /acetaminophen/i], [/\d+\s*mg/i]],
    ["what's the capital of France?", [/not something I can help with/i], [/Sources:/]],
    ['hello', [/how is your back/i]],
    ['thanks a lot', [/you're welcome/i]],
    ['bye for now', [/take care/i]],
    ['help', [/Topics I know about/i, /Ice or heat\?/]],
    ['cancel', [/nothing to cancel/i, /Check my symptoms/]],
  ])('"%s"', async (...step) => runSteps([step]));

  test('knowledge answers suggest 2-3 follow-up topics as quick replies', async () => {
    const { say } = mainDialogClient();
    const [reply] = await say('what stretches can I do?');
    const actions = reply.suggestedActions?.actions ?? [];
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(actions.length).toBeLessThanOrEqual(3);
  });
});

describe('welcome', () => {
  function botAdapter(channelId = 'webchat', locale = 'en-GB') {
    const c = testContent();
    const { bot } = buildBot(c, { storage: new MemoryStorage() });
    const adapter = new TestAdapter((context) => bot.run(context), { channelId, locale } as Partial<Activity>);
    adapter.use(new UnderstandingMiddleware(c.understander));
    return adapter;
  }

  test('a new member is welcomed with what the bot does, the disclaimer, the local emergency number and suggestions', async () => {
    const adapter = botAdapter();
    const replies: Partial<Activity>[] = [];
    await adapter
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }], recipient: { id: 'bot', name: 'Bot' }, locale: 'en-GB' })
      .assertReply((a) => void replies.push(a))
      .assertReply((a) => void replies.push(a));
    const text = replyText(replies);
    expect(text).toMatch(/back spasm/i);
    expect(text).toMatch(/not a substitute for a doctor/i);
    expect(text).toMatch(/999/);
    // The topics come once, as the card's buttons, not again as quick replies under it.
    expect(replies[1].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(replies[1].attachments?.[0].content.actions.length).toBeGreaterThanOrEqual(3);
    expect(replies[1].suggestedActions).toBeUndefined();
  });

  test('the bot joining a one-to-one conversation says nothing (the user joining does); in a group it introduces itself', async () => {
    const adapter = botAdapter();
    await adapter.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(adapter.activeQueue).toHaveLength(0);
    await adapter.send({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: 'group-1', isGroup: true, conversationType: 'groupChat', name: 'Team' },
    } as Partial<Activity>);
    expect(adapter.activeQueue.map((a) => a.text ?? '').join(' ')).toMatch(/not a substitute for a doctor/i);
  });

  test('a card button click (Action.Submit value) is answered like typed text', async () => {
    const adapter = botAdapter();
    await adapter.send({ type: 'message', value: { text: 'Ice or heat?' } } as Partial<Activity>).assertReply((a) => {
      expect(a.text).toMatch(/^Heat has the better evidence/);
    });
  });

  test('an attachment without text, and an empty message, get a clear answer', async () => {
    const adapter = botAdapter();
    await adapter
      .send({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/x.png' }] } as Partial<Activity>)
      .assertReply((a) => expect(a.text).toMatch(/can't open attachments/i))
      .send({ type: 'message', text: '   ' } as Partial<Activity>)
      .assertReply((a) => expect(a.text).toMatch(/didn't get any text/i));
  });

  test('Teams: an @mention of the bot is removed before classification', async () => {
    const adapter = botAdapter('msteams', 'en-US');
    await adapter
      .send({
        type: 'message',
        text: '<at>Back Relief</at> ice or heat?',
        entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Back Relief' }, text: '<at>Back Relief</at>' }],
        recipient: { id: 'bot', name: 'Back Relief' },
      } as Partial<Activity>)
      .assertReply((a) => {
        expect(a.text).toMatch(/^Heat has the better evidence/);
        expect(a.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(3);
      });
  });
});

describe('symptom check', () => {
  test('asks every question, then summarises severity and duration with tailored advice', async () => {
    await runSteps([
      ['check my symptoms: my back is in spasm', [/check your symptoms/i, ASK.location]],
      ['lower back on the left', [ASK.onset]],
      ['two days ago', [ASK.severity]],
      ['about a 7', [ASK.trigger]],
      ['I was lifting a heavy box', [ASK.bladder]],
      ...SCREEN_NO,
      ['no', [/Here's what I heard/, /lower back/i, /about 2 days/i, /7 out of 10/, /lifting/i, /heat/i, /15-20 minutes/, /Details and sources/]],
      ['Details and sources', [/heat/i, /15 to 20 minutes/, /ibuprofen/i, /within a week/i, /Sources:/]],
    ]);
  });

  test('details in the opening message are not asked again', async () => {
    await runSteps([
      ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [/check your symptoms/i, ASK.trigger], [ASK.location, ASK.onset, ASK.severity]],
      ['no idea, it just happened', [ASK.bladder]],
      ...SCREEN_NO,
      ['no', [/8 out of 10/, /yesterday/i, /cold pack/i, /ibuprofen/i]],
      ['Details and sources', [/hold off on stretches/i, /cold pack/i]],
    ]);
  });

  test('"seven out of ten", "7/10" and "8 or 9" are understood as severities', async () => {
    for (const [answer, expected] of [['seven out of ten', 7], ['7/10', 7], ['8 or 9', 9]] as const) {
      const { say } = mainDialogClient();
      await say('check my symptoms');
      await say('upper back');
      await say('this morning');
      const reply = replyText(await say(answer));
      expect(reply).toMatch(ASK.trigger);
      const steps = ['sitting at my desk', 'no', 'no', 'no', 'no', 'no'];
      for (const s of steps) await say(s);
      expect(replyText(await say('no'))).toMatch(new RegExp(`${expected} out of 10`));
    }
  });

  test('an unclear answer gets a retry prompt, and the question is not skipped', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['banana', [/didn't catch when/i]],
      ['since last Tuesday', [ASK.severity]],
    ]);
  });
});

describe('escalation', () => {
  const prompts: Array<[string, Step[]]> = [
    ['where', [['check my symptoms', [ASK.location]]]],
    ['when', [['check my symptoms', [ASK.location]], ['lower back', [ASK.onset]]]],
    ['how bad', [['check my symptoms', [ASK.location]], ['lower back', [ASK.onset]], ['today', [ASK.severity]]]],
    ['trigger', [['check my symptoms', [ASK.location]], ['lower back', [ASK.onset]], ['today', [ASK.severity]], ['6', [ASK.trigger]]]],
    ['screen', [['check my symptoms', [ASK.location]], ['lower back', [ASK.onset]], ['today', [ASK.severity]], ['6', [ASK.trigger]], ['sneezed', [ASK.bladder]], ['no', [ASK.saddle]]]],
  ];
  test.each(prompts)('a red flag typed at the "%s" prompt escalates at once', async (_name, before) => {
    await runSteps([...before, ["hang on, I can't feel my bum and I've wet myself", [EMERGENCY_US, /don't drive yourself/i, /bladder|numb/i]]]);
  });

  test('"yes" to the bladder question ends in the emergency instruction with the locale\'s number', async () => {
    await runSteps(
      [
        ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [ASK.trigger]],
        ['bending over', [ASK.bladder]],
        ['yes', [/^Please call 999 now/, /trouble peeing/i]],
      ],
      'en-GB',
    );
  });

  test('an urgent flag sends the user to same-day care, with NHS 111 in the UK', async () => {
    await runSteps([['I have a high fever and my back is killing me', [/get seen today/i, /111/], [/call 999 now/i]]], 'en-GB');
  });

  test.each<[string, RegExp]>([
    ['en-US', /call 911/],
    ['en-AU', /call 000/],
    ['en-NZ', /call 111/],
    ['de-DE', /call 112/],
  ])('emergency number for %s', async (locale, number) => {
    await runSteps([['I fell off a ladder and now I cannot move my legs', [number]]], locale);
  });

  test('escalation emits a handoff.initiate event carrying the summary', async () => {
    const { say } = mainDialogClient();
    const replies = await say("I can't control my bladder since my back went");
    const handoff = replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
    expect(handoff).toBeDefined();
    expect(JSON.stringify(handoff?.value)).toMatch(/emergency/);
  });

  test('after escalating the bot still answers, with a reminder, and does not restart routine triage', async () => {
    await runSteps([
      ["I've wet myself and my back is in spasm", [EMERGENCY_US]],
      ['ice or heat?', [/Remember:/, /911/, /Heat has the better evidence/]],
      ['check my symptoms', [/won't start a routine symptom check/i, /911/], [ASK.location]],
    ]);
  });

  test.each([
    'no numbness, my bladder is fine',
    'what if I lose bladder control?',
    'my dad had cancer',
    "I haven't fallen and I don't have a fever",
  ])('"%s" raises no flag', async (text) => {
    // Every reply carries the safety net ("if you think it's an emergency, call 911"); an escalation starts with the instruction.
    await runSteps([[text, [/./], [/please call 911 now/i, /get seen today/i]]]);
  });
});

describe('interruptions during the symptom check', () => {
  test('a knowledge question is answered, then the pending question is asked again', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['wait, ice or heat?', [/Heat has the better evidence/, /Back to the symptom check/i, ASK.onset]],
      ['yesterday', [ASK.severity]],
    ]);
  });

  test('help explains where they are and repeats the question', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['help', [/middle of a short symptom check/i, ASK.location]],
    ]);
  });

  test('cancel ends the check and says so; the bot then answers normally', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['cancel', [/stopped the symptom check/i]],
      ['yesterday', [/./], [ASK.severity]],
    ]);
  });

  test('answers that look like topics stay answers ("lifting" is a trigger, not a question about causes)', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['yesterday', [ASK.severity]],
      ['5', [ASK.trigger]],
      ['lifting', [ASK.bladder], [/Sources:/]],
    ]);
  });
});

describe('fallback', () => {
  test.each<Step>([
    ["what's the capital of France?", [/not something I can help with/i]],
  ])('out of scope: "%s" gets what the bot can and cannot do', async (...step) => runSteps([step]));

  test.each<[string, string]>([
    ['my knee is swollen after running', 'knee'],
    ['I have a stiff neck', 'neck'],
    ['got a pounding headache', 'head'],
    ['my shoulders are killing me after tennis', 'shoulder'],
  ])('another body part: "%s" gets a kind scope answer with where to go', async (text, part) => {
    await runSteps([[text, [new RegExp(`your ${part}`), /only set up to help with back pain/i, /pharmacist/i, /doctor/i, /call 911/]]]);
  });

  test('a back-related message the classifier cannot place is offered the symptom check, not "can\'t help"', async () => {
    // The understanding is injected so that this tests MainDialog's routing, whatever the model says.
    const c = testContent();
    const built = buildBot(c, { now: () => NOW });
    const stub = {
      onTurn: async (context: TurnContext, next: () => Promise<void>) => {
        setUnderstanding(context, { text: context.activity.text ?? '', intent: 'none', score: 0.1, redFlag: null });
        await next();
      },
    };
    const client = new DialogTestClient('test', built.mainDialog, undefined, [stub], built.conversationState);
    const backRelated = await client.sendActivity('my spine feels all kinds of strange today');
    expect(backRelated.text).toMatch(/sounds like your back/i);
    expect(backRelated.suggestedActions?.actions.map((a: { title: string }) => a.title)).toContain('Check my symptoms');
    const other = await client.sendActivity('tell me about the moon landing');
    expect(other.text).toMatch(/not something I can help with/i);
  });
});

test('a denial the yes/no parser cannot read is asked again, not taken as "cancel"', async () => {
  await runSteps([
    ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [ASK.trigger]],
    ['bending over', [ASK.bladder]],
    ['no', [ASK.saddle]],
    ['no', [ASK.legs]],
    ["my legs aren't weak", [/answer yes, no or not sure/i], [/stopped the symptom check/i]],
    ['no', [ASK.trauma]],
  ]);
});

test('an answer to a different question of the check is not mistaken for a knowledge question', async () => {
  await runSteps([
    ['check my symptoms: my back went into spasm this morning, 9/10', [ASK.location]],
    // Kept and said back; where is the one question left, so it comes again.
    ['bending over to tie my shoes', [/Got it: set off by bending/i, ASK.location], [/Sources:/]],
    // The trigger was kept, so it is not asked again.
    ['lower back', [ASK.bladder], [ASK.trigger]],
  ]);
});

import { MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { setUnderstanding } from '../dialogs/turnUnderstanding';
import { buildBot } from '../src/app';
import { UnderstandingMiddleware } from '../src/bot/understandingMiddleware';
import { wordCount } from '../src/knowledge/answerText';
import { mainDialogClient, replyText, runSteps, testContent, type Step } from './support/botHarness';

// Conversations as tables: [user says, the reply must match all of these, and none of these].
/** A conversation table whose replies must also never repeat a text already given. */
async function converse(steps: Step[], locale = 'en-US') {
  const seen: string[] = [];
  await runSteps(steps, locale, (userSays, replies) => {
    const main = replies.map((r) => r.text ?? '').join('\n');
    if (main && seen.includes(main)) throw new Error(`After "${userSays}" the bot repeated itself:\n${main}`);
    seen.push(main);
  });
}

const NET_US = /call 911 now/;

describe('short first, the rest one tap away', () => {
  test('the first message answers in its first sentence, within 80 words, with sources, evidence, safety net and buttons', async () => {
    const { say } = mainDialogClient('en-US');
    const [reply] = await say('ice or heat?');
    expect(reply!.text).toMatch(/^Heat has the better evidence/);
    expect(wordCount(reply!.text!)).toBeLessThanOrEqual(80);
    expect(reply!.text).toMatch(/Sources: Cochrane 2006 \[1\], ACP 2017 \[2\], NHS \[3\] · moderate evidence/);
    expect(reply!.text).toMatch(NET_US);
    expect(reply!.suggestedActions?.actions.map((a) => a.title)).toEqual(['Tell me more', 'How long and how often?', 'Sources']);
    const entity = reply!.entities?.[0] as { type: string; citation: { position: number; appearance: { name: string } }[] };
    expect(entity.type).toBe('https://schema.org/Message');
    expect(entity.citation.map((c) => [c.position, c.appearance.name])).toEqual([[1, 'Cochrane 2006'], [2, 'ACP 2017'], [3, 'NHS']]);
  });

  test.each<[string, Step[]]>([
    ['tell me more, then sources', [
      ['ice or heat?', [/^Heat has the better evidence/]],
      ['tell me more', [/popular advice/, /Cochrane review/], [/Sources:/]],
      ['sources?', [/Sources for "Ice or heat\?" \(moderate evidence\)/, /1\. Cochrane review of superficial heat or cold/, /3\. NHS: Back pain https:\/\/www\.nhs\.uk/]],
    ]],
    ['the "Tell me more" button works like the words', [
      ['what stretches can I do?', [/^Gentle stretches/]],
      ['Tell me more', [/Knee-to-chest: on your back/]],
    ]],
  ])('%s', async (_name, steps) => converse(steps));
});

describe('follow-ups are read against the last answer', () => {
  test.each<[string, Step[]]>([
    ['ice or heat: how long, at night, and if that does not work', [
      ['should I put ice or heat on it', [/^Heat has the better evidence/]],
      ['how long should I do that for?', [/^Use heat or cold for 15 to 20 minutes/], [/weeks/]],
      ['what about at night?', [/never fall asleep on a heating pad/i]],
      ["and if that doesn't work?", [/keep moving gently/i]],
    ]],
    ['stretches, then pregnancy', [
      ['any stretches for my back?', [/^Gentle stretches/]],
      ['is that safe when pregnant? im 24 weeks', [/^In pregnancy, stretches on hands and knees/], [/How long will it last/]],
    ]],
    ['the button for the next passage', [
      ['hot or cold pack?', [/^Heat has the better evidence/]],
      ['How long and how often?', [/^Use heat or cold for 15 to 20 minutes/]],
    ]],
  ])('%s', async (_name, steps) => converse(steps));
});

describe('facts the user states are applied', () => {
  test.each<[string, Step[], string]>([
    ['pregnancy puts the NSAID warning first, and redirects "what can I take"', [
      ['im 24 weeks pregnant', [/keep that in mind for this conversation/]],
      ['what painkillers can I take?', [/^In pregnancy, avoid ibuprofen \(Nurofen\) and other NSAIDs/, /paracetamol/i], [/acetaminophen/]],
      ['can I take paracetamol and ibuprofen together?', [/^As you're pregnant: avoid ibuprofen/]],
    ], 'en-GB'],
    ['blood pressure pills: the warning is the answer, not bullet 8', [
      ['Advil with blood pressure pills?', [/^Ask a pharmacist before NSAIDs like ibuprofen \(Advil, Motrin\)/]],
    ], 'en-US'],
    ['tylenol and advil together', [
      ['tylenol and advil together?', [/^Yes, adults can take acetaminophen \(Tylenol\) and ibuprofen/]],
    ], 'en-US'],
    ['a forklift driver asking about work', [
      ['I drive a forklift, can I work tomorrow?', [/^Drive or use machinery only if/]],
      ['would muscle relaxants help?', [/^As you drive or use machinery/, /very low certainty/]],
    ], 'en-US'],
    ['a fact told after the answer changes it', [
      ['what should I take for the pain', [/^If it's safe for you, an anti-inflammatory/]],
      ["I'm on warfarin", [/^If you take a blood thinner/]],
    ], 'en-US'],
    ['someone else is pregnant: not applied', [
      ['my wife is pregnant', [/./]],
      ['what painkillers can I take?', [/^If it's safe for you, an anti-inflammatory/], [/As you're pregnant/]],
    ], 'en-US'],
    ['a stated country changes the words', [
      ["I'm in the UK, can I take paracetamol and ibuprofen together?", [/^Yes, adults can take paracetamol and ibuprofen \(Nurofen\)/, /call 999 now/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale) => converse(steps, locale));

  test('"delete my data" forgets the facts with the conversation state', async () => {
    const c = testContent();
    const { bot } = buildBot(c, { storage: new MemoryStorage() });
    const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'test', locale: 'en-GB' } as Partial<Activity>);
    adapter.use(new UnderstandingMiddleware(c.understander));
    await adapter
      .send('I am 30 weeks pregnant')
      .assertReply((a) => expect(a.text).toMatch(/keep that in mind/))
      .send('what painkillers can I take?')
      .assertReply((a) => expect(a.text).toMatch(/^In pregnancy, avoid/))
      .send('delete my data')
      .assertReply((a) => expect(a.text).toMatch(/deleted what I stored/))
      .send('what painkillers can I take?')
      .assertReply((a) => expect(a.text).toMatch(/^If it's safe for you, an anti-inflammatory/));
  });
});

describe('asked again: never the same text', () => {
  test('the same question twice moves on, then says it briefly', async () => {
    await converse([
      ['how long will my back spasm last?', [/^Most people are much better within a few weeks/]],
      ['how long will my back spasm last?', [/Staying active helps you get better sooner/]],
      ['is it going to come back?', [/often comes back/]],
      ['how long will this last', [/^On "How long will it last\?", that's the main advice I have/], [/Most people are much better/]],
    ]);
  });
});

describe('ask instead of guessing', () => {
  test('a back question the classifier cannot place gets the three closest topics, not a refusal', async () => {
    // The understanding is injected (intent none) so that this tests the answers' routing, whatever the model says.
    const c = testContent();
    const built = buildBot(c);
    const stub = {
      onTurn: async (context: TurnContext, next: () => Promise<void>) => {
        setUnderstanding(context, { text: context.activity.text ?? '', intent: 'none', score: 0.2, redFlag: null });
        await next();
      },
    };
    const client = new DialogTestClient('test', built.mainDialog, undefined, [stub], built.conversationState);
    const reply = await client.sendActivity({ type: 'message', text: 'is my back ok with the air like this?', locale: 'en-US' } as Partial<Activity>);
    expect(reply.text).not.toMatch(/not something I can help with/);
    expect(reply.text).toMatch(/Pick one/);
    // Which three are closest depends on the passages' wording; that there are three topics is what matters.
    const titles = reply.suggestedActions?.actions.map((a: { title: string }) => a.title) ?? [];
    expect(new Set(titles).size).toBe(3);
    expect(titles).toContain('What is a back spasm?');
    // Not a question at all: the symptom-check offer, as before.
    const statement = await client.sendActivity({ type: 'message', text: 'my spine feels all kinds of strange today', locale: 'en-US' } as Partial<Activity>);
    expect(statement.text).toMatch(/sounds like your back/i);
  });

  test('two close readings: "Do you mean A or B?" with both as buttons, and a button answers', async () => {
    const c = testContent();
    const a = c.answers.library.get('sleep-night-pain')!;
    const b = c.answers.library.get('ice-heat-night')!;
    const plan = c.answers.composer.compose({ kind: 'clarify', options: [a, b] }, { words: {}, emergency: '911', topicLabel: () => undefined })!;
    expect(plan.text).toBe('Do you mean "Pain at night" or "Heat at night"?');
    expect(plan.buttons).toEqual(['Pain at night?', 'Heat at night?']);
    await converse([['Heat at night?', [/never fall asleep on a heating pad/i]]]);
  });
});

describe("the user's words by locale", () => {
  test.each<[string, string, RegExp[], RegExp[]]>([
    ['en-US', 'does paracetamol help back pain?', [/^Acetaminophen \(Tylenol\) is fine within the label but does little alone/, /call 911 now/], [/A&E|GP/]],
    ['en-GB', 'does paracetamol help back pain?', [/^Paracetamol is fine within the label but does little alone/, /call 999 now/], [/Tylenol/]],
    ['en-AU', 'does paracetamol help back pain?', [/^Paracetamol \(Panadol\) is fine within the label but does little alone/, /call 000 now/], []],
    ['en-GB', 'what are the warning signs I should go to hospital for', [/go to A&E now/], [/emergency room/]],
    ['en-US', 'what are the warning signs I should go to hospital for', [/go to the emergency room now/], [/A&E/]],
    ['en-NZ', 'how do I make a cold pack', [/tea towel/, /call 111 now/], []],
    ['en-US', 'how do I make a cold pack', [/dish towel/], [/tea towel/]],
  ])('%s: "%s"', async (locale, question, must, mustNot) => converse([[question, must, mustNot]], locale));
});

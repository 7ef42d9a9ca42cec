import { TOPIC_INTENTS, TopicIntent } from '../src/nlu/intents';
import { AppServer, INTERNALS, startApp } from './support/appServer';
import { testContent } from './support/botHarness';

let app: AppServer;
beforeAll(async () => {
  app = await startApp({ logLevel: 'silent' });
});
afterAll(async () => {
  await app.close();
});

// The real bot over HTTP, as a channel or an evaluator talks to it.
const bot = {
  send: (activity: Record<string, unknown>) => app.send(activity),
  post: async (body: string, contentType = 'application/json') => {
    const res = await fetch(`${app.base}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, body: await res.text() };
  },
  get url() {
    return app.base;
  },
};

const text = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '').join('\n');
let conversationCounter = 0;
const newConversation = () => ({ id: `http-test-${++conversationCounter}` });

describe('POST /api/messages with expectReplies', () => {
  test('"ice or heat?" answers heat and cold first, with sources and the safety net', async () => {
    const { status, replies } = await bot.send({ type: 'message', text: 'ice or heat?', conversation: newConversation() });
    expect(status).toBe(200);
    const answer = text(replies);
    expect(answer).toMatch(/heat/i);
    expect(answer).toMatch(/cold|ice/i);
    expect(answer).toMatch(/call \d+ now/);
    expect(answer).toMatch(/Sources:/);
  });

  // Questions written for this test, not copied from the training data.
  const questions: Record<TopicIntent, string> = {
    ice_or_heat: 'would a hot water bottle or an ice pack be better right now',
    stretches: 'are there any exercises to loosen my back up',
    medication: 'can I take ibuprofen for this',
    rest_or_activity: 'should I stay in bed until it goes away',
    sleep: "what's the best position to sleep in with a bad back",
    causes: 'why did my back suddenly go into spasm',
    prevention: 'how do I stop this from happening again',
    nutrition: 'could drinking more water or taking magnesium help',
    stress: 'can stress make my back muscles spasm',
    alternative_therapy: 'would a massage or a chiropractor help',
    recovery_time: 'how long will this take to get better',
    when_to_see_doctor: 'when should I see a doctor about my back',
    diagnosis: 'do I need an x-ray or MRI for this',
    treatment_options: 'what treatments are there if it keeps coming back, like injections or surgery',
    about_back_spasms: 'what actually is a back spasm',
  };
  test.each(TOPIC_INTENTS.map((i) => [i, questions[i]]))('%s: "%s" gets its own knowledge answer', async (intent, question) => {
    const { replies } = await bot.send({ type: 'message', text: question, conversation: newConversation() });
    // The answer is one of the topic's passages: its first words are in the reply.
    const topic = testContent().knowledge.forIntent(intent as TopicIntent).id;
    const openings = testContent().answers.library.ofTopic(topic).map((p) => p.answer.replace(/\{\w+\}.*$/, '').split(/[,:.]/)[0]!);
    expect(openings.some((o) => text(replies).includes(o))).toBe(true);
  });

  test('"what\'s the capital of France?" gets the fallback', async () => {
    const { replies } = await bot.send({ type: 'message', text: "what's the capital of France?", conversation: newConversation() });
    expect(text(replies)).toMatch(/not something I can help with/i);
  });

  test('a symptom check ends with a summary that repeats the severity and the duration', async () => {
    const conversation = newConversation();
    const turns = ['my back has gone into spasm', 'lower back', 'three days ago', 'seven out of ten', 'lifting my toddler', 'no', 'no', 'no', 'no', 'no'];
    for (const t of turns) await bot.send({ type: 'message', text: t, conversation });
    const { replies } = await bot.send({ type: 'message', text: 'no', conversation });
    const summary = text(replies);
    expect(summary).toMatch(/7 out of 10/);
    expect(summary).toMatch(/about 3 days/);
  });

  test('the same check with "yes" to the bladder question ends in the emergency instruction with the locale\'s number', async () => {
    const conversation = newConversation();
    const turns = ['my back has gone into spasm', 'lower back', 'three days ago', 'seven out of ten', 'lifting my toddler'];
    for (const t of turns) await bot.send({ type: 'message', text: t, conversation, locale: 'en-AU' });
    const { replies } = await bot.send({ type: 'message', text: 'yes', conversation, locale: 'en-AU' });
    expect(replies[0].text).toMatch(/^Please call 000 now/);
    expect(replies.some((r) => r.type === 'event' && r.name === 'handoff.initiate')).toBe(true);
  });

  test('conversations are isolated from each other', async () => {
    const a = newConversation();
    const b = newConversation();
    await bot.send({ type: 'message', text: 'check my symptoms', conversation: a });
    const inB = await bot.send({ type: 'message', text: 'two days ago', conversation: b });
    expect(text(inB.replies)).not.toMatch(/from 0 .*to 10/);
    await bot.send({ type: 'message', text: 'lower back', conversation: a });
    const inA = await bot.send({ type: 'message', text: 'two days ago', conversation: a });
    expect(text(inA.replies)).toMatch(/from 0 .*to 10/);
  });

  test('conversationUpdate gets the welcome', async () => {
    const { replies } = await bot.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1', name: 'User' }],
      conversation: newConversation(),
      locale: 'en-GB',
    });
    expect(text(replies)).toMatch(/not a substitute for a doctor/i);
    expect(text(replies)).toMatch(/999/);
  });

  test('emoji, very long text and unknown activity types are answered without errors', async () => {
    const conversation = newConversation();
    const emoji = await bot.send({ type: 'message', text: '😫🔥❄️', conversation });
    expect(emoji.status).toBe(200);
    expect(text(emoji.replies).length).toBeGreaterThan(0);
    const long = await bot.send({ type: 'message', text: `ice or heat? ${'very '.repeat(20000)}`, conversation });
    expect(long.status).toBe(200);
    expect(text(long.replies)).toMatch(/15 to 20 minutes/);
    const unknown = await bot.send({ type: 'somethingNew', conversation });
    expect(unknown.status).toBeLessThan(300);
  });
});

describe('bad requests', () => {
  test.each<[string, string, string, number]>([
    ['malformed JSON', '{"type": "message", "text": ', 'application/json', 400],
    ['a non-JSON body', 'hello bot', 'text/plain', 400],
    ['an activity with no type', JSON.stringify({ text: 'hi', conversation: { id: 'x' }, deliveryMode: 'expectReplies' }), 'application/json', 400],
    ['a JSON array', '[1,2,3]', 'application/json', 400],
    ['a JSON string', '"message"', 'application/json', 400],
    ['no conversation', JSON.stringify({ type: 'message', text: 'hi', deliveryMode: 'expectReplies' }), 'application/json', 400],
    ['text of the wrong type', JSON.stringify({ type: 'message', text: 42, conversation: { id: 'x' }, deliveryMode: 'expectReplies' }), 'application/json', 400],
    ['a body over the size limit', JSON.stringify({ type: 'message', text: 'x'.repeat(400_000), conversation: { id: 'x' } }), 'application/json', 413],
  ])('%s gets a short JSON error (%#)', async (_name, body, contentType, status) => {
    const res = await bot.post(body, contentType);
    expect(res.status).toBe(status);
    const parsed = JSON.parse(res.body) as { error: string; message: string };
    expect(parsed.error).toEqual(expect.any(String));
    expect(res.body).not.toMatch(INTERNALS);
  });

  test('GET /healthz answers', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  test('an unknown route is a JSON 404, not an HTML page', async () => {
    const res = await fetch(`${bot.url}/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

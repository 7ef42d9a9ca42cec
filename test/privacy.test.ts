/**
 * "Delete my data": recognised from knowledge/privacy.yaml, handled in the bot
 * before any dialog (so also mid symptom check and after an escalation), and
 * the stored user and conversation state is really gone afterwards, in
 * memory and in Redis.
 */
import { MemoryStorage, type Storage } from 'botbuilder';
import { createClient } from 'redis';
import { DeleteRequestMatcher, PrivacyQuestionMatcher } from '../src/bot/privacyRequests';
import { RedisStorage } from '../src/storage/redisStorage';
import { startApp, type AppServer } from './support/appServer';
import { describeWithRedis, RedisServer } from './support/redisServer';


const { matcher, deleted } = DeleteRequestMatcher.fromFile();
const CONFIRMATION = deleted;

describe('recognising a deletion request', () => {
  test('the confirmation says what went: the conversation, the check answers, the review items, and that logs hold no text', () => {
    expect(deleted).toMatch(/^I've deleted what I stored about you and this conversation/);
    expect(deleted).toMatch(/symptom check answers/);
    expect(deleted).toMatch(/kept for review/);
    expect(deleted).toMatch(/isn't kept in my logs/);
  });

  test.each([
    'delete my data',
    'forget me',
    'erase my data',
    'Delete my data.',
    'FORGET ME!',
    'please delete my data',
    'Please erase all of my data now',
    'can you forget me please',
    'forget about me',
    "I'd like you to delete my data",
    'I want you to delete everything you know about me',
    'remove my personal information',
    'wipe my chat history',
    'delete this conversation',
    'clear my answers',
    'erase what you stored about me',
    'delete  my   data 🙏',
    'Delete my data',
    'right to be forgotten',
    // said in passing, often while leaving
    'oh and wipe my info please',
    'ah btw, erase my details',
    'actually before I go forget me',
    'um so delete my history',
    // what the user wrote, in their own words
    'wipe what I typed please',
    'could you remove everything I told you',
    'erase what I wrote, afterwards is fine',
    // "it" and "whatever" after talk of what is kept
    'ok please erase whatever you have on me then',
    'could I have it all deleted please',
    'I want my data deleted',
    // mend41a: the chat itself pointed at, and "anyway"
    'right. could you erase all of this now anyway',
    'grand, delete everything please',
  ])('"%s" is a request', (text) => {
    expect(matcher.matches(text)).toBe(true);
  });

  test.each([
    'forget it',
    'never mind, forget that',
    "don't delete my data",
    'how do I delete my data on my phone?',
    'I forgot my painkillers',
    'my back hurts',
    'delete',
    'data',
    'ice or heat?',
    'did you delete my data?',
    'forget me not',
    "oh no, don't delete my data",
    'so how do I erase my details on my phone',
    'delete what I said about my knee',
    'should I take the patch off or leave it on?',
    'remove it after 20 minutes?',
    'delete',
    'forget all this, what about heat',
    'only when I wipe',
    '',
  ])('"%s" is not', (text) => {
    expect(matcher.matches(text)).toBe(false);
  });

  test('a 2000-character message is never a request (and is cheap to reject)', () => {
    expect(matcher.matches(`delete my data ${'and more '.repeat(220)}`)).toBe(false);
  });
});

describe('recognising a question about who sees what the user types', () => {
  const questions = PrivacyQuestionMatcher.fromFile();
  test.each([
    'can anyone at my company read my messages?',
    'does my boss get to see this chat',
    'are my answers shared with anybody?',
    "it's a 4. hang on, do you keep what I write?",
    'will the insurance people see my health details?',
    'is this thing private? my manager is on the same Teams',
    'is it confidential',
    // A lead-in word before the opener, and no question mark.
    'oh and would the people at work be able to read this conversation',
  ])('"%s" is one', (text) => {
    expect(questions.matches(text)).toBe(true);
  });

  test.each([
    'should I tell my boss about my back?',
    'can my doctor see me today?',
    'who can I see to check my back',
    'is it ok to read in bed?',
    'you said heat, what did you mean by that',
    'is numbness in my private parts serious?',
    'also my boss saw me limping, he told me to see the nurse at work',
    '',
  ])('"%s" is not', (text) => {
    expect(questions.matches(text)).toBe(false);
  });
});

describe('a question about what becomes of what the user writes is a privacy question', () => {
  const questions = PrivacyQuestionMatcher.fromFile();
  test.each([
    'what happens to my details once we are done?',
    'where do my messages end up',
    'so where does the info I give you go?',
    'honestly, what do you do with the stuff I write here',
    'is my data sold on to anyone?',
  ])('"%s" is one', (text) => {
    expect(questions.matches(text)).toBe(true);
  });

  test.each([
    'what should I do with the ice pack?',
    'do you have information on stretches?',
    'can we go on with this chat',
    'what happens to my back if I keep working?',
    'where does the pain go after a week?',
  ])('"%s" is not', (text) => {
    expect(questions.matches(text)).toBe(false);
  });
});

describe('asking whether the bot keeps the chat itself is a privacy question; the verb with another object is not', () => {
  const questions = PrivacyQuestionMatcher.fromFile();
  test.each([
    'do you save any of this',
    'ok and does it store all of this somewhere?',
    'quick one, do you hold on to this chat after',
  ])('"%s" is one', (text) => {
    expect(questions.matches(text)).toBe(true);
  });

  test.each([
    'why do you keep saying this?',
    'should you keep it on all night?',
    'can I keep doing all of this at work?',
    'do you keep moving when it hurts?',
  ])('"%s" is not', (text) => {
    expect(questions.matches(text)).toBe(false);
  });
});

const CONVERSATION = { id: 'privacy-conv' };
const USER = { id: 'privacy-user' };
const keys = { conversation: `test/conversations/${CONVERSATION.id}/`, user: `test/users/${USER.id}/` };

/** A symptom check in progress after an escalation; then "delete my data"; then proof it is gone. */
async function deleteMidConversation(app: AppServer, storage: Storage): Promise<void> {
  const send = (text: string) => app.send({ text, conversation: CONVERSATION, from: USER });
  // Something stored about the user (user state is empty by default; a channel or later feature may keep some).
  await storage.write({ [keys.user]: { preferences: { locale: 'en-GB' }, eTag: '*' } });

  expect((await send('I fell off a ladder and I have a fever')).body).toMatch(/911|get seen today/i);
  const reminder = await send('ice or heat?');
  expect(reminder.body).toMatch(/Remember:/);
  const before = await storage.read([keys.conversation, keys.user]);
  expect(Object.keys(before).sort()).toEqual([keys.conversation, keys.user].sort());
  expect(JSON.stringify(before[keys.conversation])).toMatch(/escalation/);

  const r = await send('Please delete my data');
  expect(r.status).toBe(200);
  expect(r.replies.map((a) => a.text)).toEqual([CONFIRMATION]);
  expect(await storage.read([keys.conversation, keys.user])).toEqual({});

  // The escalation record went with it: the next answer carries no reminder.
  const after = await send('ice or heat?');
  expect(after.body).toMatch(/15 to 20 minutes/);
  expect(after.body).not.toMatch(/Remember:/);

  // The deletion turn is logged like any other, without the text.
  const line = app.logs.find((l) => l.msg === 'turn' && l.outcome === 'deleted');
  expect(line).toBeDefined();
  expect(JSON.stringify(app.logs)).not.toMatch(/delete my data/i);
}

describe('deleting (memory storage)', () => {
  test('mid symptom check: confirmation, state gone, and the check does not continue', async () => {
    const storage = new MemoryStorage();
    const app = await startApp({}, { storage });
    try {
      const send = (text: string) => app.send({ text, conversation: CONVERSATION, from: USER });
      expect((await send('check my symptoms')).body).toMatch(/where is the pain/i);
      expect((await send('lower back')).body).toMatch(/when did it start/i);
      const r = await send('forget me');
      const texts = r.replies.map((a) => a.text);
      expect(texts[0]).toBe(CONFIRMATION);
      // The check's answers went too: say so, and how to start again.
      expect(texts.slice(1).join(' ')).toMatch(/stopped the symptom check.*check\s+my symptoms/is);
      expect(await storage.read([keys.conversation, keys.user])).toEqual({});
      expect((await send('two days ago')).body).not.toMatch(/from 0 .*to 10/i);
    } finally {
      await app.close();
    }
  });

  test('after an escalation: user and conversation state deleted, no reminder afterwards', async () => {
    const storage = new MemoryStorage();
    const app = await startApp({}, { storage });
    try {
      await deleteMidConversation(app, storage);
    } finally {
      await app.close();
    }
  });
});

describeWithRedis('deleting (Redis storage)', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  test('the keys are gone from Redis', async () => {
    const storage = new RedisStorage({ url: redis.url, keyPrefix: 'privacy:state:', lockKeyPrefix: 'privacy:lock:' });
    await storage.whenReady(60_000); // a hang, not slowness
    const app = await startApp({}, { storage });
    const raw = createClient({ url: redis.url });
    await raw.connect();
    try {
      await deleteMidConversation(app, storage);
      // Only the fresh state of the turn after the deletion is left.
      expect((await raw.keys('privacy:state:*')).sort()).toEqual([`privacy:state:${keys.conversation}`]);
      await app.send({ text: 'erase my data', conversation: CONVERSATION, from: USER });
      expect(await raw.keys('privacy:*')).toEqual([]);
    } finally {
      raw.destroy();
      await app.close();
    }
  });
});

/**
 * The review loop end to end, over HTTP as a channel talks to the bot: a
 * scripted session of questions the bot cannot place and a thumbs-down with a
 * comment, then the review report (and `npm run review` itself) shows them
 * masked, and "delete my data" removes that user's items and no one else's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReviewStore } from '../src/review/fileReviewStore';
import { buildReport, exportUnplaced, formatReport } from '../src/review/report';
import { Pseudonymizer } from '../src/review/userHash';
import { startApp, type AppServer } from './support/appServer';


const SALT = 'test-salt';
const NOW = new Date('2026-11-19T15:00:00Z');
// Long enough that `npm run review`, which reads with the real clock, still sees these items.
const TTL_MS = 3650 * 86_400_000;

let dir: string;
let file: string;
let store: FileReviewStore;
let app: AppServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'review-e2e-'));
  file = join(dir, 'review.jsonl');
  store = new FileReviewStore({ path: file, ttlMs: TTL_MS, clock: () => NOW.getTime() });
  app = await startApp({ logLevel: 'silent', reviewSalt: SALT }, { reviewStore: store, now: () => NOW });
});

afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

type Reply = { type?: string; text?: string; attachments?: Array<{ contentType: string; content: Record<string, unknown> }>; channelData?: Record<string, unknown>; suggestedActions?: { actions: Array<{ title: string }> } };

async function say(user: string, conversation: string, activity: Record<string, unknown>): Promise<Reply[]> {
  const res = await app.send({ from: { id: user }, conversation: { id: conversation }, ...activity });
  expect(res.status).toBe(200);
  return res.replies as Reply[];
}

const userHash = (user: string, channel = 'test') => Pseudonymizer.create(SALT).pseudonymizer.user(channel, user);

describe('a scripted session reaches the review report, masked; "delete my data" removes it', () => {
  test('unplaced questions, a thumbs-down with a comment, then the report', async () => {
    const ann = 'user-ann';
    await say(ann, 'c-ann', { text: 'my name is Ann Lee, can you book me a table for dinner' });
    await say(ann, 'c-ann', { text: 'what is the capital of France? call me on 07700 900123' });
    await say(ann, 'c-ann', { text: 'can you book a table for dinner tonight' });
    // Inside the symptom check an answer is not a question for review.
    await say(ann, 'c-ann', { text: 'my back has gone into spasm' });
    await say(ann, 'c-ann', { text: 'lower back' });
    await say(ann, 'c-ann', { text: 'cancel' });

    const answer = await say(ann, 'c-ann', { text: 'ice or heat?' });
    // On a channel without feedback buttons of its own: a small card with two.
    const card = answer.flatMap((r) => r.attachments ?? []).find((a) => JSON.stringify(a.content).includes('backReliefFeedback'));
    expect(card).toBeDefined();
    const actions = (card!.content.actions as Array<{ title: string; data: { backReliefFeedback: { reaction: string; answerId: string } } }>);
    expect(actions.map((a) => a.data.backReliefFeedback.reaction)).toEqual(['like', 'dislike']);
    const dislike = actions[1]!.data;
    expect(dislike.backReliefFeedback.answerId).toMatch(/^ice-or-heat#/);

    const asked = await say(ann, 'c-ann', { value: dislike });
    expect(asked.map((r) => r.text).join(' ')).toMatch(/what was missing/i);
    expect(asked.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['No comment']);
    const thanked = await say(ann, 'c-ann', { text: "It didn't say how long to keep the ice on. I'm Ann, ann.lee@example.org" });
    expect(thanked.map((r) => r.text).join(' ')).toMatch(/passed that on/i);

    // Another user's unplaced question, which must survive Ann's deletion.
    await say('user-bo', 'c-bo', { text: 'please book a dinner table for me' });
    await app.backRelief.review.recorder.flush();

    const report = buildReport(await store.list());
    const text = formatReport(report);
    expect(report.unplaced.total).toBe(4);
    // "book a table" three times, grouped as one.
    expect(report.unplaced.groups[0]!.count).toBe(3);
    expect(text).toContain('[name]');
    expect(text).toContain('[phone]');
    expect(text).toContain('[email]');
    for (const secret of ['Ann', '07700', 'example.org', 'Lee']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/lower back/);
    expect(report.ratedDown).toEqual([
      { answerId: expect.stringMatching(/^ice-or-heat#/), dislikes: 1, likes: 0, comments: ["It didn't say how long to keep the ice on. I'm [name], [email]"] },
    ]);
    expect(report.answers).toEqual([[expect.stringMatching(/^ice-or-heat#/), 1]]);
    expect(report.checks).toMatchObject({ started: 1, finished: 0, abandoned: 1, abandonedAt: [['severity', 1]] });
    expect(exportUnplaced(report).split('\n')[0]).toMatch(/^none\t.*book .*table/);

    // /metrics counts them too.
    const metrics = await (await fetch(`${app.base}/metrics`)).text();
    expect(metrics).toMatch(/feedback_total\{answer="ice-or-heat#[^"]+",reaction="dislike"\} 1/);
    expect(metrics).toMatch(/answers_total\{topic="ice-or-heat"\} 1/);
    expect(metrics).toMatch(/symptom_check_steps_total\{step="started"\} 1/);
  });

  test('`npm run review` reads the same file and prints the masked report', () => {
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'src', 'cli', 'review.ts')], {
      encoding: 'utf8',
      cwd: join(__dirname, '..'),
      env: { ...process.env, STORAGE: 'memory', REVIEW_FILE: file },
      timeout: 30_000,
    });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/Questions the bot could not place \(4\)/);
    expect(cli.stdout).toMatch(/1 down, 0 up\s+ice-or-heat#/);
    expect(cli.stdout).not.toContain('07700');
    const exported = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'src', 'cli', 'review.ts'), '--export'], {
      encoding: 'utf8',
      cwd: join(__dirname, '..'),
      env: { ...process.env, STORAGE: 'memory', REVIEW_FILE: file },
      timeout: 30_000,
    });
    expect(exported.status).toBe(0);
    expect(exported.stdout.trim().split('\n').every((l) => /^none\t\S/.test(l))).toBe(true);
  });

  test('"delete my data" removes that user\'s items and leaves others\'', async () => {
    const before = await store.list();
    expect(before.some((i) => i.userHash === userHash('user-ann'))).toBe(true);
    const replies = await say('user-ann', 'c-ann', { text: 'delete my data' });
    expect(replies.map((r) => r.text).join(' ')).toMatch(/deleted/i);
    await app.backRelief.review.recorder.flush();
    const after = await store.list();
    expect(after.filter((i) => i.userHash === userHash('user-ann'))).toEqual([]);
    expect(after.filter((i) => i.kind === 'unplaced').map((i) => (i as { text: string }).text)).toEqual(['please book a dinner table for me']);
  });

  test('Teams: the answer enables the feedback loop; the feedback invoke is answered 200 and kept with its comment', async () => {
    const teams = { channelId: 'msteams', conversation: { id: 'c-teams', conversationType: 'personal' } };
    const answer = await say('user-cy', 'c-teams', { ...teams, text: 'what stretches can I do?' });
    const rated = answer.find((r) => r.channelData?.feedbackLoopEnabled === true);
    expect(rated).toBeDefined();
    const res = await app.send({
      ...teams,
      type: 'invoke',
      name: 'message/submitAction',
      from: { id: 'user-cy' },
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Too long. Call me Cy on 07700 900456' }) } },
    });
    expect(res.status).toBe(200);
    await app.backRelief.review.recorder.flush();
    const mine = (await store.list()).filter((i) => i.userHash === userHash('user-cy', 'msteams') && i.kind === 'feedback');
    expect(mine).toEqual([expect.objectContaining({ answerId: expect.stringMatching(/^stretches#/), reaction: 'dislike', comment: 'Too long. Call me [name] on [phone]' })]);
  });

  test('Web Chat: thumbs on the answer; a thumbs-down event asks for a comment, "No comment" keeps none', async () => {
    const webchat = { channelId: 'webchat', conversation: { id: 'c-web' } };
    const answer = await say('user-dee', 'c-web', { ...webchat, text: 'how should I sleep tonight?' });
    const message = answer.flatMap((r) => (r as { entities?: Array<Record<string, unknown>> }).entities ?? []).find((e) => e['@type'] === 'Message');
    const votes = message?.potentialAction as Array<Record<string, unknown>>;
    expect(votes.map((v) => v['@type'])).toEqual(['LikeAction', 'DislikeAction']);
    // What Web Chat posts when the thumb is clicked: the action itself.
    const asked = await say('user-dee', 'c-web', { ...webchat, type: 'event', name: 'webchat:activity-status/feedback', entities: [votes[1]] });
    expect(asked.map((r) => r.text).join(' ')).toMatch(/what was missing/i);
    const done = await say('user-dee', 'c-web', { ...webchat, text: 'No comment' });
    expect(done.map((r) => r.text)).toEqual(['Thanks for letting me know.']);
    await app.backRelief.review.recorder.flush();
    const mine = (await store.list()).filter((i) => i.userHash === userHash('user-dee', 'webchat'));
    expect(mine.filter((i) => i.kind === 'feedback')).toEqual([expect.objectContaining({ answerId: expect.stringMatching(/^sleep#/), reaction: 'dislike' })]);
    expect(mine.filter((i) => i.kind === 'comment' || i.kind === 'unplaced')).toEqual([]);
  });
});

describe('REVIEW_ENABLED=false', () => {
  test('nothing is kept: no store, and a thumbs-down asks for no comment', async () => {
    const off = await startApp({ logLevel: 'silent', reviewEnabled: false });
    try {
      expect(off.backRelief.review.store).toBeUndefined();
      const answer = await off.send({ text: 'ice or heat?', conversation: { id: 'c-off' } });
      const card = (answer.replies as Reply[]).flatMap((r) => r.attachments ?? []).find((a) => JSON.stringify(a.content).includes('backReliefFeedback'));
      const dislike = (card!.content.actions as Array<{ data: unknown }>)[1]!.data;
      const reply = await off.send({ value: dislike, conversation: { id: 'c-off' } });
      expect((reply.replies as Reply[]).map((r) => r.text)).toEqual(['Thanks for letting me know.']);
      // Still counted, without anything personal.
      expect(await (await fetch(`${off.base}/metrics`)).text()).toMatch(/feedback_total\{answer="ice-or-heat#[^"]+",reaction="dislike"\} 1/);
    } finally {
      await off.close();
    }
  });
});

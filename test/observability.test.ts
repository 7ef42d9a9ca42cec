/**
 * Metrics and logs wired into the real bot path: after real turns the
 * Prometheus counters have moved, and the JSON logs describe each turn and
 * request without what the user typed (unless LOG_MESSAGE_TEXT, and then
 * redacted).
 */
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { INTERNALS, startApp, type AppServer } from './support/appServer';


/** The value of one series in Prometheus text format (0 when absent). */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** Storage that fails for one conversation: a bug or corrupt data, not an outage. */
class FlakyStorage extends MemoryStorage {
  override async read(keys: string[]): Promise<StoreItems> {
    if (keys.some((k) => k.includes('broken-conversation'))) throw new Error('corrupt state for broken-conversation at /srv/x.ts:12:3');
    return super.read(keys);
  }
}

describe('metrics after real turns', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({}, { storage: new FlakyStorage() });
  });
  afterAll(async () => {
    await app?.close();
  });

  const metrics = async () => (await fetch(`${app.base}/metrics`)).text();

  test('turns, intents, escalations by level, turn latency and errors all move', async () => {
    const before = await metrics();
    expect(before).toMatch(/# TYPE turns_total counter/);
    expect(before).toMatch(/# TYPE turn_duration_seconds histogram/);

    const turns: Array<[string, string]> = [
      ['m-1', 'ice or heat?'],
      ['m-2', 'can I take ibuprofen?'],
      ['m-3', "I've wet myself and my back is in spasm"], // emergency
      ['m-4', 'I have a high fever and my back is killing me'], // urgent
      ['m-5', 'check my symptoms'],
    ];
    for (const [id, text] of turns) expect((await app.send({ text, conversation: { id } })).status).toBe(200);
    const broken = await app.send({ text: 'ice or heat?', conversation: { id: 'broken-conversation' } });
    expect(broken.status).toBe(200);
    expect(broken.replies.map((r) => r.text).join('\n')).toMatch(/something went wrong on my side[\s\S]*call 911/i);
    expect(broken.body).not.toMatch(INTERNALS);

    const after = await metrics();
    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta('turns_total{channel="test"}')).toBe(6);
    expect(delta('turn_duration_seconds_count')).toBe(6);
    expect(delta('turn_duration_seconds_sum')).toBeGreaterThan(0);
    expect(delta('intents_total{intent="ice_or_heat"}')).toBe(2);
    expect(delta('intents_total{intent="medication"}')).toBe(1);
    expect(delta('escalations_total{level="emergency"}')).toBe(1);
    expect(delta('escalations_total{level="urgent"}')).toBe(1);
    expect(delta('errors_total{kind="turn"}')).toBe(1);
    // Node process metrics are there too.
    expect(after).toMatch(/process_cpu_seconds_total/);
  });
});

describe('logs', () => {
  const SECRET_TEXT = 'my back hurts, mail me at jane.doe@example.com or call 555-123-4567';

  test('one JSON line per turn and per request, with no message text', async () => {
    const app = await startApp();
    try {
      await app.send({ text: SECRET_TEXT, conversation: { id: 'log-1' } });
      await app.send({ text: 'ice or heat?', conversation: { id: 'log-1' } });
      const turns = app.logs.filter((l) => l.msg === 'turn');
      expect(turns).toHaveLength(2);
      for (const t of turns) {
        expect(t).toMatchObject({ level: 'info', channel: 'test', activityType: 'message', outcome: 'ok' });
        expect(t.conversation).toMatch(/^[0-9a-f]{16}$/); // a pseudonym, not the raw id
        expect(typeof t.durationMs).toBe('number');
        expect(t).not.toHaveProperty('text');
      }
      expect(turns[1]).toMatchObject({ intent: 'ice_or_heat' });
      const requests = app.logs.filter((l) => l.msg === 'request');
      expect(requests.length).toBeGreaterThanOrEqual(2);
      expect(requests[0]).toMatchObject({ method: 'POST', route: '/api/messages', status: 200, requestId: expect.any(String) });
      const all = JSON.stringify(app.logs);
      expect(all).not.toMatch(/jane|555-123|back hurts|ice or heat|log-1/);
    } finally {
      await app.close();
    }
  });

  test('LOG_MESSAGE_TEXT=true: the text is logged with e-mail addresses and phone numbers masked', async () => {
    const app = await startApp({ logMessageText: true });
    try {
      await app.send({ text: SECRET_TEXT, conversation: { id: 'log-2' } });
      const turn = app.logs.find((l) => l.msg === 'turn');
      expect(turn?.text).toEqual(expect.stringContaining('my back hurts'));
      expect(turn?.text).toMatch(/\[email\]/);
      expect(turn?.text).toMatch(/\[phone\]/);
      expect(JSON.stringify(app.logs)).not.toMatch(/jane\.doe|555-123-4567/);
    } finally {
      await app.close();
    }
  });

  test('Direct Line paths are logged with ids replaced', async () => {
    const app = await startApp();
    try {
      const { token, conversationId } = (await (await fetch(`${app.base}/api/webchat/token`, { method: 'POST' })).json()) as {
        token: string;
        conversationId: string;
      };
      const auth = { authorization: `Bearer ${token}` };
      await fetch(`${app.base}/v3/directline/conversations`, { method: 'POST', headers: auth });
      // Wait for the bot's welcome, so that no turn is still replying when the app closes (a hang fails, slowness waits).
      for (const deadline = Date.now() + 60_000; ; ) {
        const res = await fetch(`${app.base}/v3/directline/conversations/${conversationId}/activities`, { headers: auth });
        const { activities } = (await res.json()) as { activities: Array<{ from?: { role?: string } }> };
        if (activities.some((a) => a.from?.role === 'bot')) break;
        if (Date.now() > deadline) throw new Error('no welcome from the bot');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(JSON.stringify(app.logs)).not.toContain(conversationId);
      expect(app.logs.some((l) => l.route === '/v3/directline/conversations')).toBe(true);
    } finally {
      await app.close();
    }
  });
});

/**
 * The HTTP surface under hostile or careless callers: Bot Framework
 * authentication, body limits, malformed bodies, very long text, rate limits,
 * security headers, the Direct Line secret, the metrics token.
 */
import { loadConfig } from '../src/config';
import { MAX_TEXT_CHARS } from '../src/nlu/messageUnderstander';
import { INTERNALS, startApp, type AppServer } from './support/appServer';
import { BotProcess, repliesText } from './support/botProcess';

// Asked again in the same conversation, the bot moves on through the topic; every part ends with the safety net.
const ANSWERED = /15 to 20 minutes|call \d+ now/;


const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('Bot Framework authentication (MicrosoftAppId set)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ microsoftAppId: '00000000-0000-0000-0000-000000000001', microsoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(async () => {
    await app?.close();
  });

  // No network is needed for any of these rejections.
  test.each<[string, Record<string, string>]>([
    ['no Authorization header', {}],
    ['an empty header', { authorization: '' }],
    ['garbage', { authorization: 'Bearer garbage' }],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a JWT from an issuer that is not Bot Framework', { authorization: `Bearer ${b64({ alg: 'RS256', kid: 'k' })}.${b64({ iss: 'https://evil.example', aud: '00000000-0000-0000-0000-000000000001' })}.c2ln` }],
    ['an unsigned JWT', { authorization: `Bearer ${b64({ alg: 'none' })}.${b64({ iss: 'https://evil.example' })}.` }],
  ])('%s: 401 JSON, and the bot never runs', async (_name, headers) => {
    const turnsBefore = app.logs.filter((l) => l.msg === 'turn').length;
    const r = await app.send({ text: 'ice or heat?', conversation: { id: 'auth-test' } }, headers);
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ error: 'unauthorized', message: expect.any(String) });
    expect(r.body).not.toMatch(INTERNALS);
    expect(app.logs.filter((l) => l.msg === 'turn').length).toBe(turnsBefore);
  });

  test('the web page and its Direct Line still work (they use their own in-process channel)', async () => {
    const res = await fetch(`${app.base}/api/webchat/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { token?: string }).token).toEqual(expect.any(String));
  });
});

describe('bodies and text', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ maxBodyBytes: 300 * 1024 });
  });
  afterAll(async () => {
    await app?.close();
  });

  const post = async (body: string | Buffer, contentType = 'application/json') => {
    const res = await fetch(`${app.base}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const text = await res.text();
    return { status: res.status, text, contentType: res.headers.get('content-type') ?? '' };
  };

  test('a body over MAX_BODY_BYTES gets 413 JSON', async () => {
    const huge = JSON.stringify({ type: 'message', text: 'x'.repeat(400 * 1024), conversation: { id: 'c' }, deliveryMode: 'expectReplies' });
    const r = await post(huge);
    expect(r.status).toBe(413);
    expect(r.contentType).toMatch(/application\/json/);
    expect(JSON.parse(r.text)).toMatchObject({ error: 'payload_too_large' });
  });

  test.each<[string, string, string]>([
    ['not JSON', 'hello there', 'application/json'],
    ['truncated JSON', '{"type":"message","text":"hi', 'application/json'],
    ['a JSON array', '[{"type":"message"}]', 'application/json'],
    ['a JSON string', '"message"', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['an empty body', '', 'application/json'],
    ['no type', '{"text":"hi","conversation":{"id":"c"},"deliveryMode":"expectReplies"}', 'application/json'],
    ['no conversation', '{"type":"message","text":"hi","deliveryMode":"expectReplies"}', 'application/json'],
    ['text that is a number', '{"type":"message","text":42,"conversation":{"id":"c"},"deliveryMode":"expectReplies"}', 'application/json'],
    ['no serviceUrl and no expectReplies', '{"type":"message","text":"hi","conversation":{"id":"c"}}', 'application/json'],
    ['a serviceUrl that is not a URL', '{"type":"message","text":"hi","conversation":{"id":"c"},"serviceUrl":"javascript:alert(1)"}', 'application/json'],
    ['form data', 'type=message&text=hi', 'application/x-www-form-urlencoded'],
  ])('%s: 400 JSON without internals', async (_name, body, contentType) => {
    // (three parameters exactly: a shorter row would hand jest's `done` in as the third)
    const r = await post(body, contentType);
    expect(r.status).toBe(400);
    expect(r.contentType).toMatch(/application\/json/);
    expect(JSON.parse(r.text)).toMatchObject({ error: 'bad_request', message: expect.any(String) });
    expect(r.text).not.toMatch(INTERNALS);
  });

  test('GET /api/messages: 405 JSON; unknown routes: 404 JSON', async () => {
    const get = await fetch(`${app.base}/api/messages`);
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ error: 'method_not_allowed' });
    const missing = await fetch(`${app.base}/no/such/route`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
  });

  test('100 kB of text is truncated before understanding, not rejected: the reply is the same as for its first part', async () => {
    const story = 'My lower back went into spasm this morning when I bent down to tie my shoe and now it hurts a lot. ';
    const long = `ice or heat? ${story.repeat(1100)}`;
    expect(long.length).toBeGreaterThan(100_000);
    const full = await app.send({ text: long, conversation: { id: 'long-text' } });
    expect(full.status).toBe(200);
    expect(full.replies.length).toBeGreaterThan(0);
    expect(full.body).not.toMatch(/something went wrong|try again/i);
    const head = await app.send({ text: long.replace(/\s+/g, ' ').slice(0, MAX_TEXT_CHARS), conversation: { id: 'long-text-head' } });
    expect(full.replies.map((r) => r.text)).toEqual(head.replies.map((r) => r.text));
  });

  test('an invoke the bot does not implement is a 4xx, not a 5xx', async () => {
    const res = await fetch(`${app.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'invoke', name: 'no/such/invoke', conversation: { id: 'inv' }, serviceUrl: 'http://127.0.0.1:9/', channelId: 'test', from: { id: 'u' }, recipient: { id: 'b' } }),
    });
    expect(res.status).toBe(400);
  });
});

describe('long text in the middle of the symptom check (real process)', () => {
  // The prompts parse activity.text with the date and number recognizers,
  // whose cost grows faster than the text: uncut, this message blocks the
  // process for minutes; cut to MAX_TEXT_CHARS it takes a few seconds at most.
  // A separate process, so that a CPU-bound turn cannot stall the test's own timers.
  let bot: BotProcess | undefined;
  beforeAll(async () => {
    bot = await BotProcess.start({});
  });
  afterAll(async () => {
    await bot?.kill();
  });

  test('100 kB of text is cut before the prompts parse it: answered and understood', async () => {
    const conversation = { id: 'long-text-triage' };
    expect(repliesText((await bot!.send({ text: 'check my symptoms', conversation })).replies)).toMatch(/where is the pain/i);
    expect(repliesText((await bot!.send({ text: 'lower back', conversation })).replies)).toMatch(/when did it start/i);
    const r = await bot!.send({ text: 'two days ago '.repeat(8000), conversation }, 120_000);
    expect(r.status).toBe(200);
    expect(repliesText(r.replies)).toMatch(/from 0 .*to 10/i); // understood, and the check moved on
    expect(await bot!.waitForLine((l) => l.msg === 'turn' && l.truncated === true)).toMatchObject({ outcome: 'ok' });
  });
});

describe('rate limits', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({
      conversationRateBurst: 3,
      conversationRatePerMinute: 1,
      ipRateBurst: 5,
      ipRatePerMinute: 1,
      ipConversationStartBurst: 2,
      ipConversationStartPerMinute: 1,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  test('per conversation: over the limit, one friendly "slow down", then silence; other conversations unaffected', async () => {
    const conversation = { id: 'chatty' };
    for (let i = 0; i < 3; i++) {
      const ok = await app.send({ text: 'ice or heat?', conversation });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatch(ANSWERED);
    }
    const limited = await app.send({ text: 'ice or heat?', conversation });
    expect(limited.status).toBe(200);
    expect(limited.replies.map((r) => r.text)).toEqual([expect.stringMatching(/faster than I can answer/i)]);
    const again = await app.send({ text: 'ice or heat?', conversation });
    expect(again.status).toBe(200);
    expect(again.replies).toEqual([]);
    const other = await app.send({ text: 'ice or heat?', conversation: { id: 'quiet' } });
    expect(other.body).toMatch(/15 to 20 minutes/);
    const metrics = await (await fetch(`${app.base}/metrics`)).text();
    expect(metrics).toMatch(/errors_total\{kind="rate_limited"\} 2/);
  });

  test('per IP on the web page: 429 JSON with Retry-After once over the burst', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fetch(`${app.base}/chat.css`)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const res = await fetch(`${app.base}/`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await res.json()).toMatchObject({ error: 'too_many_requests' });
  });

  test('per IP on starting Direct Line conversations: stricter', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${app.base}/v3/directline/conversations`, { method: 'POST' })).status);
    expect(statuses[2]).toBe(429);
  });

  test('never on /api/messages (Bot Framework channels come from few IPs), nor on /healthz', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => app.send({ text: 'hello', conversation: { id: `ip-${i}` } })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    for (let i = 0; i < 10; i++) expect((await fetch(`${app.base}/healthz`)).status).toBe(200);
  });
});

describe('security headers', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('the web page: CSP (scripts from self, no framing by others), nosniff, referrer, framing, permissions', async () => {
    const res = await fetch(`${app.base}/`);
    expect(res.status).toBe(200);
    const h = res.headers;
    expect(h.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(h.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(h.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(h.get('x-powered-by')).toBeNull();
    // No HSTS over plain HTTP (it would be ignored, and is wrong for local use).
    expect(h.get('strict-transport-security')).toBeNull();
  });

  test('HSTS when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await startApp({ trustProxy: 'loopback' });
    try {
      const res = await fetch(`${proxied.base}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });

  test('scripts and the Web Chat bundle: nosniff; API answers: deny-all CSP and no-store', async () => {
    for (const path of ['/chat.js', '/webchat/webchat.js']) {
      const res = await fetch(`${app.base}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      await res.arrayBuffer();
    }
    const api = await fetch(`${app.base}/healthz`);
    expect(api.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(api.headers.get('cache-control')).toBe('no-store');
    const r = await app.send({ text: 'hello', conversation: { id: 'headers' } });
    expect(r.status).toBe(200);
  });
});

describe('Direct Line secret and metrics token', () => {
  test('DIRECTLINE_SECRET is read from the environment and wired to the endpoint', async () => {
    const config = loadConfig({ DIRECTLINE_SECRET: 'dl-secret-for-test', METRICS_TOKEN: 'metrics-token-for-test' });
    expect(config.directLineSecret).toBe('dl-secret-for-test');
    const app = await startApp(config);
    try {
      const open = await fetch(`${app.base}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(open.status).toBe(401);
      const wrong = await fetch(`${app.base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer wrong' } });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${app.base}/v3/directline/tokens/generate`, { method: 'POST', headers: { authorization: 'Bearer dl-secret-for-test' } });
      expect(right.status).toBe(200);
      expect(await right.json()).toMatchObject({ token: expect.any(String), conversationId: expect.any(String) });

      expect((await fetch(`${app.base}/metrics`)).status).toBe(401);
      const metrics = await fetch(`${app.base}/metrics`, { headers: { authorization: 'Bearer metrics-token-for-test' } });
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/turns_total/);
    } finally {
      await app.close();
    }
  });
});

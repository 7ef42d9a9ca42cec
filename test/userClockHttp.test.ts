import { startApp, type AppServer } from './support/appServer';
import { ASK } from './support/triageQuestions';

// Over HTTP, "now" for the symptom check is the user's clock: the activity's
// localTimestamp, else the server's (injected) instant in DEFAULT_TIMEZONE.

const text = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '').join('\n');

async function checkUntilOnset(app: AppServer, conversation: string, extra: Record<string, unknown>) {
  const send = (t: string) => app.send({ text: t, conversation: { id: conversation }, ...extra });
  expect(text((await send('check my symptoms')).replies)).toMatch(ASK.location);
  expect(text((await send('lower back')).replies)).toMatch(ASK.onset);
  return text((await send('this morning')).replies);
}

describe('server at 06:00 UTC, DEFAULT_TIMEZONE UTC', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ logLevel: 'silent', defaultTimeZone: 'UTC' }, { now: () => new Date('2026-12-02T06:00:00Z') });
  });
  afterAll(() => app.close());

  test('"this morning" is an onset for a user whose localTimestamp is 10:30 in New York, read back in their words', async () => {
    const stamp = { localTimestamp: '2026-12-02T10:30:00.000-05:00', localTimezone: 'America/New_York' };
    expect(await checkUntilOnset(app, 'clock-ny', stamp)).toMatch(ASK.severity);
    const send = (t: string) => app.send({ text: t, conversation: { id: 'clock-ny' }, ...stamp });
    await send('6');
    let reply = text((await send('nothing obvious')).replies);
    for (let i = 0; i < 12 && !/Here's what I heard/.test(reply); i++) reply = text((await send('no')).replies);
    expect(reply).toMatch(/it started this morning/);
    expect(reply).not.toMatch(/hours? ago/);
  });
});

describe('server at 15:30 UTC, DEFAULT_TIMEZONE America/New_York (10:30 there)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ logLevel: 'silent', defaultTimeZone: 'America/New_York' }, { now: () => new Date('2026-12-02T15:30:00Z') });
  });
  afterAll(() => app.close());

  test('"this morning" is an onset without localTimestamp', async () => {
    expect(await checkUntilOnset(app, 'clock-default', {})).toMatch(ASK.severity);
  });
});

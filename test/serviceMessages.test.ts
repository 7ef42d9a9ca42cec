import { ActivityTypes, TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { join } from 'node:path';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadServiceMessages } from '../src/bot/serviceMessages';
import { ConversationRateLimitMiddleware } from '../src/bot/turnPipeline';
import { RateLimiter } from '../src/util/rateLimiter';
import { createMetrics } from '../src/observability/metrics';
import { PATHS } from '../src/paths';
import { EmergencyNumbers } from '../src/safety/emergencyNumbers';
import { mainDialogClient, replyText } from './support/botHarness';

const numbers = EmergencyNumbers.fromFile(PATHS.emergencyNumbers, 'en-US');

describe('the emergency number as said to the user', () => {
  test.each<[string | undefined, string]>([
    ['en-GB', '999'],
    ['en-IE', '112 or 999'],
    ['fr-CA', '911'],
    ['de', '112'],
    [undefined, 'your local emergency number (911)'],
    ['en', 'your local emergency number (911)'],
    ['es-MX', 'your local emergency number (911)'],
    ['en-ZA', '10177 or 112'],
    ['not a locale!', 'your local emergency number (911)'],
  ])('%s -> "%s"', (locale, text) => {
    expect(numbers.forLocale(locale).emergencyText).toBe(text);
  });

  test('the best guess follows the configured default locale', () => {
    expect(EmergencyNumbers.fromFile(PATHS.emergencyNumbers, 'en-AU').forLocale('xx-YY').emergencyText).toBe('your local emergency number (000)');
  });

  test('unknownLocale must carry the number', () => {
    expect(() => EmergencyNumbers.fromData({ locales: { 'en-GB': { emergency: '999' } }, unknownLocale: 'call someone' }, 'en-GB', 'n.yaml')).toThrow(
      /unknownLocale: must be a string with \{emergency\}/,
    );
  });
});

describe('service messages carry the emergency number', () => {
  test('every message in knowledge/service-messages.yaml has it (checked at load)', () => {
    const messages = loadServiceMessages();
    for (const text of Object.values(messages)) expect(text).toContain('{emergency}');
    const dir = mkdtempSync(join(tmpdir(), 'service-messages-'));
    const file = join(dir, 'm.yaml');
    writeFileSync(file, 'unavailable: "Try again {emergency}"\nbusy: "Wait {emergency}"\nslowDown: "Slow down."\nerror: "Oops {emergency}"\n');
    expect(() => loadServiceMessages(file)).toThrow(/field "slowDown" must give the emergency number/);
  });

  test.each<[string | undefined, RegExp]>([
    ['en-GB', /call 999 now/],
    ['en-AU', /call 000 now/],
    [undefined, /call your local emergency number \(911\) now/],
    ['es-MX', /call your local emergency number \(911\) now/],
  ])('"slow down" for locale %s', async (locale, number) => {
    const adapter = new TestAdapter(async (context) => void (await context.sendActivity('answered')));
    adapter.use(
      new ConversationRateLimitMiddleware({
        limiter: new RateLimiter({ capacity: 1, refillPerSecond: 1, now: () => 0 }),
        metrics: createMetrics(),
        messages: loadServiceMessages(),
        numbers,
      }),
    );
    const replies: string[] = [];
    await adapter
      .send({ type: ActivityTypes.Message, text: 'one', locale } as Partial<Activity>)
      .assertReply((a) => void replies.push(a.text ?? ''))
      .send({ type: ActivityTypes.Message, text: 'two', locale } as Partial<Activity>)
      .assertReply((a) => void replies.push(a.text ?? ''));
    expect(replies[0]).toBe('answered');
    expect(replies[1]).toMatch(/faster than I can answer/);
    expect(replies[1]).toMatch(number);
  });

  test('the fallback ("not something I can help with") carries the number, as a guess for an unknown locale', async () => {
    const { say } = mainDialogClient('es-MX');
    expect(replyText(await say("what's the capital of France?"))).toMatch(/call your local emergency number \(911\)/);
  });

  test('a topic answer\'s safety net and an escalation say the guess too, never a bare 911', async () => {
    const { say } = mainDialogClient('en-SG');
    const answer = replyText(await say('ice or heat for a back spasm?'));
    expect(answer).toMatch(/your local emergency number \(911\)/);
    expect(answer).not.toMatch(/call 911/);
    expect(replyText(await say('I fell off a ladder and now I cannot feel my legs'))).toMatch(/your local emergency number \(911\)/);
  });

  test('South Africa (en-ZA) has its own numbers', async () => {
    const { say } = mainDialogClient('en-ZA');
    expect(replyText(await say('ice or heat for a back spasm?'))).toMatch(/10177 or 112/);
  });
});

describe('Ireland (en-IE): the advice route follows the clinical notes', () => {
  test('an urgent flag sends the user to the GP out-of-hours service, with 112 or 999 for an emergency', async () => {
    const { say } = mainDialogClient('en-IE');
    const text = replyText(await say('I have a high fever and my back is killing me'));
    expect(text).toMatch(/get seen today/i);
    expect(text).toMatch(/GP out-of-hours service/);
    expect(text).toMatch(/112 or 999/);
    expect(text).not.toMatch(/urgent care centre/);
  });
});

import type { DestinationStream } from 'pino';
import { createLogger, loggerOptionsFromEnv, redactPersonalData, type LoggerOptions } from '../src/observability/logger';

/** A pino destination that keeps each line as a parsed object. */
function capture(): { stream: DestinationStream; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return {
    lines,
    stream: {
      write(msg: string) {
        lines.push(JSON.parse(msg) as Record<string, unknown>);
      },
    },
  };
}

function logOnce(options: LoggerOptions, log: (logger: ReturnType<typeof createLogger>) => void) {
  const { stream, lines } = capture();
  log(createLogger({ ...options, destination: stream }));
  return lines;
}

describe('createLogger', () => {
  test('writes JSON lines with a level name, time and name', () => {
    const [line] = logOnce({}, (log) => log.info({ conversationId: 'c1' }, 'turn done'));
    expect(line).toMatchObject({ level: 'info', name: 'back-relief', msg: 'turn done', conversationId: 'c1' });
    expect(typeof line!.time).toBe('string');
  });

  test('respects the level', () => {
    const lines = logOnce({ level: 'warn' }, (log) => {
      log.info('hidden');
      log.warn('shown');
    });
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });

  test('message text is never logged by default, at the top level or nested', () => {
    const [line] = logOnce({}, (log) =>
      log.info(
        {
          text: 'my back hurts, mail me at jane@example.com',
          utterance: 'secret',
          activity: { id: 'a1', text: 'call 555-123-4567', channelId: 'msteams' },
          intent: 'ice_or_heat',
        },
        'turn',
      ),
    );
    expect(line).not.toHaveProperty('text');
    expect(line).not.toHaveProperty('utterance');
    expect(line!.activity).toEqual({ id: 'a1', channelId: 'msteams' });
    expect(line!.intent).toBe('ice_or_heat');
    // pid, time and hostname vary by run (a pid of 27555 once matched "555"), so only what came from the input is searched.
    const { pid: _pid, time: _time, hostname: _hostname, ...fromInput } = line!;
    expect(JSON.stringify(fromInput)).not.toMatch(/jane|555-123-4567|hurts|secret/);
  });

  test('with logMessageText, text is logged with e-mails and phone numbers masked', () => {
    const [line] = logOnce({ logMessageText: true }, (log) =>
      log.info({ text: 'mail jane.doe@example.com or call (425) 555-0100', activity: { text: 'ring +44 20 7946 0958' } }, 'turn'),
    );
    expect(line!.text).toBe('mail [email] or call [phone]');
    expect(line!.activity).toEqual({ text: 'ring [phone]' });
  });

  test('with logMessageText, a non-string text field is redacted whole', () => {
    const [line] = logOnce({ logMessageText: true }, (log) => log.info({ text: { nested: 'jane@example.com' } }, 'x'));
    expect(line!.text).toBe('[redacted]');
  });

  test('with logMessageText, very long text is truncated', () => {
    const [line] = logOnce({ logMessageText: true }, (log) => log.info({ text: 'a'.repeat(5000) }, 'x'));
    expect((line!.text as string).length).toBeLessThanOrEqual(1001);
  });

  test('errors keep their message and stack', () => {
    const [line] = logOnce({}, (log) => log.error({ err: new Error('boom') }, 'failed'));
    expect(line!.err).toMatchObject({ type: 'Error', message: 'boom' });
  });
});

describe('redactPersonalData', () => {
  test.each([
    ['write to john.doe@example.com please', 'write to [email] please'],
    ['EMAIL: A.B+tag@Sub.Example.co.uk', 'EMAIL: [email]'],
    ['call me on 555-123-4567', 'call me on [phone]'],
    ['my mobile is 07700 900123', 'my mobile is [phone]'],
    ['a@b.com and c@d.org', '[email] and [email]'],
    ['+1 425 555 0100 or x@y.com', '[phone] or [email]'],
  ])('%s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  test('masks matches whose positions the recognizer shifted (length-changing lower case)', () => {
    // 'İ'.toLowerCase() is two UTF-16 units, so reported positions are off by one per 'İ'.
    expect(redactPersonalData('İİ a@b.com then a@b.com')).toBe('İİ [email] then [email]');
    expect(redactPersonalData('İ call (425) 555-0100 x')).toBe('İ call [phone] x');
  });

  test.each([
    'pain is 7/10 since 2 days ago',
    'I am 45 years old and it started on 2024-01-05',
    'it hurts around L4-L5',
    'should I call 911?',
    '',
  ])('leaves text without personal data alone: %s', (input) => {
    expect(redactPersonalData(input)).toBe(input);
  });
});

describe('loggerOptionsFromEnv', () => {
  test('reads LOG_LEVEL and LOG_MESSAGE_TEXT', () => {
    expect(loggerOptionsFromEnv({ LOG_LEVEL: 'debug', LOG_MESSAGE_TEXT: 'true' })).toEqual({
      level: 'debug',
      logMessageText: true,
    });
  });

  test('defaults to info without message text; unknown values are ignored', () => {
    expect(loggerOptionsFromEnv({})).toEqual({ level: 'info', logMessageText: false });
    expect(loggerOptionsFromEnv({ LOG_LEVEL: 'loud', LOG_MESSAGE_TEXT: 'yes' })).toEqual({
      level: 'info',
      logMessageText: false,
    });
  });
});

/**
 * Structured JSON logging (pino) that keeps what users type out of the logs.
 *
 * People tell a back-pain bot about their health; that text is personal data.
 * So any field holding message text (`text`, `messageText`, `utterance`, at the
 * top level or one level down, e.g. `activity.text`) is removed from every log
 * line, unless `logMessageText` is on (env LOG_MESSAGE_TEXT=true, meant for
 * debugging), and even then e-mail addresses and phone numbers are masked.
 *
 * The rule for callers: pass user text only in such a field, never inside the
 * message string (`log.info({ text }, 'turn')`, not `log.info(\`got ${text}\`)`):
 * only fields can be filtered.
 */
import { hostname } from 'node:os';
import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import { Culture, recognizeEmail, recognizePhoneNumber } from '@microsoft/recognizers-text-sequence';
import { escapeRegExp } from '../util/escapeRegExp';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Default 'info'. */
  level?: LevelWithSilent;
  /** Log message text (with e-mails and phone numbers masked). Default false. */
  logMessageText?: boolean;
  /** Where lines go; default stdout. Tests pass a collecting stream. */
  destination?: DestinationStream;
  /** The `name` field on every line. Default 'back-relief'. */
  name?: string;
}

/** Field paths (pino redact syntax) that may carry what a user typed. */
export const MESSAGE_TEXT_PATHS: readonly string[] = [
  'text',
  'messageText',
  'utterance',
  '*.text',
  '*.messageText',
  '*.utterance',
  'req.body.text',
];

/** Longest message text kept in a log line when logging it is enabled. */
export const MAX_LOGGED_TEXT_LENGTH = 1000;

const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function isLevel(value: string): value is LevelWithSilent {
  return (LEVELS as readonly string[]).includes(value);
}

/** Reads LOG_LEVEL and LOG_MESSAGE_TEXT; an unknown level falls back to 'info'. */
export function loggerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LoggerOptions {
  const level = (env.LOG_LEVEL ?? '').trim().toLowerCase();
  return {
    level: isLevel(level) ? level : 'info',
    logMessageText: (env.LOG_MESSAGE_TEXT ?? '').trim().toLowerCase() === 'true',
  };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const logMessageText = options.logMessageText ?? false;
  const config: pino.LoggerOptions = {
    name: options.name ?? 'back-relief',
    // Read now: pino reads them when it loads, which for `npm start` is when the start-up snapshot is built.
    base: { pid: process.pid, hostname: hostname() },
    level: options.level ?? 'info',
    // ISO time and level names read better in log search than epoch ms and numbers.
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: logMessageText
      ? { paths: [...MESSAGE_TEXT_PATHS], censor: censorMessageText }
      : { paths: [...MESSAGE_TEXT_PATHS], remove: true },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

function censorMessageText(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  // Only plain strings are understood; anything else could hide text in a shape we cannot mask.
  if (typeof value !== 'string') return '[redacted]';
  const masked = redactPersonalData(value);
  return masked.length > MAX_LOGGED_TEXT_LENGTH ? `${masked.slice(0, MAX_LOGGED_TEXT_LENGTH)}…` : masked;
}

interface Span {
  start: number;
  end: number; // exclusive
  label: string;
}

/**
 * Masks e-mail addresses as `[email]` and phone numbers as `[phone]`, using
 * Microsoft's recognizers-text sequence models. It fails closed: if the
 * recognizer throws or reports a match it cannot place in the text, the whole
 * text becomes `[redacted]` rather than risk leaking it.
 */
export function redactPersonalData(text: string): string {
  if (text.length === 0) return text;
  let spans: Span[];
  try {
    spans = [
      ...locate(text, recognizeEmail(text, Culture.English), '[email]'),
      ...locate(text, recognizePhoneNumber(text, Culture.English), '[phone]'),
    ];
  } catch {
    return '[redacted]';
  }
  if (spans.length === 0) return text;

  // Merge overlaps (e.g. digits inside an e-mail also matched as a phone); the earlier span's label wins.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }

  let out = '';
  let cursor = 0;
  for (const span of merged) {
    out += text.slice(cursor, span.start) + span.label;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

interface RecognizedSequence {
  start: number;
  end: number; // inclusive, as the recognizers report it
  text: string;
}

/**
 * The recognizers lower-case their input and report positions in that copy;
 * check each position against the original and, if it is off (a character
 * whose lower case has another length, such as 'İ'), search for the match in
 * the original instead.
 */
function locate(text: string, results: readonly RecognizedSequence[], label: string): Span[] {
  return results.flatMap((r) => {
    const start = r.start;
    const end = r.end + 1;
    if (text.slice(start, end).toLowerCase() === r.text.toLowerCase()) return [{ start, end, label }];
    // Mask every occurrence: which one the shifted position meant is unknown.
    const pattern = new RegExp(escapeRegExp(r.text), 'giu');
    const found = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, label }));
    if (found.length === 0) throw new Error('recognized personal data could not be located in the text');
    return found;
  });
}

/**
 * The real server (`src/index.ts`) as a child process, as `npm start` runs it
 * but straight from TypeScript (node --import tsx), so that tests never depend
 * on a stale dist/. Each process gets its own port (PORT=0, read back from
 * its "listening" log line) and whatever environment the test gives it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface LogLine {
  level?: string;
  msg?: string;
  [field: string]: unknown;
}

export interface SendResult {
  status: number;
  body: string;
  replies: Array<{ type?: string; text?: string; name?: string; value?: unknown }>;
}

export class BotProcess {
  readonly lines: LogLine[] = [];
  /** Output that was not a JSON log line (should stay empty: everything logs through pino). */
  readonly otherOutput: string[] = [];
  port = 0;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private buffered = '';

  private constructor(readonly child: ChildProcess) {
    const onData = (chunk: Buffer): void => {
      this.buffered += chunk.toString();
      let newline: number;
      while ((newline = this.buffered.indexOf('\n')) >= 0) {
        const line = this.buffered.slice(0, newline);
        this.buffered = this.buffered.slice(newline + 1);
        if (!line.trim()) continue;
        try {
          this.lines.push(JSON.parse(line) as LogLine);
        } catch {
          this.otherOutput.push(line);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    this.exited = new Promise((resolve) => {
      // 'close', not 'exit': it comes after the output pipes are drained, so every log line is in.
      child.once('close', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    void this.exited.then(() => process.off('exit', killOnExit));
  }

  /**
   * Starts `src/index.ts` (or the node arguments `nodeArgs`, e.g. a bundle) with
   * `env` (on top of a minimal, predictable environment) and waits until it listens.
   */
  static async start(env: Record<string, string>, timeoutMs = 120_000, nodeArgs = ['--import', 'tsx', 'src/index.ts']): Promise<BotProcess> {
    const child = spawn(process.execPath, nodeArgs, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        NODE_ENV: 'production',
        PORT: '0',
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        DIRECTLINE_SECRET: '',
        LOG_LEVEL: 'info',
        LOG_MESSAGE_TEXT: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bot = new BotProcess(child);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const listening = bot.lines.find((l) => typeof l.port === 'number' && /listening/.test(String(l.msg)));
      if (listening) {
        bot.port = listening.port as number;
        return bot;
      }
      if (bot.exitInfo) throw new Error(`the bot exited during start-up (${JSON.stringify(bot.exitInfo)}):\n${bot.output()}`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the bot did not start within ${timeoutMs} ms:\n${bot.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  /** The last lines of output, for failure messages. */
  output(): string {
    return [...this.lines.slice(-30).map((l) => JSON.stringify(l)), ...this.otherOutput.slice(-20)].join('\n');
  }

  /** The first log line matching `predicate`, waiting for it (output arrives through a pipe) at most `timeoutMs`. */
  async waitForLine(predicate: (line: LogLine) => boolean, timeoutMs = 30_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching log line within ${timeoutMs} ms:\n${this.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** How many log lines match `predicate`, waiting (output arrives through a pipe, after the reply) until there are at least `atLeast`, at most `timeoutMs`. */
  async countLines(predicate: (line: LogLine) => boolean, atLeast: number, timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const n = this.lines.filter(predicate).length;
      if (n >= atLeast || Date.now() > deadline) return n;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** POST /api/messages with deliveryMode expectReplies; bounded by `timeoutMs`. */
  async send(activity: Record<string, unknown>, timeoutMs = 60_000): Promise<SendResult> {
    const body = JSON.stringify({
      type: 'message',
      channelId: 'test',
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
      ...activity,
    });
    const res = await fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let replies: SendResult['replies'] = [];
    try {
      replies = (JSON.parse(text) as { activities?: SendResult['replies'] }).activities ?? [];
    } catch {
      // not JSON: the caller checks status and body
    }
    return { status: res.status, body: text, replies };
  }

  /** Sends a signal; resolves with how the process ended, or rejects after `timeoutMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.exitInfo) return this.exitInfo;
    this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.exited,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the bot did not exit within ${timeoutMs} ms of ${signal}`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** For afterAll: ends the process whatever state it is in. */
  async kill(): Promise<void> {
    if (this.exitInfo) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/** All the text of a set of replies. */
export function repliesText(replies: SendResult['replies']): string {
  return replies.map((r) => r.text ?? '').join('\n');
}

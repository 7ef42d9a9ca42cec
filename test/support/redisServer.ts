/**
 * A throw-away redis-server for tests: a child process on a free loopback port,
 * no persistence, stopped (and restartable on the same port) by the test.
 *
 * Locally, suites that need it are skipped with a console message when the
 * binary is missing; under CI (CI=true) they fail instead, so a CI image that
 * lost redis-server cannot go green by silently testing nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Override with REDIS_SERVER_BIN to test against another build. */
const REDIS_BIN = process.env.REDIS_SERVER_BIN ?? 'redis-server';

let availability: boolean | undefined;

/**
 * This environment without libfaketime, for Redis's binaries: under faketime
 * (CI runs suites at faked hours) redis-server and redis-cli hang at start-up
 * (jemalloc and libfaketime recurse into clock_gettime). The fake clock is for
 * the code under test; Redis keeps the real one (TTLs are relative anyway).
 */
export function realClockEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('FAKETIME')) delete env[name];
  const preload = (env.LD_PRELOAD ?? '').split(/[:\s]+/).filter((lib) => lib && !/faketime/i.test(lib));
  if (preload.length > 0) env.LD_PRELOAD = preload.join(':');
  else delete env.LD_PRELOAD;
  return env;
}

/** Whether a runnable redis-server binary is on PATH (checked once; a binary that hangs counts as missing). */
export function redisAvailable(): boolean {
  availability ??= spawnSync(REDIS_BIN, ['--version'], { stdio: 'ignore', env: realClockEnv(), timeout: 30_000 }).status === 0;
  return availability;
}

export class RedisServer {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private readonly dir: string;

  private constructor(readonly port: number) {
    // Its own working directory, so nothing (not even a stray dump) lands in the repo.
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'redis-test-'));
  }

  /** Starts a server on `port`, or on a free port when omitted. */
  static async start(port?: number): Promise<RedisServer> {
    // A port found free can be taken before redis binds it; retry with a new one.
    for (let attempt = 1; ; attempt++) {
      const server = new RedisServer(port ?? (await freePort()));
      try {
        await server.launch();
        return server;
      } catch (err) {
        server.cleanup();
        if (port !== undefined || attempt >= 3) throw err;
      }
    }
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /**
   * Stops the server. SIGKILL by default: tests use it to simulate Redis
   * vanishing, and there is no data to flush anyway.
   */
  async stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    child.kill(signal);
    await this.exited;
  }

  /**
   * Freezes the process (SIGSTOP): the kernel still accepts connections and
   * bytes but nothing answers, as with a hung server or a black-holed network.
   */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  /** Undoes `pause()`. */
  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** Starts the server again on the same port (after `stop()`). */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /** Stops the server and removes its working directory. */
  async dispose(): Promise<void> {
    await this.stop();
    this.cleanup();
  }

  private async launch(): Promise<void> {
    const child = spawn(
      REDIS_BIN,
      [
        '--port', String(this.port),
        '--bind', '127.0.0.1',
        '--save', '',
        '--appendonly', 'no',
        '--dir', this.dir,
        '--daemonize', 'no',
        '--loglevel', 'warning',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: realClockEnv() },
    );
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let exitedEarly = false;
    this.exited = new Promise((resolve) => {
      child.once('exit', () => {
        exitedEarly = true;
        resolve();
      });
      child.once('error', () => {
        exitedEarly = true;
        resolve();
      });
    });
    this.child = child;
    // Safety net: never leave a redis-server behind if the test process exits
    // without calling stop() (a crash or a forgotten afterAll).
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    void this.exited.then(() => process.off('exit', killOnExit));

    // A hang, not slowness: on a loaded machine a fork and exec can take many seconds.
    const deadline = Date.now() + 60_000;
    while (!(await answersPing(this.port))) {
      if (exitedEarly || Date.now() > deadline) {
        this.child = undefined;
        child.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${this.port}:\n${output}`);
      }
      await sleep(50);
    }
  }

  private cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * `describe` for suites that need redis-server: runs them when it is there,
 * skips them with a message locally, and fails them under CI.
 */
export function describeWithRedis(title: string, body: () => void): void {
  if (redisAvailable()) {
    describe(title, body);
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      it('needs redis-server', () => {
        throw new Error(`${REDIS_BIN} not found on PATH; CI must install it (apt-get install -y redis-server)`);
      });
    });
  } else {
    console.warn(`Skipping "${title}": ${REDIS_BIN} not found on PATH (apt-get install -y redis-server).`);
    describe.skip(title, body);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

/** Raw RESP PING, so the helper does not depend on the client under test. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

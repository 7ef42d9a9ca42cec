/**
 * The Direct Line store in Redis (STORAGE=redis): every instance serves every
 * conversation, so a page needs no sticky session. Per conversation (one
 * cluster slot, thanks to the `{id}` hash tag):
 *   <p>{id}:c  hash: user, started, serviceUrl, locale, seq (last watermark), lastMs, bytes
 *   <p>{id}:a  sorted set: the activity buffer, score = watermark, member = activity JSON
 *   <p>{id}:k  list: hashes of the tokens issued for it, oldest first
 * and <p>t:<token hash> ("<conversation>|<expiresAt>|<ended>"), <p>x:<ticket hash>
 * (one-time stream tickets), <p>index (conversations by last seen, for the
 * capacity limit). Keys of a conversation expire `idleMs` after its last
 * touch. An append is one Lua script (next watermark, id, strictly increasing
 * timestamp, trimming to the limits) that also PUBLISHes on <p>{id}:e, which
 * the instances holding that conversation's WebSocket subscribe to.
 */
import { ErrorReply } from 'redis';
import { buildClient } from '../../storage/redisClient';
import { withDeadline } from '../../util/deadline';
import { StorageUnavailableError, type StorageOperation } from '../../storage/storageErrors';
import {
  withoutStamp,
  type ActivityPage,
  type ConversationRecord,
  type DirectLineStore,
  type JsonObject,
  type StoreLimits,
  type TokenRecord,
} from './store';

export interface RedisDirectLineStoreOptions {
  url: string;
  /** e.g. `backrelief:dl:` */
  keyPrefix: string;
  limits: StoreLimits;
  /** Deadline of one operation; default 1500 ms. */
  operationTimeoutMs?: number;
  logger?: { warn(obj: object, msg: string): void };
  now?(): number;
}

// KEYS: conversation hash, activity set. ARGV: nowMs, nowIso, activity JSON without its "{",
// maxActivities, maxBytes, idleMs, keepId, keepTimestamp, conversationId, channel.
// Returns {1, member}, {0, lastMs} when the clock is not past the last timestamp, {-1} when unknown.
const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
local keep = ARGV[7] ~= ''
if not keep then
  local last = tonumber(redis.call('HGET', KEYS[1], 'lastMs') or '0')
  if tonumber(ARGV[1]) <= last then return {0, tostring(last)} end
end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
local id = ARGV[7]
local ts = ARGV[8]
if not keep then
  id = ARGV[9] .. '|' .. string.format('%07d', seq)
  ts = ARGV[2]
  redis.call('HSET', KEYS[1], 'lastMs', ARGV[1])
end
local member = '{"id":' .. cjson.encode(id) .. ',"timestamp":' .. cjson.encode(ts) .. ',' .. ARGV[3]
redis.call('ZADD', KEYS[2], seq, member)
local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', #member)
local count = redis.call('ZCARD', KEYS[2])
while count > tonumber(ARGV[4]) or (bytes > tonumber(ARGV[5]) and count > 1) do
  local popped = redis.call('ZPOPMIN', KEYS[2])
  bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -#popped[1])
  count = count - 1
end
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('PEXPIRE', KEYS[2], ARGV[6])
redis.call('PUBLISH', ARGV[10], seq)
return {1, member}
`;

// KEYS: conversation hash, activity set. ARGV: activity id. Returns the removed member or false.
const REMOVE = `
for _, m in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  local ok, decoded = pcall(cjson.decode, m)
  if ok and type(decoded) == 'table' and decoded.id == ARGV[1] then
    redis.call('ZREM', KEYS[2], m)
    redis.call('HINCRBY', KEYS[1], 'bytes', -#m)
    return m
  end
end
return false
`;

// KEYS: conversation hash. ARGV: serviceUrl, locale. 1 for the caller that started it.
const START = `
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HGET', KEYS[1], 'started') == '1' then return 0 end
redis.call('HSET', KEYS[1], 'started', '1', 'serviceUrl', ARGV[1])
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'locale', ARGV[2]) end
return 1
`;

const TOKEN_GRACE_MS = 60_000;
type Client = ReturnType<typeof buildClient>;

export class RedisDirectLineStore implements DirectLineStore {
  readonly kind = 'redis' as const;
  private readonly client: Client;
  private subscriber: Client | undefined;
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly p: string;
  private readonly limits: StoreLimits;
  private readonly timeoutMs: number;
  private readonly clock: () => number;
  private closed = false;
  private outage = false;

  constructor(options: RedisDirectLineStoreOptions) {
    this.p = options.keyPrefix;
    this.limits = options.limits;
    this.timeoutMs = options.operationTimeoutMs ?? 1500;
    this.clock = options.now ?? Date.now;
    this.client = buildClient(options.url, 1000, 2000);
    this.client.on('error', (err: unknown) => {
      if (this.outage || this.closed) return;
      this.outage = true;
      options.logger?.warn({ err }, 'redis direct line store: connection lost, reconnecting');
    });
    this.client.on('ready', () => {
      this.outage = false;
    });
    this.client.connect().catch(() => undefined);
  }

  /** Resolves once connected (tests); rejects after `timeoutMs`. */
  whenReady(timeoutMs = 5000): Promise<void> {
    if (this.client.isReady) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new StorageUnavailableError('connect', `not connected after ${timeoutMs} ms`)), timeoutMs);
      this.client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private key(id: string, part: 'c' | 'a' | 'k' | 'e'): string {
    return `${this.p}{${id}}:${part}`;
  }

  async create(conversation: ConversationRecord, now: number): Promise<boolean> {
    const index = `${this.p}index`;
    await this.run('write', async () => {
      await this.client.zRemRangeByScore(index, '-inf', now - this.limits.idleMs);
    });
    const count = await this.run('read', () => this.client.zCard(index));
    if (count >= this.limits.maxConversations) {
      const [oldest] = await this.run('read', () => this.client.zRangeWithScores(index, 0, 0));
      if (!oldest || now - oldest.score < Math.min(60_000, this.limits.idleMs)) return false;
      await this.forget(oldest.value, now);
    }
    const c = this.key(conversation.id, 'c');
    await this.run('write', () =>
      this.client
        .multi()
        .hSet(c, { user: JSON.stringify(conversation.user), started: conversation.started ? '1' : '0', seq: '0', lastMs: '0', bytes: '0' })
        .pExpire(c, this.limits.idleMs)
        .zAdd(index, { score: now, value: conversation.id })
        .exec(),
    );
    return true;
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    const fields = await this.run('read', () => this.client.hGetAll(this.key(id, 'c')));
    if (!fields || typeof fields.user !== 'string') return undefined;
    return {
      id,
      user: JSON.parse(fields.user) as ConversationRecord['user'],
      started: fields.started === '1',
      ...(fields.serviceUrl ? { serviceUrl: fields.serviceUrl } : {}),
      ...(fields.locale ? { locale: fields.locale } : {}),
    };
  }

  async touch(id: string, now: number): Promise<void> {
    const idle = this.limits.idleMs;
    await this.run('write', () =>
      this.client
        .multi()
        .pExpire(this.key(id, 'c'), idle)
        .pExpire(this.key(id, 'a'), idle)
        .pExpire(this.key(id, 'k'), idle)
        .zAdd(`${this.p}index`, { score: now, value: id }, { XX: true })
        .exec(),
    );
  }

  async start(id: string, serviceUrl: string, locale: string | undefined): Promise<boolean> {
    const reply = await this.run('write', () => this.client.eval(START, { keys: [this.key(id, 'c')], arguments: [serviceUrl, locale ?? ''] }));
    return reply === 1;
  }

  async forget(id: string, now: number): Promise<boolean> {
    const tokenKeys = await this.run('read', () => this.client.lRange(this.key(id, 'k'), 0, -1));
    for (const key of tokenKeys) {
      const record = await this.token(key, now);
      if (record && record.expiresAt > now) {
        await this.run('write', () => this.client.set(this.tokenKey(key), `${record.conversationId}|${record.expiresAt}|1`, { KEEPTTL: true, XX: true }));
      }
    }
    const removed = await this.run('write', () => this.client.del([this.key(id, 'c'), this.key(id, 'a'), this.key(id, 'k')]));
    await this.run('write', async () => {
      await this.client.zRem(`${this.p}index`, id);
      await this.client.publish(this.key(id, 'e'), 'ended');
    });
    return removed > 0;
  }

  private tokenKey(key: string): string {
    return `${this.p}t:${key}`;
  }

  async addToken(key: string, conversationId: string, expiresAt: number): Promise<void> {
    const list = this.key(conversationId, 'k');
    const ttl = Math.max(1, expiresAt - this.clock() + TOKEN_GRACE_MS);
    const [, length] = await this.run('write', () =>
      this.client.multi().set(this.tokenKey(key), `${conversationId}|${expiresAt}|0`, { PX: ttl }).rPush(list, key).pExpire(list, this.limits.idleMs).exec(),
    );
    const excess = Number(length) - this.limits.maxTokensPerConversation;
    if (excess > 0) {
      const revoked = await this.run('write', () => this.client.lPopCount(list, excess));
      if (revoked?.length) await this.run('write', () => this.client.del(revoked.map((k) => this.tokenKey(k))));
    }
  }

  async token(key: string, now: number): Promise<TokenRecord | undefined> {
    const raw = await this.run('read', () => this.client.get(this.tokenKey(key)));
    const match = typeof raw === 'string' ? /^(.+)\|(\d+)\|([01])$/.exec(raw) : null;
    if (!match) return undefined;
    const record = { conversationId: match[1]!, expiresAt: Number(match[2]), ended: match[3] === '1' };
    return record.expiresAt <= now - TOKEN_GRACE_MS ? undefined : record;
  }

  async addTicket(key: string, conversationId: string, expiresAt: number): Promise<void> {
    await this.run('write', () => this.client.set(`${this.p}x:${key}`, conversationId, { PX: Math.max(1, expiresAt - this.clock()) }));
  }

  async takeTicket(key: string): Promise<string | undefined> {
    const value = await this.run('write', () => this.client.getDel(`${this.p}x:${key}`));
    return typeof value === 'string' ? value : undefined;
  }

  async append(id: string, activity: JsonObject, now: number, keep?: { id: string; timestamp: string }): Promise<JsonObject | undefined> {
    const body = JSON.stringify(withoutStamp(activity));
    if (!body.startsWith('{"')) throw new Error('RedisDirectLineStore.append: the activity has no fields');
    let ms = now;
    for (let attempt = 0; attempt < 5; attempt++) {
      const reply = (await this.run('write', () =>
        this.client.eval(APPEND, {
          keys: [this.key(id, 'c'), this.key(id, 'a')],
          arguments: [
            String(ms), new Date(ms).toISOString(), body.slice(1),
            String(this.limits.maxActivities), String(this.limits.maxBytes), String(this.limits.idleMs),
            keep?.id ?? '', keep?.timestamp ?? '', id, this.key(id, 'e'),
          ],
        }),
      )) as [number, string?];
      if (reply[0] === -1) return undefined;
      if (reply[0] === 1) return JSON.parse(reply[1]!) as JsonObject;
      // Another append (maybe from another instance's clock) was at or after `ms`: stamp just after it.
      ms = Number(reply[1]) + 1;
    }
    throw new Error('RedisDirectLineStore.append: could not stamp the activity');
  }

  async remove(id: string, activityId: string): Promise<JsonObject | undefined> {
    const reply = await this.run('write', () => this.client.eval(REMOVE, { keys: [this.key(id, 'c'), this.key(id, 'a')], arguments: [activityId] }));
    return typeof reply === 'string' ? (JSON.parse(reply) as JsonObject) : undefined;
  }

  async after(id: string, watermark: number, max: number): Promise<ActivityPage | undefined> {
    const [seq, entries] = (await this.run('read', () =>
      this.client
        .multi()
        .hGet(this.key(id, 'c'), 'seq')
        .zRangeByScoreWithScores(this.key(id, 'a'), `(${watermark}`, '+inf', { LIMIT: { offset: 0, count: max } })
        .exec(),
    )) as unknown as [string | null, Array<{ value: string; score: number }>];
    if (seq === null || seq === undefined) return undefined;
    const last = entries.length > 0 ? entries[entries.length - 1]!.score : Math.min(watermark, Number(seq));
    return { activities: entries.map((e) => JSON.parse(e.value) as JsonObject), watermark: last };
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      this.listeners.set(id, (set = new Set()));
      void this.channel(id, 'subscribe');
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) {
        this.listeners.delete(id);
        void this.channel(id, 'unsubscribe');
      }
    };
  }

  /** (Un)subscribes this instance to a conversation's channel; node-redis resubscribes after a reconnect. */
  private async channel(id: string, action: 'subscribe' | 'unsubscribe'): Promise<void> {
    try {
      if (!this.subscriber) {
        this.subscriber = this.client.duplicate();
        this.subscriber.on('error', () => undefined);
        await this.subscriber.connect();
      }
      if (action === 'subscribe') {
        await this.subscriber.subscribe(this.key(id, 'e'), () => {
          for (const listener of [...(this.listeners.get(id) ?? [])]) listener();
        });
      } else {
        await this.subscriber.unsubscribe(this.key(id, 'e'));
      }
    } catch {
      // Unreachable for now: the stream's periodic re-read still delivers.
    }
  }

  async stats(now: number): Promise<{ conversations: number; tokens: number }> {
    const index = `${this.p}index`;
    const conversations = await this.run('read', () => this.client.zCount(index, now - this.limits.idleMs, '+inf'));
    // Tokens are not counted in Redis (it would need a scan).
    return { conversations, tokens: 0 };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    for (const client of [this.subscriber, this.client]) {
      if (!client?.isOpen) continue;
      try {
        if (client.isReady) await client.close();
        else client.destroy();
      } catch {
        client.destroy();
      }
    }
  }

  /** One operation under a deadline; transport failures become StorageUnavailableError. */
  private async run<T>(operation: StorageOperation, fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StorageUnavailableError(operation, 'the Direct Line store is closed');
    try {
      return await withDeadline(fn(), this.timeoutMs, () => new StorageUnavailableError(operation, `no answer within ${this.timeoutMs} ms`));
    } catch (err) {
      if (err instanceof StorageUnavailableError || err instanceof ErrorReply || !(err instanceof Error)) throw err;
      throw new StorageUnavailableError(operation, err.message, { cause: err });
    }
  }
}

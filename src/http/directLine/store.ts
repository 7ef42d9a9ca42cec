/**
 * Where the embedded Direct Line keeps its conversations: the conversation
 * (its user, whether it has started), its activity buffer with watermarks,
 * the tokens issued for it and one-time stream tickets. Two backends with one
 * contract (test/directLineStore.test.ts runs both): in memory (one process)
 * and Redis (src/http/directLine/redisStore.ts: every instance serves every
 * conversation, no sticky sessions).
 *
 * The activity list is a delivery buffer: at most `maxActivities` activities
 * and `maxBytes` bytes of JSON per conversation (older ones were fetched long
 * ago; the newest is always kept). A conversation nobody touched for `idleMs`
 * is forgotten.
 */
export type JsonObject = Record<string, unknown>;

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
}

export interface ConversationRecord {
  id: string;
  user: ChannelAccount;
  started: boolean;
  serviceUrl?: string;
  locale?: string;
}

export interface TokenRecord {
  conversationId: string;
  expiresAt: number;
  /** Its conversation was forgotten while the token was still valid: the client gets 404 (ended), not 401. */
  ended: boolean;
}

export interface ActivityPage {
  activities: JsonObject[];
  /** The watermark after these activities (the one asked for when there are none). */
  watermark: number;
}

export interface StoreLimits {
  maxConversations: number;
  maxActivities: number;
  maxBytes: number;
  idleMs: number;
  maxTokensPerConversation: number;
}

export interface DirectLineStore {
  readonly kind: 'memory' | 'redis';
  /** Adds a conversation; false when the store is full (every conversation active within the last minute). */
  create(conversation: ConversationRecord, now: number): Promise<boolean>;
  get(id: string): Promise<ConversationRecord | undefined>;
  /** Marks the conversation as seen now (it is forgotten `idleMs` after the last touch). */
  touch(id: string, now: number): Promise<void>;
  /** Marks it started; true only for the one caller that started it (who then greets the bot). */
  start(id: string, serviceUrl: string, locale: string | undefined): Promise<boolean>;
  /** Forgets the conversation and its activities; its unexpired tokens then say "ended". False if unknown. */
  forget(id: string, now: number): Promise<boolean>;
  /** Keeps a token (by its hash) for a conversation; the oldest beyond maxTokensPerConversation are revoked. */
  addToken(key: string, conversationId: string, expiresAt: number): Promise<void>;
  token(key: string, now: number): Promise<TokenRecord | undefined>;
  /** A one-time ticket for opening the conversation's WebSocket stream. */
  addTicket(key: string, conversationId: string, expiresAt: number): Promise<void>;
  /** The ticket's conversation, once: the ticket is gone afterwards. */
  takeTicket(key: string, now: number): Promise<string | undefined>;
  /**
   * Appends an activity (without id and timestamp: the store assigns the
   * next watermark, the id `<conversation>|<watermark>` and a timestamp
   * strictly after the previous one), or re-appends an updated one keeping
   * `keep`. Returns the stored activity; undefined when the conversation is unknown.
   */
  append(id: string, activity: JsonObject, now: number, keep?: { id: string; timestamp: string }): Promise<JsonObject | undefined>;
  /** Removes an activity by id; returns it, or undefined when it is not (or no longer) there. */
  remove(id: string, activityId: string): Promise<JsonObject | undefined>;
  /** Activities after `watermark`, at most `max`; undefined when the conversation is unknown. */
  after(id: string, watermark: number, max: number): Promise<ActivityPage | undefined>;
  /** Calls `listener` when the conversation gets an activity or is forgotten (from any instance). */
  subscribe(id: string, listener: () => void): () => void;
  stats(now: number): Promise<{ conversations: number; tokens: number }>;
  close(): Promise<void>;
}

export const activityId = (conversationId: string, seq: number): string => `${conversationId}|${String(seq).padStart(7, '0')}`;

interface StoredActivity {
  seq: number;
  activity: JsonObject;
  bytes: number;
}

interface MemoryConversation {
  record: ConversationRecord;
  lastSeen: number;
  seq: number;
  lastMs: number;
  activities: StoredActivity[];
  bytes: number;
  tokens: string[];
}

/** One process's conversations, bounded; least recently seen first in the map. */
export class MemoryDirectLineStore implements DirectLineStore {
  readonly kind = 'memory' as const;
  private readonly conversations = new Map<string, MemoryConversation>();
  private readonly tokens = new Map<string, TokenRecord>();
  private readonly tickets = new Map<string, { conversationId: string; expiresAt: number }>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limits: StoreLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.timer = setInterval(() => this.sweep(this.clock()), Math.min(60_000, Math.max(1000, Math.floor(limits.idleMs / 2))));
    this.timer.unref();
  }

  async create(conversation: ConversationRecord, now: number): Promise<boolean> {
    this.sweep(now);
    if (this.conversations.size >= this.limits.maxConversations) {
      // Evict the least recently seen conversation if it has been quiet for a minute; otherwise full.
      const oldest = this.conversations.values().next().value;
      if (!oldest || now - oldest.lastSeen < Math.min(60_000, this.limits.idleMs)) return false;
      this.drop(oldest, now);
    }
    this.conversations.set(conversation.id, {
      record: structuredClone(conversation),
      lastSeen: now,
      seq: 0,
      lastMs: 0,
      activities: [],
      bytes: 0,
      tokens: [],
    });
    return true;
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    const c = this.conversations.get(id);
    return c ? structuredClone(c.record) : undefined;
  }

  async touch(id: string, now: number): Promise<void> {
    const c = this.conversations.get(id);
    if (!c) return;
    c.lastSeen = now;
    this.conversations.delete(id);
    this.conversations.set(id, c);
  }

  async start(id: string, serviceUrl: string, locale: string | undefined): Promise<boolean> {
    const c = this.conversations.get(id);
    if (!c || c.record.started) return false;
    c.record.started = true;
    c.record.serviceUrl = serviceUrl;
    if (locale) c.record.locale = locale;
    return true;
  }

  async forget(id: string, now: number): Promise<boolean> {
    const c = this.conversations.get(id);
    if (!c) return false;
    this.drop(c, now);
    return true;
  }

  async addToken(key: string, conversationId: string, expiresAt: number): Promise<void> {
    const c = this.conversations.get(conversationId);
    if (!c) return;
    this.tokens.set(key, { conversationId, expiresAt, ended: false });
    c.tokens.push(key);
    while (c.tokens.length > this.limits.maxTokensPerConversation) this.tokens.delete(c.tokens.shift()!);
  }

  async token(key: string, now: number): Promise<TokenRecord | undefined> {
    const record = this.tokens.get(key);
    if (!record || record.expiresAt <= now - 60_000) return undefined;
    return { ...record };
  }

  async addTicket(key: string, conversationId: string, expiresAt: number): Promise<void> {
    this.tickets.set(key, { conversationId, expiresAt });
  }

  async takeTicket(key: string, now: number): Promise<string | undefined> {
    const ticket = this.tickets.get(key);
    this.tickets.delete(key);
    return ticket && ticket.expiresAt > now ? ticket.conversationId : undefined;
  }

  async append(id: string, activity: JsonObject, now: number, keep?: { id: string; timestamp: string }): Promise<JsonObject | undefined> {
    const c = this.conversations.get(id);
    if (!c) return undefined;
    c.seq += 1;
    let stamp: { id: string; timestamp: string };
    if (keep) {
      stamp = keep;
    } else {
      // Strictly increasing per conversation: Web Chat orders by timestamp.
      c.lastMs = Math.max(now, c.lastMs + 1);
      stamp = { id: activityId(id, c.seq), timestamp: new Date(c.lastMs).toISOString() };
    }
    const stored = { ...stamp, ...withoutStamp(activity) };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    c.activities.push({ seq: c.seq, activity: stored, bytes });
    c.bytes += bytes;
    while (c.activities.length > this.limits.maxActivities || (c.bytes > this.limits.maxBytes && c.activities.length > 1)) {
      c.bytes -= c.activities.shift()!.bytes;
    }
    this.emit(id);
    return structuredClone(stored);
  }

  async remove(id: string, activityIdToRemove: string): Promise<JsonObject | undefined> {
    const c = this.conversations.get(id);
    if (!c) return undefined;
    const index = c.activities.findIndex((s) => s.activity.id === activityIdToRemove);
    if (index < 0) return undefined;
    const [removed] = c.activities.splice(index, 1);
    c.bytes -= removed!.bytes;
    return removed!.activity;
  }

  async after(id: string, watermark: number, max: number): Promise<ActivityPage | undefined> {
    const c = this.conversations.get(id);
    if (!c) return undefined;
    const fresh = c.activities.filter((s) => s.seq > watermark).slice(0, max);
    const last = fresh.length > 0 ? fresh[fresh.length - 1]!.seq : Math.min(watermark, c.seq);
    return { activities: fresh.map((s) => structuredClone(s.activity)), watermark: last };
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) this.listeners.delete(id);
    };
  }

  async stats(now: number): Promise<{ conversations: number; tokens: number }> {
    let tokens = 0;
    for (const record of this.tokens.values()) if (!record.ended && record.expiresAt > now) tokens += 1;
    return { conversations: this.conversations.size, tokens };
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.conversations.clear();
    this.tokens.clear();
    this.tickets.clear();
    this.listeners.clear();
  }

  private drop(c: MemoryConversation, now: number): void {
    this.conversations.delete(c.record.id);
    for (const key of c.tokens) {
      const record = this.tokens.get(key);
      if (record && record.expiresAt > now) record.ended = true;
      else this.tokens.delete(key);
    }
    this.emit(c.record.id);
  }

  private emit(id: string): void {
    for (const listener of [...(this.listeners.get(id) ?? [])]) listener();
  }

  private sweep(now: number): void {
    for (const c of this.conversations.values()) {
      // Least recently seen first: stop at the first live one.
      if (now - c.lastSeen < this.limits.idleMs) break;
      this.drop(c, now);
    }
    // Expired tokens go; so do ended ones beyond a bound (they only turn a 401 into a 404).
    let ended = 0;
    const maxEnded = this.limits.maxConversations * this.limits.maxTokensPerConversation;
    for (const [key, record] of [...this.tokens].reverse()) {
      if (record.expiresAt <= now - 60_000 || (record.ended && ++ended > maxEnded)) this.tokens.delete(key);
    }
    for (const [key, ticket] of this.tickets) if (ticket.expiresAt <= now) this.tickets.delete(key);
  }
}

/** The activity without the fields the store assigns. */
export function withoutStamp(activity: JsonObject): JsonObject {
  const { id: _id, timestamp: _timestamp, ...rest } = activity;
  return rest;
}

import { createHmac, randomBytes } from 'node:crypto';

/**
 * Salted pseudonyms for users and conversations in the review store: an HMAC
 * of the id with REVIEW_SALT, so "delete my data" can find a user's items
 * while the store alone cannot name anyone. Without a stable salt, items kept
 * before a restart can no longer be matched to their user.
 */
export class Pseudonymizer {
  private constructor(private readonly salt: string) {}

  /** With `salt` empty, a random one for this process (`generated` true: the caller should warn). */
  static create(salt: string): { pseudonymizer: Pseudonymizer; generated: boolean } {
    if (salt) return { pseudonymizer: new Pseudonymizer(salt), generated: false };
    return { pseudonymizer: new Pseudonymizer(randomBytes(32).toString('hex')), generated: true };
  }

  user(channelId: string | undefined, userId: string | undefined): string {
    return this.hash(`user\u0000${channelId ?? ''}\u0000${userId ?? ''}`);
  }

  conversation(channelId: string | undefined, conversationId: string | undefined): string {
    return this.hash(`conversation\u0000${channelId ?? ''}\u0000${conversationId ?? ''}`);
  }

  private hash(value: string): string {
    return createHmac('sha256', this.salt).update(value).digest('hex').slice(0, 32);
  }
}

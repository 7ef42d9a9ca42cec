/**
 * A deadline for one call to a server (Redis), measured so that it blames the
 * server, not this process: when the timer fires, the event loop's poll phase
 * runs once more before giving up (setImmediate). Timers run before I/O
 * callbacks, so after a long CPU-bound turn the answer may be sitting unread in
 * the socket; the server was not slow, we were, and the answer wins.
 */
export async function withDeadline<T>(attempt: Promise<T>, timeoutMs: number, timedOut: () => Error): Promise<T> {
  // If the deadline wins, the attempt may still reject later: keep that from becoming an unhandled rejection.
  attempt.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => setImmediate(() => reject(timedOut())), timeoutMs);
  });
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

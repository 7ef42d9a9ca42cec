// Express glue for the transport-neutral token buckets in src/util/rateLimiter.ts.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { RateLimiter } from '../util/rateLimiter';

export interface RateLimitMiddlewareOptions {
  limiter: RateLimiter;
  /**
   * The key for a request; default its client IP (`req.ip`). Behind a proxy or
   * Azure front end, set express's 'trust proxy' so that `req.ip` is the
   * client's, or every client shares the proxy's bucket. Returning undefined
   * lets the request through unlimited.
   */
  keyOf?: (req: Request) => string | undefined;
  /** Called for each refused request, e.g. to count it in metrics. */
  onLimited?: (req: Request, key: string) => void;
}

/** The JSON body of a 429 answer. */
export interface RateLimitedBody {
  error: 'too_many_requests';
  message: string;
  retryAfterSeconds: number;
}

/**
 * Express middleware answering 429 with a JSON body and a Retry-After header
 * once a key (by default the client IP) is over its limit.
 */
export function rateLimitMiddleware(options: RateLimitMiddlewareOptions): RequestHandler {
  const keyOf = options.keyOf ?? ((req: Request) => req.ip ?? req.socket.remoteAddress);
  return (req: Request, res: Response, next: NextFunction): void => {
    const key = keyOf(req);
    if (key === undefined) {
      next();
      return;
    }
    const decision = options.limiter.consume(key);
    if (decision.allowed) {
      next();
      return;
    }
    options.onLimited?.(req, key);
    const body: RateLimitedBody = {
      error: 'too_many_requests',
      message: 'Too many requests. Please wait a moment and try again.',
      retryAfterSeconds: decision.retryAfterSeconds,
    };
    res.status(429).set('Retry-After', String(decision.retryAfterSeconds)).json(body);
  };
}

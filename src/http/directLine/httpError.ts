import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** An error that becomes a short JSON response `{ "error": { "code", "message" } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendError(res: Response, error: HttpError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.status(error.status).json({ error: { code: error.code, message: error.message } });
}

export const notImplemented = (what: string): RequestHandler => () => {
  throw new HttpError(501, 'NotImplemented', `${what} is not supported by this endpoint`);
};

export const methodNotAllowed: RequestHandler = (req) => {
  throw new HttpError(405, 'MethodNotAllowed', `${req.method} is not allowed here`);
};

/** The storage behind the endpoint could not be reached: 503, the client retries. */
export const unavailable = (): HttpError =>
  new HttpError(503, 'ServiceUnavailable', 'The conversation store is unavailable; try again shortly', { 'Retry-After': '2' });

/** Errors from the handlers (and the JSON parsers) as short JSON, never a stack trace. */
export function errorHandler(onError: (error: unknown) => void, isUnavailable: (error: unknown) => boolean) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof HttpError) {
      sendError(res, error);
      return;
    }
    const parserError = error as { type?: string; status?: number };
    if (parserError.type === 'entity.parse.failed') {
      sendError(res, new HttpError(400, 'BadArgument', 'Malformed JSON'));
    } else if (parserError.type === 'entity.too.large') {
      sendError(res, new HttpError(413, 'TooLarge', 'The body is too large'));
    } else if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      sendError(res, new HttpError(parserError.status, 'BadArgument', 'The request could not be read'));
    } else if (isUnavailable(error)) {
      sendError(res, unavailable());
    } else {
      // A bug here, not the client's fault: still no stack trace in the response.
      onError(error);
      sendError(res, new HttpError(500, 'ServiceError', 'Internal error'));
    }
  };
}

/**
 * The Web Chat page: public/ (index.html, chat.css, chat.js) and Web Chat's
 * UMD bundle at /webchat/webchat.js, served from the installed
 * botframework-webchat package (no CDN).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzip } from 'node:zlib';
import express from 'express';
import type { Request, Response } from 'express';
import { PATHS } from '../paths';

export interface WebChatRouterOptions {
  /** Folder holding index.html; default: the project's public/ (PATHS.public). */
  publicDir?: string;
}

/**
 * What the page needs: scripts from 'self' only (no inline script); Web Chat
 * injects its styles at run time, so inline styles are allowed; images from
 * cards may come from https: and Web Chat turns data: URIs into blob:.
 */
export const WEB_CHAT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob: https:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The UMD bundle of the installed botframework-webchat (its exports map hides dist/, so go via the package root). */
export function resolveWebChatBundle(): string {
  let dir = dirname(require.resolve('botframework-webchat'));
  for (let i = 0; i < 4; i += 1) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (pkg.name === 'botframework-webchat') {
        const bundle = join(dir, 'dist', 'webchat.js');
        if (!existsSync(bundle)) throw new Error(`webChatPage: ${bundle} is missing`);
        return bundle;
      }
    }
    dir = dirname(dir);
  }
  throw new Error('webChatPage: cannot find the botframework-webchat package root');
}

/** The page's icon: the bot's avatar, white initials on the accent colour. */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
  '<circle cx="32" cy="32" r="32" fill="#0f766e"/>' +
  '<text x="32" y="41" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="26" font-weight="700" fill="#ffffff">BR</text>' +
  '</svg>';

export function createWebChatRouter(options: WebChatRouterOptions = {}): express.Router {
  const publicDir = resolve(options.publicDir ?? PATHS.public);
  if (!existsSync(join(publicDir, 'index.html'))) throw new Error(`webChatPage: ${publicDir}/index.html is missing`);
  const bundlePath = resolveWebChatBundle();
  const stat = statSync(bundlePath);
  const etag = `"wc-${createHash('sha256').update(`${bundlePath}:${stat.size}:${stat.mtimeMs}`).digest('base64url').slice(0, 16)}"`;
  let gzipped: Promise<Buffer> | undefined;

  const router = express.Router();

  router.get('/webchat/webchat.js', (req: Request, res: Response, next) => {
    res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    if (!req.acceptsEncodings('gzip')) {
      res.sendFile(bundlePath, { etag: false, lastModified: false, cacheControl: false }, (error) => {
        if (error && !res.headersSent) next(error);
      });
      return;
    }
    // 3.9 MB of JavaScript is about 1 MB gzipped: compress once, keep it in memory.
    gzipped ??= new Promise<Buffer>((done, fail) => {
      gzip(readFileSync(bundlePath), { level: 9 }, (error, data) => (error ? fail(error) : done(data)));
    });
    gzipped.then(
      (data) => {
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', String(data.length));
        res.status(200).end(req.method === 'HEAD' ? undefined : data);
      },
      (error: unknown) => {
        gzipped = undefined;
        next(error);
      },
    );
  });

  router.get(['/favicon.svg', '/favicon.ico'], (_req: Request, res: Response) => {
    res.setHeader('Content-Type', 'image/svg+xml');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.status(200).send(FAVICON_SVG);
  });

  router.use(
    express.static(publicDir, {
      index: 'index.html',
      maxAge: '10m',
      setHeaders(res, filePath) {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        if (filePath.endsWith('.html')) {
          res.setHeader('Cache-Control', 'no-cache');
          // Set the page's policy unless the app already set one of its own.
          if (!res.getHeader('Content-Security-Policy')) res.setHeader('Content-Security-Policy', WEB_CHAT_CSP);
          res.setHeader('Referrer-Policy', 'no-referrer');
        }
      },
    }),
  );

  return router;
}

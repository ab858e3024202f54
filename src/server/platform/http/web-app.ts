import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { localeFrom, t } from '../i18n.js';
import { errorEnvelope } from './error-handler.js';

/** A year, the longest a cache keeps anything: hashed files never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Un-hashed files (index.html): the browser must ask again each time (a 304 when nothing changed). */
export const REVALIDATE = 'no-cache';

/** Vite's content-hashed output names: `/assets/<name>-<8 characters of hash>.<ext>` (and their `.br`/`.gz`). */
const HASHED = /[/\\]assets[/\\][^/\\]+-[\w-]{8}\.[a-z0-9]+(?:\.(?:br|gz))?$/i;

export const cacheControlFor = (filePath: string): string => (HASHED.test(filePath) ? IMMUTABLE : REVALIDATE);

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const locale = localeFrom(request.headers['accept-language']);
  return reply.status(404).send(errorEnvelope(request, 'NOT_FOUND', t(locale, 'NOT_FOUND')));
}

/**
 * Serves the built web app (`dist/web`) with an SPA fallback, when it exists. Hashed assets are cached for a
 * year as immutable, everything else is revalidated. The build writes a `.br` and a `.gz` next to each asset
 * (`vite.config.ts`), served to clients that accept them (`preCompressed`): the best compression at no CPU per
 * request. Files without one (index.html) are compressed on the fly by `@fastify/compress`. A missing asset (an
 * old hash after a deploy) is a 404, never the app shell (which a browser would refuse as a script).
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | undefined) {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) {
    app.setNotFoundHandler(notFound);
    return;
  }
  // wildcard: files are looked up per request, so a rebuilt dist/web is served without a restart.
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: true,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => void reply.header('cache-control', cacheControlFor(filePath)),
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', REVALIDATE).sendFile('index.html'),
  );
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/') || request.method !== 'GET') {
      return notFound(request, reply);
    }
    return reply.header('cache-control', REVALIDATE).sendFile('index.html');
  });
}

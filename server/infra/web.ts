// Serves the built web app (web/dist) and answers unknown non-API paths with its
// index.html, so that deep links into the single-page app work.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

export const webPlugin = fp(async (app: FastifyInstance) => {
  const hasBuild = existsSync(join(WEB_DIST, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build writes x.br and x.gz beside each text file (web/precompress.ts, ADR 0029): sent
      // as they are to a browser that accepts them (brotli first), the file itself otherwise.
      preCompressed: true,
      // Off, or send's own `public, max-age=0` overrides the cache-control set below (it is
      // applied after setHeaders): hashed assets were revalidated on every visit.
      cacheControl: false,
      // Hashed assets never change; index.html must always be fetched anew. Either may come
      // compressed or not depending on the request's accept-encoding: caches must key on it.
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        res.setHeader('vary', 'accept-encoding');
      },
    });
  }
  app.get('/*', { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    if (!hasBuild) return reply.code(503).type('text/plain').send('The web app is not built. Run `npm run build:web` (npm start does it for you).');
    const path = request.url.split('?')[0]!;
    if (/\.[a-z0-9]+$/i.test(path) && path !== '/index.html') {
      if (existsSync(join(WEB_DIST, path))) return reply.sendFile(path.slice(1));
      return reply.callNotFound();
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});

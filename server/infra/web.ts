// Serves the built web app (web/dist) and answers unknown non-API paths with the page that opens
// it, so that deep links into the single-page app work.
//
// The page is one of those the build writes (web/opening-pages.ts, ADR 0029): in the reader's
// language — the language cookie the app sets beside its stored choice, else the browser's most
// wanted language (Accept-Language), as the app itself picks on a first visit — with that language's
// words preloaded; and, for a reader with a session cookie, at the home (`/`) and the coverage
// page with that page's code preloaded too (common/opening-pages.ts). Each page varies on those
// headers, and none is cached without revalidation.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { acceptedLanguages, LANGUAGE_COOKIE } from '../../common/languages.ts';
import { openingPageAt } from '../../common/opening-pages.ts';

export const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

export interface WebOptions {
  /** Whether the request carries a session (it may have expired: the page only preloads more). */
  hasSession: (request: FastifyRequest) => boolean;
}

/**
 * The opening pages the build wrote, by language ('' for the fallback): `index[.<lang>].html`,
 * and `index[.<lang>].<page>.html` for each page opened with its code preloaded (OPENING_PAGES).
 */
function openingPages(files: string[]) {
  const pages = new Map<string, { page: string; withCode: Map<string, string> }>();
  for (const file of files) {
    const m = /^index(?:\.([a-z]{2}))?(?:\.([a-z]{3,}))?\.html$/.exec(file);
    if (!m) continue;
    const lang = m[1] ?? '';
    const found = pages.get(lang) ?? { page: `index${lang ? `.${lang}` : ''}.html`, withCode: new Map() };
    if (m[2]) found.withCode.set(m[2], file);
    pages.set(lang, found);
  }
  return pages;
}

/**
 * The reader's language: the app's cookie when it holds one (any other value stands for the
 * fallback), else Accept-Language's most wanted language when it is one of ours, as the app reads
 * the browser's language on a first visit (web/src/i18n/index.ts): a reader who wants German
 * first gets the fallback, not the French they ask for second, since the app opens in English.
 */
function readersLanguage(request: FastifyRequest, languages: Map<string, unknown>): string {
  const chosen = request.cookies?.[LANGUAGE_COOKIE];
  if (chosen !== undefined) return languages.has(chosen) ? chosen : '';
  const wanted = acceptedLanguages(request.headers['accept-language'])[0] ?? '';
  return languages.has(wanted) ? wanted : '';
}

export const webPlugin = fp(async (app: FastifyInstance, opts: WebOptions) => {
  const hasBuild = existsSync(join(WEB_DIST, 'index.html'));
  const pages = openingPages(hasBuild ? readdirSync(WEB_DIST) : []);
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
      // Hashed assets never change; the pages must always be fetched anew. Either may come
      // compressed or not depending on the request's accept-encoding, and a page in the reader's
      // language and signed-in state: caches must key on what decides.
      setHeaders: (res, path) => {
        const page = !path.includes('/assets/');
        res.setHeader('cache-control', page ? 'no-cache' : 'public, max-age=31536000, immutable');
        res.setHeader('vary', page ? 'accept-encoding, accept-language, cookie' : 'accept-encoding');
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
    const opening = pages.get(readersLanguage(request, pages)) ?? pages.get('')!;
    const named = openingPageAt(path);
    const page = (named && opts.hasSession(request) && opening.withCode.get(named)) || opening.page;
    // No validators: the pages of two languages may have the same size and time, and a cache
    // holding one would revalidate with its ETag and be told to reuse it for the other.
    return reply.sendFile(page, { etag: false, lastModified: false });
  });
});

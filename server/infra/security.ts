// Strict security headers on every response, and no caching of API answers.
//
// The headers are helmet's, with the options below; they do not depend on the request, so
// they are read from helmet once, at start, and each request only copies them onto its
// reply. (@fastify/helmet built a new helmet middleware for every request — parsing the
// CSP directives again each time — and ran two hooks for it: ADR 0011.)
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import helmetHeaders from 'helmet';

const helmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine sets style attributes at run time (positions of popovers, CSS variables).
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  frameguard: { action: 'deny' },
  crossOriginEmbedderPolicy: false,
  strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
} as const;

const setHelmetHeaders = helmetHeaders(helmetOptions);

/**
 * The headers as name → value, read once from helmet itself: set on every reply by the hook
 * below, and written straight to the socket for the client errors Node reports before a
 * request exists (infra/error-handler.ts).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = (() => {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: () => {},
  };
  setHelmetHeaders({} as IncomingMessage, collector as unknown as ServerResponse, () => {});
  return Object.freeze(headers);
})();

/** What an API answer carries besides: no browser or proxy keeps a copy of it. */
const API_HEADERS: Readonly<Record<string, string>> = Object.freeze({ ...SECURITY_HEADERS, 'cache-control': 'no-store' });

/**
 * The same headers, for the answers Fastify gives before any hook runs (a path it cannot
 * decode, a path parameter over the router's limit).
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  const headers = req.url?.startsWith('/api/') ? API_HEADERS : SECURITY_HEADERS;
  for (const name in headers) res.setHeader(name, headers[name]!);
}

/**
 * Every reply starts with the headers, before the session check or any handler runs, so a
 * 401, a 400 or a 500 carries them as a 200 does. A route may still replace one for itself
 * afterwards (a document download's sandboxing CSP, the API docs' CSP, a job's
 * `private, no-store`): what it sets later wins.
 */
function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
  // API answers carry personal and shared data and the CSRF token: no caching.
  reply.headers(request.url.startsWith('/api/') ? API_HEADERS : SECURITY_HEADERS);
  done();
}

export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', setSecurityHeaders);
});

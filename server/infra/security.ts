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

/**
 * What an API answer carries. Its CSP lets nothing load or run: an answer is JSON, a problem, or
 * a download, never a page, so a body a browser were tricked into showing as one (an uploaded
 * file, a name inside an error) could do nothing. The few answers meant to be shown set their own
 * (a meeting brief's HTML, a document's sandbox, the API docs' Swagger UI). And no browser or
 * proxy keeps a copy of an answer: they carry personal and shared data and the CSRF token.
 */
export const API_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...SECURITY_HEADERS,
  'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
});

/**
 * What a script, style sheet or words file the web app's build hashed carries: the headers that
 * act on such a response — nosniff (a script or style sheet of another type is refused), the
 * cross-origin resource policy (no other site loads it), HSTS — and not those that act only on a
 * document, which such a file never is (its CSP, framing, referrer, opener and agent-cluster
 * policies, and the legacy switches). Headers are not compressed: on the field link the
 * coverage page's 30 such files carried 15 KB of them (docs/PERFORMANCE.md).
 */
const WEB_ASSET_HEADERS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(['x-content-type-options', 'cross-origin-resource-policy', 'strict-transport-security'].map((name) => [name, SECURITY_HEADERS[name]!])),
);

/** The headers for a request to `url`: an API answer's, a built script's or style sheet's, or a page's (anything else). */
function headersFor(url: string | undefined): Readonly<Record<string, string>> {
  if (url?.startsWith('/api/')) return API_HEADERS;
  // The build writes only .js, .css and .json files (and their .br and .gz) under /assets/ (web/vite.config.ts).
  if (url && /^\/assets\/[\w.-]+\.(?:js|css|json)(?:\?|$)/.test(url)) return WEB_ASSET_HEADERS;
  return SECURITY_HEADERS;
}

/**
 * The same headers, for the answers Fastify gives before any hook runs (a path it cannot
 * decode, a path parameter over the router's limit).
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  const headers = headersFor(req.url);
  for (const name in headers) res.setHeader(name, headers[name]!);
}

/**
 * Every reply starts with the headers, before the session check or any handler runs, so a
 * 401, a 400 or a 500 carries them as a 200 does. A route may still replace one for itself
 * afterwards (a document download's sandboxing CSP, the API docs' CSP, a job's
 * `private, no-store`): what it sets later wins.
 */
function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
  reply.headers(headersFor(request.url));
  done();
}

export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', setSecurityHeaders);
});

// Strict security headers on every response, and no caching of API answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
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
 * The same headers as name → value, read once from helmet itself (they do not depend on the
 * request), for answers written straight to the socket where there is no response object:
 * the client errors Node reports before a request exists (infra/error-handler.ts).
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
 * The same headers, for the answers Fastify gives before any hook runs (a path it cannot
 * decode, a path parameter over the router's limit).
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  setHelmetHeaders(req, res, () => {});
  if (req.url?.startsWith('/api/')) res.setHeader('cache-control', 'no-store');
}

export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, helmetOptions);
  // API answers carry personal and shared data and the CSRF token: no browser or proxy
  // keeps a copy. A route that means to be cached (none yet) sets its own header.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
});

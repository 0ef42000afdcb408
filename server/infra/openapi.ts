// OpenAPI 3.1 at /api/openapi.json and readable docs at /api/docs, generated from the
// zod schemas every route declares.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          rule: z.string().optional().describe("the schema rule the value broke (zod's issue code), for a client to word the refusal in its user's language"),
          limit: z.union([z.number(), z.string()]).optional().describe('the bound it broke: a minimum, a maximum or a format'),
          origin: z.string().optional().describe('what was measured or expected: string, number, array, date…'),
          params: z
            .record(z.string(), z.union([z.string(), z.number()]))
            .optional()
            .describe('where `rule` is a problem code the server words itself (alias_taken, gazetteer_…), what the words depend on: a row, a column, a name'),
        }),
      )
      .optional(),
  })
  .describe('RFC 9457 problem details');

/** The error answers a route can give, for its OpenAPI description. */
export function problems(...statuses: (400 | 401 | 403 | 404 | 408 | 409 | 413 | 415 | 422 | 429 | 503)[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema])) as Record<number, typeof problemSchema>;
}

export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Entente API',
        version: '0.1.0',
        description:
          'Coordination platform for coalitions. Sign in with POST /api/auth/sign-in; send the ' +
          'returned csrfToken as the x-csrf-token header on every state-changing request. Errors ' +
          'are application/problem+json (RFC 9457) with the failing field paths in `errors`.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'entente_session' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Keep the docs as strict as the rest: no framing, no outside hosts.
    transformStaticCSP: (header) =>
      header
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(/ https:/g, '')
        .replace(' validator.swagger.io', '')
        .replace(' upgrade-insecure-requests;', ''),
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
});

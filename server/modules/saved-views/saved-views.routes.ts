import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import * as s from './saved-views.schema.ts';
import * as svc from './saved-views.service.ts';

const idParams = z.object({ id: z.uuid() });

/** Your saved views of the list pages (yours only: another's is not found). */
export async function savedViewsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['saved-views'];
  r.get('/api/saved-views', {
    schema: {
      tags,
      summary: 'Your saved views, by page and name',
      querystring: s.savedViewListQuery,
      response: { 200: z.object({ items: z.array(s.savedViewOut) }), ...problems(400, 401) },
    },
    handler: async (req) => svc.listSavedViews(db, ctxOf(req), req.query),
  });
  r.post('/api/saved-views', {
    schema: { tags, summary: 'Save a view of a list page under a name (audited)', body: s.savedViewInput, response: { 201: s.savedViewOut, ...problems(400, 401, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createSavedView(db, ctxOf(req), req.body)),
  });
  r.patch('/api/saved-views/:id', {
    schema: { tags, summary: 'Rename one of your views (audited)', params: idParams, body: s.savedViewPatch, response: { 200: s.savedViewOut, ...problems(400, 401, 404, 409) } },
    handler: async (req) => svc.renameSavedView(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/saved-views/:id', {
    schema: { tags, summary: 'Delete one of your views (audited)', params: idParams, response: { 204: z.null(), ...problems(400, 401, 404) } },
    handler: async (req, reply) => {
      await svc.deleteSavedView(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}

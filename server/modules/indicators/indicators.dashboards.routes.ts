import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import * as s from './indicators.dashboards.schema.ts';
import * as svc from './indicators.dashboards.service.ts';

/** Your dashboard: pivots of the indicators you pinned (yours only). Registered by indicators.routes.ts. */
export async function dashboardRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['indicators'];
  r.get('/api/indicator-dashboard/tiles', {
    schema: { tags, summary: 'The pivots you pinned to your dashboard', response: { 200: z.object({ items: z.array(s.tileOut) }), ...problems(401) } },
    handler: async (req) => svc.listTiles(db, ctxOf(req)),
  });
  r.post('/api/indicator-dashboard/tiles', {
    schema: { tags, summary: 'Pin a pivot to your dashboard (audited)', body: s.tileInput, response: { 201: s.tileOut, ...problems(400, 401) } },
    handler: async (req, reply) => reply.code(201).send(await svc.pinTile(db, ctxOf(req), req.body)),
  });
  r.delete('/api/indicator-dashboard/tiles/:id', {
    schema: { tags, summary: 'Unpin one of your tiles (audited)', params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...problems(400, 401, 404) } },
    handler: async (req, reply) => {
      await svc.unpinTile(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import * as s from './locations.schema.ts';
import * as svc from './locations.service.ts';

export async function locationsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['locations'];
  r.get('/api/locations', {
    schema: { tags, summary: 'Search or browse locations', querystring: s.locationListQuery, response: { 200: pageOf(s.location), ...problems(400, 401) } },
    handler: async (req) => svc.listLocations(db, ctxOf(req), req.query),
  });
  r.get('/api/locations/:id', {
    schema: { tags, summary: 'One location with its ancestors', params: z.object({ id: z.uuid() }), response: { 200: s.locationDetail, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getLocation(db, ctxOf(req), req.params.id),
  });
  r.post('/api/locations', {
    schema: {
      tags,
      summary: 'Add a lower administrative level or a community (admin, coordinator)',
      body: s.locationInput,
      response: { 201: s.locationDetail, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createLocation(db, ctxOf(req), req.body)),
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import * as s from './users.schema.ts';
import * as svc from './users.service.ts';

const idParams = z.object({ id: z.uuid() });

export async function usersRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  r.get('/api/users', {
    schema: { tags, summary: 'List users (e-mail addresses for admins only)', querystring: s.userListQuery, response: { 200: pageOf(s.user), ...problems(400, 401) } },
    handler: async (req) => svc.listUsers(db, ctxOf(req), req.query),
  });
  r.get('/api/users/:id', {
    schema: { tags, summary: 'One user', params: idParams, response: { 200: s.user, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getUser(db, ctxOf(req), req.params.id),
  });
  r.post('/api/users', {
    schema: { tags, summary: 'Create a user account (admin)', body: s.userInput, response: { 201: s.user, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createUser(db, ctxOf(req), req.body)),
  });
  r.patch('/api/users/:id', {
    schema: { tags, summary: 'Change a user account (admin)', params: idParams, body: s.userPatch, response: { 200: s.user, ...problems(400, 401, 403, 404) } },
    handler: async (req) => svc.updateUser(db, ctxOf(req), req.params.id, req.body),
  });
}

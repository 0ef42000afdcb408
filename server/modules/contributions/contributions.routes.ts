import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import { registerInterchange } from '../interchange/interchange.service.ts';
import { contributionInterchange } from './contributions.interchange.ts';
import * as s from './contributions.schema.ts';
import * as svc from './contributions.service.ts';

const idParams = z.object({ id: z.uuid() });
export async function contributionsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  // Files of contributions: their spec, its upload routes, job kinds and exports.
  registerInterchange(app, contributionInterchange);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contributions'];

  r.get('/api/contributions', {
    schema: {
      tags,
      summary: 'Contributions visible to you, newest first',
      querystring: s.contributionListQuery,
      response: { 200: pageOf(s.contributionOut), ...problems(400, 401) },
    },
    handler: async (req) => svc.listContributions(db, ctxOf(req), req.query),
  });
  r.get('/api/contributions/:id', {
    schema: { tags, summary: 'One contribution with its status history', params: idParams, response: { 200: s.contributionDetail, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getContribution(db, ctxOf(req), req.params.id),
  });
  r.post('/api/contributions', {
    schema: { tags, summary: 'Record a contribution of your organisation', body: s.contributionInput, response: { 201: s.contributionDetail, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createContribution(db, ctxOf(req), req.body)),
  });
  r.patch('/api/contributions/:id', {
    schema: {
      tags,
      summary: 'Change a contribution (its owner organisation)',
      params: idParams,
      body: s.contributionPatch,
      response: { 200: s.contributionDetail, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateContribution(db, ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/contributions/:id/status', {
    schema: {
      tags,
      summary: 'Move a contribution forward: pledged → committed → delivered, or cancelled',
      params: idParams,
      body: s.statusInput,
      response: { 200: s.contributionDetail, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.changeContributionStatus(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/contributions/:id', {
    schema: { tags, summary: 'Delete a contribution (its owner organisation)', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
    handler: async (req, reply) => {
      await svc.deleteContribution(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import { registerInterchange } from '../interchange/interchange.service.ts';
import { needInterchange } from './needs.interchange.ts';
import * as s from './needs.schema.ts';
import * as svc from './needs.service.ts';

const idParams = z.object({ id: z.uuid() });

export async function needsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  // Files of needs: their spec, its upload routes, job kinds and exports.
  registerInterchange(app, needInterchange);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs'];

  // The links keep their URLs under the contribution (the client names a contribution and
  // the need it meets) and their 'contributions' tag, but live here with the link's logic:
  // a link is a part of the need's gap, checked against the need (see needs.service.ts).
  r.post('/api/contributions/:id/needs', {
    schema: {
      tags: ['contributions'],
      summary: 'Record how much of a need this contribution meets',
      params: idParams,
      body: s.linkInput,
      response: { 200: s.needOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req) => svc.linkContributionToNeed(db, ctxOf(req), req.params.id, req.body),
  });

  r.delete('/api/contributions/:id/needs/:needId', {
    schema: {
      tags: ['contributions'],
      summary: 'This contribution no longer meets that need',
      params: z.object({ id: z.uuid(), needId: z.uuid() }),
      response: { 204: z.null(), ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      await svc.unlinkContributionFromNeed(db, ctxOf(req), req.params.id, req.params.needId);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/needs', {
    schema: { tags, summary: 'Needs visible to you, ranked by unmet gap', querystring: s.needListQuery, response: { 200: pageOf(s.needOut), ...problems(400, 401) } },
    handler: async (req) => svc.listNeeds(db, ctxOf(req), req.query),
  });
  r.get('/api/needs/:id', {
    schema: { tags, summary: 'One need and its gap', params: idParams, response: { 200: s.needOut, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getNeed(db, ctxOf(req), req.params.id),
  });
  r.get('/api/needs/:id/contributions', {
    schema: {
      tags,
      summary: 'The contributions that meet part of a need (those visible to you)',
      params: idParams,
      response: { 200: z.object({ items: z.array(s.linkedContribution) }), ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.listNeedContributions(db, ctxOf(req), req.params.id),
  });
  r.post('/api/needs', {
    schema: { tags, summary: 'State a need of your organisation', body: s.needInput, response: { 201: s.needOut, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createNeed(db, ctxOf(req), req.body)),
  });

  r.patch('/api/needs/:id', {
    schema: {
      tags,
      summary: 'Change a need (its owner organisation)',
      params: idParams,
      body: s.needPatch,
      response: { 200: s.needOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateNeed(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/needs/:id', {
    schema: { tags, summary: 'Delete a need and its links (its owner organisation)', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
    handler: async (req, reply) => {
      await svc.deleteNeed(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}

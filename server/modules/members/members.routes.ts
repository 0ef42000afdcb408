import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import { listWorkingGroups } from '../framework/framework.service.ts';
import * as s from './members.schema.ts';
import * as svc from './members.service.ts';

const idParams = z.object({ id: z.uuid() });

export async function membersRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['members'];

  r.get('/api/organisations', {
    schema: {
      tags,
      summary: 'List organisations',
      querystring: s.organisationListQuery,
      response: { 200: pageOf(s.organisation).extend({ total: z.number().int().describe('Rows matching the filters') }), ...problems(400, 401) },
    },
    handler: async (req) => svc.listOrganisations(db, ctxOf(req), req.query),
  });
  r.get('/api/organisations/:id', {
    schema: { tags, summary: 'One organisation, its groups and working groups', params: idParams, response: { 200: s.organisationDetail, ...problems(400, 401, 404) } },
    handler: async (req) => {
      const ctx = ctxOf(req);
      const org = await svc.getOrganisation(db, ctx, req.params.id);
      const workingGroups = await listWorkingGroups(db, ctx, { orgId: org.id });
      return { ...org, workingGroups: workingGroups.map((w) => ({ id: w.id, name: w.name, nameFr: w.nameFr, nameAr: w.nameAr, coLead: w.coLeads.some((c) => c.id === org.id) })) };
    },
  });
  r.post('/api/organisations', {
    schema: { tags, summary: 'Add an organisation (admin)', body: s.organisationInput, response: { 201: s.organisation, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createOrganisation(db, ctxOf(req), req.body)),
  });
  r.patch('/api/organisations/:id', {
    schema: {
      tags,
      summary: 'Change an organisation (admin)',
      params: idParams,
      body: s.organisationPatch,
      response: { 200: s.organisationChanged, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateOrganisation(db, ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/groups', {
    schema: { tags, summary: 'List groups of organisations', querystring: s.groupListQuery, response: { 200: pageOf(s.group), ...problems(400, 401) } },
    handler: async (req) => svc.listGroups(db, ctxOf(req), req.query),
  });
  r.get('/api/groups/:id', {
    schema: { tags, summary: 'One group and its members', params: idParams, response: { 200: s.groupDetail, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getGroup(db, ctxOf(req), req.params.id),
  });
  r.post('/api/groups', {
    schema: { tags, summary: 'Create a group (admin)', body: s.groupInput, response: { 201: s.groupDetail, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createGroup(db, ctxOf(req), req.body)),
  });
  r.patch('/api/groups/:id', {
    schema: {
      tags,
      summary: 'Rename a group or replace its members (admin)',
      params: idParams,
      body: s.groupPatch,
      response: { 200: s.groupDetail, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateGroup(db, ctxOf(req), req.params.id, req.body),
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import * as s from './framework.schema.ts';
import * as svc from './framework.service.ts';

const idParams = z.object({ id: z.uuid() });

export async function frameworkRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['framework'];
  r.get('/api/framework', {
    schema: { tags, summary: 'Lines of effort, objectives and sub-objectives as a tree', response: { 200: z.array(s.frameworkTree), ...problems(401) } },
    handler: async (req) => svc.getFrameworkTree(db, ctxOf(req)),
  });
  r.post('/api/framework/nodes', {
    schema: {
      tags,
      summary: 'Add a line of effort, objective or sub-objective (admin)',
      body: s.frameworkNodeInput,
      response: { 201: s.frameworkNode, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createFrameworkNode(db, ctxOf(req), req.body)),
  });
  r.patch('/api/framework/nodes/:id', {
    schema: {
      tags,
      summary: 'Rename, describe or reorder a framework element (admin)',
      params: idParams,
      body: s.frameworkNodePatch,
      response: { 200: s.frameworkNode, ...problems(400, 401, 403, 404) },
    },
    handler: async (req) => svc.updateFrameworkNode(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/framework/nodes/:id', {
    schema: {
      tags,
      summary: 'Delete a framework element with nothing under it and nothing recorded against it (admin)',
      params: idParams,
      response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await svc.deleteFrameworkNode(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
  r.get('/api/working-groups', {
    schema: {
      tags,
      summary: 'Working groups with their co-leads',
      querystring: z.object({ lineId: z.uuid().optional(), orgId: z.uuid().optional() }),
      response: { 200: z.array(s.workingGroup), ...problems(400, 401) },
    },
    handler: async (req) => svc.listWorkingGroups(db, ctxOf(req), req.query),
  });
  r.get('/api/working-groups/:id', {
    schema: { tags, summary: 'One working group and its members', params: idParams, response: { 200: s.workingGroupDetail, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getWorkingGroup(db, ctxOf(req), req.params.id),
  });
  r.post('/api/working-groups', {
    schema: { tags, summary: 'Create a working group (admin)', body: s.workingGroupInput, response: { 201: s.workingGroupDetail, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createWorkingGroup(db, ctxOf(req), req.body)),
  });
  r.patch('/api/working-groups/:id', {
    schema: {
      tags,
      summary: 'Change a working group (admin)',
      params: idParams,
      body: s.workingGroupPatch,
      response: { 200: s.workingGroupDetail, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateWorkingGroup(db, ctxOf(req), req.params.id, req.body),
  });
}

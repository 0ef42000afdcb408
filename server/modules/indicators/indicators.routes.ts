import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import { registerInterchange } from '../interchange/interchange.service.ts';
import { dashboardRoutes } from './indicators.dashboards.routes.ts';
import { valueInterchange } from './indicators.interchange.ts';
import * as s from './indicators.schema.ts';
import * as svc from './indicators.service.ts';

const idParams = z.object({ id: z.uuid() });

export async function indicatorsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  // Files of reported values: their spec, its upload route, job kind and exports.
  registerInterchange(app, valueInterchange);
  await dashboardRoutes(app, { db });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['indicators'];

  r.get('/api/indicators/pivot', {
    schema: {
      tags,
      summary: 'Approved values (submitted too, if asked) added up by each indicator’s rules, by any dimensions',
      querystring: s.pivotQuery,
      response: { 200: s.pivotOut, ...problems(400, 401) },
    },
    handler: async (req) => svc.pivot(db, ctxOf(req), req.query),
  });
  r.get('/api/indicators/progress', {
    schema: { tags, summary: 'Each indicator to date against its baseline and next target', querystring: s.progressQuery, response: { 200: s.progressOut, ...problems(400, 401) } },
    handler: async (req) => svc.progress(db, ctxOf(req), req.query),
  });
  r.get('/api/indicators/closed-periods', {
    schema: { tags, summary: 'Periods closed for entry', querystring: s.closureListQuery, response: { 200: z.object({ items: z.array(s.closureOut) }), ...problems(400, 401) } },
    handler: async (req) => svc.listClosures(db, ctxOf(req), req.query.indicatorId),
  });
  r.post('/api/indicators/closed-periods', {
    schema: {
      tags,
      summary: 'Close a period for entry (an indicator’s line coordinators; coalition-wide, admins)',
      body: s.closureInput,
      response: { 201: s.closureOut, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.closePeriod(db, ctxOf(req), req.body)),
  });
  r.delete('/api/indicators/closed-periods/:id', {
    schema: { tags, summary: 'Reopen a closed period', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
    handler: async (req, reply) => {
      await svc.reopenPeriod(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/indicators', {
    schema: { tags, summary: 'Indicators visible to you', querystring: s.indicatorListQuery, response: { 200: pageOf(s.indicatorOut), ...problems(400, 401) } },
    handler: async (req) => svc.listIndicators(db, ctxOf(req), req.query),
  });
  r.get('/api/indicators/:id', {
    schema: { tags, summary: 'One indicator and its targets', params: idParams, response: { 200: s.indicatorOut, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getIndicator(db, ctxOf(req), req.params.id),
  });
  r.post('/api/indicators', {
    schema: {
      tags,
      summary: 'Define an indicator of a line (its coordinators, or admins)',
      body: s.indicatorInput,
      response: { 201: s.indicatorOut, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createIndicator(db, ctxOf(req), req.body)),
  });
  r.patch('/api/indicators/:id', {
    schema: { tags, summary: 'Change an indicator', params: idParams, body: s.indicatorPatch, response: { 200: s.indicatorOut, ...problems(400, 401, 403, 404, 409) } },
    handler: async (req) => svc.updateIndicator(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/indicators/:id', {
    schema: { tags, summary: 'Delete an indicator without values', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) } },
    handler: async (req, reply) => {
      await svc.deleteIndicator(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/indicator-values', {
    schema: { tags, summary: 'Reported values visible to you', querystring: s.valueListQuery, response: { 200: pageOf(s.valueOut), ...problems(400, 401) } },
    handler: async (req) => svc.listValues(db, ctxOf(req), req.query),
  });
  r.post('/api/indicator-values', {
    schema: {
      tags,
      summary: 'Save values of your organisation as drafts, all or none (a value already in a cell is changed)',
      body: s.valueBatch,
      response: { 200: z.object({ items: z.array(s.valueOut) }), ...problems(400, 401, 403, 409) },
    },
    handler: async (req) => svc.saveValues(db, ctxOf(req), req.body.values),
  });
  r.get('/api/indicator-values/:id', {
    schema: { tags, summary: 'One reported value', params: idParams, response: { 200: s.valueOut, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getValue(db, ctxOf(req), req.params.id),
  });
  r.patch('/api/indicator-values/:id', {
    schema: { tags, summary: 'Change a draft or returned value', params: idParams, body: s.valuePatch, response: { 200: s.valueOut, ...problems(400, 401, 403, 404, 409) } },
    handler: async (req) => svc.updateValue(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/indicator-values/:id', {
    schema: { tags, summary: 'Delete a draft or returned value', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) } },
    handler: async (req, reply) => {
      await svc.deleteValue(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  const transitions = [
    ['submit', 'Submit draft or returned values for approval', s.transitionInput],
    ['withdraw', 'Take submitted values back to draft', s.transitionInput],
    ['approve', 'Approve submitted values (the line’s coordinators, or admins)', s.transitionInput],
    ['return', 'Return submitted values with the reason', s.reasonedTransitionInput],
    ['unapprove', 'Un-approve approved values with the reason (audited): they are returned', s.reasonedTransitionInput],
  ] as const;
  for (const [transition, summary, body] of transitions)
    r.post(`/api/indicator-values/${transition}`, {
      schema: { tags, summary: `${summary}; all or none`, body, response: { 200: s.transitionOut, ...problems(400, 401, 403, 404, 409) } },
      handler: async (req) => svc.changeValueStatus(db, ctxOf(req), transition, req.body.ids, 'reason' in req.body ? (req.body.reason as string) : null),
    });
}

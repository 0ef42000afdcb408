// A meeting's minutes (ADR 0023): the Yjs document and its Markdown, the updates editors
// send and poll for, and the minutes' life (circulate with a comment deadline, approve, lock).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import * as s from './meetings.minutes.schema.ts';
import * as svc from './meetings.minutes.service.ts';

const idParams = z.object({ id: z.uuid() });

export async function meetingMinutesRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  r.get('/api/meetings/:id/minutes', {
    schema: {
      tags,
      summary: "A meeting's minutes: the Yjs document, its Markdown, their life (draft, circulated, approved, locked) and corrections",
      params: idParams,
      response: { 200: s.minutesOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.getMinutes(db, ctxOf(req), req.params.id),
  });
  r.get('/api/meetings/:id/minutes/updates', {
    schema: {
      tags,
      summary: 'The changes to the minutes after the update you have, merged into one Yjs update (with `wait`, a long poll: at most 4 at once a user, then 429 with Retry-After)',
      params: idParams,
      querystring: s.minutesSinceQuery,
      response: { 200: s.minutesUpdatesOut, ...problems(400, 401, 404, 429) },
    },
    handler: async (req, reply) => {
      // A long poll stops waiting when its client goes away.
      const gone = new AbortController();
      reply.raw.once('close', () => gone.abort());
      return svc.minutesUpdatesSince(db, ctxOf(req), req.params.id, req.query.since, req.query.wait, gone.signal);
    },
  });
  r.post('/api/meetings/:id/minutes/updates', {
    schema: {
      tags,
      summary: 'Send a Yjs update of the minutes (merged with the others; once approved, a correction with its reason)',
      params: idParams,
      body: s.minutesUpdateInput,
      response: { 200: s.minutesWriteOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.writeMinutes(db, ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/meetings/:id/minutes/circulate', {
    schema: {
      tags,
      summary: 'Circulate the minutes of a held meeting to the people on it, with a comment deadline',
      params: idParams,
      body: s.circulateInput,
      response: { 200: s.minutesOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.circulateMinutes(db, ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/meetings/:id/minutes/approve', {
    schema: {
      tags,
      summary: 'Approve circulated minutes: the decisions are frozen and any change is a correction',
      params: idParams,
      response: { 200: s.minutesOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.approveMinutes(db, ctxOf(req), req.params.id),
  });
  r.post('/api/meetings/:id/minutes/lock', {
    schema: {
      tags,
      summary: 'Lock approved minutes: no change from then on',
      params: idParams,
      response: { 200: s.minutesOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.lockMinutes(db, ctxOf(req), req.params.id),
  });
}

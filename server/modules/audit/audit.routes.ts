import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf, pageQuery, toPage } from '../../infra/pagination.ts';
import { listAuditEvents } from './audit.service.ts';
import { verifyAudit } from './audit.verify.ts';

const auditEvent = z.object({
  id: z.string(),
  seq: z.string().nullable().describe('Place in the hash chain; null for a moment, until the sealer chains it'),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorOrgId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable().describe('Null when the content is withheld'),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  related: z
    .array(z.object({ entity: z.string(), id: z.string() }))
    .nullable()
    .describe('Other rows the event is about (a link names its need); its content is shown only to a reader of all of them. Null when none, or withheld'),
  hash: z.string().nullable(),
  contentWithheld: z
    .boolean()
    .describe('True when the reader may not read the row, or one of its related rows, now (or it was deleted): only who, when and the kind of change are given'),
});

export async function auditRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  r.get('/api/audit', {
    schema: {
      tags,
      summary: 'Audit events, newest first (admin); content only of events whose rows (main and related) the reader may read now',
      querystring: z
        .object({
          ...pageQuery,
          entity: z.string().max(64).optional(),
          entityId: z.string().max(64).optional(),
          actorOrgId: z.uuid().optional().describe('Events by users of this organisation'),
          action: z.string().max(100).optional().describe('One kind of change, e.g. contribution.create'),
          from: z.iso.date().optional().describe('Events on or after this day (UTC)'),
          to: z.iso.date().optional().describe('Events on or before this day (UTC)'),
        })
        .refine((q) => !q.from || !q.to || q.to >= q.from, { path: ['to'], message: 'must not be before from' }),
      response: { 200: pageOf(auditEvent), ...problems(400, 401, 403) },
    },
    handler: async (req) => {
      const rows = await listAuditEvents(db, ctxOf(req), req.query);
      return toPage(
        rows,
        req.query.limit,
        (e) => [e.id],
        (e) => ({
          id: e.id,
          seq: e.seq,
          occurredAt: e.occurred_at.toISOString(),
          actorUserId: e.actor_user_id,
          actorOrgId: e.actor_org_id,
          action: e.action,
          entity: e.entity,
          entityId: e.entity_id,
          before: e.before,
          after: e.after,
          requestId: e.request_id,
          related: (e.related as { entity: string; id: string }[] | null) ?? null,
          hash: e.hash,
          contentWithheld: !e.readable,
        }),
      );
    },
  });
  r.get('/api/audit/verify', {
    schema: {
      tags,
      summary: 'Seal waiting events, recompute the hash chain and name the first broken event (admin)',
      response: {
        200: z.object({ ok: z.boolean(), events: z.number().int(), pending: z.number().int(), brokenSeq: z.string().optional(), reason: z.string().optional() }),
        ...problems(401, 403),
      },
    },
    handler: async (req) => {
      return await verifyAudit(db, ctxOf(req));
    },
  });
}

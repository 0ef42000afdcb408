// The audit log: every write appends one event in its own transaction — who, when, what,
// the row and the change. Appending takes no lock; the sealer (audit.seal.ts) chains the
// committed events afterwards.
import { createHash } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { PREPARED } from '../../db/kysely.ts';
import type { Ctx } from '../../infra/actor.ts';
import { canonicalJson } from '../../infra/canonical-json.ts';
import { auditPolicy } from './audit.policy.ts';
import * as q from './audit.queries.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /**
   * Every other shared row the event names (a link names its need): the event's content is
   * then shown only to a reader who may read the main row and each of these (audit.queries.ts).
   */
  related?: RelatedRow[];
}

/** A second row an event is about, by its shared entity's name and id. */
export interface RelatedRow {
  entity: string;
  id: string;
}

/** What an event's hash covers: its place in the chain and its whole content. */
export interface ChainedFields {
  seq: string;
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  /** Absent (not null) when the event names no related row, so events sealed before the column existed hash as they did. */
  related?: RelatedRow[];
}

export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

/** Dates become ISO strings and undefined disappears: what JSONB gives back. */
function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/**
 * The INSERT that appends events, for a write made of one statement (ledger postings, ADR
 * 0041): put it in that statement as a CTE (`audit_event_appended AS (${appendEventsSql(…)})`)
 * and the events commit or roll back with the write, as `recordAudit`'s does with its
 * transaction. Each event with the context of the request that made it.
 */
export function appendEventsSql(events: { ctx: Ctx; entry: AuditEntry }[]): RawBuilder<unknown> {
  const occurredAt = new Date().toISOString();
  const userOf = ({ ctx }: { ctx: Ctx }) => (ctx.actor.kind === 'user' ? ctx.actor : null);
  return sql`INSERT INTO audit_event (occurred_at, actor_user_id, actor_org_id, action, entity, entity_id, before, after, request_id, related)
    SELECT ${occurredAt}::timestamptz, e.actor_user_id, e.actor_org_id, e.action, e.entity, e.entity_id, e.before, e.after, e.request_id, e.related FROM unnest(
      ${events.map((e) => userOf(e)?.userId ?? null)}::uuid[], ${events.map((e) => userOf(e)?.orgId ?? null)}::uuid[], ${events.map((e) => e.entry.action)}::text[],
      ${events.map((e) => e.entry.entity)}::text[], ${events.map((e) => e.entry.entityId ?? null)}::text[], ${events.map((e) => toJson(e.entry.before))}::jsonb[],
      ${events.map((e) => toJson(e.entry.after))}::jsonb[], ${events.map((e) => e.ctx.requestId ?? null)}::text[],
      ${events.map((e) => (e.entry.related?.length ? JSON.stringify(e.entry.related) : null))}::jsonb[])
      WITH ORDINALITY AS e (actor_user_id, actor_org_id, action, entity, entity_id, before, after, request_id, related, n)
    ORDER BY e.n`;
}

/** Appends one event inside the caller's transaction: it commits or rolls back with the write. */
export async function recordAudit(trx: Db, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await sql`${sql.raw(PREPARED)} ${appendEventsSql([{ ctx, entry }])}`.execute(trx);
}

/** The log as `ctx` may read it: content only for the events whose row it may read now (audit.queries.ts). */
export async function listAuditEvents(db: Db, ctx: Ctx, filter: q.AuditFilter) {
  auditPolicy.read(ctx.actor);
  return await q.listAuditEvents(db, ctx.actor, filter);
}

/**
 * What changed since `since` on the shared rows the reader may read now (for their home):
 * any signed-in user, since it shows only events whose every row passes `visibleTo`, and
 * of those only who (organisation), when, the kind of change and the row — never before/after.
 */
export async function listVisibleChangesSince(db: Db, ctx: Ctx, since: Date, limit: number) {
  auditPolicy.readChanges(ctx.actor);
  const countCap = 99;
  const rows = await q.listReadableChangesSince(db, ctx.actor, { since, limit, countCap });
  const total = rows[0] ? Number(rows[0].total) : 0;
  return {
    items: rows.map((r) => ({ id: r.id, occurredAt: r.occurred_at, actorOrgId: r.actor_org_id, action: r.action, entity: r.entity, entityId: r.entity_id })),
    total: Math.min(total, countCap),
    more: total > countCap,
  };
}

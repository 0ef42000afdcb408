// The audit log: every write appends one event in its own transaction. Events form a
// hash chain (each stores its predecessor's hash). Appending takes a transaction-scoped
// advisory lock, so a write queues behind the chain only from its audit append to its
// commit — the last moments of its transaction — not for its whole duration.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';

export const GENESIS_HASH = '0'.repeat(64);
const CHAIN_LOCK_KEY = 0x656e7465; // "ente": any constant the app uses for nothing else

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface ChainedFields {
  seq: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

/** JSON with object keys sorted at every depth: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

/** Dates become ISO strings, undefined disappears: what JSONB will give back. */
function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** Appends one event. Call it last in the write's transaction: it holds the chain lock until commit. */
export async function recordAudit(trx: Db, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const actor = ctx.actor;
  const fields: ChainedFields = {
    seq: String(BigInt(last?.seq ?? 0) + 1n),
    occurred_at: new Date().toISOString(),
    actor_user_id: actor.kind === 'user' ? actor.userId : null,
    actor_org_id: actor.kind === 'user' ? actor.orgId : null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
    request_id: ctx.requestId ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_event')
    .values({
      ...fields,
      occurred_at: new Date(fields.occurred_at),
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      prev_hash: prevHash,
      hash: chainHash(prevHash, fields),
    })
    .execute();
}

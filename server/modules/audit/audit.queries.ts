import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { registeredSharedEntities } from '../sharing/sharing.service.ts';
import { sharedEntityNames, visibleTo } from '../sharing/sharing.sql.ts';

/**
 * Whether `actor` may read the content of the event aliased `a`, decided by the one
 * visibility rule: an event about a shared row (document, contribution, need) is readable
 * only while that row exists and the actor may read it NOW — so a row deleted, or moved
 * out of the reader's sight, takes its history's content with it. The same holds for
 * every other row the event names in `related` (a link names its need): the content is
 * shown only to a reader of ALL the rows it is about. Events about no row (an import, the
 * demo load: counts and a file name) and about the platform's own records (users,
 * organisations, groups, framework, places), which only admins reach here, are readable.
 * The shared entities are the registry's (sharing.registry.ts); an event about an entity the
 * database knows as shared but this process did not register is unreadable (fail closed).
 */
export function auditContentReadableBy(actor: Actor, alias = 'a'): RawBuilder<SqlBool> {
  const main = rowReadableBy(actor, sql.ref(`${alias}.entity`), sql.ref(`${alias}.entity_id`), true);
  // Every related row must be readable: no element may fail (a malformed one fails closed).
  const related = sql.ref(`${alias}.related`);
  const relatedRowsReadable = sql<SqlBool>`NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${related}) = 'array' THEN ${related} ELSE '[]'::jsonb END) rel(row)
    WHERE NOT ${rowReadableBy(actor, sql`(rel.row ->> 'entity')`, sql`(rel.row ->> 'id')`, false)})`;
  return sql<SqlBool>`(${main} AND (${related} IS NULL OR ${relatedRowsReadable}))`;
}

/** Whether `actor` may read the row named by (entity, id as text); `noRow` is the answer when id is null. */
function rowReadableBy(actor: Actor, entity: RawBuilder<unknown>, entityId: RawBuilder<unknown>, noRow: boolean): RawBuilder<SqlBool> {
  // Cast only what is a uuid: entity_id is text, and a cast of anything else would fail.
  const rowId = sql`CASE WHEN ${entityId} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (${entityId})::uuid END`;
  const shared = registeredSharedEntities().map(
    (e) => sql`WHEN ${entity} = ${e.entity} THEN EXISTS (SELECT 1 FROM ${sql.table(e.table)} r WHERE r.id = ${rowId} AND ${visibleTo(actor, e.entity, 'r')})`,
  );
  return sql<SqlBool>`(CASE WHEN ${entityId} IS NULL THEN ${sql.lit(noRow)} ${shared.length ? sql.join(shared, sql` `) : sql``} WHEN ${entity} IN ${sharedEntityNames()} THEN false ELSE true END)`;
}

/**
 * Events newest first. Content (row id, before, after, request id, hash) leaves the database
 * only for events the actor may read; the others keep who, when and what kind of change.
 * A filter on a row id matches only readable events, so asking about a row you cannot read
 * answers exactly as asking about one that does not exist.
 */
export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** Who, when and the kind of change are shown to every reader of the log, so filtering on them tells nothing withheld. */
  actorOrgId?: string;
  action?: string;
  /** Days (UTC), both included. */
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

export async function listAuditEvents(db: Db, actor: Actor, f: AuditFilter) {
  const after = decodeCursor(f.cursor, ['integer']);
  const readable = auditContentReadableBy(actor, 'a');
  let inner = db.selectFrom('audit_event as a').selectAll('a').select(readable.as('readable'));
  if (f.entity) inner = inner.where('a.entity', '=', f.entity);
  if (f.entityId) inner = inner.where('a.entity_id', '=', f.entityId).where(readable);
  if (f.actorOrgId) inner = inner.where('a.actor_org_id', '=', f.actorOrgId);
  if (f.action) inner = inner.where('a.action', '=', f.action);
  if (f.from) inner = inner.where(sql<SqlBool>`a.occurred_at >= (${f.from}::date)::timestamp AT TIME ZONE 'UTC'`);
  if (f.to) inner = inner.where(sql<SqlBool>`a.occurred_at < ((${f.to}::date) + 1)::timestamp AT TIME ZONE 'UTC'`);
  if (after) inner = inner.where('a.id', '<', after[0]!);
  const page = inner
    .orderBy('a.id', 'desc')
    .limit(f.limit + 1)
    .as('e');
  const ifReadable = <T>(column: string) => sql<T>`CASE WHEN e.readable THEN ${sql.ref(`e.${column}`)} END`;
  return await db
    .selectFrom(page)
    .select([
      'e.id',
      'e.seq',
      'e.occurred_at',
      'e.actor_user_id',
      'e.actor_org_id',
      'e.action',
      'e.entity',
      'e.readable',
      ifReadable<string | null>('entity_id').as('entity_id'),
      ifReadable<unknown>('before').as('before'),
      ifReadable<unknown>('after').as('after'),
      ifReadable<string | null>('request_id').as('request_id'),
      ifReadable<unknown>('related').as('related'),
      ifReadable<string | null>('hash').as('hash'),
    ])
    .orderBy('e.id', 'desc')
    .execute();
}

/**
 * What changed since `since` on the shared rows `actor` may read now, newest first: only
 * events about a shared row (a document, a contribution, a need…) whose row and every
 * related row pass `visibleTo`. An event about a row the reader cannot see is not here at
 * all — neither listed nor counted — and neither are events about the platform's records.
 * `total` counts the same events, up to `countCap` (the page says "more than" beyond it).
 */
export async function listReadableChangesSince(db: Db, actor: Actor, f: { since: Date; limit: number; countCap: number }) {
  const matching = sql<SqlBool>`a.occurred_at > ${f.since} AND a.entity_id IS NOT NULL AND a.entity IN ${sharedEntityNames()} AND ${auditContentReadableBy(actor, 'a')}`;
  const { rows } = await sql<{ id: string; occurred_at: Date; actor_org_id: string | null; action: string; entity: string; entity_id: string; total: string }>`
    SELECT a.id, a.occurred_at, a.actor_org_id, a.action, a.entity, a.entity_id,
           (SELECT count(*) FROM (SELECT 1 FROM audit_event a WHERE ${matching} LIMIT ${f.countCap + 1}) n) AS total
    FROM audit_event a
    WHERE ${matching}
    ORDER BY a.occurred_at DESC, a.id DESC
    LIMIT ${f.limit}`.execute(db);
  return rows;
}

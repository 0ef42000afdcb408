// THE visibility rule. Every read of a shared entity — lists, single reads, searches,
// aggregates, exports — adds this condition inside its SQL. Nothing else decides who
// sees a row, and nothing filters rows in memory afterwards.
//
// A shared table has columns id, owner_org_id, marking and created_by; its audience
// and named recipients live in share_audience / share_recipient under its entity name.
// The entities are an open list: each module registers its own (sharing.registry.ts), and
// one may bring its own RED audience (a meeting's: the people present) as an uncorrelated
// `SELECT row_id …`, added beside the named recipients.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../infra/actor.ts';
import { groupsOf, joinOrgGroup, joinOrganisation } from '../members/members.sql.ts';
import { joinUser } from '../users/users.sql.ts';
import { registeredSharedEntity } from './sharing.registry.ts';
import type { Marking } from '../../../common/sharing.ts';

/** A registered shared entity's name ('need'): registerSharedEntity's list, open to any module. */
export type SharedEntity = string;

/** The entity's own RED audience, when it registered one: `OR id IN (its SELECT of row ids)`. */
function ownRedAudience(entity: SharedEntity, id: RawBuilder<unknown>, userId: string) {
  const audience = registeredSharedEntity(entity)?.audience;
  return audience
    ? sql`
      OR ${id} IN (${audience.redRowIds(userId)})`
    : sql``;
}

/**
 * The SQL condition under which `actor` may read the row aliased `alias` of `entity`.
 *
 * CLEAR: everyone, the public included. GREEN: every signed-in user. AMBER and
 * AMBER+STRICT: the owner organisation, the organisations of the audience (directly or
 * through a group) and the secretariat. RED: the author and the named recipients only.
 */
export function visibleTo(actor: Actor, entity: SharedEntity, alias: string): RawBuilder<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  if (actor.kind === 'system') return sql<SqlBool>`true`;
  if (actor.kind === 'anonymous') return sql<SqlBool>`${col('marking')} = 'CLEAR'`;

  // The audience and recipient lookups are uncorrelated (`id IN (SELECT …)`, not EXISTS …
  // WHERE row_id = id): PostgreSQL then hashes the reader's row ids once and can still
  // split an aggregate over a million rows between parallel workers, which a correlated
  // subquery forbids.
  const red = sql<SqlBool>`(${col('marking')} = 'RED' AND (
      ${col('created_by')} = ${actor.userId}
      OR ${col('id')} IN (SELECT sr.row_id FROM share_recipient sr WHERE sr.entity = ${entity} AND sr.user_id = ${actor.userId})${ownRedAudience(entity, col('id'), actor.userId)}
    ))`;
  // The secretariat reads every AMBER row: its condition is written out short, because it
  // runs once per row of every coverage aggregate the secretariat looks at.
  if (actor.orgKind === 'secretariat') return sql<SqlBool>`(${col('marking')} <> 'RED' OR ${red})`;
  return sql<SqlBool>`(
    ${col('marking')} IN ('CLEAR', 'GREEN')
    OR (${col('marking')} IN ('AMBER', 'AMBER+STRICT') AND (
      ${col('owner_org_id')} = ${actor.orgId}
      OR ${col('id')} IN (
        SELECT sa.row_id FROM share_audience sa
        WHERE sa.entity = ${entity}
          AND (sa.org_id = ${actor.orgId}
               OR sa.group_id IN ${groupsOf(actor.orgId)})
      )
    ))
    OR ${red}
  )`;
}

/**
 * The ids of the rows of `entity` that `actor` may read through a lookup rather than
 * through the row's own columns — an audience naming the actor's organisation or one of
 * its groups, a named recipient, the entity's own RED audience — as a SELECT of row ids.
 * A superset, not a rule: a summary keyed by what visibleTo reads of the row itself
 * (owner, marking, author) adds these rows live, each still under visibleTo
 * (contributions.sql.ts: coverageSummaryRows, ADR 0026).
 */
export function rowIdsSharedWith(actor: Actor, entity: SharedEntity): RawBuilder<{ row_id: string }> {
  if (actor.kind !== 'user') return sql`SELECT NULL::uuid AS row_id WHERE false`;
  const audience = registeredSharedEntity(entity)?.audience;
  return sql`
    SELECT sa.row_id FROM share_audience sa
    WHERE sa.entity = ${entity} AND (sa.org_id = ${actor.orgId} OR sa.group_id IN ${groupsOf(actor.orgId)})
    UNION SELECT sr.row_id FROM share_recipient sr WHERE sr.entity = ${entity} AND sr.user_id = ${actor.userId}${
      audience
        ? sql`
    UNION SELECT own.row_id FROM (${audience.redRowIds(actor.userId)}) own(row_id)`
        : sql``
    }`;
}

/**
 * What `actor` may carry into an export or a brief for others: what they may see, less
 * what TLP 2.0 forbids passing on — every RED row (RED is for its named recipients only,
 * so not even its author exports it: a file leaves the platform and its audience) and the
 * AMBER+STRICT rows of other organisations, which stay with their recipients.
 */
export function exportableBy(actor: Actor, entity: SharedEntity, alias: string): RawBuilder<SqlBool> {
  const visible = visibleTo(actor, entity, alias);
  const marking = sql.ref(`${alias}.marking`);
  if (actor.kind !== 'user') return sql<SqlBool>`(${visible} AND ${marking} <> 'RED')`;
  return sql<SqlBool>`(${visible} AND ${marking} <> 'RED' AND NOT (${marking} = 'AMBER+STRICT' AND ${sql.ref(`${alias}.owner_org_id`)} <> ${actor.orgId}))`;
}

/** The names of the registered shared entities, as a parenthesised SELECT for `entity IN …` (the audit's reads). */
export const sharedEntityNames = () => sql`(SELECT se.entity FROM shared_entity se)`;

/** The audience and recipients of one row, as `sharingDescription` reads them. */
export interface SharingDescription {
  audienceGroups: { id: string; name: string }[];
  audienceOrgs: { id: string; name: string }[];
  recipients: { id: string; name: string }[];
}

/**
 * Who the row aliased `alias` of `entity` is shared with — the audience's groups and
 * organisations and the RED recipients, each by name — as one JSON value in the row's own
 * statement, so that a list describes its rows' sharing without a round trip per table.
 * Three index lookups per row (share_audience_row, share_recipient's key): put it on a
 * page that is already limited (an outer SELECT over the page), never under a sort of the
 * whole table. It describes; it does not decide who sees the row — visibleTo does.
 */
export function sharingDescription(entity: SharedEntity, alias: string): RawBuilder<SharingDescription> {
  const id = sql.ref(`${alias}.id`);
  return sql<SharingDescription>`json_build_object(
    'audienceGroups', (SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name, g.id), '[]'::json)
                       FROM share_audience sa ${joinOrgGroup('g', sql.ref('sa.group_id'))} WHERE sa.entity = ${entity} AND sa.row_id = ${id}),
    'audienceOrgs', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name, o.id), '[]'::json)
                     FROM share_audience sa ${joinOrganisation('o', sql.ref('sa.org_id'))} WHERE sa.entity = ${entity} AND sa.row_id = ${id}),
    'recipients', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.display_name) ORDER BY u.display_name, u.id), '[]'::json)
                   FROM share_recipient sr ${joinUser('u', sql.ref('sr.user_id'))} WHERE sr.entity = ${entity} AND sr.row_id = ${id})
  )`;
}

/** The sharing block of an answer (sharing.schema.ts's output), from a row, its owner's name and its description. */
export function sharingBlock(row: { owner_org_id: string; marking: Marking }, ownerOrgName: string, described: SharingDescription) {
  return {
    ownerOrgId: row.owner_org_id,
    ownerOrgName,
    marking: row.marking,
    audienceGroups: described.audienceGroups,
    audienceOrgs: described.audienceOrgs,
    recipients: described.recipients,
  };
}

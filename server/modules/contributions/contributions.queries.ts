// Kysely only. Every read of contributions goes through visibleTo, so a list never shows
// a row the reader may not see. Coverage lives in analytics/, needs and their links in needs/.
import { type Insertable, type RawBuilder, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { type CursorPart, decodeCursor } from '../../infra/pagination.ts';
import { type SharingDescription, sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import { joinFrameworkNode } from '../framework/framework.sql.ts';
import { joinLocation, placesJson } from '../locations/locations.sql.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { userDisplayName } from '../users/users.sql.ts';
import { contributionFilter } from './contributions.sql.ts';
import { needsLinkedTo } from '../needs/needs.sql.ts';
import type { ContributionListQuery, ContributionSort } from './contributions.schema.ts';
import type { ContributionStatusChangeTable, ContributionTable } from './contributions.table.ts';

const contributionColumns = sql`
  c.id, c.owner_org_id, o.name AS org_name, c.framework_node_id, fn.name AS node_name, c.line_id, ln.name AS line_name,
  c.type, c.description, c.quantity, c.unit, c.amount_minor, c.currency, c.start_date, c.end_date, c.status,
  c.external_id, c.marking, c.created_by, c.created_at, c.created_at::text AS created_key, c.updated_at`;

/** The organisation, node and line of the contribution aliased c, for contributionColumns' names. */
const contributionNames = sql`${joinOrganisation('o', sql.ref('c.owner_org_id'))}
  ${joinFrameworkNode('fn', sql.ref('c.framework_node_id'))}
  ${joinFrameworkNode('ln', sql.ref('c.line_id'))}`;

export interface ContributionRow {
  id: string;
  owner_org_id: string;
  org_name: string;
  framework_node_id: string;
  node_name: string;
  line_id: string;
  line_name: string;
  type: ContributionTable['type'];
  description: string;
  quantity: string | null;
  unit: string | null;
  amount_minor: string | null;
  currency: string | null;
  start_date: string | null;
  end_date: string | null;
  status: ContributionTable['status'];
  external_id: string | null;
  marking: ContributionTable['marking'];
  created_by: string;
  created_at: Date;
  /** created_at to the microsecond, for the list's cursor. */
  created_key: string;
  updated_at: Date;
}

/** A list row carries its places and its sharing, read in the same statement. */
export interface ContributionListRow extends ContributionRow {
  locations: { id: string; code: string; name: string }[];
  sharing: SharingDescription;
}

/** The places of the contribution aliased `alias`, by name, as one JSON value. */
const placesOf = (alias: string) => sql`(
  SELECT ${placesJson('l')}
  FROM contribution_location cl ${joinLocation('l', sql.ref('cl.location_id'))} WHERE cl.contribution_id = ${sql.ref(`${alias}.id`)})`;

/**
 * Each order of the list as a keyset: the sort column (NULLs read as a value below every real
 * one, so they page like any other), then the id. The cursor carries the key's text, checked as
 * `part` and cast back; ORDER BY and the keyset compare the same expression, which an index of
 * migration 0038 holds for the columns of the contribution itself.
 */
const SORT_KEYS = {
  createdAt: { key: sql`c.created_at`, part: 'timestamp', cast: sql`timestamptz` },
  startDate: { key: sql`coalesce(c.start_date, '0001-01-01'::date)`, part: 'date', cast: sql`date` },
  amount: { key: sql`coalesce(c.amount_minor, -1)`, part: 'integer', cast: sql`bigint` },
  // Cut to 50 characters so the cursor stays short (a name of 200 Arabic letters or emoji made
  // one longer than the 500 characters pageQuery then accepted); names equal that far go by id.
  organisation: { key: sql`left(o.name, 50)`, part: 'text', cast: sql`text` },
  // bigint: the cursor check lets a bigint through, which an integer cast refused (a 500).
  status: { key: sql`(CASE c.status WHEN 'pledged' THEN 1 WHEN 'committed' THEN 2 WHEN 'delivered' THEN 3 ELSE 4 END)`, part: 'integer', cast: sql`bigint` },
} as const satisfies Record<string, { key: RawBuilder<unknown>; part: CursorPart; cast: RawBuilder<unknown> }>;

/** A page of the list as the service asks for it: the newest first unless a sort is given. */
export type ContributionListPage = Omit<ContributionListQuery, 'sort'> & { sort?: ContributionSort };

/** The column and direction of a sort ('-amount': amount, descending). */
export function sortOf(sort: ContributionSort) {
  const descending = sort.startsWith('-');
  return { column: (descending ? sort.slice(1) : sort) as keyof typeof SORT_KEYS, descending };
}

/**
 * One page in one round trip: the inner SELECT picks the page under the sharing rule, the
 * outer one describes only those rows (places, audience, recipients).
 */
export async function listVisibleContributions(db: Db, actor: Actor, f: ContributionListPage) {
  const { column, descending } = sortOf(f.sort ?? '-createdAt');
  const { key, part, cast } = SORT_KEYS[column];
  const after = decodeCursor(f.cursor, [part, 'uuid']);
  const dir = descending ? sql`DESC` : sql`ASC`;
  const keyset = after ? sql`AND (${key}, c.id) ${descending ? sql`<` : sql`>`} (${after[0]}::${cast}, ${after[1]}::uuid)` : sql``;
  const { rows } = await sql<ContributionListRow & { sort_key: string }>`
    SELECT page.*, ${placesOf('page')} AS locations, ${sharingDescription('contribution', 'page')} AS sharing
    FROM (
      SELECT ${contributionColumns}, ${key} AS sort_value, ${column === 'createdAt' ? sql`c.created_at::text` : sql`(${key})::text`} AS sort_key
      FROM contribution c
      ${contributionNames}
      WHERE ${contributionFilter(actor, f)} ${keyset}
      ORDER BY ${key} ${dir}, c.id ${dir}
      LIMIT ${f.limit + 1}
    ) page
    ORDER BY page.sort_value ${dir}, page.id ${dir}`.execute(db);
  return rows;
}

export async function findVisibleContribution(db: Db, actor: Actor, id: string) {
  const { rows } = await sql<ContributionRow>`
    SELECT ${contributionColumns}
    FROM contribution c
    ${contributionNames}
    WHERE c.id = ${id} AND ${visibleTo(actor, 'contribution', 'c')}`.execute(db);
  return rows[0];
}

export async function locationsOf(db: Db, contributionIds: string[]) {
  if (!contributionIds.length) return [];
  const { rows } = await sql<{ contribution_id: string; id: string; code: string; name: string }>`
    SELECT cl.contribution_id, l.id, l.code, l.name
    FROM contribution_location cl ${joinLocation('l', sql.ref('cl.location_id'))}
    WHERE cl.contribution_id IN (${sql.join(contributionIds)})
    ORDER BY l.name`.execute(db);
  return rows;
}

export async function historyOf(db: Db, contributionId: string) {
  return await db
    .selectFrom('contribution_status_change as h')
    .select(['h.from_status', 'h.to_status', 'h.changed_at', 'h.note'])
    .select(userDisplayName(sql.ref('h.changed_by')).as('changed_by'))
    .where('h.contribution_id', '=', contributionId)
    .orderBy('h.id')
    .execute();
}

export async function insertContribution(db: Db, values: Insertable<ContributionTable>) {
  return await db.insertInto('contribution').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateContribution(db: Db, id: string, values: Updateable<ContributionTable>) {
  await db
    .updateTable('contribution')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function replaceLocations(db: Db, contributionId: string, locationIds: string[]) {
  await db.deleteFrom('contribution_location').where('contribution_id', '=', contributionId).execute();
  const unique = [...new Set(locationIds)];
  if (unique.length)
    await db
      .insertInto('contribution_location')
      .values(unique.map((location_id) => ({ contribution_id: contributionId, location_id })))
      .execute();
}

export async function insertStatusChange(db: Db, values: Insertable<ContributionStatusChangeTable>) {
  await db.insertInto('contribution_status_change').values(values).execute();
}

export async function deleteContribution(db: Db, id: string) {
  await db.deleteFrom('contribution').where('id', '=', id).execute();
}

/** The needs a contribution meets part of, limited to the needs the reader may see (needs.sql.ts). */
export async function linkedNeedsOf(db: Db, actor: Actor, contributionId: string) {
  const { rows } = await sql<{
    need_id: string;
    description: string;
    line: string;
    quantity: string | null;
    unit: string | null;
    amount_minor: string | null;
    currency: string | null;
  }>`${needsLinkedTo(actor, contributionId)}`.execute(db);
  return rows;
}

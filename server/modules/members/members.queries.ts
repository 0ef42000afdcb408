import { type Insertable, type RawBuilder, type Selectable, type SqlBool, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { likePattern } from '../../infra/sql-text.ts';
import { usersAs } from '../users/users.sql.ts';
import type { OrgGroupTable, OrganisationTable } from './members.table.ts';

type OrgFilter = { q?: string; kind?: string; status?: string; groupId?: string; cursor?: string; limit: number };

/**
 * The filters of the organisations list, on alias o. A `sql` template rather than the
 * builder: the list is the cheapest statement the app serves, and building and compiling
 * it with the builder cost more per request than PostgreSQL took to answer it (ADR 0011).
 */
function organisationConditions(f: Omit<OrgFilter, 'cursor' | 'limit'>): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [];
  if (f.q) {
    const p = likePattern(f.q);
    parts.push(sql`(o.name ILIKE ${p} OR o.short_name ILIKE ${p} OR o.iso3 ILIKE ${p})`);
  }
  if (f.kind) parts.push(sql`o.kind = ${f.kind}`);
  if (f.status) parts.push(sql`o.membership_status = ${f.status}`);
  if (f.groupId) parts.push(sql`o.id IN (SELECT org_id FROM org_group_member WHERE group_id = ${f.groupId})`);
  return parts.length ? sql<SqlBool>`${sql.join(parts, sql` AND `)}` : sql<SqlBool>`TRUE`;
}

type OrganisationListRow = Pick<Selectable<OrganisationTable>, 'id' | 'name' | 'short_name' | 'kind' | 'iso3' | 'membership_status' | 'joined_on' | 'left_on'> & {
  total: string;
};

/**
 * A page of organisations, each row carrying `total`, the count of every organisation the
 * filters match (not only those after the cursor): one round trip for the list. A page
 * past the end has no row to carry it; countOrganisations answers then. Only the columns
 * the list answers with (no timestamps to parse into dates per row).
 */
export async function listOrganisations(db: Db, f: OrgFilter) {
  const after = decodeCursor(f.cursor, ['text', 'uuid']);
  const matching = organisationConditions(f);
  const page = after ? sql`${matching} AND (o.name, o.id) > (${after[0]}, ${after[1]}::uuid)` : matching;
  const { rows } = await sql<OrganisationListRow>`
    SELECT o.id, o.name, o.short_name, o.kind, o.iso3, o.membership_status, o.joined_on, o.left_on,
           (SELECT count(*) FROM organisation o WHERE ${matching}) AS total
    FROM organisation o
    WHERE ${page}
    ORDER BY o.name, o.id
    LIMIT ${f.limit + 1}`.execute(db);
  return rows;
}

export async function countOrganisations(db: Db, f: Omit<OrgFilter, 'cursor' | 'limit'>) {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM organisation o WHERE ${organisationConditions(f)}`.execute(db);
  return Number(rows[0]!.n);
}

export async function findOrganisation(db: Db, id: string) {
  return await db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function groupsOfOrganisation(db: Db, orgId: string) {
  return await db
    .selectFrom('org_group_member as m')
    .innerJoin('org_group as g', 'g.id', 'm.group_id')
    .select(['g.id', 'g.name', 'g.name_fr', 'g.name_ar', 'g.kind'])
    .where('m.org_id', '=', orgId)
    .orderBy('g.name')
    .execute();
}

export async function countUsersOfOrganisation(db: Db, orgId: string) {
  const row = await db
    .selectFrom(usersAs('u'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('u.org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOrganisation(db: Db, values: Insertable<OrganisationTable>) {
  return await db.insertInto('organisation').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateOrganisation(db: Db, id: string, values: Updateable<OrganisationTable>) {
  return await db
    .updateTable('organisation')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertGroup(db: Db, values: Insertable<OrgGroupTable>) {
  return await db.insertInto('org_group').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateGroup(db: Db, id: string, values: Updateable<OrgGroupTable>) {
  return await db
    .updateTable('org_group')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listGroups(db: Db, f: { q?: string; kind?: string; cursor?: string; limit: number }) {
  const after = decodeCursor(f.cursor, ['text', 'uuid']);
  let query = db
    .selectFrom('org_group as g')
    .selectAll('g')
    .select((eb) => eb.selectFrom('org_group_member as m').whereRef('m.group_id', '=', 'g.id').select(eb.fn.countAll<string>().as('n')).as('member_count'));
  if (f.q) query = query.where('g.name', 'ilike', likePattern(f.q));
  if (f.kind) query = query.where('g.kind', '=', f.kind as 'custom');
  if (after) query = query.where(sql`(g.name, g.id)`, '>', sql`(${after[0]}, ${after[1]}::uuid)`);
  return await query
    .orderBy('g.name')
    .orderBy('g.id')
    .limit(f.limit + 1)
    .execute();
}

export async function findGroup(db: Db, id: string) {
  return await db.selectFrom('org_group').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function membersOfGroup(db: Db, groupId: string) {
  return await db
    .selectFrom('org_group_member as m')
    .innerJoin('organisation as o', 'o.id', 'm.org_id')
    .select(['o.id', 'o.name'])
    .where('m.group_id', '=', groupId)
    .orderBy('o.name')
    .execute();
}

export async function replaceGroupMembers(db: Db, groupId: string, orgIds: string[]) {
  await db.deleteFrom('org_group_member').where('group_id', '=', groupId).execute();
  const unique = [...new Set(orgIds)];
  if (unique.length)
    await db
      .insertInto('org_group_member')
      .values(unique.map((org_id) => ({ group_id: groupId, org_id })))
      .execute();
}

export async function existingOrganisationIds(db: Db, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db.selectFrom('organisation').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function aliasesOfOrganisation(db: Db, orgId: string) {
  return await db.selectFrom('organisation_alias').select(['name', 'lang']).where('org_id', '=', orgId).orderBy('created_at').orderBy('name').execute();
}

export async function replaceOrganisationAliases(db: Db, orgId: string, aliases: { name: string; lang: 'en' | 'fr' | 'ar' | null }[]) {
  await db.deleteFrom('organisation_alias').where('org_id', '=', orgId).execute();
  if (aliases.length)
    await db
      .insertInto('organisation_alias')
      .values(aliases.map((a) => ({ org_id: orgId, name: a.name, lang: a.lang })))
      .execute();
}

/** The names every other organisation goes by (its name, short name, ISO code, aliases), with whose they are: for refusing an alias two organisations would share. */
export async function namesOfOtherOrganisations(db: Db, orgId: string) {
  const { rows } = await sql<{ name: string; org_name: string }>`
    SELECT n.name, o.name AS org_name
    FROM organisation o
    CROSS JOIN LATERAL (VALUES (o.name), (o.short_name), (o.iso3::text)) AS n(name)
    WHERE o.id <> ${orgId} AND n.name IS NOT NULL
    UNION ALL
    SELECT a.name, o.name FROM organisation_alias a JOIN organisation o ON o.id = a.org_id WHERE a.org_id <> ${orgId}`.execute(db);
  return rows;
}

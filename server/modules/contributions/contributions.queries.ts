// Kysely only. Every read of contributions and needs goes through visibleTo, so lists,
// aggregates and gaps never count a row the reader may not see.
import { type Expression, type Insertable, type SqlBool, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { type SharedEntity, type SharingDescription, exportableBy, sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import type { ContributionListQuery, CoverageQuery, NeedExportQuery, NeedListQuery } from './contributions.schema.ts';
import type { ContributionNeedTable, ContributionStatusChangeTable, ContributionTable, NeedTable } from './contributions.table.ts';

/** The place and every place under it. */
export const subtreeOf = (locationId: string) => sql`(
  WITH RECURSIVE sub AS (
    SELECT id FROM location WHERE id = ${locationId}
    UNION ALL SELECT l.id FROM location l JOIN sub ON l.parent_id = sub.id
  ) SELECT id FROM sub)`;

/**
 * What a coverage figure is for: showing it to the reader ('read', under visibleTo), or
 * a file the reader takes away ('export', under exportableBy: what they may pass on).
 * Every coverage view computes the same figure under either rule.
 */
export type Purpose = 'read' | 'export';
const ruleFor = (actor: Actor, purpose: Purpose) => (entity: SharedEntity, alias: string) =>
  purpose === 'export' ? exportableBy(actor, entity, alias) : visibleTo(actor, entity, alias);

/**
 * THE definition of a contribution that counts in coverage: every view (the matrix, the
 * map, thin lines and places, likely duplication, what meets a need) counts a
 * contribution unless it was cancelled. Views that want firmer ones (duplication, the
 * committed and delivered parts of a gap) narrow this further, never widen it.
 */
export const countsInCoverage = (alias: string) => sql<SqlBool>`${sql.ref(`${alias}.status`)} <> 'cancelled'`;

/** The filters shared by the list, the matrix and the other coverage views, on alias c. */
function contributionFilter(actor: Actor, f: Partial<CoverageQuery & { q: string }>, purpose: Purpose = 'read'): Expression<SqlBool> {
  return contributionConditions(ruleFor(actor, purpose)('contribution', 'c'), f);
}

/** The same filters under another rule than reading (exports use exportableBy). */
export function contributionConditions(rule: Expression<SqlBool>, f: Partial<CoverageQuery & { q: string }>): Expression<SqlBool> {
  const parts = [sql`${rule}`];
  if (f.orgId) parts.push(sql`c.owner_org_id = ${f.orgId}`);
  if (f.lineId) parts.push(sql`c.line_id = ${f.lineId}`);
  if (f.type) parts.push(sql`c.type = ${f.type}`);
  if (f.status) parts.push(sql`c.status = ${f.status}`);
  if (f.from) parts.push(sql`(c.end_date IS NULL OR c.end_date >= ${f.from}::date)`);
  if (f.to) parts.push(sql`(c.start_date IS NULL OR c.start_date <= ${f.to}::date)`);
  if (f.q) parts.push(sql`c.description ILIKE ${`%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`);
  if (f.locationId) parts.push(sql`EXISTS (SELECT 1 FROM contribution_location cl WHERE cl.contribution_id = c.id AND cl.location_id IN ${subtreeOf(f.locationId)})`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

const contributionColumns = sql`
  c.id, c.owner_org_id, o.name AS org_name, c.framework_node_id, fn.name AS node_name, c.line_id, ln.name AS line_name,
  c.type, c.description, c.quantity, c.unit, c.amount_minor, c.currency, c.start_date, c.end_date, c.status,
  c.external_id, c.marking, c.created_by, c.created_at, c.created_at::text AS created_key, c.updated_at`;

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
  SELECT coalesce(json_agg(json_build_object('id', l.id, 'code', l.code, 'name', l.name) ORDER BY l.name, l.id), '[]'::json)
  FROM contribution_location cl JOIN location l ON l.id = cl.location_id WHERE cl.contribution_id = ${sql.ref(`${alias}.id`)})`;

/**
 * One page in one round trip: the inner SELECT picks the page under the sharing rule, the
 * outer one describes only those rows (places, audience, recipients).
 */
export async function listVisibleContributions(db: Db, actor: Actor, f: ContributionListQuery) {
  const after = decodeCursor(f.cursor, ['timestamp', 'uuid']);
  const keyset = after ? sql`AND (c.created_at, c.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``;
  const { rows } = await sql<ContributionListRow>`
    SELECT page.*, ${placesOf('page')} AS locations, ${sharingDescription('contribution', 'page')} AS sharing
    FROM (
      SELECT ${contributionColumns}
      FROM contribution c
      JOIN organisation o ON o.id = c.owner_org_id
      JOIN framework_node fn ON fn.id = c.framework_node_id
      JOIN framework_node ln ON ln.id = c.line_id
      WHERE ${contributionFilter(actor, f)} ${keyset}
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT ${f.limit + 1}
    ) page
    ORDER BY page.created_at DESC, page.id DESC`.execute(db);
  return rows;
}

export async function findVisibleContribution(db: Db, actor: Actor, id: string) {
  const { rows } = await sql<ContributionRow>`
    SELECT ${contributionColumns}
    FROM contribution c
    JOIN organisation o ON o.id = c.owner_org_id
    JOIN framework_node fn ON fn.id = c.framework_node_id
    JOIN framework_node ln ON ln.id = c.line_id
    WHERE c.id = ${id} AND ${visibleTo(actor, 'contribution', 'c')}`.execute(db);
  return rows[0];
}

export async function locationsOf(db: Db, contributionIds: string[]) {
  if (!contributionIds.length) return [];
  return await db
    .selectFrom('contribution_location as cl')
    .innerJoin('location as l', 'l.id', 'cl.location_id')
    .select(['cl.contribution_id', 'l.id', 'l.code', 'l.name'])
    .where('cl.contribution_id', 'in', contributionIds)
    .orderBy('l.name')
    .execute();
}

export async function historyOf(db: Db, contributionId: string) {
  return await db
    .selectFrom('contribution_status_change as h')
    .leftJoin('app_user as u', 'u.id', 'h.changed_by')
    .select(['h.from_status', 'h.to_status', 'u.display_name as changed_by', 'h.changed_at', 'h.note'])
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

/**
 * The organisation × line-of-effort matrix: counts and money per currency, of the rows
 * that count. sum(bigint) is numeric in PostgreSQL, so a sum is exact at any size; it
 * comes back as a decimal string and stays one.
 */
export async function coverageMatrix(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read') {
  const { rows } = await sql<{
    owner_org_id: string;
    org_name: string;
    line_id: string;
    line_name: string;
    currency: string | null;
    count: string;
    amount: string | null;
  }>`
    WITH cells AS (
      SELECT c.owner_org_id, c.line_id, c.currency, count(*) AS count, sum(c.amount_minor) AS amount
      FROM contribution c
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}
      GROUP BY c.owner_org_id, c.line_id, c.currency
    )
    SELECT cells.owner_org_id, o.name AS org_name, cells.line_id, l.name AS line_name, cells.currency, cells.count, cells.amount::text AS amount
    FROM cells
    JOIN organisation o ON o.id = cells.owner_org_id
    JOIN framework_node l ON l.id = cells.line_id
    ORDER BY o.name, l.position, l.name, cells.currency NULLS FIRST`.execute(db);
  return rows;
}

// The "who contributes where" aggregates below first reduce a million contributions to
// their distinct (place or line, organisation) pairs — one parallel hash aggregate —
// and count organisations from those: count(DISTINCT …) over the rows would sort them all.

/** Lines of effort with how many distinct organisations contribute to each (zero included). */
export async function contributorsPerLine(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read') {
  const { rows } = await sql<{ id: string; name: string; contributors: string; only_org: string | null }>`
    WITH pairs AS (
      SELECT DISTINCT c.line_id, c.owner_org_id FROM contribution c
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}
    ), per_line AS (
      SELECT line_id, count(*) AS contributors, (array_agg(owner_org_id))[1] AS some_org FROM pairs GROUP BY line_id
    )
    SELECT l.id, l.name, coalesce(p.contributors, 0) AS contributors, CASE WHEN p.contributors = 1 THEN o.name END AS only_org
    FROM framework_node l
    LEFT JOIN per_line p ON p.line_id = l.id
    LEFT JOIN organisation o ON o.id = p.some_org
    WHERE l.kind = 'line' AND coalesce(p.contributors, 0) <= 1
    ORDER BY coalesce(p.contributors, 0), l.position, l.name`.execute(db);
  return rows;
}

/** Locations with contributions from exactly one organisation, or needs and no contribution. */
export async function thinLocations(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read') {
  const { rows } = await sql<{ id: string; code: string; name: string; contributors: string; only_org: string | null }>`
    WITH pairs AS (
      SELECT DISTINCT cl.location_id, c.owner_org_id
      FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}
    ), per_place AS (
      SELECT location_id, count(*) AS contributors, (array_agg(owner_org_id))[1] AS some_org FROM pairs GROUP BY location_id
    ), needed AS (
      SELECT DISTINCT n.location_id FROM need n
      WHERE n.location_id IS NOT NULL AND ${ruleFor(actor, purpose)('need', 'n')}
    )
    SELECT l.id, l.code, l.name, coalesce(p.contributors, 0) AS contributors, CASE WHEN p.contributors = 1 THEN o.name END AS only_org
    FROM location l
    LEFT JOIN per_place p ON p.location_id = l.id
    LEFT JOIN organisation o ON o.id = p.some_org
    WHERE (p.location_id IS NOT NULL OR l.id IN (SELECT location_id FROM needed)) AND coalesce(p.contributors, 0) <= 1
    ORDER BY coalesce(p.contributors, 0), l.name`.execute(db);
  return rows;
}

/**
 * Places on the coverage map: contributions and contributing organisations at each, and
 * how many needs there still have an unmet gap — each place with the country it lies in.
 * Needs follow the line and type filters (status is a contribution's).
 */
export async function placesOnMap(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read') {
  const needFilters = [sql`true`];
  if (f.lineId) needFilters.push(sql`g.line_id = ${f.lineId}`);
  if (f.type) needFilters.push(sql`g.type = ${f.type}`);
  if (f.locationId) needFilters.push(sql`g.location_id IN ${subtreeOf(f.locationId)}`);
  const { rows } = await sql<{
    id: string;
    code: string;
    name: string;
    level: string;
    latitude: number | null;
    longitude: number | null;
    country_code: string;
    contributions: string;
    organisations: string;
    open_needs: string;
  }>`
    WITH RECURSIVE pairs AS (
      SELECT cl.location_id, c.owner_org_id, count(*) AS contributions
      FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}
      GROUP BY cl.location_id, c.owner_org_id
    ), contributed AS (
      SELECT location_id, sum(contributions) AS contributions, count(*) AS organisations FROM pairs GROUP BY location_id
    ), open_needs AS (
      SELECT g.location_id, count(*) AS needs FROM (${needsWithGaps(actor, purpose)}) g
      WHERE g.location_id IS NOT NULL AND (g.unmet_quantity > 0 OR g.unmet_amount > 0) AND ${sql.join(needFilters, sql` AND `)}
      GROUP BY g.location_id
    ), mapped AS (
      SELECT coalesce(k.location_id, n.location_id) AS location_id, coalesce(k.contributions, 0) AS contributions,
             coalesce(k.organisations, 0) AS organisations, coalesce(n.needs, 0) AS open_needs
      FROM contributed k FULL JOIN open_needs n ON n.location_id = k.location_id
    ), chain AS (
      SELECT l.id AS location_id, l.id, l.parent_id, l.code, l.level FROM location l WHERE l.id IN (SELECT location_id FROM mapped)
      UNION ALL
      SELECT chain.location_id, p.id, p.parent_id, p.code, p.level FROM chain JOIN location p ON p.id = chain.parent_id
    )
    SELECT l.id, l.code, l.name, l.level, l.latitude, l.longitude, country.code AS country_code, m.contributions, m.organisations, m.open_needs
    FROM mapped m
    JOIN location l ON l.id = m.location_id
    JOIN chain country ON country.location_id = m.location_id AND country.level = 'country'
    ORDER BY m.contributions DESC, m.open_needs DESC, l.name`.execute(db);
  return rows;
}

/**
 * Several organisations delivering the same type to the same place in overlapping
 * periods. Each organisation's contributions of a type at a place are first folded into
 * the span from their earliest start to their latest end, so the comparison is between
 * organisations, not between every pair of rows (which is quadratic in a big register).
 */
export async function likelyDuplicates(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read') {
  const { rows } = await sql<{ location_id: string; location_name: string; type: string; organisations: string[]; contributions: string }>`
    WITH spans AS (
      SELECT cl.location_id, c.type, c.owner_org_id, count(*) AS contributions,
             daterange(min(coalesce(c.start_date, '-infinity')), max(coalesce(c.end_date, 'infinity')), '[]') AS period
      FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id
      WHERE ${countsInCoverage('c')} AND c.status IN ('committed', 'delivered') AND ${contributionFilter(actor, f, purpose)}
      GROUP BY cl.location_id, c.type, c.owner_org_id
    ), overlapping AS (
      SELECT DISTINCT a.location_id, a.type, a.owner_org_id
      FROM spans a JOIN spans b ON b.location_id = a.location_id AND b.type = a.type
        AND b.owner_org_id <> a.owner_org_id AND a.period && b.period
    )
    SELECT o.location_id, l.name AS location_name, o.type,
           array_agg(org.name ORDER BY org.name) AS organisations, sum(s.contributions) AS contributions
    FROM overlapping o
    JOIN spans s ON s.location_id = o.location_id AND s.type = o.type AND s.owner_org_id = o.owner_org_id
    JOIN location l ON l.id = o.location_id
    JOIN organisation org ON org.id = o.owner_org_id
    GROUP BY o.location_id, l.name, o.type
    ORDER BY l.name, o.type
    LIMIT 500`.execute(db);
  return rows;
}

// ---- needs -------------------------------------------------------------------------

export interface NeedRow {
  id: string;
  owner_org_id: string;
  org_name: string;
  framework_node_id: string;
  node_name: string;
  line_id: string;
  line_name: string;
  location_id: string | null;
  location_code: string | null;
  location_name: string | null;
  working_group_id: string | null;
  working_group_name: string | null;
  type: NeedTable['type'];
  description: string;
  quantity: string | null;
  unit: string | null;
  amount_minor: string | null;
  currency: string | null;
  period_start: string | null;
  period_end: string | null;
  priority: 'low' | 'medium' | 'high' | 'critical';
  external_id: string | null;
  marking: NeedTable['marking'];
  created_by: string;
  created_at: Date;
  /** created_at to the microsecond, for an export's keyset. */
  created_key: string;
  committed_quantity: string;
  committed_amount: string;
  delivered_quantity: string;
  delivered_amount: string;
  unmet_quantity: string;
  unmet_amount: string;
  oversubscribed_quantity: string;
  oversubscribed_amount: string;
}

/**
 * Needs with their gaps. What meets a need is summed over the linked contributions the
 * reader may see (for an export: may pass on), so a hidden contribution changes no
 * visible gap. Money is summed as numeric, exact at any size, and the gap's parts are
 * computed here, in SQL, so nothing downstream does arithmetic on money.
 */
function needsWithGaps(actor: Actor, purpose: Purpose = 'read') {
  const rule = ruleFor(actor, purpose);
  return sql`
    SELECT n.id, n.owner_org_id, o.name AS org_name, n.framework_node_id, fn.name AS node_name, n.line_id, ln.name AS line_name,
           n.location_id, l.code AS location_code, l.name AS location_name, n.working_group_id, wg.name AS working_group_name, n.type, n.description, n.quantity, n.unit,
           n.amount_minor, n.currency, n.period_start, n.period_end, n.priority, n.external_id, n.marking, n.created_by,
           n.created_at, n.created_at::text AS created_key,
           m.committed_quantity, m.committed_amount, m.delivered_quantity, m.delivered_amount,
           greatest(coalesce(n.quantity, 0) - m.committed_quantity - m.delivered_quantity, 0) AS unmet_quantity,
           greatest(coalesce(n.amount_minor, 0) - m.committed_amount - m.delivered_amount, 0) AS unmet_amount,
           greatest(m.committed_quantity + m.delivered_quantity - coalesce(n.quantity, 0), 0) AS oversubscribed_quantity,
           greatest(m.committed_amount + m.delivered_amount - coalesce(n.amount_minor, 0), 0) AS oversubscribed_amount
    FROM need n
    JOIN organisation o ON o.id = n.owner_org_id
    JOIN framework_node fn ON fn.id = n.framework_node_id
    JOIN framework_node ln ON ln.id = n.line_id
    LEFT JOIN location l ON l.id = n.location_id
    LEFT JOIN working_group wg ON wg.id = n.working_group_id
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(cn.quantity) FILTER (WHERE c.status = 'committed'), 0) AS committed_quantity,
             coalesce(sum(cn.amount_minor) FILTER (WHERE c.status = 'committed'), 0) AS committed_amount,
             coalesce(sum(cn.quantity) FILTER (WHERE c.status = 'delivered'), 0) AS delivered_quantity,
             coalesce(sum(cn.amount_minor) FILTER (WHERE c.status = 'delivered'), 0) AS delivered_amount
      FROM contribution_need cn JOIN contribution c ON c.id = cn.contribution_id
      WHERE cn.need_id = n.id AND ${countsInCoverage('c')} AND ${rule('contribution', 'c')}
    ) m
    WHERE ${rule('need', 'n')}`;
}

export async function listVisibleNeeds(db: Db, actor: Actor, f: NeedListQuery) {
  const after = decodeCursor(f.cursor, ['number', 'number', 'uuid']);
  const filters = [sql`true`];
  if (f.lineId) filters.push(sql`g.line_id = ${f.lineId}`);
  if (f.type) filters.push(sql`g.type = ${f.type}`);
  if (f.locationId) filters.push(sql`g.location_id IN ${subtreeOf(f.locationId)}`);
  // Ranked by unmet money, then unmet quantity; or by priority. Keyset on (key1, key2, id).
  const key1 = f.sort === 'priority' ? sql`(CASE g.priority WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END)::numeric` : sql`g.unmet_amount::numeric`;
  const key2 = sql`g.unmet_quantity::numeric`;
  if (after) filters.push(sql`(${key1}, ${key2}, g.id) < (${after[0]}::numeric, ${after[1]}::numeric, ${after[2]}::uuid)`);
  // The page first, then its sharing described for those rows only (see listVisibleContributions).
  const { rows } = await sql<NeedRow & { key1: string; key2: string; sharing: SharingDescription }>`
    SELECT page.*, ${sharingDescription('need', 'page')} AS sharing FROM (
      SELECT g.*, ${key1} AS key1, ${key2} AS key2 FROM (${needsWithGaps(actor)}) g
      WHERE ${sql.join(filters, sql` AND `)}
      ORDER BY ${key1} DESC, ${key2} DESC, g.id DESC
      LIMIT ${f.limit + 1}
    ) page
    ORDER BY page.key1 DESC, page.key2 DESC, page.id DESC`.execute(db);
  return rows;
}

/**
 * Needs with their gaps under the export rule, with the list's filters, a batch at a time
 * in (created_at, id) order from where the last batch ended (`after`).
 */
export async function exportableNeedGaps(db: Db, actor: Actor, f: NeedExportQuery, after: { created_at: string; id: string } | undefined, limit: number) {
  const filters = [sql`true`];
  if (f.lineId) filters.push(sql`g.line_id = ${f.lineId}`);
  if (f.type) filters.push(sql`g.type = ${f.type}`);
  if (f.locationId) filters.push(sql`g.location_id IN ${subtreeOf(f.locationId)}`);
  if (after) filters.push(sql`(g.created_at, g.id) > (${after.created_at}::timestamptz, ${after.id}::uuid)`);
  const { rows } = await sql<NeedRow>`
    SELECT g.* FROM (${needsWithGaps(actor, 'export')}) g
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY g.created_at, g.id
    LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findVisibleNeed(db: Db, actor: Actor, id: string) {
  const { rows } = await sql<NeedRow>`SELECT g.* FROM (${needsWithGaps(actor)}) g WHERE g.id = ${id}`.execute(db);
  return rows[0];
}

export async function insertNeed(db: Db, values: Insertable<NeedTable>) {
  return await db.insertInto('need').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateNeed(db: Db, id: string, values: Updateable<NeedTable>) {
  await db
    .updateTable('need')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteNeed(db: Db, id: string) {
  await db.deleteFrom('need').where('id', '=', id).execute();
}

/** The needs a contribution meets part of, limited to the needs the reader may see. */
export async function linkedNeedsOf(db: Db, actor: Actor, contributionId: string) {
  const { rows } = await sql<{
    need_id: string;
    description: string;
    line: string;
    quantity: string | null;
    unit: string | null;
    amount_minor: string | null;
    currency: string | null;
  }>`
    SELECT cn.need_id, n.description, l.name AS line, cn.quantity, n.unit, cn.amount_minor, n.currency
    FROM contribution_need cn
    JOIN need n ON n.id = cn.need_id
    JOIN framework_node l ON l.id = n.line_id
    WHERE cn.contribution_id = ${contributionId} AND ${visibleTo(actor, 'need', 'n')}
    ORDER BY l.name, n.description`.execute(db);
  return rows;
}

/**
 * Removes a link to a need `actor` may read; false when there is none. A link to a need
 * that has become invisible stays, and answers exactly as a link that never was.
 */
export async function deleteVisibleLink(db: Db, actor: Actor, contributionId: string, needId: string) {
  const result = await db
    .deleteFrom('contribution_need')
    .where('contribution_id', '=', contributionId)
    .where('need_id', '=', needId)
    .where(
      'need_id',
      'in',
      db
        .selectFrom('need as n')
        .select('n.id')
        .where('n.id', '=', needId)
        .where(visibleTo(actor, 'need', 'n')),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function upsertLink(db: Db, values: Insertable<ContributionNeedTable>) {
  await db
    .insertInto('contribution_need')
    .values(values)
    .onConflict((oc) => oc.columns(['contribution_id', 'need_id']).doUpdateSet({ quantity: values.quantity, amount_minor: values.amount_minor }))
    .execute();
}

export async function frameworkLineOf(db: Db, nodeId: string) {
  const { rows } = await sql<{ line_id: string }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM framework_node WHERE id = ${nodeId}
      UNION ALL SELECT p.id, p.parent_id FROM framework_node p JOIN up ON p.id = up.parent_id
    ) SELECT id AS line_id FROM up WHERE parent_id IS NULL`.execute(db);
  return rows[0]?.line_id;
}

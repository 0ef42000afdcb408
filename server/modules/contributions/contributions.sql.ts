// SQL fragments of contributions that other modules embed (ADR 0010): analytics and needs
// read the contribution tables only through these, so the rules of what counts and of who
// may see a row are written once, here and in sharing.sql.ts.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../infra/actor.ts';
import { likePattern } from '../../infra/sql-text.ts';
import { subtreeOf } from '../locations/locations.sql.ts';
import { type SharedEntity, exportableBy, rowIdsSharedWith, visibleTo } from '../sharing/sharing.sql.ts';
import type { ContributionListQuery } from './contributions.schema.ts';

/** The filters a list, a coverage view or an export may apply to contributions. */
export type ContributionFilter = Partial<Omit<ContributionListQuery, 'cursor' | 'limit' | 'sort'>>;

/** The contributions aliased `alias`, as a FROM item: analytics counts them under its rule (contributionFilter, countsInCoverage). */
export const contributionsAs = (alias: string) => sql`contribution ${sql.id(alias)}`;

/** `JOIN contribution_location <alias> ON <alias>.contribution_id = <contribution>.id`: each place of the contribution aliased `contribution` (location_id). */
export const joinContributionPlaces = (alias: string, contribution: string) =>
  sql`JOIN contribution_location ${sql.id(alias)} ON ${sql.ref(`${alias}.contribution_id`)} = ${sql.ref(`${contribution}.id`)}`;

/**
 * What a coverage figure is for: showing it to the reader ('read', under visibleTo), or
 * a file the reader takes away ('export', under exportableBy: what they may pass on).
 * Every coverage view computes the same figure under either rule.
 */
export type Purpose = 'read' | 'export';
export const coverageRule = (actor: Actor, purpose: Purpose) => (entity: SharedEntity, alias: string) =>
  purpose === 'export' ? exportableBy(actor, entity, alias) : visibleTo(actor, entity, alias);

/**
 * THE definition of a contribution that counts in coverage: every view (the matrix, the
 * map, thin lines and places, likely duplication, what meets a need) counts a
 * contribution unless it was cancelled. Views that want firmer ones (duplication, the
 * committed and delivered parts of a gap) narrow this further, never widen it.
 */
export const countsInCoverage = (alias: string) => sql<SqlBool>`${sql.ref(`${alias}.status`)} <> 'cancelled'`;

/** The filters shared by the list, the matrix and the other coverage views, on alias c. */
export function contributionFilter(actor: Actor, f: ContributionFilter, purpose: Purpose = 'read'): Expression<SqlBool> {
  return contributionConditions(coverageRule(actor, purpose)('contribution', 'c'), f);
}

/** The same filters under another rule than reading (exports use exportableBy). */
export function contributionConditions(rule: Expression<SqlBool>, f: ContributionFilter): Expression<SqlBool> {
  const parts = [sql`${rule}`];
  if (f.orgId) parts.push(sql`c.owner_org_id = ${f.orgId}`);
  if (f.lineId) parts.push(sql`c.line_id = ${f.lineId}`);
  if (f.type) parts.push(sql`c.type = ${f.type}`);
  if (f.status) parts.push(sql`c.status = ${f.status}`);
  if (f.marking) parts.push(sql`c.marking = ${f.marking}`);
  if (f.from) parts.push(sql`(c.end_date IS NULL OR c.end_date >= ${f.from}::date)`);
  if (f.to) parts.push(sql`(c.start_date IS NULL OR c.start_date <= ${f.to}::date)`);
  if (f.q) parts.push(sql`c.description ILIKE ${likePattern(f.q)}`);
  if (f.locationId) parts.push(sql`EXISTS (SELECT 1 FROM contribution_location cl WHERE cl.contribution_id = c.id AND cl.location_id IN ${subtreeOf(f.locationId)})`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

// The coverage summaries (migration 0031, ADR 0026): this module's tables, kept by its
// tables' triggers in every writing transaction. Analytics reads them only through the
// two functions below, which give the same rows the live reductions would group — the
// summary's groups the reader sees by their key, plus, live, the few rows the reader sees
// only through an audience or as a named recipient — so a reader's figures are the live
// ones, under visibleTo, without reading a million rows.

/** Whether the summaries can answer these filters: a period or a place's subtree is a condition on each row, so those take the live path. */
export const summaryAnswers = (f: ContributionFilter) => !f.from && !f.to && !f.locationId && !f.q;

/**
 * A NULL uuid that the planner cannot fold into a constant: the rule's `id IN (SELECT …)`
 * against a constant NULL is not hashed, and scans the whole audience for every row (with
 * 100,000 rows shared with the reader, minutes); against this it is hashed once.
 */
const noId = (column: string) => sql`nullif(${sql.ref(column)}, ${sql.ref(column)})`;

/** The summary's groups aliased `alias` that count and pass the filters, under visibleTo (the group's key stands for its rows). */
function summaryGroups(actor: Actor, f: ContributionFilter, alias: string) {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const parts = [visibleTo(actor, 'contribution', alias), countsInCoverage(alias)];
  if (f.orgId) parts.push(sql<SqlBool>`${col('owner_org_id')} = ${f.orgId}`);
  if (f.lineId) parts.push(sql<SqlBool>`${col('line_id')} = ${f.lineId}`);
  if (f.type) parts.push(sql<SqlBool>`${col('type')} = ${f.type}`);
  if (f.status) parts.push(sql<SqlBool>`${col('status')} = ${f.status}`);
  if (f.marking) parts.push(sql<SqlBool>`${col('marking')} = ${f.marking}`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

/**
 * The contributions aliased c the reader sees only through a lookup (an audience, a named
 * recipient): visible under the rule, but not by their key — the row's owner, marking and
 * author, read as the summaries hold them (alias b, without an id) — so not in the groups.
 */
function rowsBeyondTheirKey(actor: Actor, f: ContributionFilter) {
  return sql`
    FROM contribution c CROSS JOIN LATERAL (SELECT ${noId('c.id')} AS id, c.owner_org_id, c.marking, c.created_by) b
    WHERE c.id IN (${rowIdsSharedWith(actor, 'contribution')}) AND ${countsInCoverage('c')} AND ${contributionFilter(actor, f)}
      AND NOT coalesce(${visibleTo(actor, 'contribution', 'b')}, false)`;
}

/** (owner_org_id, line_id, type, status, currency, contributions, amount_minor) rows: summed, the visible contributions that count, by those columns. */
export function coverageLineRows(actor: Actor, f: ContributionFilter) {
  return sql`
    SELECT s.owner_org_id, s.line_id, s.type, s.status, s.currency, s.contributions, s.amount_minor
    FROM (SELECT cs.*, ${noId('cs.owner_org_id')} AS id FROM contribution_coverage_line cs) s
    WHERE ${summaryGroups(actor, f, 's')}
    UNION ALL
    SELECT c.owner_org_id, c.line_id, c.type, c.status, c.currency, 1, c.amount_minor ${rowsBeyondTheirKey(actor, f)}`;
}

/**
 * (location_id, owner_org_id, line_id, type, status, contributions, first_day, last_day) rows:
 * grouped, the visible contributions that count, each at each of its places, with the
 * earliest start and latest end ('-infinity' and 'infinity' for open dates).
 */
export function coveragePlaceRows(actor: Actor, f: ContributionFilter) {
  return sql`
    SELECT s.location_id, s.owner_org_id, s.line_id, s.type, s.status, s.contributions, s.first_day, s.last_day
    FROM (SELECT cs.*, ${noId('cs.owner_org_id')} AS id FROM contribution_coverage_place cs) s
    WHERE ${summaryGroups(actor, f, 's')}
    UNION ALL
    SELECT cl.location_id, c.owner_org_id, c.line_id, c.type, c.status, 1, coalesce(c.start_date, '-infinity'), coalesce(c.end_date, 'infinity')
    FROM (SELECT c.* ${rowsBeyondTheirKey(actor, f)}) c ${joinContributionPlaces('cl', 'c')}`;
}

/**
 * The pivot's rows (analytics' GET /api/coverage/pivot): (location_id, owner_org_id, line_id,
 * type, status, currency, contributions, amount_minor), the visible contributions that count,
 * summed by those columns — from the summaries when they answer the filters (summaryAnswers),
 * else live from the rows under the same rule. `byPlace`: one row per place of a contribution
 * (a contribution at several places is in each), from the place summaries, which keep no money
 * (currency and amount_minor NULL); otherwise location_id is NULL and money is there.
 * `purpose` 'export' (the pivot as a file) reads the rows live under the export rule: the
 * summaries are grouped for visibleTo, not for what a reader may pass on.
 */
export function coveragePivotRows(actor: Actor, f: ContributionFilter, byPlace: boolean, purpose: Purpose = 'read') {
  const fromSummaries = purpose === 'read' && summaryAnswers(f);
  if (byPlace)
    return fromSummaries
      ? sql`SELECT r.location_id, r.owner_org_id, r.line_id, r.type, r.status, NULL::char(3) AS currency, r.contributions, NULL::numeric AS amount_minor
      FROM (${coveragePlaceRows(actor, f)}) r`
      : sql`SELECT cl.location_id, c.owner_org_id, c.line_id, c.type, c.status, NULL::char(3) AS currency, 1::bigint AS contributions, NULL::numeric AS amount_minor
      FROM contribution c ${joinContributionPlaces('cl', 'c')}
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}`;
  return fromSummaries
    ? sql`SELECT NULL::uuid AS location_id, r.owner_org_id, r.line_id, r.type, r.status, r.currency, r.contributions, r.amount_minor
      FROM (${coverageLineRows(actor, f)}) r`
    : sql`SELECT NULL::uuid AS location_id, c.owner_org_id, c.line_id, c.type, c.status, c.currency, 1::bigint AS contributions, c.amount_minor::numeric
      FROM contribution c
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}`;
}

// SQL fragments of contributions that other modules embed (ADR 0010): analytics and needs
// read the contribution tables only through these, so the rules of what counts and of who
// may see a row are written once, here and in sharing.sql.ts.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../infra/actor.ts';
import { likePattern } from '../../infra/sql-text.ts';
import { subtreeOf } from '../locations/locations.sql.ts';
import { type SharedEntity, exportableBy, visibleTo } from '../sharing/sharing.sql.ts';
import type { ContributionListQuery } from './contributions.schema.ts';

/** The filters a list, a coverage view or an export may apply to contributions. */
export type ContributionFilter = Partial<Omit<ContributionListQuery, 'cursor' | 'limit'>>;

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
  if (f.from) parts.push(sql`(c.end_date IS NULL OR c.end_date >= ${f.from}::date)`);
  if (f.to) parts.push(sql`(c.start_date IS NULL OR c.start_date <= ${f.to}::date)`);
  if (f.q) parts.push(sql`c.description ILIKE ${likePattern(f.q)}`);
  if (f.locationId) parts.push(sql`EXISTS (SELECT 1 FROM contribution_location cl WHERE cl.contribution_id = c.id AND cl.location_id IN ${subtreeOf(f.locationId)})`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

// Kysely only: needs and the contribution↔need links. Every read goes through visibleTo
// (inside needsWithGaps), so a list or a gap never counts a row the reader may not see.
import { type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { likePattern } from '../../infra/sql-text.ts';
import { workingGroupCoLead as coLeadOf } from '../framework/framework.sql.ts';
import { contributionsAs, coverageRule } from '../contributions/contributions.sql.ts';
import { subtreeOf } from '../locations/locations.sql.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { type SharingDescription, sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import type { NeedListQuery } from './needs.schema.ts';
import { type NeedRow, conversionDay, linkAmountInNeedCurrency, linkRate, needsWithGaps } from './needs.sql.ts';
import type { ContributionNeedTable, NeedTable } from './needs.table.ts';

export async function listVisibleNeeds(db: Db, actor: Actor, f: NeedListQuery) {
  const after = decodeCursor(f.cursor, ['number', 'number', 'uuid']);
  const filters = [sql`true`];
  if (f.lineId) filters.push(sql`g.line_id = ${f.lineId}`);
  if (f.type) filters.push(sql`g.type = ${f.type}`);
  if (f.locationId) filters.push(sql`g.location_id IN ${subtreeOf(f.locationId)}`);
  if (f.orgId) filters.push(sql`g.owner_org_id = ${f.orgId}`);
  if (f.marking) filters.push(sql`g.marking = ${f.marking}`);
  if (f.from) filters.push(sql`(g.period_end IS NULL OR g.period_end >= ${f.from}::date)`);
  if (f.to) filters.push(sql`(g.period_start IS NULL OR g.period_start <= ${f.to}::date)`);
  if (f.q) {
    // Found by any of the names a person would search it by (linking a contribution searches across lines and places).
    const like = likePattern(f.q);
    filters.push(sql`(g.description ILIKE ${like} OR g.node_name ILIKE ${like} OR g.line_name ILIKE ${like} OR g.location_name ILIKE ${like} OR g.org_name ILIKE ${like})`);
  }
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
    .onConflict((oc) => oc.columns(['contribution_id', 'need_id']).doUpdateSet({ quantity: values.quantity, amount_minor: values.amount_minor, currency: values.currency }))
    .execute();
}

/** Working group `groupId` (undefined when there is none) and whether organisation `orgId` co-leads it. */
export async function workingGroupCoLead(db: Db, groupId: string, orgId: string) {
  const { rows } = await sql<{ id: string; co_lead: boolean }>`${coLeadOf(groupId, orgId)}`.execute(db);
  return rows[0];
}

/** A row of listLinkedContributions. */
export interface LinkedContributionRow {
  id: string;
  owner_org_id: string;
  org_name: string;
  description: string;
  type: NeedTable['type'];
  status: string;
  quantity: string;
  /** In the need's currency; null when not converted. */
  amount_minor: string | null;
  original_amount: string | null;
  original_currency: string | null;
  rate: string | null;
  rate_date: string | null;
  conversion_day: string;
}

/**
 * The contributions linked to the need `needId` that `actor` may see, each with the part of
 * the need it meets (the link's quantity and amount), under the same rule the gap sums over:
 * a contribution hidden from the reader is neither listed nor counted.
 */
export async function listLinkedContributions(db: Db, actor: Actor, needId: string) {
  const { rows } = await sql<LinkedContributionRow>`
    SELECT c.id, c.owner_org_id, o.name AS org_name, c.description, c.type, c.status,
           coalesce(cn.quantity, 0)::text AS quantity,
           (CASE WHEN cn.amount_minor IS NULL THEN 0 ELSE ${linkAmountInNeedCurrency} END)::text AS amount_minor,
           cn.amount_minor::text AS original_amount, coalesce(cn.currency, n.currency) AS original_currency,
           x.rate, x.valid_from::text AS rate_date, ${conversionDay('c')}::text AS conversion_day
    FROM contribution_need cn
    JOIN need n ON n.id = cn.need_id
    JOIN ${contributionsAs('c')} ON c.id = cn.contribution_id
    ${linkRate}
    ${joinOrganisation('o', sql.ref('c.owner_org_id'))}
    WHERE cn.need_id = ${needId} AND ${coverageRule(actor, 'read')('contribution', 'c')}
    ORDER BY o.name, c.description, c.id`.execute(db);
  return rows;
}

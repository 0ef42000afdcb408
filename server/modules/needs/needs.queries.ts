// Kysely only: needs and the contribution↔need links. Every read goes through visibleTo
// (inside needsWithGaps), so a list or a gap never counts a row the reader may not see.
import { type Insertable, type RawBuilder, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { type CursorPart, decodeCursor } from '../../infra/pagination.ts';
import { likePattern } from '../../infra/sql-text.ts';
import { workingGroupCoLead as coLeadOf } from '../framework/framework.sql.ts';
import { contributionsAs, coverageRule } from '../contributions/contributions.sql.ts';
import { subtreeOf } from '../locations/locations.sql.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { type SharingDescription, sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import { LEGACY_NEED_SORTS, type NeedListQuery, type NeedSort } from './needs.schema.ts';
import { type NeedRow, conversionDay, linkAmountInNeedCurrency, linkRate, needsWithGaps } from './needs.sql.ts';
import type { ContributionNeedTable, NeedTable } from './needs.table.ts';

/**
 * Characters of a text key the cursor carries: at most 6 bytes each once in the cursor's JSON
 * (a control character escaped, \u0001) or 4 (an emoji), so 50 of them and the id make a short
 * cursor in base64url; 100 did not fit the 500 characters pageQuery then accepted (2,500 now).
 * Equal over these, needs go by id.
 */
const TEXT_KEY_CHARS = sql.lit(50);

/**
 * Each order of the list as a keyset (ADR 0039): its key expressions over a row g of
 * needsWithGaps, then the id. A money column sorts by its money, then its quantity (a need of
 * kits and one of dollars both have a place). Every key is NOT NULL (a missing place reads as
 * ''), so a row comparison never meets a NULL; text keys are cut to TEXT_KEY_CHARS so a
 * cursor stays short (rows equal that far are ordered by id). The cursor carries each
 * key's text, checked as `part` and cast back. The gaps are computed per row from the links
 * the reader may see, so no index can hold these orders.
 */
const SORT_KEYS = {
  unmet: [
    { key: sql`g.unmet_amount::numeric`, part: 'number', cast: sql`numeric` },
    { key: sql`g.unmet_quantity::numeric`, part: 'number', cast: sql`numeric` },
  ],
  committed: [
    { key: sql`g.committed_amount::numeric`, part: 'number', cast: sql`numeric` },
    { key: sql`g.committed_quantity::numeric`, part: 'number', cast: sql`numeric` },
  ],
  delivered: [
    { key: sql`g.delivered_amount::numeric`, part: 'number', cast: sql`numeric` },
    { key: sql`g.delivered_quantity::numeric`, part: 'number', cast: sql`numeric` },
  ],
  urgency: [{ key: sql`(CASE g.priority WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END)`, part: 'integer', cast: sql`bigint` }],
  need: [{ key: sql`left(g.description, ${TEXT_KEY_CHARS})`, part: 'text', cast: sql`text` }],
  organisation: [{ key: sql`left(g.org_name, ${TEXT_KEY_CHARS})`, part: 'text', cast: sql`text` }],
  place: [{ key: sql`left(coalesce(g.location_name, ''), ${TEXT_KEY_CHARS})`, part: 'text', cast: sql`text` }],
  createdAt: [{ key: sql`g.created_at`, part: 'timestamp', cast: sql`timestamptz` }],
} as const satisfies Record<string, readonly { key: RawBuilder<unknown>; part: CursorPart; cast: RawBuilder<unknown> }[]>;

/** A page of the list as the service asks for it: the largest unmet gap first unless a sort is given (an older word too). */
export type NeedListPage = Omit<NeedListQuery, 'sort'> & { sort?: NeedSort | keyof typeof LEGACY_NEED_SORTS };

/** The column and direction of a sort ('-unmet': unmet, descending). */
export function needSortOf(sort: NeedSort | keyof typeof LEGACY_NEED_SORTS = '-unmet') {
  const word: NeedSort = sort in LEGACY_NEED_SORTS ? LEGACY_NEED_SORTS[sort as keyof typeof LEGACY_NEED_SORTS] : (sort as NeedSort);
  const descending = word.startsWith('-');
  return { column: (descending ? word.slice(1) : word) as keyof typeof SORT_KEYS, descending };
}

export async function listVisibleNeeds(db: Db, actor: Actor, f: NeedListPage) {
  const { column, descending } = needSortOf(f.sort);
  const keys = SORT_KEYS[column];
  const after = decodeCursor(f.cursor, [...keys.map((k) => k.part), 'uuid']);
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
  // Keyset on (keys…, id), all in one direction: a row comparison is the order itself.
  const row = sql.join([...keys.map((k) => k.key), sql`g.id`]);
  if (after) {
    const values = sql.join([...keys.map((k, i) => sql`${after[i]}::${k.cast}`), sql`${after[keys.length]}::uuid`]);
    filters.push(sql`(${row}) ${descending ? sql`<` : sql`>`} (${values})`);
  }
  const dir = descending ? sql`DESC` : sql`ASC`;
  // The inner ORDER BY names the select's own output columns (bare), the outer the page's.
  const orderBy = (alias?: string) =>
    sql.join([...keys.map((_, i) => sql`${sql.ref(alias ? `${alias}.sort_${i}` : `sort_${i}`)} ${dir}`), sql`${sql.ref(`${alias ?? 'g'}.id`)} ${dir}`]);
  const sortColumns = sql.join(
    keys.map((k, i) => sql`${k.key} AS ${sql.ref(`sort_${i}`)}, (${column === 'createdAt' ? sql`g.created_key` : k.key})::text AS ${sql.ref(`sort_key_${i}`)}`),
  );
  // The page first, then its sharing described for those rows only (see listVisibleContributions).
  const { rows } = await sql<NeedRow & { sort_key_0: string; sort_key_1?: string; sharing: SharingDescription }>`
    SELECT page.*, ${sharingDescription('need', 'page')} AS sharing FROM (
      SELECT g.*, ${sortColumns} FROM (${needsWithGaps(actor)}) g
      WHERE ${sql.join(filters, sql` AND `)}
      ORDER BY ${orderBy()}
      LIMIT ${f.limit + 1}
    ) page
    ORDER BY ${orderBy('page')}`.execute(db);
  return rows.map((r) => ({ ...r, sort_key: [r.sort_key_0, ...(keys.length > 1 ? [r.sort_key_1!] : [])] }));
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

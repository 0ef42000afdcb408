// Kysely only: indicators, targets, reported values and closed periods. Every read of an
// indicator puts visibleTo inside its SQL; every read of a value, visibleTo of the value and
// of its indicator — a value is read only by those who may read both.
import { type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { coLeadsLine, joinFrameworkNode } from '../framework/framework.sql.ts';
import { joinLocation } from '../locations/locations.sql.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { visibleTo } from '../sharing/sharing.sql.ts';
import { type PivotPlan, pivotStatement } from './indicators.pivot.ts';
import { rollupAnswers, rollupPivotFigures } from './indicators.rollup.ts';
import type { IndicatorListQuery, ValueListQuery } from './indicators.schema.ts';
import type {
  IndicatorPeriodClosureTable,
  IndicatorTable,
  IndicatorTargetTable,
  IndicatorValueTable,
  PeriodType,
  SpaceAggregation,
  TimeAggregation,
  ValueStatus,
} from './indicators.table.ts';

/** An indicator as the service reads it. */
export interface IndicatorRow {
  id: string;
  owner_org_id: string;
  org_name: string;
  marking: IndicatorTable['marking'];
  created_by: string;
  framework_node_id: string;
  node_name: string;
  line_id: string;
  line_name: string;
  code: string;
  name: string;
  definition: string;
  unit: string;
  space_aggregation: SpaceAggregation;
  time_aggregation: TimeAggregation;
  period_type: PeriodType;
  baseline_value: string | null;
  baseline_date: string | null;
  category_options: string[];
  /** The reader's organisation co-leads a working group of the indicator's line. */
  coordinates_line: boolean;
}

/** A reported value as the service reads it, with what its rules need of its indicator. */
export interface ValueRow {
  id: string;
  indicator_id: string;
  indicator_code: string;
  indicator_name: string;
  line_id: string;
  period: string;
  period_start: string;
  period_end: string;
  location_id: string | null;
  location_code: string | null;
  location_name: string | null;
  owner_org_id: string;
  org_name: string;
  category_option: string | null;
  value: string;
  comment: string;
  source_document_id: string | null;
  source_url: string | null;
  status: ValueStatus;
  status_reason: string | null;
  external_id: string | null;
  marking: IndicatorValueTable['marking'];
  created_by: string;
  coordinates_line: boolean;
}

const coordinates = (actor: Actor) => (actor.kind === 'user' ? coLeadsLine(sql.ref('i.line_id'), actor.orgId) : sql<boolean>`false`);

function indicatorSelect(actor: Actor) {
  return sql`
    SELECT i.id, i.owner_org_id, o.name AS org_name, i.marking, i.created_by, i.framework_node_id, fn.name AS node_name, i.line_id, ln.name AS line_name,
           i.code, i.name, i.definition, i.unit, i.space_aggregation, i.time_aggregation, i.period_type, i.baseline_value, i.baseline_date::text AS baseline_date,
           i.category_options, ${coordinates(actor)} AS coordinates_line
    FROM indicator i
    ${joinOrganisation('o', sql.ref('i.owner_org_id'))}
    ${joinFrameworkNode('fn', sql.ref('i.framework_node_id'))}
    ${joinFrameworkNode('ln', sql.ref('i.line_id'))}
    WHERE ${visibleTo(actor, 'indicator', 'i')}`;
}

export async function listVisibleIndicators(db: Db, actor: Actor, f: IndicatorListQuery) {
  const after = decodeCursor(f.cursor, ['text', 'uuid']);
  const { rows } = await sql<IndicatorRow>`
    ${indicatorSelect(actor)}
    ${f.lineId ? sql`AND i.line_id = ${f.lineId}` : sql``}
    ${after ? sql`AND (i.code, i.id) > (${after[0]}, ${after[1]}::uuid)` : sql``}
    ORDER BY i.code, i.id
    LIMIT ${f.limit + 1}`.execute(db);
  return rows;
}

export async function findVisibleIndicator(db: Db, actor: Actor, id: string) {
  const { rows } = await sql<IndicatorRow>`${indicatorSelect(actor)} AND i.id = ${id}`.execute(db);
  return rows[0];
}

/** Every indicator `actor` may read, by code (an import resolves its rows against them). */
export async function visibleIndicatorCodes(db: Db, actor: Actor) {
  const { rows } = await sql<{ id: string; code: string; period_type: PeriodType; category_options: string[] }>`
    SELECT i.id, i.code, i.period_type, i.category_options FROM indicator i WHERE ${visibleTo(actor, 'indicator', 'i')}`.execute(db);
  return rows;
}

/** The indicators of a progress report: visible, of one line or one indicator when asked. */
export async function visibleIndicatorsWithTargets(db: Db, actor: Actor, f: { lineId?: string; indicatorId?: string }) {
  const { rows } = await sql<IndicatorRow>`
    ${indicatorSelect(actor)}
    ${f.lineId ? sql`AND i.line_id = ${f.lineId}` : sql``}
    ${f.indicatorId ? sql`AND i.id = ${f.indicatorId}` : sql``}
    ORDER BY i.code, i.id
    LIMIT 1000`.execute(db);
  return rows;
}

/** Whether organisation `orgId` co-leads a working group of the line `lineId`. */
export async function coordinatesLine(db: Db, lineId: string, orgId: string) {
  const { rows } = await sql<{ c: boolean }>`SELECT ${coLeadsLine(sql`${lineId}::uuid`, orgId)} AS c`.execute(db);
  return rows[0]?.c === true;
}

export async function targetsOf(db: Db, indicatorIds: string[]) {
  if (!indicatorIds.length) return [];
  return await db
    .selectFrom('indicator_target')
    .select(['indicator_id', sql<string>`target_date::text`.as('target_date'), 'value', 'note'])
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('indicator_id')
    .orderBy('target_date')
    .execute();
}

export async function insertIndicator(db: Db, values: Insertable<IndicatorTable>) {
  return await db.insertInto('indicator').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateIndicator(db: Db, id: string, values: Updateable<IndicatorTable>) {
  await db
    .updateTable('indicator')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function replaceTargets(db: Db, indicatorId: string, targets: Omit<Insertable<IndicatorTargetTable>, 'indicator_id'>[]) {
  await db.deleteFrom('indicator_target').where('indicator_id', '=', indicatorId).execute();
  if (targets.length)
    await db
      .insertInto('indicator_target')
      .values(targets.map((t) => ({ ...t, indicator_id: indicatorId })))
      .execute();
}

/** Whether the indicator has any value (seen or not: a value hidden from the caller still keeps the indicator). */
export async function hasValues(db: Db, indicatorId: string) {
  const row = await db.selectFrom('indicator_value').select('id').where('indicator_id', '=', indicatorId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Options still used by values of the indicator, among `options`. */
export async function usedCategoryOptions(db: Db, indicatorId: string) {
  const rows = await db
    .selectFrom('indicator_value')
    .select('category_option')
    .distinct()
    .where('indicator_id', '=', indicatorId)
    .where('category_option', 'is not', null)
    .execute();
  return rows.map((r) => r.category_option!);
}

/** Whether the indicator has values whose period is not of type `type`. */
export async function hasValuesOfOtherPeriodType(db: Db, indicatorId: string, type: PeriodType) {
  const pattern = type === 'year' ? '^[0-9]{4}$' : type === 'quarter' ? '^[0-9]{4}Q[1-4]$' : '^[0-9]{4}-[0-9]{2}$';
  const { rows } = await sql<{ n: number }>`SELECT 1 AS n FROM indicator_value WHERE indicator_id = ${indicatorId} AND period !~ ${pattern} LIMIT 1`.execute(db);
  return rows.length > 0;
}

function valueSelect(actor: Actor) {
  return sql`
    SELECT v.id, v.indicator_id, i.code AS indicator_code, i.name AS indicator_name, i.line_id, v.period, v.period_start::text AS period_start,
           v.period_end::text AS period_end, v.location_id, l.code AS location_code, l.name AS location_name, v.owner_org_id, o.name AS org_name,
           v.category_option, v.value, v.comment, v.source_document_id, v.source_url, v.status, v.status_reason, v.external_id, v.marking, v.created_by,
           ${coordinates(actor)} AS coordinates_line
    FROM indicator_value v
    JOIN indicator i ON i.id = v.indicator_id
    ${joinOrganisation('o', sql.ref('v.owner_org_id'))}
    ${joinLocation('l', sql.ref('v.location_id'), 'LEFT JOIN')}
    WHERE ${visibleTo(actor, 'indicator_value', 'v')} AND ${visibleTo(actor, 'indicator', 'i')}`;
}

export async function listVisibleValues(db: Db, actor: Actor, f: ValueListQuery) {
  const after = decodeCursor(f.cursor, ['text', 'uuid']);
  const { rows } = await sql<ValueRow>`
    ${valueSelect(actor)}
    ${f.indicatorId ? sql`AND v.indicator_id = ${f.indicatorId}` : sql``}
    ${f.period ? sql`AND v.period = ${f.period}` : sql``}
    ${f.status ? sql`AND v.status = ${f.status}` : sql``}
    ${f.organisationId ? sql`AND v.owner_org_id = ${f.organisationId}` : sql``}
    ${after ? sql`AND (v.period, v.id) > (${after[0]}, ${after[1]}::uuid)` : sql``}
    ORDER BY v.period, v.id
    LIMIT ${f.limit + 1}`.execute(db);
  return rows;
}

/** The values among `ids` that `actor` may read, locked for a change when `forUpdate`. */
export async function findVisibleValues(db: Db, actor: Actor, ids: string[], forUpdate = false) {
  if (!ids.length) return [];
  const { rows } = await sql<ValueRow>`
    ${valueSelect(actor)} AND v.id = ANY(${ids}::uuid[])
    ORDER BY v.id
    ${forUpdate ? sql`FOR UPDATE OF v` : sql``}`.execute(db);
  return rows;
}

/** The value of one cell (indicator, period, place, organisation, option) if `actor` may read it; `exists` says whether any is there. */
export async function findValueCell(
  db: Db,
  actor: Actor,
  cell: { indicator_id: string; period: string; location_id: string | null; owner_org_id: string; category_option: string | null },
) {
  const { rows } = await sql<{ id: string; visible: boolean }>`
    SELECT v.id, ${visibleTo(actor, 'indicator_value', 'v')} AS visible FROM indicator_value v
    WHERE v.indicator_id = ${cell.indicator_id} AND v.period = ${cell.period} AND v.location_id IS NOT DISTINCT FROM ${cell.location_id}::uuid
      AND v.owner_org_id = ${cell.owner_org_id} AND v.category_option IS NOT DISTINCT FROM ${cell.category_option}::text
    FOR UPDATE OF v`.execute(db);
  return rows[0];
}

export async function insertValue(db: Db, values: Insertable<IndicatorValueTable>) {
  return await db.insertInto('indicator_value').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateValue(db: Db, id: string, values: Updateable<IndicatorValueTable>) {
  await db
    .updateTable('indicator_value')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setValueStatus(db: Db, ids: string[], status: ValueStatus, reason: string | null, by: string | null) {
  await db
    .updateTable('indicator_value')
    .set({ status, status_reason: reason, status_changed_by: by, status_changed_at: new Date(), updated_at: new Date() })
    .where('id', 'in', ids)
    .execute();
}

/** The closed period that covers [start, end] for the indicator (its own or coalition-wide), if any. */
export async function closureCovering(db: Db, indicatorId: string, start: string, end: string) {
  return await db
    .selectFrom('indicator_period_closure')
    .select(['period', 'indicator_id'])
    .where((eb) => eb.or([eb('indicator_id', '=', indicatorId), eb('indicator_id', 'is', null)]))
    .where('period_start', '<=', start)
    .where('period_end', '>=', end)
    .orderBy('period_start')
    .limit(1)
    .executeTakeFirst();
}

export async function insertClosure(db: Db, values: Insertable<IndicatorPeriodClosureTable>) {
  return await db
    .insertInto('indicator_period_closure')
    .values(values)
    .returning(['id', 'indicator_id', 'period', sql<string>`closed_at::text`.as('closed_at')])
    .executeTakeFirstOrThrow();
}

export async function findClosure(db: Db, id: string) {
  return await db.selectFrom('indicator_period_closure').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteClosure(db: Db, id: string) {
  await db.deleteFrom('indicator_period_closure').where('id', '=', id).execute();
}

/** Closed periods: coalition-wide ones, and those of indicators `actor` may read. */
export async function listVisibleClosures(db: Db, actor: Actor, indicatorId: string | undefined) {
  const { rows } = await sql<{ id: string; indicator_id: string | null; period: string; closed_at: string }>`
    SELECT c.id, c.indicator_id, c.period, c.closed_at::text AS closed_at FROM indicator_period_closure c
    LEFT JOIN indicator i ON i.id = c.indicator_id
    WHERE (c.indicator_id IS NULL OR ${visibleTo(actor, 'indicator', 'i')})
      ${indicatorId ? sql`AND (c.indicator_id IS NULL OR c.indicator_id = ${indicatorId})` : sql``}
    ORDER BY c.period_start, c.period, c.id
    LIMIT 1000`.execute(db);
  return rows;
}

/** Memory for the pivot's hash tables and sorts: at the default 4 MB its series pass spills to disk from a few hundred thousand values. */
const PIVOT_WORK_MEM = '64MB';

/**
 * The pivot's figures under the reader's rule: from the rollup (indicators.rollup.ts, ADR 0025) when it answers the plan
 * (approved values, periods by quarter or year, places at a depth, no filter on places, options or periods), otherwise
 * from the live table (indicators.pivot.ts), in a transaction of its own with PIVOT_WORK_MEM (or the caller's).
 * `source` forces one path (the tests compare them).
 */
export async function pivotFigures(db: Db, actor: Actor, plan: PivotPlan, source: 'auto' | 'live' = 'auto') {
  if (source === 'auto' && rollupAnswers(plan)) return await rollupPivotFigures(db, actor, plan);
  const run = async (trx: Db) => {
    await sql`SELECT set_config('work_mem', ${PIVOT_WORK_MEM}, true)`.execute(trx);
    // Hash joins only: the planner, misjudging how few indicators pass the sharing rule, otherwise loops over
    // them with a bitmap scan each, which reads the whole table once per indicator (2.1 s against 3.2 s on 1M values).
    await sql`SELECT set_config('enable_nestloop', 'off', true)`.execute(trx);
    return (await pivotStatement(actor, plan).execute(trx)).rows;
  };
  return db.isTransaction ? await run(db) : await db.transaction().execute(run);
}

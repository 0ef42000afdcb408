// The pivot read from the rollup (migration 0028, ADR 0025): the same cells as the live
// statement of indicators.pivot.ts, from a few rows per cell instead of every value.
//
// indicator_rollup holds, per indicator × organisation × bucket (quarter or year) ×
// place at each depth of the tree × sharing key (marking, and the author of a RED value), the
// figures of its leaves (series: place × category option): the sum of their values, their
// count, the sum and maximum of their figures and the latest [day, change, figure]. Triggers
// keep it in the transaction of every change of an approved value, so it is never stale.
//
// The sharing rule is evaluated once per key (keyVisible): marking, owner organisation, RED
// author. What a reader sees only through an audience or a named recipient is read live from
// those few values (`extra`) and added beside the rollup as leaves of their own. That is exact
// whenever no leaf mixes sharing keys in a bucket — always for sums; an indicator with another
// rule whose rollup at the asked level has a mixed leaf (flagged `mixed`), and a cumulative
// indicator with another space rule than sum, are read live instead (liveCells, in the same statement).
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { places } from '../locations/locations.sql.ts';
import { rowIdsSharedWith, visibleTo } from '../sharing/sharing.sql.ts';
import { type PivotDimension, type PivotPlan, labelledCells, liveCells } from './indicators.pivot.ts';

type Level = 'quarter' | 'year';

/** Whether the rollup answers this plan: approved values only, no filter on places, options or periods, periods by quarter or year, places at a depth. */
export function rollupAnswers(plan: PivotPlan): boolean {
  if (plan.includeSubmitted || plan.locationId || plan.categoryOption || plan.periodFrom || plan.periodTo) return false;
  if (!plan.dims.some((d) => d.kind === 'period')) return false;
  return plan.dims.every(
    (d) =>
      d.kind === 'indicator' ||
      d.kind === 'line' ||
      d.kind === 'organisation' ||
      (d.kind === 'period' && (d.level === 'quarter' || d.level === 'year')) ||
      (d.kind === 'location' && d.depth !== null && d.depth >= 0),
  );
}

const levelOf = (plan: PivotPlan): Level => {
  const p = plan.dims.find((d) => d.kind === 'period');
  return p?.kind === 'period' && p.level === 'year' ? 'year' : 'quarter';
};

const depthOf = (plan: PivotPlan): number => {
  const l = plan.dims.find((d) => d.kind === 'location');
  return l?.kind === 'location' && l.depth !== null ? l.depth : 0;
};

/**
 * visibleTo without its audience and recipients: the part of the rule a rollup row's key
 * decides alone (alias: a row with marking, owner_org_id and the RED author in `author`).
 */
export function keyVisible(actor: Actor, alias: string, author: string): RawBuilder<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  if (actor.kind === 'system') return sql<SqlBool>`true`;
  if (actor.kind === 'anonymous') return sql<SqlBool>`${col('marking')} = 'CLEAR'`;
  const red = sql<SqlBool>`(${col('marking')} = 'RED' AND ${col(author)} = ${actor.userId})`;
  if (actor.orgKind === 'secretariat') return sql<SqlBool>`(${col('marking')} <> 'RED' OR ${red})`;
  return sql<SqlBool>`(${col('marking')} IN ('CLEAR', 'GREEN') OR (${col('marking')} IN ('AMBER', 'AMBER+STRICT') AND ${col('owner_org_id')} = ${actor.orgId}) OR ${red})`;
}

/**
 * The ids of the values the reader is named on (audience or recipient, through the sharing
 * module's lookup): the only ones it may see beyond keyVisible.
 */
function namedFor(actor: Actor): RawBuilder<unknown> | null {
  return actor.kind === 'user' ? sql`(${rowIdsSharedWith(actor, 'indicator_value')})` : null;
}

/** The indicators the rollup cannot answer exactly for this plan: read live. */
export async function liveIndicators(db: Db, actor: Actor, plan: PivotPlan): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT i.id FROM indicator i
    WHERE ${visibleTo(actor, 'indicator', 'i')}
      ${plan.indicatorId ? sql`AND i.id = ${plan.indicatorId}` : sql``}
      ${plan.lineId ? sql`AND i.line_id = ${plan.lineId}` : sql``}
      AND ((i.time_aggregation = 'cumulative' AND i.space_aggregation <> 'sum')
        OR (NOT (i.space_aggregation = 'sum' AND i.time_aggregation <> 'latest')
            AND EXISTS (SELECT 1 FROM indicator_rollup m WHERE m.indicator_id = i.id AND m.level = ${levelOf(plan)} AND m.mixed)))
    ORDER BY i.id`.execute(db);
  return rows.map((r) => r.id);
}

/** The statement: the cells from the rollup, and those of the indicators in `live` from the live table. */
export function rollupPivotStatement(actor: Actor, plan: PivotPlan, live: string[]) {
  const level = levelOf(plan);
  const depth = depthOf(plan);
  const hasPlace = plan.dims.some((d) => d.kind === 'location');
  const named = namedFor(actor);
  const ind = [visibleTo(actor, 'indicator', 'i'), sql`NOT (i.id = ANY(${live}::uuid[]))`];
  if (plan.indicatorId) ind.push(sql`i.id = ${plan.indicatorId}`);
  if (plan.lineId) ind.push(sql`i.line_id = ${plan.lineId}`);
  const org = (alias: string) => (plan.organisationId ? sql`AND ${sql.ref(`${alias}.owner_org_id`)} = ${plan.organisationId}` : sql``);

  const column = (d: PivotDimension): RawBuilder<unknown> =>
    d.kind === 'indicator'
      ? sql`x.indicator_id`
      : d.kind === 'line'
        ? sql`x.line_id`
        : d.kind === 'organisation'
          ? sql`x.owner_org_id`
          : d.kind === 'period'
            ? sql`x.bucket`
            : sql`x.place_id`;
  const keys = plan.dims.map((d, n) => sql`${column(d)} AS ${sql.id(`k${n}`)}`);
  const groupBy = plan.dims.map((_, n) => sql.lit(n + 1));
  // Cumulative cells: every key but the period's, then the bucket.
  const other = plan.dims.map((d, n) => ({ d, n })).filter(({ d }) => d.kind !== 'period');
  const periodAt = plan.dims.findIndex((d) => d.kind === 'period');
  const indicatorAt = plan.dims.findIndex((d) => d.kind === 'indicator');
  const k = (alias: string, n: number) => sql.ref(`${alias}.k${n}`);
  const sameCell = sql.join(
    other.map(({ n }) => sql`${k('t', n)} IS NOT DISTINCT FROM ${k('c', n)}`),
    sql` AND `,
  );

  // The values seen only through an audience or a recipient, each leaf (series × bucket) of them
  // as one row beside the rollup's: its total, its figure, and its latest [day, change, figure].
  const figure = sql`CASE WHEN min(e.ta) = 'latest' THEN (max(ARRAY[(e.period_start - DATE '2000-01-01')::numeric, e.value]))[2] ELSE sum(e.value) END`;
  const extra = named
    ? sql`
      UNION ALL
      SELECT e.indicator_id, e.line_id, e.owner_org_id, e.bucket, max(e.bucket_end), e.place_id, min(e.unit), min(e.sa), min(e.ta),
             sum(e.value), 1, ${figure}, ${figure},
             ARRAY[(max(e.period_start) - DATE '2000-01-01')::numeric, extract(epoch FROM max(e.updated_at))::numeric, ${figure}]
      FROM (
        SELECT v.indicator_id, i.line_id, v.owner_org_id, v.location_id, v.category_option, v.value, v.period_start, v.updated_at, i.unit, i.sa, i.ta,
               indicator_rollup_bucket(${level}, v.period_start, i.period_type) AS bucket,
               indicator_rollup_bucket_end(indicator_rollup_bucket(${level}, v.period_start, i.period_type)) AS bucket_end,
               ${hasPlace ? sql`lp.path[least(${depth + 1}, cardinality(lp.path))]` : sql`NULL::uuid`} AS place_id
        FROM ${named} s(id) JOIN indicator_value v ON v.id = s.id JOIN ind i ON i.id = v.indicator_id
        ${hasPlace ? sql`LEFT JOIN lp ON lp.id = v.location_id` : sql``}
        WHERE v.status = 'approved' AND ${visibleTo(actor, 'indicator_value', 'v')} AND NOT ${keyVisible(actor, 'v', 'created_by')} ${org('v')}
      ) e
      GROUP BY e.indicator_id, e.line_id, e.owner_org_id, e.bucket, e.place_id, e.location_id, e.category_option`
    : sql``;
  const paths =
    named && hasPlace
      ? sql`lp AS (
        SELECT pl.id, ARRAY[pl.id] AS path FROM ${places('pl')} WHERE pl.parent_id IS NULL
        UNION ALL SELECT pc.id, lp.path || pc.id FROM ${places('pc')} JOIN lp ON pc.parent_id = lp.id
      ),`
      : sql``;
  const otherKeys = other.map(({ n }) => k('c', n));

  const cells = sql`
    WITH RECURSIVE ${paths}
    ind AS (
      SELECT i.id, i.line_id, i.unit, i.space_aggregation AS sa, i.time_aggregation AS ta, i.period_type FROM indicator i
      WHERE ${sql.join(ind, sql` AND `)}
    ),
    -- The rollup's rows at the level and depth asked (a place above that depth counts as itself) whose key the reader sees, and the extra leaves.
    x AS (
      SELECT r.indicator_id, i.line_id, r.owner_org_id, r.bucket, r.bucket_end, ${hasPlace ? sql`r.place_id` : sql`NULL::uuid`} AS place_id,
             i.unit, i.sa, i.ta, r.total, r.n_leaves, r.leaf_sum, r.leaf_max, r.latest
      FROM indicator_rollup r JOIN ind i ON i.id = r.indicator_id
      WHERE r.level = ${level} AND (r.depth = ${depth} OR (r.depth < ${depth} AND r.own)) AND ${keyVisible(actor, 'r', 'red_author')} ${org('r')}
      ${extra}
    ),
    -- Cumulative indicators (summed over places): each cell's totals by bucket, run on through every later bucket of its indicator.
    cum_t AS (
      SELECT ${sql.join(
        other.map(({ d, n }) => sql`${column(d)} AS ${sql.id(`k${n}`)}`),
        sql`, `,
      )}, x.bucket, max(x.bucket_end) AS bucket_end, min(x.unit) AS unit, sum(x.total) AS total
      FROM x WHERE x.ta = 'cumulative'
      GROUP BY ${sql.join(
        other.map((_, j) => sql.lit(j + 1)),
        sql`, `,
      )}, ${sql.lit(other.length + 1)}
    ),
    cum_b AS (SELECT DISTINCT x.indicator_id, x.bucket, x.bucket_end FROM x WHERE x.ta = 'cumulative'),
    cum_c AS (
      SELECT ${sql.join(
        other.map(({ n }) => k('t', n)),
        sql`, `,
      )}, min(t.unit) AS unit, min(t.bucket_end) AS first_end FROM cum_t t
      GROUP BY ${sql.join(
        other.map((_, j) => sql.lit(j + 1)),
        sql`, `,
      )}
    )
    SELECT ${sql.join(keys, sql`, `)}, min(x.unit) AS unit,
           CASE min(x.sa)
             WHEN 'sum' THEN sum(x.leaf_sum)
             WHEN 'mean' THEN sum(x.leaf_sum) / sum(x.n_leaves)
             WHEN 'max' THEN max(x.leaf_max)
             ELSE (max(x.latest))[3]
           END AS value
    FROM x WHERE x.ta <> 'cumulative'
    GROUP BY ${sql.join(groupBy, sql`, `)}
    UNION ALL
    SELECT ${sql.join(
      plan.dims.map((d, n) => (d.kind === 'period' ? sql`b.bucket AS ${sql.id(`k${n}`)}` : sql`${k('c', n)} AS ${sql.id(`k${n}`)}`)),
      sql`, `,
    )}, c.unit, sum(coalesce(t.total, 0)) OVER (PARTITION BY ${sql.join(otherKeys, sql`, `)} ORDER BY b.bucket_end) AS value
    FROM cum_c c
    JOIN cum_b b ON b.indicator_id = ${k('c', indicatorAt)} AND b.bucket_end >= c.first_end
    LEFT JOIN cum_t t ON ${sameCell} AND t.bucket IS NOT DISTINCT FROM b.bucket`;
  void periodAt;
  return labelledCells(plan, live.length ? sql`${cells} UNION ALL SELECT * FROM (${liveCells(actor, plan, live)}) lc` : cells);
}

/** The pivot's figures from the rollup (the plan answered by it: rollupAnswers), the indicators it cannot answer exactly read live. */
export async function rollupPivotFigures(db: Db, actor: Actor, plan: PivotPlan) {
  const live = await liveIndicators(db, actor, plan);
  return (await rollupPivotStatement(actor, plan, live).execute(db)).rows;
}

// The pivot over reported values, as one SQL statement on the live table: no batch tables,
// so a value approved a moment ago is in the very next answer. The sharing rule is inside
// it (visibleTo of the value and of its indicator), so a hidden value changes no total.
//
// How values add up (ADR 0020), per indicator:
// 1. a *leaf* is one reporting series: indicator × place × organisation × category option;
// 2. across time, within a leaf, for each period bucket of the answer (the period rolled up
//    to month, quarter or year; all time when the period is no dimension): `sum` adds the
//    bucket's values, `latest` takes the value of its latest period, `cumulative` adds every
//    value up to the bucket's end (earlier buckets included, carried into later ones);
// 3. across space and organisations, over the leaves of a cell: `sum`, `mean` (of the
//    leaves' figures), `max`, or `latest` (the leaf whose figure is of the latest period; a tie
//    goes to the leaf changed last, then to the larger figure).
// An indicator summed both ways skips the leaves: its values go straight into its cells.
// The indicator is always one of the cell's keys, so figures in different units never mix.
//
// Kept in the indicators module: the analytics home's coverage queries are written for
// contributions and needs, and sharing their machinery would have meant rewriting them.
import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../infra/actor.ts';
import { joinFrameworkNode } from '../framework/framework.sql.ts';
import { joinLocation, places, subtreeOf } from '../locations/locations.sql.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { exportableBy, visibleTo } from '../sharing/sharing.sql.ts';
import type { Period } from './indicators.period.ts';
import type { PeriodType } from './indicators.table.ts';

export type PivotDimension =
  | { kind: 'indicator' | 'line' | 'organisation' | 'category' }
  | { kind: 'period'; level: PeriodType | null }
  | { kind: 'location'; depth: number | null };

export interface PivotPlan {
  /** Row dimensions, then column dimensions. */
  dims: PivotDimension[];
  includeSubmitted: boolean;
  /** The sharing rule: what the reader may see ('read', the default), or what they may pass on in a file ('export': exportableBy). */
  rule?: 'read' | 'export';
  indicatorId?: string;
  lineId?: string;
  locationId?: string;
  organisationId?: string;
  categoryOption?: string;
  periodFrom?: Period;
  periodTo?: Period;
}

/** One cell: its keys and labels (k0…, l0… in the plan's order of dimensions), the unit and the figure as a decimal string. */
export type PivotFigure = Record<string, string | null> & { unit: string; value: string };

/** `location:1` → { kind: 'location', depth: 1 }; `period:quarter` → { kind: 'period', level: 'quarter' }. */
export function parseDimension(text: string): PivotDimension {
  const [kind, arg] = text.split(':') as [string, string | undefined];
  if (kind === 'period') return { kind, level: (arg as PeriodType | undefined) ?? null };
  if (kind === 'location') return { kind, depth: arg === undefined ? null : Number(arg) };
  return { kind: kind as 'indicator' | 'line' | 'organisation' | 'category' };
}

export const dimensionName = (d: PivotDimension) =>
  d.kind === 'period' ? (d.level ? `period:${d.level}` : 'period') : d.kind === 'location' ? (d.depth === null ? 'location' : `location:${d.depth}`) : d.kind;

/** A key no place has, for joining series whose place is none. */
const NO_PLACE = sql`'00000000-0000-0000-0000-000000000000'::uuid`;

const RANK: Record<PeriodType, number> = { month: 1, quarter: 2, year: 3 };

/** The bucket a value falls in and the bucket's last day: its own period, or the coarser one asked for. */
function bucketOf(dim: PivotDimension | undefined): { key: RawBuilder<unknown>; end: RawBuilder<unknown> } {
  if (dim?.kind !== 'period') return { key: sql`NULL::text`, end: sql`'infinity'::date` };
  if (!dim.level || dim.level === 'month') return { key: sql`v.period`, end: sql`v.period_end` };
  // A value already as coarse as the level (or coarser) keeps its own period.
  const ownRank = sql`(CASE i.period_type WHEN 'month' THEN 1 WHEN 'quarter' THEN 2 ELSE 3 END)`;
  const coarser = sql`${RANK[dim.level]} > ${ownRank}`;
  if (dim.level === 'quarter')
    return {
      key: sql`CASE WHEN ${coarser} THEN to_char(v.period_start, 'YYYY"Q"Q') ELSE v.period END`,
      end: sql`CASE WHEN ${coarser} THEN (date_trunc('quarter', v.period_start) + interval '3 months' - interval '1 day')::date ELSE v.period_end END`,
    };
  return {
    key: sql`CASE WHEN ${coarser} THEN to_char(v.period_start, 'YYYY') ELSE v.period END`,
    end: sql`CASE WHEN ${coarser} THEN make_date(extract(year FROM v.period_start)::int, 12, 31) ELSE v.period_end END`,
  };
}

/** The columns a cell's keys are taken from: `f.` of the series' figures, or `v.`/`i.` of the values themselves. */
type KeyColumns = Record<'indicator' | 'line' | 'organisation' | 'category' | 'period' | 'location', RawBuilder<unknown>>;

const FIGURE_COLUMNS: KeyColumns = {
  indicator: sql`f.indicator_id`,
  line: sql`f.line_id`,
  organisation: sql`f.owner_org_id`,
  category: sql`f.category_option`,
  period: sql`f.bucket`,
  location: sql`f.location_id`,
};

function keyOf(dim: PivotDimension, c: KeyColumns): RawBuilder<unknown> {
  // The place's ancestor at that depth of the tree (0: the country); a place above it stays itself.
  if (dim.kind === 'location' && dim.depth !== null) return sql`lp.path[least(${dim.depth + 1}, cardinality(lp.path))]`;
  return c[dim.kind];
}

function labelOf(dim: PivotDimension, n: number): { join: RawBuilder<unknown>; label: RawBuilder<unknown> } {
  const key = sql.ref(`g.k${n}`);
  const alias = `d${n}`;
  switch (dim.kind) {
    case 'indicator':
      return { join: sql`LEFT JOIN indicator ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${key}`, label: sql.ref(`${alias}.name`) };
    case 'line':
      return { join: joinFrameworkNode(alias, key, 'LEFT JOIN'), label: sql.ref(`${alias}.name`) };
    case 'organisation':
      return { join: joinOrganisation(alias, key, 'LEFT JOIN'), label: sql.ref(`${alias}.name`) };
    case 'location':
      return { join: joinLocation(alias, key, 'LEFT JOIN'), label: sql`coalesce(${sql.ref(`${alias}.name`)}, '(no place)')` };
    case 'category':
      return { join: sql``, label: sql`coalesce(${key}, '(total)')` };
    case 'period':
      return { join: sql``, label: sql`coalesce(${key}, '')` };
  }
}

/** The statement: one row per non-empty cell, labelled and in order. */
export function pivotStatement(actor: Actor, plan: PivotPlan) {
  return labelledCells(plan, liveCells(actor, plan));
}

/** The cells (k0…, unit, value) labelled (l0…) and in the order of their labels, then keys. */
export function labelledCells(plan: PivotPlan, cells: RawBuilder<unknown>) {
  const labels = plan.dims.map((d, n) => labelOf(d, n));
  return sql<PivotFigure>`
    SELECT ${sql.join(
      plan.dims.map((_, n) => sql`${sql.ref(`g.k${n}`)}::text AS ${sql.id(`k${n}`)}, ${labels[n]!.label}::text AS ${sql.id(`l${n}`)}`),
      sql`, `,
    )}, g.unit, trim_scale(round(g.value, 6))::text AS value
    FROM (${cells}) g
    ${sql.join(
      labels.map((l) => l.join),
      sql` `,
    )}
    ORDER BY ${sql.join(
      plan.dims.map((_, n) => sql`${sql.id(`l${n}`)}, ${sql.id(`k${n}`)}`),
      sql`, `,
    )}`;
}

/** The cells (k0…, unit, value) read from the live table; only the indicators `onlyIndicators` when given (those the rollup cannot answer exactly). */
export function liveCells(actor: Actor, plan: PivotPlan, onlyIndicators?: string[]) {
  const period = plan.dims.find((d) => d.kind === 'period');
  const bucket = bucketOf(period);
  const needsPaths = plan.dims.some((d) => d.kind === 'location' && d.depth !== null);
  const statuses = plan.includeSubmitted ? ['approved', 'submitted'] : ['approved'];
  const allowed = plan.rule === 'export' ? exportableBy : visibleTo;
  const where = [sql`v.status = ANY(${statuses}::text[])`, allowed(actor, 'indicator_value', 'v'), allowed(actor, 'indicator', 'i')];
  if (plan.indicatorId) where.push(sql`v.indicator_id = ${plan.indicatorId}`);
  if (onlyIndicators) where.push(sql`v.indicator_id = ANY(${onlyIndicators}::uuid[])`);
  if (plan.lineId) where.push(sql`i.line_id = ${plan.lineId}`);
  if (plan.locationId) where.push(sql`v.location_id IN ${subtreeOf(plan.locationId)}`);
  if (plan.organisationId) where.push(sql`v.owner_org_id = ${plan.organisationId}`);
  if (plan.categoryOption) where.push(sql`v.category_option = ${plan.categoryOption}`);
  if (plan.periodTo) where.push(sql`v.period_end <= ${plan.periodTo.end}::date`);
  // A cumulative indicator counts what came before the first period shown.
  if (plan.periodFrom) where.push(sql`(i.time_aggregation = 'cumulative' OR v.period_start >= ${plan.periodFrom.start}::date)`);
  const plainSum = sql`(i.time_aggregation = 'sum' AND i.space_aggregation = 'sum')`;
  const shownFrom = plan.periodFrom && period ? sql`WHERE f.bucket_end >= ${plan.periodFrom.start}::date` : sql``;

  const keys = plan.dims.map((d, n) => sql`${keyOf(d, FIGURE_COLUMNS)} AS ${sql.id(`k${n}`)}`);
  const valueColumns: KeyColumns = {
    indicator: sql`v.indicator_id`,
    line: sql`i.line_id`,
    organisation: sql`v.owner_org_id`,
    category: sql`v.category_option`,
    period: bucket.key,
    location: sql`v.location_id`,
  };
  const plainKeys = plan.dims.map((d, n) => sql`${keyOf(d, valueColumns)} AS ${sql.id(`k${n}`)}`);
  const groupBy = plan.dims.map((_, n) => sql.lit(n + 1));
  const paths = needsPaths
    ? sql`lp AS (
        SELECT pl.id, ARRAY[pl.id] AS path FROM ${places('pl')} WHERE pl.parent_id IS NULL
        UNION ALL SELECT pc.id, lp.path || pc.id FROM ${places('pc')} JOIN lp ON pc.parent_id = lp.id
      ),`
    : sql``;

  return sql`
    WITH RECURSIVE ${paths}
    -- The values of indicators whose figures are not plain sums, by series and bucket.
    v AS (
      SELECT v.indicator_id, v.location_id, v.owner_org_id, v.category_option, v.value, v.period_start, v.updated_at,
             ${bucket.key} AS bucket, ${bucket.end} AS bucket_end
      FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
      WHERE ${sql.join(where, sql` AND `)} AND NOT ${plainSum}
    ),
    -- Each series' figures per bucket: plain aggregates, so PostgreSQL hashes them (the value of
    -- the latest period is the last element of the largest [day, value] pair: periods are unique in a series).
    leaf AS (
      SELECT l.*, i.line_id, i.time_aggregation AS ta, i.space_aggregation AS sa, i.unit
      FROM (
        SELECT v.indicator_id, v.location_id, v.owner_org_id, v.category_option, v.bucket, max(v.bucket_end) AS bucket_end,
               sum(v.value) AS total, (max(ARRAY[(v.period_start - DATE '2000-01-01')::numeric, v.value]))[2] AS last_value,
               max(v.period_start) AS last_start, max(v.updated_at) AS last_updated
        FROM v
        GROUP BY v.indicator_id, v.location_id, v.owner_org_id, v.category_option, v.bucket
      ) l
      JOIN indicator i ON i.id = l.indicator_id
    ),
    -- A cumulative series runs on through every later bucket of its indicator: the grid of its
    -- buckets from its first one on, its own totals where it has them, and a running sum.
    cum_series AS (
      SELECT l.indicator_id, l.line_id, l.location_id, l.owner_org_id, l.category_option, l.sa, l.unit, min(l.bucket_end) AS first_end
      FROM leaf l WHERE l.ta = 'cumulative'
      GROUP BY l.indicator_id, l.line_id, l.location_id, l.owner_org_id, l.category_option, l.sa, l.unit
    ),
    cum_grid AS (
      SELECT s.indicator_id, s.line_id, s.location_id, s.owner_org_id, s.category_option, s.sa, s.unit, b.bucket, b.bucket_end,
             l.total, l.last_start, l.last_updated
      FROM cum_series s
      JOIN (SELECT DISTINCT l.indicator_id, l.bucket, l.bucket_end FROM leaf l WHERE l.ta = 'cumulative') b
        ON b.indicator_id = s.indicator_id AND b.bucket_end >= s.first_end
      LEFT JOIN leaf l ON l.indicator_id = s.indicator_id AND l.owner_org_id = s.owner_org_id
        AND coalesce(l.location_id, ${NO_PLACE}) = coalesce(s.location_id, ${NO_PLACE})
        AND coalesce(l.category_option, '') = coalesce(s.category_option, '') AND coalesce(l.bucket, '') = coalesce(b.bucket, '')
    ),
    fig AS (
      SELECT l.indicator_id, l.line_id, l.location_id, l.owner_org_id, l.category_option, l.bucket, l.bucket_end, l.sa, l.unit,
             CASE WHEN l.ta = 'latest' THEN l.last_value ELSE l.total END AS figure, l.last_start, l.last_updated
      FROM leaf l WHERE l.ta <> 'cumulative'
      UNION ALL
      SELECT g.indicator_id, g.line_id, g.location_id, g.owner_org_id, g.category_option, g.bucket, g.bucket_end, g.sa, g.unit,
             sum(coalesce(g.total, 0)) OVER w, max(g.last_start) OVER w, max(g.last_updated) OVER w
      FROM cum_grid g
      WINDOW w AS (PARTITION BY g.indicator_id, g.location_id, g.owner_org_id, g.category_option ORDER BY g.bucket_end)
    )
    SELECT g.* FROM (
      SELECT ${sql.join(keys, sql`, `)}, min(f.unit) AS unit,
             CASE min(f.sa)
               WHEN 'sum' THEN sum(f.figure)
               WHEN 'mean' THEN avg(f.figure)
               WHEN 'max' THEN max(f.figure)
               ELSE (max(ARRAY[(f.last_start - DATE '2000-01-01')::numeric, extract(epoch FROM f.last_updated)::numeric, f.figure]))[3]
             END AS value
      FROM fig f ${needsPaths ? sql`LEFT JOIN lp ON lp.id = f.location_id` : sql``}
      ${shownFrom}
      GROUP BY ${sql.join(groupBy, sql`, `)}
      UNION ALL
      -- An indicator summed over periods and over places adds its values straight into its cells: a plain GROUP BY
      -- (its values' periods start on or after periodFrom, so no bucket before it is shown).
      SELECT ${sql.join(plainKeys, sql`, `)}, min(i.unit) AS unit, sum(v.value) AS value
      FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id ${needsPaths ? sql`LEFT JOIN lp ON lp.id = v.location_id` : sql``}
      WHERE ${sql.join(where, sql` AND `)} AND ${plainSum}
      GROUP BY ${sql.join(groupBy, sql`, `)}
    ) g`;
}

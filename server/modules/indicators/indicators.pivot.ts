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
//    leaves' figures), `max`, or `latest` (the leaf whose figure is of the latest period).
// The indicator is always one of the cell's keys, so figures in different units never mix.
//
// Kept in the indicators module: the analytics home's coverage queries are written for
// contributions and needs, and sharing their machinery would have meant rewriting them.
import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../infra/actor.ts';
import { joinFrameworkNode } from '../framework/framework.sql.ts';
import { joinLocation, places, subtreeOf } from '../locations/locations.sql.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { visibleTo } from '../sharing/sharing.sql.ts';
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

function keyOf(dim: PivotDimension): RawBuilder<unknown> {
  switch (dim.kind) {
    case 'indicator':
      return sql`f.indicator_id`;
    case 'line':
      return sql`f.line_id`;
    case 'organisation':
      return sql`f.owner_org_id`;
    case 'category':
      return sql`f.category_option`;
    case 'period':
      return sql`f.bucket`;
    case 'location':
      // The place's ancestor at that depth of the tree (0: the country); a place above it stays itself.
      return dim.depth === null ? sql`f.location_id` : sql`lp.path[least(${dim.depth + 1}, cardinality(lp.path))]`;
  }
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

/** The statement: one row per non-empty cell. */
export function pivotStatement(actor: Actor, plan: PivotPlan) {
  const period = plan.dims.find((d) => d.kind === 'period');
  const bucket = bucketOf(period);
  const needsPaths = plan.dims.some((d) => d.kind === 'location' && d.depth !== null);
  const statuses = plan.includeSubmitted ? ['approved', 'submitted'] : ['approved'];
  const where = [sql`v.status = ANY(${statuses}::text[])`, visibleTo(actor, 'indicator_value', 'v'), visibleTo(actor, 'indicator', 'i')];
  if (plan.indicatorId) where.push(sql`v.indicator_id = ${plan.indicatorId}`);
  if (plan.lineId) where.push(sql`i.line_id = ${plan.lineId}`);
  if (plan.locationId) where.push(sql`v.location_id IN ${subtreeOf(plan.locationId)}`);
  if (plan.organisationId) where.push(sql`v.owner_org_id = ${plan.organisationId}`);
  if (plan.categoryOption) where.push(sql`v.category_option = ${plan.categoryOption}`);
  if (plan.periodTo) where.push(sql`v.period_end <= ${plan.periodTo.end}::date`);
  // A cumulative indicator counts what came before the first period shown.
  if (plan.periodFrom) where.push(sql`(i.time_aggregation = 'cumulative' OR v.period_start >= ${plan.periodFrom.start}::date)`);
  const shownFrom = plan.periodFrom && period ? sql`WHERE f.bucket_end >= ${plan.periodFrom.start}::date` : sql``;

  const keys = plan.dims.map((d, n) => sql`${keyOf(d)} AS ${sql.id(`k${n}`)}`);
  const groupBy = plan.dims.map((_, n) => sql.lit(n + 1));
  const labels = plan.dims.map((d, n) => labelOf(d, n));
  const paths = needsPaths
    ? sql`lp AS (
        SELECT pl.id, ARRAY[pl.id] AS path FROM ${places('pl')} WHERE pl.parent_id IS NULL
        UNION ALL SELECT pc.id, lp.path || pc.id FROM ${places('pc')} JOIN lp ON pc.parent_id = lp.id
      ),`
    : sql``;

  return sql<PivotFigure>`
    WITH RECURSIVE ${paths}
    v AS (
      SELECT v.indicator_id, i.line_id, v.location_id, v.owner_org_id, v.category_option, v.value, v.period_start, v.updated_at,
             i.time_aggregation AS ta, i.space_aggregation AS sa, i.unit, ${bucket.key} AS bucket, ${bucket.end} AS bucket_end
      FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
      WHERE ${sql.join(where, sql` AND `)}
    ),
    leaf AS (
      SELECT v.indicator_id, v.line_id, v.location_id, v.owner_org_id, v.category_option, v.bucket, max(v.bucket_end) AS bucket_end, v.ta, v.sa, v.unit,
             sum(v.value) AS total,
             (array_agg(v.value ORDER BY v.period_start DESC, v.updated_at DESC) FILTER (WHERE v.ta = 'latest'))[1] AS last_value,
             max(v.period_start) AS last_start, max(v.updated_at) AS last_updated
      FROM v
      GROUP BY v.indicator_id, v.line_id, v.location_id, v.owner_org_id, v.category_option, v.bucket, v.ta, v.sa, v.unit
    ),
    run AS (
      SELECT l.*, sum(l.total) OVER (PARTITION BY l.indicator_id, l.location_id, l.owner_org_id, l.category_option ORDER BY l.bucket_end) AS running
      FROM leaf l WHERE l.ta = 'cumulative'
    ),
    fig AS (
      SELECT l.indicator_id, l.line_id, l.location_id, l.owner_org_id, l.category_option, l.bucket, l.bucket_end, l.sa, l.unit,
             CASE WHEN l.ta = 'latest' THEN l.last_value ELSE l.total END AS figure, l.last_start, l.last_updated
      FROM leaf l WHERE l.ta <> 'cumulative'
      UNION ALL
      SELECT r.indicator_id, r.line_id, r.location_id, r.owner_org_id, r.category_option, b.bucket, b.bucket_end, r.sa, r.unit,
             r.running, r.last_start, r.last_updated
      FROM (SELECT DISTINCT run.indicator_id, run.bucket, run.bucket_end FROM run) b
      CROSS JOIN LATERAL (
        SELECT DISTINCT ON (r.location_id, r.owner_org_id, r.category_option) r.*
        FROM run r WHERE r.indicator_id = b.indicator_id AND r.bucket_end <= b.bucket_end
        ORDER BY r.location_id, r.owner_org_id, r.category_option, r.bucket_end DESC
      ) r
    )
    SELECT ${sql.join(
      plan.dims.map((_, n) => sql`${sql.ref(`g.k${n}`)}::text AS ${sql.id(`k${n}`)}, ${labels[n]!.label}::text AS ${sql.id(`l${n}`)}`),
      sql`, `,
    )}, g.unit, trim_scale(round(g.value, 6))::text AS value
    FROM (
      SELECT ${sql.join(keys, sql`, `)}, min(f.unit) AS unit,
             CASE min(f.sa)
               WHEN 'sum' THEN sum(f.figure)
               WHEN 'mean' THEN avg(f.figure)
               WHEN 'max' THEN max(f.figure)
               ELSE (array_agg(f.figure ORDER BY f.last_start DESC, f.last_updated DESC))[1]
             END AS value
      FROM fig f ${needsPaths ? sql`LEFT JOIN lp ON lp.id = f.location_id` : sql``}
      ${shownFrom}
      GROUP BY ${sql.join(groupBy, sql`, `)}
    ) g
    ${sql.join(
      labels.map((l) => l.join),
      sql` `,
    )}
    ORDER BY ${sql.join(
      plan.dims.map((_, n) => sql`${sql.id(`l${n}`)}, ${sql.id(`k${n}`)}`),
      sql`, `,
    )}`;
}

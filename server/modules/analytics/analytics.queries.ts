// Kysely only: the coverage views (the matrix, the map, thin lines and places, likely
// duplication, the gaps file). They read contributions and needs only through the SQL
// fragments those modules export, each under the reader's rule (visibleTo, or exportableBy
// for what leaves the system), so no figure counts a row the reader may not see or pass on.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import {
  type Purpose,
  contributionFilter,
  contributionsAs,
  countsInCoverage,
  coverageLineRows,
  coveragePivotRows,
  coveragePlaceRows,
  joinContributionPlaces,
  summaryAnswers,
} from '../contributions/contributions.sql.ts';
import { frameworkNodeName, joinFrameworkNode, linesOfEffort } from '../framework/framework.sql.ts';
import type { NameLang } from '../../infra/sql-local-name.ts';
import { joinLocation, placeName, places, subtreeOf } from '../locations/locations.sql.ts';
import { joinOrganisation, organisationNameIn } from '../members/members.sql.ts';
import type { NeedExportQuery } from '../needs/needs.schema.ts';
import { type NeedRow, conversionDay, needsWithGaps, placesWithNeeds } from '../needs/needs.sql.ts';
import { convertedWith, rateInForce, ratesLastChangedBy } from '../exchange-rates/exchange-rates.sql.ts';
import type { CoveragePivotDimension, CoveragePivotQuery, CoverageQuery } from './analytics.schema.ts';

/**
 * The organisation × line-of-effort matrix: counts and money per currency, of the rows
 * that count. sum(bigint) is numeric in PostgreSQL, so a sum is exact at any size; it
 * comes back as a decimal string and stays one.
 */
export async function coverageMatrix(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read', lang: NameLang = 'en') {
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
      FROM ${contributionsAs('c')}
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}
      GROUP BY c.owner_org_id, c.line_id, c.currency
    )
    SELECT cells.owner_org_id, ${organisationNameIn('o', lang)} AS org_name, cells.line_id, ${frameworkNodeName('l', lang)} AS line_name, cells.currency, cells.count, cells.amount::text AS amount
    FROM cells
    ${joinOrganisation('o', sql.ref('cells.owner_org_id'))}
    ${joinFrameworkNode('l', sql.ref('cells.line_id'))}
    ORDER BY org_name, l.position, line_name, cells.currency NULLS FIRST`.execute(db);
  return rows;
}

// The "who contributes where" aggregates below first reduce a million contributions to
// their distinct (place or line, organisation) pairs — one parallel hash aggregate —
// and count organisations from those: count(DISTINCT …) over the rows would sort them all.

/** Lines of effort with how many distinct organisations contribute to each (zero included). */
export async function contributorsPerLine(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read', lang: NameLang = 'en') {
  const { rows } = await sql<{ id: string; name: string; contributors: string; only_org: string | null }>`
    WITH pairs AS (
      SELECT DISTINCT c.line_id, c.owner_org_id FROM ${contributionsAs('c')}
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}
    ), per_line AS (
      SELECT line_id, count(*) AS contributors, (array_agg(owner_org_id))[1] AS some_org FROM pairs GROUP BY line_id
    )
    SELECT l.id, ${frameworkNodeName('l', lang)} AS name, coalesce(p.contributors, 0) AS contributors,
           CASE WHEN p.contributors = 1 THEN ${organisationNameIn('o', lang)} END AS only_org
    FROM ${linesOfEffort('l')}
    LEFT JOIN per_line p ON p.line_id = l.id
    ${joinOrganisation('o', sql.ref('p.some_org'), 'LEFT JOIN')}
    WHERE coalesce(p.contributors, 0) <= 1
    ORDER BY coalesce(p.contributors, 0), l.position, name`.execute(db);
  return rows;
}

/** Locations with contributions from exactly one organisation, or needs and no contribution. */
export async function thinLocations(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read', lang: NameLang = 'en') {
  const { rows } = await sql<{ id: string; code: string; name: string; contributors: string; only_org: string | null }>`
    WITH pairs AS (
      SELECT DISTINCT cl.location_id, c.owner_org_id
      FROM ${contributionsAs('c')} ${joinContributionPlaces('cl', 'c')}
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f, purpose)}
    ), per_place AS (
      SELECT location_id, count(*) AS contributors, (array_agg(owner_org_id))[1] AS some_org FROM pairs GROUP BY location_id
    ), needed AS (
      ${placesWithNeeds(actor, purpose)}
    )
    SELECT l.id, l.code, ${placeName('l', lang)} AS name, coalesce(p.contributors, 0) AS contributors,
           CASE WHEN p.contributors = 1 THEN ${organisationNameIn('o', lang)} END AS only_org
    FROM ${places('l')}
    LEFT JOIN per_place p ON p.location_id = l.id
    ${joinOrganisation('o', sql.ref('p.some_org'), 'LEFT JOIN')}
    WHERE (p.location_id IS NOT NULL OR l.id IN (SELECT location_id FROM needed)) AND coalesce(p.contributors, 0) <= 1
    ORDER BY coalesce(p.contributors, 0), name`.execute(db);
  return rows;
}

/**
 * Places on the coverage map: contributions and contributing organisations at each, and
 * how many needs there still have an unmet gap — each place with the country it lies in.
 * Needs follow the line and type filters (status is a contribution's).
 */
export async function placesOnMap(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read', lang: NameLang = 'en') {
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
      FROM ${contributionsAs('c')} ${joinContributionPlaces('cl', 'c')}
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
      SELECT l.id AS location_id, l.id, l.parent_id, l.code, l.level FROM ${places('l')} WHERE l.id IN (SELECT location_id FROM mapped)
      UNION ALL
      SELECT chain.location_id, p.id, p.parent_id, p.code, p.level FROM chain ${joinLocation('p', sql.ref('chain.parent_id'))}
    )
    SELECT l.id, l.code, ${placeName('l', lang)} AS name, l.level, l.latitude, l.longitude, country.code AS country_code, m.contributions, m.organisations, m.open_needs
    FROM mapped m
    ${joinLocation('l', sql.ref('m.location_id'))}
    JOIN chain country ON country.location_id = m.location_id AND country.level = 'country'
    ORDER BY m.contributions DESC, m.open_needs DESC, name`.execute(db);
  return rows;
}

/**
 * Several organisations delivering the same type to the same place in overlapping
 * periods. Each organisation's contributions of a type at a place are first folded into
 * the span from their earliest start to their latest end, so the comparison is between
 * organisations, not between every pair of rows (which is quadratic in a big register).
 */
export async function likelyDuplicates(db: Db, actor: Actor, f: CoverageQuery, purpose: Purpose = 'read', lang: NameLang = 'en') {
  const { rows } = await sql<{ location_id: string; location_name: string; type: string; organisations: string[]; contributions: string }>`
    WITH spans AS (
      SELECT cl.location_id, c.type, c.owner_org_id, count(*) AS contributions,
             daterange(min(coalesce(c.start_date, '-infinity')), max(coalesce(c.end_date, 'infinity')), '[]') AS period
      FROM ${contributionsAs('c')} ${joinContributionPlaces('cl', 'c')}
      WHERE ${countsInCoverage('c')} AND c.status IN ('committed', 'delivered') AND ${contributionFilter(actor, f, purpose)}
      GROUP BY cl.location_id, c.type, c.owner_org_id
    ), overlapping AS (
      SELECT DISTINCT a.location_id, a.type, a.owner_org_id
      FROM spans a JOIN spans b ON b.location_id = a.location_id AND b.type = a.type
        AND b.owner_org_id <> a.owner_org_id AND a.period && b.period
    )
    SELECT o.location_id, ${placeName('l', lang)} AS location_name, o.type,
           array_agg(${organisationNameIn('org', lang)} ORDER BY ${organisationNameIn('org', lang)}) AS organisations, sum(s.contributions) AS contributions
    FROM overlapping o
    JOIN spans s ON s.location_id = o.location_id AND s.type = o.type AND s.owner_org_id = o.owner_org_id
    ${joinLocation('l', sql.ref('o.location_id'))}
    ${joinOrganisation('org', sql.ref('o.owner_org_id'))}
    GROUP BY o.location_id, l.id, o.type
    ORDER BY location_name, o.type, o.location_id
    LIMIT 500`.execute(db);
  return rows;
}

/** The lines of effort in their order, for the matrix's columns (every line, with rows or not). */
export async function linesInOrder(db: Db) {
  const { rows } = await sql<{ id: string; name: string }>`SELECT l.id, l.name FROM ${linesOfEffort('l')} ORDER BY l.position, l.name`.execute(db);
  return rows;
}

/**
 * Needs with their gaps under the export rule, with the list's filters, a batch at a time
 * in (created_at, id) order from where the last batch ended (`after`); with the names of
 * their organisation and line in `lang` beside the stored ones.
 */
export async function exportableNeedGaps(db: Db, actor: Actor, f: NeedExportQuery, after: { created_at: string; id: string } | undefined, limit: number, lang: NameLang = 'en') {
  const filters = [sql`true`];
  if (f.lineId) filters.push(sql`g.line_id = ${f.lineId}`);
  if (f.type) filters.push(sql`g.type = ${f.type}`);
  if (f.locationId) filters.push(sql`g.location_id IN ${subtreeOf(f.locationId)}`);
  if (after) filters.push(sql`(g.created_at, g.id) > (${after.created_at}::timestamptz, ${after.id}::uuid)`);
  const { rows } = await sql<NeedRow & { org_label: string; line_label: string }>`
    SELECT g.*, coalesce(${organisationNameIn('o', lang)}, g.org_name) AS org_label, coalesce(${frameworkNodeName('ln', lang)}, g.line_name) AS line_label
    FROM (${needsWithGaps(actor, 'export')}) g
    ${joinOrganisation('o', sql.ref('g.owner_org_id'), 'LEFT JOIN')}
    ${joinFrameworkNode('ln', sql.ref('g.line_id'), 'LEFT JOIN')}
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY g.created_at, g.id
    LIMIT ${limit}`.execute(db);
  return rows;
}

// The coverage page's answer in two statements instead of five. Each reads the visible
// contributions once, under the same rule and filters as the functions above — from the
// coverage summaries kept in every writing transaction (contributions.sql.ts:
// coverageLineRows, coveragePlaceRows; ADR 0026) when the filters allow, else from the
// rows (a period or a place's subtree is a condition on each row) — and reduces them to a
// small aggregate from which its parts are derived; the parts come back as JSON arrays in
// one row, in the same order as those functions return them. The downloads keep the
// separate functions (they read the rows under the export rule, a file at a time).

/**
 * The matrix and the lines with few contributors, from one reduction of the contributions
 * to their (organisation, line, currency) cells.
 */
export async function coverageByLine(db: Db, actor: Actor, f: CoverageQuery) {
  const { rows } = await sql<{
    cells: { owner_org_id: string; org_name: string; line_id: string; line_name: string; currency: string | null; count: number; amount: string | null }[];
    thin_lines: { id: string; name: string; contributors: number; only_org: string | null }[];
  }>`
    WITH cells AS MATERIALIZED (${
      summaryAnswers(f)
        ? sql`
      SELECT r.owner_org_id, r.line_id, r.currency, sum(r.contributions) AS count, sum(r.amount_minor) AS amount
      FROM (${coverageLineRows(actor, f)}) r
      GROUP BY r.owner_org_id, r.line_id, r.currency`
        : sql`
      SELECT c.owner_org_id, c.line_id, c.currency, count(*) AS count, sum(c.amount_minor) AS amount
      FROM ${contributionsAs('c')}
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f)}
      GROUP BY c.owner_org_id, c.line_id, c.currency`
    }
    ), per_line AS (
      SELECT line_id, count(*) AS contributors, (array_agg(owner_org_id))[1] AS some_org
      FROM (SELECT DISTINCT line_id, owner_org_id FROM cells) pairs GROUP BY line_id
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('owner_org_id', cells.owner_org_id, 'org_name', o.name, 'line_id', cells.line_id, 'line_name', l.name,
                 'currency', cells.currency, 'count', cells.count, 'amount', cells.amount::text)
               ORDER BY o.name, l.position, l.name, cells.currency NULLS FIRST), '[]')
       FROM cells
       ${joinOrganisation('o', sql.ref('cells.owner_org_id'))}
       ${joinFrameworkNode('l', sql.ref('cells.line_id'))}) AS cells,
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'name', l.name, 'contributors', coalesce(p.contributors, 0),
                 'only_org', CASE WHEN p.contributors = 1 THEN o.name END)
               ORDER BY coalesce(p.contributors, 0), l.position, l.name), '[]')
       FROM ${linesOfEffort('l')}
       LEFT JOIN per_line p ON p.line_id = l.id
       ${joinOrganisation('o', sql.ref('p.some_org'), 'LEFT JOIN')}
       WHERE coalesce(p.contributors, 0) <= 1) AS thin_lines`.execute(db);
  return rows[0]!;
}

/**
 * The places with few contributors, the map and the likely duplication, from one reduction
 * of the contributions' places to (place, organisation, type, committed or delivered)
 * groups with their counts and earliest start and latest end.
 */
export async function coverageByPlace(db: Db, actor: Actor, f: CoverageQuery) {
  const needFilters = [sql`true`];
  if (f.lineId) needFilters.push(sql`g.line_id = ${f.lineId}`);
  if (f.type) needFilters.push(sql`g.type = ${f.type}`);
  if (f.locationId) needFilters.push(sql`g.location_id IN ${subtreeOf(f.locationId)}`);
  const { rows } = await sql<{
    thin_places: { id: string; code: string; name: string; contributors: number; only_org: string | null }[];
    places: {
      id: string;
      code: string;
      name: string;
      level: string;
      latitude: number | null;
      longitude: number | null;
      country_code: string;
      contributions: number;
      organisations: number;
      open_needs: number;
    }[];
    duplicates: { location_id: string; location_name: string; type: string; organisations: string[]; contributions: number }[];
  }>`
    WITH RECURSIVE groups AS MATERIALIZED (${
      summaryAnswers(f)
        ? sql`
      SELECT r.location_id, r.owner_org_id, r.type, r.status IN ('committed', 'delivered') AS active, sum(r.contributions) AS contributions,
             min(r.first_day) AS first_day, max(r.last_day) AS last_day
      FROM (${coveragePlaceRows(actor, f)}) r
      GROUP BY r.location_id, r.owner_org_id, r.type, r.status IN ('committed', 'delivered')`
        : sql`
      SELECT cl.location_id, c.owner_org_id, c.type, c.status IN ('committed', 'delivered') AS active, count(*) AS contributions,
             min(coalesce(c.start_date, '-infinity')) AS first_day, max(coalesce(c.end_date, 'infinity')) AS last_day
      FROM ${contributionsAs('c')} ${joinContributionPlaces('cl', 'c')}
      WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, f)}
      GROUP BY cl.location_id, c.owner_org_id, c.type, c.status IN ('committed', 'delivered')`
    }
    ), pairs AS MATERIALIZED (
      SELECT location_id, owner_org_id, sum(contributions) AS contributions FROM groups GROUP BY location_id, owner_org_id
    ), per_place AS (
      SELECT location_id, count(*) AS contributors, sum(contributions) AS contributions, (array_agg(owner_org_id))[1] AS some_org
      FROM pairs GROUP BY location_id
    ), needed AS (
      ${placesWithNeeds(actor, 'read')}
    ), open_needs AS (
      SELECT g.location_id, count(*) AS needs FROM (${needsWithGaps(actor, 'read')}) g
      WHERE g.location_id IS NOT NULL AND (g.unmet_quantity > 0 OR g.unmet_amount > 0) AND ${sql.join(needFilters, sql` AND `)}
      GROUP BY g.location_id
    ), mapped AS (
      SELECT coalesce(k.location_id, n.location_id) AS location_id, coalesce(k.contributions, 0) AS contributions,
             coalesce(k.contributors, 0) AS organisations, coalesce(n.needs, 0) AS open_needs
      FROM per_place k FULL JOIN open_needs n ON n.location_id = k.location_id
    ), chain AS (
      SELECT l.id AS location_id, l.id, l.parent_id, l.code, l.level FROM ${places('l')} WHERE l.id IN (SELECT location_id FROM mapped)
      UNION ALL
      SELECT chain.location_id, p.id, p.parent_id, p.code, p.level FROM chain ${joinLocation('p', sql.ref('chain.parent_id'))}
    ), spans AS (
      SELECT location_id, type, owner_org_id, sum(contributions) AS contributions, daterange(min(first_day), max(last_day), '[]') AS period
      FROM groups WHERE active GROUP BY location_id, type, owner_org_id
    ), overlapping AS (
      SELECT DISTINCT a.location_id, a.type, a.owner_org_id
      FROM spans a JOIN spans b ON b.location_id = a.location_id AND b.type = a.type
        AND b.owner_org_id <> a.owner_org_id AND a.period && b.period
    ), duplicates AS (
      SELECT o.location_id, l.name AS location_name, o.type,
             array_agg(org.name ORDER BY org.name) AS organisations, sum(s.contributions) AS contributions
      FROM overlapping o
      JOIN spans s ON s.location_id = o.location_id AND s.type = o.type AND s.owner_org_id = o.owner_org_id
      ${joinLocation('l', sql.ref('o.location_id'))}
      ${joinOrganisation('org', sql.ref('o.owner_org_id'))}
      GROUP BY o.location_id, l.name, o.type
      ORDER BY l.name, o.type
      LIMIT 500
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'code', l.code, 'name', l.name, 'contributors', coalesce(p.contributors, 0),
                 'only_org', CASE WHEN p.contributors = 1 THEN o.name END)
               ORDER BY coalesce(p.contributors, 0), l.name), '[]')
       FROM ${places('l')}
       LEFT JOIN per_place p ON p.location_id = l.id
       ${joinOrganisation('o', sql.ref('p.some_org'), 'LEFT JOIN')}
       WHERE (p.location_id IS NOT NULL OR l.id IN (SELECT location_id FROM needed)) AND coalesce(p.contributors, 0) <= 1) AS thin_places,
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'code', l.code, 'name', l.name, 'level', l.level, 'latitude', l.latitude,
                 'longitude', l.longitude, 'country_code', country.code, 'contributions', m.contributions, 'organisations', m.organisations,
                 'open_needs', m.open_needs)
               ORDER BY m.contributions DESC, m.open_needs DESC, l.name), '[]')
       FROM mapped m
       ${joinLocation('l', sql.ref('m.location_id'))}
       JOIN chain country ON country.location_id = m.location_id AND country.level = 'country') AS places,
      (SELECT coalesce(json_agg(d ORDER BY d.location_name, d.type), '[]') FROM duplicates d) AS duplicates`.execute(db);
  return rows[0]!;
}

/** A pivot dimension's key over the pivot's rows r (lp: the places' paths from the root, when rolled up). */
function pivotKey(dim: CoveragePivotDimension, placeLevel: number | undefined) {
  switch (dim) {
    case 'organisation':
      return sql`r.owner_org_id::text`;
    case 'line':
      return sql`r.line_id::text`;
    case 'place':
      // The place's ancestor at that depth of the tree (0: the country); a place above it stays itself.
      return placeLevel === undefined ? sql`r.location_id::text` : sql`lp.path[least(${placeLevel + 1}, cardinality(lp.path))]::text`;
    case 'type':
      return sql`r.type`;
    case 'status':
      return sql`r.status`;
    case 'currency':
      return sql`r.currency::text`;
  }
}

/** A dimension's headers for the keys in the CTE `keys`: the organisation's, line's or place's name in `lang`, else the value itself. */
function pivotLabels(dim: CoveragePivotDimension, keys: string, lang: NameLang) {
  const from = sql`(SELECT DISTINCT key FROM ${sql.id(keys)}) k`;
  switch (dim) {
    case 'organisation':
      return sql`SELECT k.key, coalesce(${organisationNameIn('x', lang)}, k.key) AS label FROM ${from} ${joinOrganisation('x', sql`k.key::uuid`, 'LEFT JOIN')}`;
    case 'line':
      return sql`SELECT k.key, coalesce(${frameworkNodeName('x', lang)}, k.key) AS label FROM ${from} ${joinFrameworkNode('x', sql`k.key::uuid`, 'LEFT JOIN')}`;
    case 'place':
      return sql`SELECT k.key, coalesce(${placeName('x', lang)}, k.key) AS label FROM ${from} ${joinLocation('x', sql`k.key::uuid`, 'LEFT JOIN')}`;
    default:
      return sql`SELECT k.key, coalesce(k.key, 'none') AS label FROM ${from}`;
  }
}

/**
 * The pivot over contributions: (row, column, currency) cells with their counts and money,
 * and the two dimensions' headers, from the rows coveragePivotRows gives (the coverage
 * summaries when they answer the filters, under the same rule as the coverage answer).
 */
export async function coveragePivot(db: Db, actor: Actor, f: CoveragePivotQuery, purpose: Purpose = 'read', lang: NameLang = 'en') {
  const { rows: rowDim, columns: colDim, placeLevel, currency, ...filter } = f;
  const byPlace = rowDim === 'place' || colDim === 'place';
  if (currency && !byPlace) return await convertedPivot(db, actor, f, currency, purpose, lang);
  const rolled = byPlace && placeLevel !== undefined;
  const paths = rolled
    ? sql`lp AS (
        SELECT pl.id, ARRAY[pl.id] AS path FROM ${places('pl')} WHERE pl.parent_id IS NULL
        UNION ALL SELECT pc.id, lp.path || pc.id FROM ${places('pc')} JOIN lp ON pc.parent_id = lp.id
      ),`
    : sql``;
  const { rows } = await sql<{
    cells: { row: string | null; column: string | null; currency: string | null; count: string; amount: string | null; not_converted?: NotConverted[] }[];
    row_headers: { key: string | null; label: string }[];
    column_headers: { key: string | null; label: string }[];
  }>`
    WITH RECURSIVE ${paths} cells AS MATERIALIZED (
      SELECT ${pivotKey(rowDim, placeLevel)} AS row, ${pivotKey(colDim, placeLevel)} AS col, r.currency::text AS currency,
             sum(r.contributions) AS count, sum(r.amount_minor) AS amount
      FROM (${coveragePivotRows(actor, filter, byPlace, purpose)}) r ${rolled ? sql`LEFT JOIN lp ON lp.id = r.location_id` : sql``}
      GROUP BY 1, 2, 3
    ), row_cells AS (SELECT row AS key FROM cells), col_cells AS (SELECT col AS key FROM cells),
    row_headers AS (${pivotLabels(rowDim, 'row_cells', lang)}),
    col_headers AS (${pivotLabels(colDim, 'col_cells', lang)})
    SELECT
      (SELECT coalesce(json_agg(json_build_object('row', c.row, 'column', c.col, 'currency', c.currency, 'count', c.count::text, 'amount', c.amount::text)
               ORDER BY c.row, c.col, c.currency NULLS FIRST), '[]') FROM cells c) AS cells,
      (SELECT coalesce(json_agg(json_build_object('key', h.key, 'label', h.label) ORDER BY h.label, h.key NULLS FIRST), '[]') FROM row_headers h) AS row_headers,
      (SELECT coalesce(json_agg(json_build_object('key', h.key, 'label', h.label) ORDER BY h.label, h.key NULLS FIRST), '[]') FROM col_headers h) AS column_headers`.execute(db);
  return rows[0]!;
}

/** A pivot cell summed in one currency: its contributions with an amount but no rate in force, per original currency. */
export interface NotConverted {
  currency: string;
  count: number;
}

/**
 * The pivot with every sum converted into `target` (ADR 0034): each contribution's amount at
 * the rate in force on its start date, else the day it was recorded (needs' conversionDay,
 * the rule of ADR 0031); the amounts of a cell in one currency converted on one day share
 * that rate, so they are summed first and rounded once, to a whole minor unit;
 * one with an amount and no rate is in no sum but counted, per currency, in the cell's
 * not_converted. Read live from the rows under the reader's rule (the summaries keep no
 * dates); the rate is looked up once per currency and day the rates changed
 * (ratesLastChangedBy), not per row nor per day. One cell per
 * (row, column), its currency `target` when any amount was converted.
 */
async function convertedPivot(db: Db, actor: Actor, f: CoveragePivotQuery, target: string, purpose: Purpose, lang: NameLang) {
  const { rows: rowDim, columns: colDim, placeLevel, currency: _, ...filter } = f;
  const to = sql`${target}::char(3)`;
  const { rows } = await sql<{
    cells: { row: string | null; column: string | null; currency: string | null; count: string; amount: string | null; not_converted: NotConverted[] }[];
    row_headers: { key: string | null; label: string }[];
    column_headers: { key: string | null; label: string }[];
  }>`
    WITH src AS MATERIALIZED (
      -- The visible rows grouped by cell, currency and conversion day: one rate and one rounding per group.
      SELECT ${pivotKey(rowDim, placeLevel)} AS row, ${pivotKey(colDim, placeLevel)} AS col, r.currency, r.day,
             count(*) AS count, sum(r.amount_minor) AS amount_minor, count(r.amount_minor) AS with_amount
      FROM (
        SELECT c.owner_org_id, c.line_id, c.type, c.status, c.currency, c.amount_minor::numeric AS amount_minor, ${conversionDay('c')} AS day
        FROM ${contributionsAs('c')}
        WHERE ${countsInCoverage('c')} AND ${contributionFilter(actor, filter, purpose)}
      ) r
      GROUP BY 1, 2, 3, 4
    ), currency_days AS (
      -- Each (currency, day) to convert, with the day the rates last changed by it: the same rate in force, looked up once.
      SELECT k.currency, k.day, ${ratesLastChangedBy(sql.ref('k.day'))} AS rates_day
      FROM (SELECT DISTINCT s.currency, s.day FROM src s WHERE s.amount_minor IS NOT NULL AND s.currency <> ${to}) k
    ), rated AS (
      SELECT k.currency, k.rates_day, x.minor_n, x.minor_d
      FROM (SELECT DISTINCT d.currency, d.rates_day FROM currency_days d WHERE d.rates_day IS NOT NULL) k
      LEFT JOIN LATERAL ${rateInForce(sql.ref('k.currency'), to, sql.ref('k.rates_day'))} x ON true
    ), rates AS (
      SELECT d.currency, d.day, r.minor_n, r.minor_d FROM currency_days d LEFT JOIN rated r ON r.currency = d.currency AND r.rates_day = d.rates_day
    ), by_currency AS (
      SELECT s.row, s.col, s.currency::text AS currency, sum(s.count) AS count,
             sum(${convertedWith(sql.ref('s.amount_minor'), sql.ref('s.currency'), to, 'x')}) AS amount,
             coalesce(sum(s.with_amount) FILTER (WHERE s.amount_minor IS NOT NULL AND ${convertedWith(sql.ref('s.amount_minor'), sql.ref('s.currency'), to, 'x')} IS NULL), 0) AS not_converted
      FROM src s LEFT JOIN rates x ON x.currency = s.currency AND x.day = s.day
      GROUP BY 1, 2, 3
    ), cells AS MATERIALIZED (
      SELECT b.row, b.col, CASE WHEN bool_or(b.amount IS NOT NULL) THEN ${target}::text END AS currency, sum(b.count) AS count, sum(b.amount) AS amount,
             coalesce(json_agg(json_build_object('currency', b.currency, 'count', b.not_converted) ORDER BY b.currency) FILTER (WHERE b.not_converted > 0), '[]') AS not_converted
      FROM by_currency b GROUP BY 1, 2
    ), row_cells AS (SELECT row AS key FROM cells), col_cells AS (SELECT col AS key FROM cells),
    row_headers AS (${pivotLabels(rowDim, 'row_cells', lang)}),
    col_headers AS (${pivotLabels(colDim, 'col_cells', lang)})
    SELECT
      (SELECT coalesce(json_agg(json_build_object('row', c.row, 'column', c.col, 'currency', c.currency, 'count', c.count::text, 'amount', c.amount::text,
                 'not_converted', c.not_converted) ORDER BY c.row, c.col), '[]') FROM cells c) AS cells,
      (SELECT coalesce(json_agg(json_build_object('key', h.key, 'label', h.label) ORDER BY h.label, h.key NULLS FIRST), '[]') FROM row_headers h) AS row_headers,
      (SELECT coalesce(json_agg(json_build_object('key', h.key, 'label', h.label) ORDER BY h.label, h.key NULLS FIRST), '[]') FROM col_headers h) AS column_headers`.execute(db);
  return rows[0]!;
}

// The coverage views: the policy check, then every figure in one round of parallel reads
// (two statements), each under visibleTo inside its SQL (analytics.queries.ts).
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { contributionsPolicy } from '../contributions/contributions.policy.ts';
import * as q from './analytics.queries.ts';
import type { CoveragePivotQuery, CoverageQuery } from './analytics.schema.ts';

export async function coverage(db: Db, ctx: Ctx, filter: CoverageQuery) {
  authorizeUser(ctx.actor, contributionsPolicy, 'read');
  // Two statements, each reading the visible contributions once (analytics.queries.ts).
  const [byLine, byPlace, lines] = await Promise.all([q.coverageByLine(db, ctx.actor, filter), q.coverageByPlace(db, ctx.actor, filter), q.linesInOrder(db)]);
  return answerFrom({ cells: byLine.cells, thinLines: byLine.thin_lines, thinPlaces: byPlace.thin_places, duplicates: byPlace.duplicates, places: byPlace.places, lines });
}

type Count = number | string;
/** The API's shape from the figures' rows (counts come as JSON numbers or as bigint strings). */
export function answerFrom({
  cells,
  thinLines,
  thinPlaces,
  duplicates,
  places,
  lines,
}: {
  cells: { owner_org_id: string; org_name: string; line_id: string; currency: string | null; count: Count; amount: string | null }[];
  thinLines: { id: string; name: string; contributors: Count; only_org: string | null }[];
  thinPlaces: { id: string; code: string; name: string; contributors: Count; only_org: string | null }[];
  duplicates: { location_id: string; location_name: string; type: string; organisations: string[]; contributions: Count }[];
  places: {
    id: string;
    code: string;
    name: string;
    level: string;
    latitude: number | null;
    longitude: number | null;
    country_code: string;
    contributions: Count;
    organisations: Count;
    open_needs: Count;
  }[];
  lines: { id: string; name: string }[];
}) {
  // Cells come ordered by organisation name; each (organisation, line) has a row per currency.
  const orgs = new Map<string, { id: string; name: string }>();
  const byCell = new Map<string, { orgId: string; lineId: string; count: number; money: { amountMinor: string; currency: 'USD' }[] }>();
  for (const c of cells) {
    orgs.set(c.owner_org_id, { id: c.owner_org_id, name: c.org_name });
    const key = `${c.owner_org_id}|${c.line_id}`;
    const cell = byCell.get(key) ?? { orgId: c.owner_org_id, lineId: c.line_id, count: 0, money: [] };
    cell.count += Number(c.count);
    if (c.currency && c.amount !== null) cell.money.push({ amountMinor: c.amount, currency: c.currency as 'USD' });
    byCell.set(key, cell);
  }
  return {
    matrix: { lines, organisations: [...orgs.values()], cells: [...byCell.values()] },
    linesWithFewContributors: thinLines.map((l) => ({ id: l.id, name: l.name, contributors: Number(l.contributors), onlyOrganisation: l.only_org })),
    locationsWithFewContributors: thinPlaces.map((l) => ({ id: l.id, code: l.code, name: l.name, contributors: Number(l.contributors), onlyOrganisation: l.only_org })),
    places: places.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      level: p.level,
      latitude: p.latitude,
      longitude: p.longitude,
      countryCode: p.country_code,
      contributions: Number(p.contributions),
      organisations: Number(p.organisations),
      openNeeds: Number(p.open_needs),
    })),
    likelyDuplicates: duplicates.map((d) => ({
      location: { id: d.location_id, name: d.location_name },
      type: d.type,
      organisations: d.organisations,
      contributions: Number(d.contributions),
    })),
  };
}

/**
 * The pivot over contributions (GET /api/coverage/pivot): rows × columns chosen among
 * organisation, line, place, type, status and currency, with the coverage page's filters,
 * read from the same summaries under the same rule. Each cell: the contributions and their
 * money per currency (none when place is a dimension: the place summaries keep no amounts),
 * or with `currency` their money converted into it and those that could not be (ADR 0034).
 */
export async function coveragePivot(db: Db, ctx: Ctx, query: CoveragePivotQuery) {
  authorizeUser(ctx.actor, contributionsPolicy, 'read');
  const byPlace = query.rows === 'place' || query.columns === 'place';
  const { cells, row_headers, column_headers } = await q.coveragePivot(db, ctx.actor, query);
  type Currency = 'USD';
  const byCell = new Map<
    string,
    { row: string | null; column: string | null; count: number; money: { amountMinor: string; currency: Currency }[]; notConverted: { currency: Currency; count: number }[] }
  >();
  for (const c of cells) {
    const key = JSON.stringify([c.row, c.column]);
    const cell = byCell.get(key) ?? { row: c.row, column: c.column, count: 0, money: [], notConverted: [] };
    cell.count += Number(c.count);
    if (c.currency && c.amount !== null) cell.money.push({ amountMinor: c.amount, currency: c.currency as Currency });
    for (const n of c.not_converted ?? []) cell.notConverted.push({ currency: n.currency as Currency, count: Number(n.count) });
    byCell.set(key, cell);
  }
  return {
    rows: query.rows,
    columns: query.columns,
    placeLevel: byPlace ? (query.placeLevel ?? null) : null,
    // Place pivots carry no money, so nothing is converted.
    currency: byPlace ? null : (query.currency ?? null),
    withMoney: !byPlace,
    rowHeaders: row_headers,
    columnHeaders: column_headers,
    cells: [...byCell.values()],
  };
}

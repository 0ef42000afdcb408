// The founding example's figures as indicators (issue 11, item 4), from coalition-2015.json's
// `article_figures`: nearly 2,000 coalition airstrikes in support of ground forces and more
// than 700 km² reclaimed from Daesh by 22 January 2015, and the goal of 12 new Iraqi
// brigades. Only the totals are documented: their split by month (August 2014 to January
// 2015) is illustrative, and each value's comment says so. No source gives the brigades
// formed by January 2015 nor the people reached by humanitarian relief: those indicators are
// defined, with their goal where there is one, and carry no value.
//
// Loaded inside the demo's one transaction (server/seed/demo.ts) through this module's service
// functions as the secretariat's admin, so every input is checked and audited; the values are
// then approved, as a coordinator would after review. The military line's coordinator
// (coordinator@us.demo) gets a dashboard with one tile of each kind.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertTile } from './indicators.dashboards.queries.ts';
import { indicatorInput, valueInput } from './indicators.schema.ts';
import { setValueStatus } from './indicators.queries.ts';
import { createIndicatorIn, saveValueIn } from './indicators.service.ts';

const SECRETARIAT = 'Coalition Secretariat';
/** A coordinator of an organisation co-leading the military line (seed/demo.ts's DEMO_USERS): approves its values. */
export const DEMO_COORDINATOR = 'coordinator@us.demo';
export const INDICATORS_DEMO_MONTHS = ['2014-08', '2014-09', '2014-10', '2014-11', '2014-12', '2015-01'] as const;
const ILLUSTRATIVE = 'Demo data: the total to January 2015 is the documented figure; its split by month is illustrative.';

const figures = z.object({
  article_figures: z.array(z.object({ what: z.string(), value: z.union([z.number(), z.string()]) })),
});

/** A documented total split over the months (illustrative), the last month taking what rounding leaves. */
export function splitOverMonths(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

export interface IndicatorsDemoRefs {
  orgId: (name: string) => string;
  userId: (email: string) => string;
  lineId: (key: string) => string;
}

export async function loadIndicatorsDemo(trx: Db, ctx: Ctx, file: string, ref: IndicatorsDemoRefs) {
  const data = figures.parse(JSON.parse(readFileSync(file, 'utf8')));
  const figure = (what: string) => {
    const found = data.article_figures.find((f) => f.what.startsWith(what));
    if (!found || typeof found.value !== 'number') throw new Error(`coalition-2015.json: no figure "${what}"`);
    return found.value;
  };
  const admin: UserActor = {
    kind: 'user',
    userId: ref.userId('admin@secretariat.demo'),
    orgId: ref.orgId(SECRETARIAT),
    orgKind: 'secretariat',
    role: 'admin',
    email: 'admin@secretariat.demo',
  };
  const as: Ctx = { actor: admin, requestId: ctx.requestId };
  const green = { marking: 'GREEN' };
  const define = (fields: Record<string, unknown>) => createIndicatorIn(trx, as, indicatorInput.parse({ sharing: green, ...fields }));

  const airstrikes = await define({
    frameworkNodeId: ref.lineId('security_assistance'),
    code: 'SA-AIRSTRIKES',
    name: 'Coalition airstrikes in support of ground forces',
    definition: 'Airstrikes by coalition members in support of forces on the ground in Iraq and Syria, counted in the month they were carried out.',
    unit: 'airstrikes',
    spaceAggregation: 'sum',
    timeAggregation: 'sum',
    periodType: 'month',
    baseline: { value: 0, date: '2014-08-01' },
  });
  const territory = await define({
    frameworkNodeId: ref.lineId('security_assistance'),
    code: 'SA-TERRITORY',
    name: 'Territory reclaimed from Daesh',
    definition: 'Area retaken from Daesh by forces supported by the coalition, in the month it was retaken.',
    unit: 'km²',
    spaceAggregation: 'sum',
    timeAggregation: 'sum',
    periodType: 'month',
    baseline: { value: 0, date: '2014-08-01' },
  });
  await define({
    frameworkNodeId: ref.lineId('iraq_capacity'),
    code: 'IQ-BRIGADES',
    name: 'New Iraqi brigades trained and equipped',
    definition: 'New brigades of the Iraqi security forces trained and equipped with coalition support, toward the goal of 12 stated in London on 22 January 2015.',
    unit: 'brigades',
    spaceAggregation: 'sum',
    timeAggregation: 'cumulative',
    periodType: 'month',
    baseline: { value: 0, date: '2015-01-22' },
    targets: [{ date: '2015-12-31', value: figure('goal for new Iraqi brigades'), note: 'The goal of 12 new brigades is documented; its date is illustrative.' }],
  });
  await define({
    frameworkNodeId: ref.lineId('humanitarian'),
    code: 'HUM-REACHED',
    name: 'People reached by humanitarian relief',
    definition: 'People who received humanitarian relief from coalition members in the month, each person counted once per month.',
    unit: 'people',
    spaceAggregation: 'sum',
    timeAggregation: 'sum',
    periodType: 'month',
  });

  const series = [
    { indicatorId: airstrikes, values: splitOverMonths(figure('coalition airstrikes'), [2, 3, 4, 4, 4, 3]) },
    { indicatorId: territory, values: splitOverMonths(figure('territory reclaimed'), [1, 1, 2, 2, 3, 3]) },
  ];
  const ids: string[] = [];
  for (const s of series)
    for (const [n, period] of INDICATORS_DEMO_MONTHS.entries())
      ids.push(await saveValueIn(trx, as, valueInput.parse({ indicatorId: s.indicatorId, period, value: s.values[n], comment: ILLUSTRATIVE }), `demo.${period}`));
  await setValueStatus(trx, ids, 'approved', null, admin.userId);
  await recordAudit(trx, as, { action: 'demo.load_indicators', entity: 'indicator_value', after: { indicators: 4, approvedValues: ids.length } });

  // The military line's coordinator (the United States co-leads it) finds a dashboard pinned:
  // one tile of each kind, each computed for them when shown.
  const military = ref.lineId('security_assistance');
  const tiles = [
    { title: 'Progress toward targets (coalition-wide)', chart: 'progress', query: {} },
    { title: 'Airstrikes by month', chart: 'series', query: { indicatorId: airstrikes, rows: 'period' } },
    { title: 'Territory reclaimed by month', chart: 'bar', query: { indicatorId: territory, rows: 'period' } },
    { title: 'Military line: organisation × month', chart: 'heatmap', query: { lineId: military, rows: 'indicator,organisation', columns: 'period' } },
    { title: 'Territory reclaimed by country', chart: 'map', query: { indicatorId: territory, rows: 'location:0' } },
  ] as const;
  const coordinator = ref.userId(DEMO_COORDINATOR);
  for (const [position, tile] of tiles.entries()) await insertTile(trx, { owner_user_id: coordinator, title: tile.title, chart: tile.chart, query: tile.query, position });
  await recordAudit(trx, as, { action: 'demo.load_indicator_tiles', entity: 'indicator_dashboard_tile', after: { owner: DEMO_COORDINATOR, tiles: tiles.length } });
}

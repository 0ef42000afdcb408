// The pivot's figures against figures computed by hand: roll-ups of periods (month →
// quarter → year) and places (to any level of the tree), each aggregation across time (sum,
// latest, cumulative) and across places and organisations (sum, mean, max, latest),
// approved values only unless asked, and freshness (an approval shows in the next answer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { parsePeriod } from './indicators.period.ts';

let t: TestApp;
let reader: Session;
let lineId = '';
const place: Record<string, string> = {};
const org: Record<string, string> = {};
let authorId = '';

async function indicator(code: string, space: string, time: string, periodType = 'month') {
  const row = await t.db
    .insertInto('indicator')
    .values({
      owner_org_id: org.us!,
      marking: 'GREEN',
      created_by: authorId,
      framework_node_id: lineId,
      line_id: lineId,
      code,
      name: `Indicator ${code}`,
      unit: 'things',
      space_aggregation: space as 'sum',
      time_aggregation: time as 'sum',
      period_type: periodType as 'month',
      category_options: ['f', 'm'],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function value(
  indicatorId: string,
  period: string,
  where: string,
  by: string,
  v: number,
  status: 'approved' | 'submitted' | 'draft' = 'approved',
  option: string | null = null,
) {
  const p = parsePeriod(period)!;
  await t.db
    .insertInto('indicator_value')
    .values({
      indicator_id: indicatorId,
      period,
      period_start: p.start,
      period_end: p.end,
      location_id: place[where]!,
      owner_org_id: org[by]!,
      category_option: option,
      value: v,
      status,
      marking: 'GREEN',
      created_by: authorId,
    })
    .execute();
}

type Cell = { row: { key: string | null; label: string }[]; column: { key: string | null; label: string }[]; value: string };
async function pivot(query: string) {
  const res = await reader.inject({ method: 'GET', url: `/api/indicators/pivot?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { rows: string[]; columns: string[]; cells: Cell[] };
}
/** The cells as "row labels | column labels" → value, without the indicator's label. */
const figures = (answer: { cells: Cell[] }, skipRow = 1) =>
  Object.fromEntries(answer.cells.map((c) => [[...c.row.slice(skipRow), ...c.column].map((h) => h.label).join(' | '), c.value]));

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  for (const name of ['us', 'fr', 'uk']) org[name] = (await buildOrganisation(t.db, { name: name.toUpperCase() })).id;
  const user = await buildUser(t.db, org.uk!);
  authorId = user.id;
  reader = await signIn(t.app, user.email, TEST_PASSWORD);
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    lineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'security', name: 'Security', description: '', position: 0 })).id;
  });
  for (const code of ['IRQ', 'IQ-NI', 'IQ-AN']) place[code] = (await t.db.selectFrom('location').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  place['IQ-NI-MOS'] = (
    await t.db.insertInto('location').values({ parent_id: place['IQ-NI']!, level: 'adm2', code: 'IQ-NI-MOS', name: 'Mosul' }).returning('id').executeTakeFirstOrThrow()
  ).id;

  // A: airstrikes per month — sum over time, sum over places.
  ids.a = await indicator('A', 'sum', 'sum');
  await value(ids.a, '2015-01', 'IQ-NI-MOS', 'us', 10);
  await value(ids.a, '2015-02', 'IQ-NI-MOS', 'us', 20);
  await value(ids.a, '2015-04', 'IQ-NI-MOS', 'us', 5);
  await value(ids.a, '2015-01', 'IQ-NI', 'fr', 7, 'submitted');
  await value(ids.a, '2015-03', 'IQ-AN', 'us', 3);
  await value(ids.a, '2015-03', 'IQ-AN', 'fr', 100, 'draft');
  // B: brigades ready — the latest month of each series, summed over places.
  ids.b = await indicator('B', 'sum', 'latest');
  await value(ids.b, '2015-01', 'IQ-NI-MOS', 'us', 4);
  await value(ids.b, '2015-03', 'IQ-NI-MOS', 'us', 6);
  await value(ids.b, '2015-02', 'IQ-NI', 'fr', 2);
  // C: territory reclaimed — cumulative over time, the largest series.
  ids.c = await indicator('C', 'max', 'cumulative');
  await value(ids.c, '2015-01', 'IQ-NI-MOS', 'us', 100);
  await value(ids.c, '2015-04', 'IQ-NI-MOS', 'us', 50);
  await value(ids.c, '2015-02', 'IQ-NI', 'fr', 120);
  // D: a quarterly mean over places.
  ids.d = await indicator('D', 'mean', 'sum', 'quarter');
  await value(ids.d, '2015Q1', 'IQ-NI-MOS', 'us', 10);
  await value(ids.d, '2015Q1', 'IQ-NI', 'fr', 20);
  await value(ids.d, '2015Q2', 'IQ-AN', 'uk', 40);
  // E: the latest report anywhere.
  ids.e = await indicator('E', 'latest', 'latest');
  await value(ids.e, '2015-01', 'IQ-NI-MOS', 'us', 5);
  await value(ids.e, '2015-03', 'IQ-AN', 'fr', 9);
  await value(ids.e, '2015-02', 'IQ-NI', 'uk', 1);
  // F: broken down by sex.
  ids.f = await indicator('F', 'sum', 'sum');
  await value(ids.f, '2015-01', 'IQ-NI', 'us', 30, 'approved', 'f');
  await value(ids.f, '2015-01', 'IQ-NI', 'us', 20, 'approved', 'm');
  await value(ids.f, '2015-02', 'IQ-AN', 'fr', 5, 'approved', 'f');
});
afterAll(async () => t?.close());

describe('the pivot', () => {
  it('sum over time and places, by quarter × first-level place; approved only, submitted when asked', async () => {
    const answer = await pivot(`rows=period:quarter&columns=location:1&indicatorId=${ids.a}`);
    expect(answer.rows).toEqual(['indicator', 'period:quarter']);
    expect(figures(answer)).toEqual({ '2015Q1 | Al Anbar': '3', '2015Q1 | Ninawa': '30', '2015Q2 | Ninawa': '5' });
    const withSubmitted = await pivot(`rows=period:quarter&columns=location:1&indicatorId=${ids.a}&includeSubmitted=true`);
    expect(figures(withSubmitted)['2015Q1 | Ninawa']).toBe('37');
    // Rolled up to the country, then to the year.
    expect(figures(await pivot(`rows=location:0,period:year&indicatorId=${ids.a}`))).toEqual({ 'Iraq | 2015': '38' });
    // Monthly, by the place itself.
    expect(figures(await pivot(`rows=period:month&columns=location&indicatorId=${ids.a}`))).toEqual({
      '2015-01 | Mosul': '10',
      '2015-02 | Mosul': '20',
      '2015-03 | Al Anbar': '3',
      '2015-04 | Mosul': '5',
    });
  });

  it('latest over time: each series’ latest period in the bucket, then summed', async () => {
    expect(figures(await pivot(`rows=period:quarter&indicatorId=${ids.b}`))).toEqual({ '2015Q1': '8' });
    expect(figures(await pivot(`rows=period:month&columns=organisation&indicatorId=${ids.b}`))).toEqual({ '2015-01 | US': '4', '2015-02 | FR': '2', '2015-03 | US': '6' });
  });

  it('cumulative over time carries each series into later periods; max over places', async () => {
    expect(figures(await pivot(`rows=period:quarter&indicatorId=${ids.c}`))).toEqual({ '2015Q1': '120', '2015Q2': '150' });
    expect(figures(await pivot(`rows=period:month&indicatorId=${ids.c}`))).toEqual({ '2015-01': '100', '2015-02': '120', '2015-04': '150' });
    // From a later period on, what came before still counts.
    expect(figures(await pivot(`rows=period:quarter&indicatorId=${ids.c}&periodFrom=2015Q2`))).toEqual({ '2015Q2': '150' });
    // To date (no period): the whole series.
    expect(figures(await pivot(`rows=organisation&indicatorId=${ids.c}`))).toEqual({ FR: '120', US: '150' });
  });

  it('mean over places; a quarterly indicator asked by month keeps its quarters; by year its quarters add up', async () => {
    expect(figures(await pivot(`rows=period:quarter&indicatorId=${ids.d}`))).toEqual({ '2015Q1': '15', '2015Q2': '40' });
    expect(figures(await pivot(`rows=period:month&indicatorId=${ids.d}`))).toEqual({ '2015Q1': '15', '2015Q2': '40' });
    // By year: each series' sum over the year (10, 20, 40), then their mean.
    expect(figures(await pivot(`rows=period:year&indicatorId=${ids.d}`))).toEqual({ '2015': '23.333333' });
  });

  it('latest over places: the series whose figure is of the latest period', async () => {
    expect(figures(await pivot(`rows=indicator&indicatorId=${ids.e}`))).toEqual({ '': '9' });
    expect(figures(await pivot(`rows=location:1&indicatorId=${ids.e}`))).toEqual({ 'Al Anbar': '9', Ninawa: '1' });
  });

  it('by category option, by line, and filtered by place subtree, organisation and option', async () => {
    expect(figures(await pivot(`rows=category&indicatorId=${ids.f}`))).toEqual({ f: '35', m: '20' });
    expect(figures(await pivot(`rows=category&indicatorId=${ids.f}&locationId=${place['IQ-NI']}`))).toEqual({ f: '30', m: '20' });
    expect(figures(await pivot(`rows=period:month&indicatorId=${ids.f}&organisationId=${org.fr}`))).toEqual({ '2015-02': '5' });
    expect(figures(await pivot(`rows=location:1&indicatorId=${ids.f}&categoryOption=f`))).toEqual({ 'Al Anbar': '5', Ninawa: '30' });
    const byLine = await pivot('columns=line');
    expect(byLine.rows).toEqual(['indicator']);
    expect(byLine.cells).toHaveLength(6);
    expect(byLine.cells.every((c) => c.column[0]!.label === 'Security')).toBe(true);
    expect(byLine.cells.map((c) => c.row[0]!.label)).toEqual(['Indicator A', 'Indicator B', 'Indicator C', 'Indicator D', 'Indicator E', 'Indicator F']);
  });

  it('a value approved a moment ago is in the very next answer', async () => {
    const before = figures(await pivot(`rows=indicator&indicatorId=${ids.a}`))[''];
    await t.db.updateTable('indicator_value').set({ status: 'approved' }).where('indicator_id', '=', ids.a!).where('status', '=', 'submitted').execute();
    const after = figures(await pivot(`rows=indicator&indicatorId=${ids.a}`))[''];
    expect(Number(after) - Number(before)).toBe(7);
  });

  it('progress: each indicator to date by its own rules, against its baseline and next target', async () => {
    await t.db.updateTable('indicator').set({ baseline_value: 20, baseline_date: '2014-12-31' }).where('id', '=', ids.c!).execute();
    await t.db
      .insertInto('indicator_target')
      .values([
        { indicator_id: ids.c!, target_date: '2015-06-30', value: 220 },
        { indicator_id: ids.c!, target_date: '2015-12-31', value: 520 },
      ])
      .execute();
    const res = await reader.inject({ method: 'GET', url: `/api/indicators/progress?indicatorId=${ids.c}` });
    expect(res.statusCode, res.body).toBe(200);
    // Max of the series' totals to date: 150; the next target after today is the last (both dates passed): 520.
    expect(res.json().items[0]).toMatchObject({ current: '150', baseline: { value: 20 }, target: { date: '2015-12-31', value: 520 }, percent: 26 });
  });
});

// A dashboard tile's figures and files through HTTP (issue 11 item 5): the page's figures follow
// the reading rule, the CSV and PNG the export rule — a RED value its author sees on the page
// is in no cell of the file —; another user's tile is not found, exactly as a missing one; the
// CSV carries names beside codes and its hashtags; the PNG is a PNG (or 503 naming Chromium).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp } from '../../test/app.ts';
import { castReaders } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { sharedIndicatorValues, sharedIndicators } from './indicators.sharing.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`indicators.tile-export.test: the PNG test is skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

let t: TestApp;
let author: Session;
let colleague: Session;
let outsider: Session;
let indicatorId = '';
let iraqId = '';
let secretariat: Session;
/** Each marking's figure: a sum of them tells exactly which were counted. */
const FIGURE: Record<Marking, number> = { CLEAR: 1, GREEN: 10, AMBER: 100, 'AMBER+STRICT': 1000, RED: 10000 };

beforeAll(async () => {
  t = await buildTestApp();
  const cast = await castReaders(t);
  author = cast.sessions.author;
  colleague = cast.sessions.ownerColleague;
  outsider = cast.sessions.nonAudienceMember;
  secretariat = cast.sessions.secretariat;
  const lineId = (await createFrameworkNodeIn(t.db, systemCtx, { parentId: null, kind: 'line', code: 'security', name: 'Security', description: '', position: 0 })).id;
  const { id } = await t.db
    .insertInto('indicator')
    .values({
      owner_org_id: cast.orgs.owner.id,
      marking: 'GREEN',
      created_by: cast.users.author.id,
      framework_node_id: lineId,
      line_id: lineId,
      code: 'SA-STRIKES',
      name: '=Strikes, by month',
      unit: 'strikes',
      space_aggregation: 'sum',
      time_aggregation: 'sum',
      period_type: 'year',
      baseline_value: 0,
      baseline_date: '2009-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  indicatorId = id;
  await sharedIndicators.create(t.db, id, { ...cast.sharing('GREEN'), audienceOrgIds: [] });
  await t.db.insertInto('indicator_target').values({ indicator_id: id, target_date: '2030-12-31', value: 22222 }).execute();
  iraqId = (await t.db.insertInto('location').values({ level: 'country', code: 'IRQ', name: 'Iraq', latitude: 33, longitude: 44 }).returning('id').executeTakeFirstOrThrow()).id;
  for (const [n, marking] of MARKINGS.entries()) {
    const period = String(2010 + n);
    const value = await t.db
      .insertInto('indicator_value')
      .values({
        indicator_id: id,
        period,
        period_start: `${period}-01-01`,
        period_end: `${period}-12-31`,
        location_id: iraqId,
        owner_org_id: cast.orgs.owner.id,
        value: FIGURE[marking],
        status: 'approved',
        marking,
        created_by: cast.users.author.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sharedIndicatorValues.create(t.db, value.id, { ...cast.sharing(marking), audienceOrgIds: [] });
  }
  // Shared with no audience nor recipient (the rollup's own keys, not the live rows beside it): the author's RED
  // value of 2020, and the owner's AMBER+STRICT value of 2021, which the secretariat reads and may not pass on.
  for (const [period, marking, figure] of [
    ['2020', 'RED', 20000],
    ['2021', 'AMBER+STRICT', 40000],
  ] as const) {
    const value = await t.db
      .insertInto('indicator_value')
      .values({
        indicator_id: id,
        period,
        period_start: `${period}-01-01`,
        period_end: `${period}-12-31`,
        location_id: iraqId,
        owner_org_id: cast.orgs.owner.id,
        value: figure,
        status: 'approved',
        marking,
        created_by: cast.users.author.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sharedIndicatorValues.create(t.db, value.id, { marking, audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] });
  }
});
afterAll(async () => t?.close());

const pin = async (s: Session, chart: string, query: Record<string, string>) => {
  const res = await s.inject({ method: 'POST', url: '/api/indicator-dashboard/tiles', payload: { title: `Strikes ${chart}`, chart, query } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const url = (id: string, what: string) => `/api/indicator-dashboard/tiles/${id}${what}`;
const ALL = Object.values(FIGURE).reduce((a, b) => a + b, 0) + 20000 + 40000;

describe("a tile's figures and files", () => {
  it('needs a signed-in user', async () => {
    const id = await pin(author, 'bar', { rows: 'period:year', indicatorId });
    for (const what of ['/data', '.csv', '.png']) expect((await t.app.inject({ method: 'GET', url: url(id, what) })).statusCode).toBe(401);
  });

  it("answers another user's tile exactly as a missing one", async () => {
    const id = await pin(author, 'bar', { rows: 'period:year', indicatorId });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const what of ['/data', '.csv', '.png']) {
      const theirs = await colleague.inject({ method: 'GET', url: url(id, what) });
      const none = await colleague.inject({ method: 'GET', url: url(missing, what) });
      expect(theirs.statusCode).toBe(404);
      expect({ ...theirs.json(), instance: undefined, requestId: undefined }).toEqual({ ...none.json(), instance: undefined, requestId: undefined });
    }
    expect((await author.inject({ method: 'GET', url: url('not-a-uuid', '.csv') })).statusCode).toBe(400);
  });

  it('shows the author their RED value on the page, and leaves it out of the CSV (the export rule)', async () => {
    const id = await pin(author, 'bar', { rows: 'location:0', indicatorId });
    const page = await author.inject({ method: 'GET', url: url(id, '/data') });
    expect(page.statusCode).toBe(200);
    expect(page.json().cells.map((c: { value: string }) => Number(c.value))).toEqual([ALL]);
    expect(page.json().places).toMatchObject([{ id: iraqId, code: 'IRQ', level: 'country' }]);
    const csv = await author.inject({ method: 'GET', url: url(id, '.csv') });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="strikes-bar.csv"');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('Indicator code,Indicator,Place code,Place,Value,Unit');
    expect(lines[1]).toBe('#indicator+code,#indicator+name,#loc+code,#loc+name,#value,#meta+unit');
    // Names beside codes; a formula-looking name is quoted; RED counts in no cell.
    expect(lines.slice(2)).toEqual([`SA-STRIKES,"'=Strikes, by month",IRQ,Iraq,${ALL - FIGURE.RED - 20000},strikes`]);
  });

  it("leaves another organisation's AMBER+STRICT value out of its reader's CSV, and what they may not see out of both", async () => {
    const id = await pin(outsider, 'table', { rows: 'period:year', indicatorId });
    const page = (await outsider.inject({ method: 'GET', url: url(id, '/data') })).json();
    expect(page.cells.map((c: { keys: { label: string }[] }) => c.keys[1]!.label)).toEqual(['2010', '2011']);
    const csv = (await outsider.inject({ method: 'GET', url: url(id, '.csv') })).body.trim().split('\n');
    expect(csv.slice(2).map((l) => l.split(',').at(-2))).toEqual([String(FIGURE.CLEAR), String(FIGURE.GREEN)]);
    const mine = await pin(colleague, 'heatmap', { rows: 'organisation', columns: 'period:year', indicatorId });
    const own = (await colleague.inject({ method: 'GET', url: url(mine, '.csv') })).body.trim().split('\n');
    // A colleague of the owner organisation exports its AMBER+STRICT value; the author's RED one stays out.
    expect(own.slice(2).map((l) => l.split(',').at(-2))).toEqual(['1', '10', '100', '1000', '40000']);
    expect(own[0]).toBe('Indicator code,Indicator,Organisation id,Organisation,Period,Period,Value,Unit');
  });

  it('keeps the export rule where the pivot reads its rollup: yearly figures by indicator, for the author and the secretariat', async () => {
    const years = async (s: Session, what: '/data' | '.csv') => {
      const id = await pin(s, 'bar', { rows: 'period:year', indicatorId });
      const res = await s.inject({ method: 'GET', url: url(id, what) });
      if (what === '/data') return Object.fromEntries(res.json().cells.map((c: { keys: { label: string }[]; value: string }) => [c.keys[1]!.label, Number(c.value)]));
      return Object.fromEntries(
        res.body
          .trim()
          .split('\n')
          .slice(2)
          .map((l) => [l.split(',').at(-4), Number(l.split(',').at(-2))]),
      );
    };
    expect(await years(author, '/data')).toMatchObject({ '2020': 20000, '2021': 40000 });
    expect(await years(author, '.csv')).toEqual({ '2010': 1, '2011': 10, '2012': 100, '2013': 1000, '2021': 40000 });
    expect(await years(secretariat, '/data')).toMatchObject({ '2021': 40000 });
    expect(Object.keys(await years(secretariat, '.csv'))).not.toContain('2021');
  });

  it('puts progress against the target in its CSV, and refuses a map without places, naming the field', async () => {
    const id = await pin(author, 'progress', { indicatorId });
    const lines = (await author.inject({ method: 'GET', url: url(id, '.csv') })).body.trim().split('\n');
    expect(lines[0]).toBe('Indicator code,Indicator,Unit,Baseline,Baseline date,To date,Target,Target date,Percent of target');
    expect(lines[2]).toBe(
      `SA-STRIKES,"'=Strikes, by month",strikes,0,2009-01-01,${ALL - FIGURE.RED - 20000},22222,2030-12-31,${Math.round(((ALL - FIGURE.RED - 20000) / 22222) * 1000) / 10}`,
    );
    const bad = await author.inject({ method: 'POST', url: '/api/indicator-dashboard/tiles', payload: { title: 'Map', chart: 'map', query: { rows: 'period' } } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('body.query.rows');
  });

  it.skipIf(!hasChromium)('draws every chart as a PNG, on the server', async () => {
    for (const [chart, query] of [
      ['series', { rows: 'period:year', indicatorId }],
      ['bar', { rows: 'period:year', indicatorId }],
      ['heatmap', { rows: 'organisation', columns: 'period:year', indicatorId }],
      ['progress', { indicatorId }],
      ['map', { rows: 'location:0', indicatorId }],
      ['table', { rows: 'period:year', indicatorId }],
    ] as const) {
      const id = await pin(author, chart, query);
      const png = await author.inject({ method: 'GET', url: url(id, '.png') });
      expect(png.statusCode, `${chart}: ${png.body.slice(0, 200)}`).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.rawPayload.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    }
  });

  it('answers 503 naming what to install where the server has no Chromium', async () => {
    const bare = await buildTestApp({ CHROMIUM_PATH: '/nowhere/chromium' });
    try {
      const cast = await castReaders(bare);
      const s = cast.sessions.author;
      const id = (await s.inject({ method: 'POST', url: '/api/indicator-dashboard/tiles', payload: { title: 'x', chart: 'bar', query: { rows: 'period' } } })).json().id;
      const res = await s.inject({ method: 'GET', url: url(id, '.png') });
      expect(res.statusCode).toBe(503);
      expect(res.json().detail).toContain('apt-get install chromium');
    } finally {
      await bare.close();
    }
  });
});

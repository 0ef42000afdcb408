// The demo's indicators (issue 11, item 4): the founding example's airstrikes and reclaimed
// territory, approved by month to January 2015, add up in the pivot to the documented
// totals; the brigades carry their goal of 12; the monthly split says it is illustrative.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../seed/demo.ts';
import { type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { DEMO_COORDINATOR, INDICATORS_DEMO_MONTHS, splitOverMonths } from './indicators.demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemo(t.db, resolve(import.meta.dirname, '../../seed/coalition-2015.json'));
});
afterAll(async () => t?.close());

type Cell = { row: { key: string | null; label: string }[]; column: { key: string | null; label: string }[]; value: string };

describe("the demo's indicators", () => {
  it('split a total over the months exactly', () => {
    expect(splitOverMonths(2000, [2, 3, 4, 4, 4, 3])).toEqual([200, 300, 400, 400, 400, 300]);
    expect(splitOverMonths(700, [1, 1, 2, 2, 3, 3]).reduce((a, b) => a + b, 0)).toBe(700);
  });

  it('show in the pivot: approved airstrikes and territory by month to January 2015, adding up to the documented totals', async () => {
    const s = await signIn(t.app, 'focal@uk.demo', DEMO_PASSWORD);
    const res = await s.inject({ method: 'GET', url: '/api/indicators/pivot?rows=indicator&columns=period' });
    expect(res.statusCode).toBe(200);
    const cells = res.json().cells as Cell[];
    const of = (code: string) => cells.filter((c) => c.row[0]!.label.includes(code) || c.row[0]!.label.startsWith(code === 'SA-AIRSTRIKES' ? 'Coalition airstrikes' : 'Territory'));
    for (const code of ['SA-AIRSTRIKES', 'SA-TERRITORY']) {
      const months = of(code);
      expect(months.map((c) => c.column[0]!.label).sort()).toEqual([...INDICATORS_DEMO_MONTHS]);
    }
    const total = (code: string) => of(code).reduce((a, c) => a + Number(c.value), 0);
    expect(total('SA-AIRSTRIKES')).toBe(2000);
    expect(total('SA-TERRITORY')).toBe(700);

    const values = await s.inject({ method: 'GET', url: '/api/indicator-values?period=2015-01&limit=100' });
    const items = values.json().items as { status: string; comment: string }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const v of items) {
      expect(v.status).toBe('approved');
      expect(v.comment).toMatch(/illustrative/);
    }
  });

  it('give the brigades their goal of 12, and progress from the baseline', async () => {
    const s = await signIn(t.app, 'focal@iq.demo', DEMO_PASSWORD);
    const list = (await s.inject({ method: 'GET', url: '/api/indicators?limit=100' })).json().items as { id: string; code: string; targets: { value: number }[] }[];
    expect(list.map((i) => i.code).sort()).toEqual(['HUM-REACHED', 'IQ-BRIGADES', 'SA-AIRSTRIKES', 'SA-TERRITORY']);
    const brigades = list.find((i) => i.code === 'IQ-BRIGADES')!;
    expect(brigades.targets.map((x) => x.value)).toEqual([12]);
    const progress = (await s.inject({ method: 'GET', url: `/api/indicators/progress?indicatorId=${brigades.id}` })).json().items;
    expect(progress[0].target.value).toBe(12);
  });
});

describe("the demo's coordinator", () => {
  it('co-leads the military line, so approves its values; finds a dashboard of every kind of tile, each drawing', async () => {
    const s = await signIn(t.app, DEMO_COORDINATOR, DEMO_PASSWORD);
    const me = (await s.inject({ method: 'GET', url: '/api/indicators?limit=100' })).json().items as { id: string; code: string; abilities?: Record<string, boolean> }[];
    const airstrikes = me.find((i) => i.code === 'SA-AIRSTRIKES')!;
    const one = (await s.inject({ method: 'GET', url: `/api/indicators/${airstrikes.id}` })).json();
    expect(one.abilities?.approveValues).toBe(true);
    const tiles = (await s.inject({ method: 'GET', url: '/api/indicator-dashboard/tiles' })).json().items as { id: string; chart: string }[];
    expect(tiles.map((x) => x.chart)).toEqual(['progress', 'series', 'bar', 'heatmap', 'map']);
    for (const tile of tiles) expect((await s.inject({ method: 'GET', url: `/api/indicator-dashboard/tiles/${tile.id}/data` })).statusCode).toBe(200);
  });
});

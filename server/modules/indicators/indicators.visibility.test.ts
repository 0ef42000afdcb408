// The visibility matrix for indicators and their values: five markings of the indicator ×
// the readers, and five markings of a value under a GREEN indicator × the readers, on the
// lists, single reads, the pivot's totals, progress and the values' export. A value is read
// only with its indicator; a hidden indicator or value is a 404 like a missing one, and
// changes none of the reader's totals. The public has no indicator routes (401).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp } from '../../test/app.ts';
import { EXPECTED, READERS, type Reader, castReaders, exportableFor, markingsOfExport } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { sharedIndicatorValues, sharedIndicators } from './indicators.sharing.ts';

let t: TestApp;
const sessions = {} as Record<Exclude<Reader, 'anonymous'>, Session>;
const indicatorIds = {} as Record<Marking, string>;
const valueIds = {} as Record<Marking, string>;
let openIndicatorId = '';
/** Each value marking's figure: a sum of them tells exactly which were counted. */
const FIGURE: Record<Marking, number> = { CLEAR: 1, GREEN: 10, AMBER: 100, 'AMBER+STRICT': 1000, RED: 10000 };

beforeAll(async () => {
  t = await buildTestApp();
  const cast = await castReaders(t);
  Object.assign(sessions, cast.sessions);
  const author = cast.users.author;
  const lineId = (await createFrameworkNodeIn(t.db, systemCtx, { parentId: null, kind: 'line', code: 'security', name: 'Security', description: '', position: 0 })).id;
  const share = (marking: Marking) => ({ ...cast.sharing(marking), audienceOrgIds: [] });
  const newIndicator = async (code: string, marking: Marking) => {
    const { id } = await t.db
      .insertInto('indicator')
      .values({
        owner_org_id: cast.orgs.owner.id,
        marking,
        created_by: author.id,
        framework_node_id: lineId,
        line_id: lineId,
        code,
        name: `Indicator ${code}`,
        unit: 'things',
        space_aggregation: 'sum',
        time_aggregation: 'sum',
        period_type: 'year',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sharedIndicators.create(t.db, id, share(marking));
    return id;
  };
  const newValue = async (indicatorId: string, period: string, marking: Marking, figure: number) => {
    const { id } = await t.db
      .insertInto('indicator_value')
      .values({
        indicator_id: indicatorId,
        period,
        period_start: `${period}-01-01`,
        period_end: `${period}-12-31`,
        location_id: null,
        owner_org_id: cast.orgs.owner.id,
        value: figure,
        status: 'approved',
        marking,
        created_by: author.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sharedIndicatorValues.create(t.db, id, share(marking));
    return id;
  };
  for (const [n, marking] of MARKINGS.entries()) {
    indicatorIds[marking] = await newIndicator(`ind-${n}`, marking);
    await newValue(indicatorIds[marking], '2015', 'GREEN', 5);
  }
  openIndicatorId = await newIndicator('open', 'GREEN');
  for (const [n, marking] of MARKINGS.entries()) valueIds[marking] = await newValue(openIndicatorId, String(2010 + n), marking, FIGURE[marking]);
});
afterAll(async () => t?.close());

const markingOfIndicator = (id: string) => (Object.entries(indicatorIds) as [Marking, string][]).find(([, v]) => v === id)?.[0];
const sorted = (m: Marking[]) => [...m].sort();

describe('indicators visibility matrix', () => {
  for (const reader of READERS.filter((r): r is Exclude<Reader, 'anonymous'> => r !== 'anonymous')) {
    describe(reader, () => {
      const get = (url: string) => sessions[reader].inject({ method: 'GET', url });

      it('lists, reads and counts exactly the indicators (and their values) the rule allows', async () => {
        const list = await get('/api/indicators?limit=200');
        expect(list.statusCode).toBe(200);
        expect(
          sorted(
            list
              .json()
              .items.map((i: { id: string }) => markingOfIndicator(i.id))
              .filter(Boolean),
          ),
        ).toEqual(sorted(EXPECTED[reader]));
        const values = await get('/api/indicator-values?limit=200');
        const seenIndicators = values
          .json()
          .items.map((v: { indicator: { id: string } }) => markingOfIndicator(v.indicator.id))
          .filter(Boolean);
        expect(sorted(seenIndicators)).toEqual(sorted(EXPECTED[reader]));
        const pivot = await get('/api/indicators/pivot?rows=indicator');
        const pivoted = pivot
          .json()
          .cells.map((c: { row: { key: string }[] }) => markingOfIndicator(c.row[0]!.key))
          .filter(Boolean);
        expect(sorted(pivoted)).toEqual(sorted(EXPECTED[reader]));
        const progress = await get('/api/indicators/progress');
        expect(
          sorted(
            progress
              .json()
              .items.map((i: { indicator: { id: string } }) => markingOfIndicator(i.indicator.id))
              .filter(Boolean),
          ),
        ).toEqual(sorted(EXPECTED[reader]));
        for (const marking of MARKINGS) {
          const allowed = EXPECTED[reader].includes(marking);
          const one = await get(`/api/indicators/${indicatorIds[marking]}`);
          expect(one.statusCode, marking).toBe(allowed ? 200 : 404);
          if (!allowed) expect(one.json().detail).toBe((await get(`/api/indicators/${randomUUID()}`)).json().detail);
          const filtered = await get(`/api/indicators/pivot?rows=indicator&indicatorId=${indicatorIds[marking]}`);
          expect(filtered.json().cells.length, marking).toBe(allowed ? 1 : 0);
        }
      });

      it('reads and totals exactly the values the rule allows, and exports what it may pass on', async () => {
        const expectedTotal = EXPECTED[reader].reduce((sum, m) => sum + FIGURE[m], 0);
        const pivot = await get(`/api/indicators/pivot?rows=indicator&indicatorId=${openIndicatorId}`);
        expect(pivot.json().cells.map((c: { value: string }) => c.value)).toEqual([String(expectedTotal)]);
        const byOrganisation = await get(`/api/indicators/pivot?rows=organisation,period:year&indicatorId=${openIndicatorId}`);
        expect(byOrganisation.json().cells).toHaveLength(EXPECTED[reader].length);
        const values = await get(`/api/indicator-values?indicatorId=${openIndicatorId}&limit=200`);
        expect(sorted(values.json().items.map((v: { sharing: { marking: Marking } }) => v.sharing.marking))).toEqual(sorted(EXPECTED[reader]));
        for (const marking of MARKINGS) {
          const one = await get(`/api/indicator-values/${valueIds[marking]}`);
          expect(one.statusCode, marking).toBe(EXPECTED[reader].includes(marking) ? 200 : 404);
          if (one.statusCode === 404) expect(one.json().detail).toBe((await get(`/api/indicator-values/${randomUUID()}`)).json().detail);
        }
        const file = await get(`/api/indicator-values/export.csv?indicatorId=${openIndicatorId}`);
        expect(file.statusCode).toBe(200);
        expect(await markingsOfExport('csv', file.rawPayload)).toEqual(sorted(exportableFor(reader)));
        // A hidden indicator's values never leave, whatever their own marking.
        const all = await get('/api/indicator-values/export.csv');
        const codes = all.body
          .trim()
          .split('\n')
          .slice(2)
          .map((line) => line.split(',')[0]!)
          .filter((c) => c !== 'open');
        expect(codes.map((c) => MARKINGS[Number(c.replace('ind-', ''))]!).sort()).toEqual(sorted(exportableFor(reader)));
      });
    });
  }

  it('gives the public nothing: every indicator route asks for a session', async () => {
    for (const url of [
      '/api/indicators',
      `/api/indicators/${indicatorIds.CLEAR}`,
      '/api/indicators/pivot?rows=indicator',
      '/api/indicator-values',
      '/api/indicator-values/export.csv',
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
    }
  });
});

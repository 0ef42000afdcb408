// The visibility matrix for contributions, needs and every aggregate over them: five
// markings × the readers of server/test/visibility.ts, on the list, single reads, the
// coverage matrix and a need's gap. A hidden contribution changes no visible total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import type { TestApp } from '../../test/app.ts';
import { buildTestApp } from '../../test/app.ts';
import { EXPECTED, type MatrixCast, READERS, type Reader, castReaders, exportableFor, markingsOfExport } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
let cast: MatrixCast;
const ids = {} as Record<Marking, string>;
const needIds = {} as Record<Marking, string>;
let openNeedId = '';
// Each marking's contribution carries a distinct power of two, so a sum names the rows in it.
const WEIGHT: Record<Marking, number> = { CLEAR: 1, GREEN: 2, AMBER: 4, 'AMBER+STRICT': 8, RED: 16 };

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'line', name: 'Line', description: '', position: 0 }))
  ).id;
  const author = cast.sessions.author;
  const openNeed = await author.inject({
    method: 'POST',
    url: '/api/needs',
    payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 100, currency: 'USD' }, sharing: { marking: 'GREEN' } },
  });
  openNeedId = openNeed.json().id;
  for (const marking of MARKINGS) {
    const res = await author.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: lineId,
        type: 'funding',
        description: `Matrix ${marking}`,
        money: { amountMinor: WEIGHT[marking], currency: 'USD' },
        status: 'committed',
        sharing: cast.sharing(marking),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[marking] = res.json().id;
    const link = await author.inject({ method: 'POST', url: `/api/contributions/${ids[marking]}/needs`, payload: { needId: openNeedId, amountMinor: WEIGHT[marking] } });
    expect(link.statusCode, link.body).toBe(200);
    const need = await author.inject({
      method: 'POST',
      url: '/api/needs',
      payload: { frameworkNodeId: lineId, type: 'funding', quantity: { value: 1, unit: 'x' }, description: `Need ${marking}`, sharing: cast.sharing(marking) },
    });
    needIds[marking] = need.json().id;
  }
});
afterAll(async () => t?.close());

const get = (reader: Reader, url: string) => (reader === 'anonymous' ? t.app.inject({ method: 'GET', url }) : cast.sessions[reader].inject({ method: 'GET', url }));
const total = (markings: Marking[]) => markings.reduce((a, m) => a + WEIGHT[m], 0);

describe('contributions and needs visibility matrix', () => {
  for (const reader of READERS) {
    describe(reader, () => {
      if (reader === 'anonymous') {
        it('gets nothing without signing in', async () => {
          for (const url of [
            '/api/contributions',
            `/api/contributions/${ids.CLEAR}`,
            '/api/needs',
            `/api/needs/${needIds.CLEAR}`,
            '/api/coverage',
            '/api/contributions/export.csv',
            '/api/needs/export.xlsx',
          ])
            expect((await get(reader, url)).statusCode).toBe(401);
        });
        return;
      }
      const allowed = EXPECTED[reader];

      it('lists exactly the contributions and needs the rule allows', async () => {
        const list = (await get(reader, '/api/contributions?limit=200')).json();
        expect(list.items.map((c: { sharing: { marking: Marking } }) => c.sharing.marking).sort()).toEqual([...allowed].sort());
        const needs = (await get(reader, '/api/needs?limit=200')).json();
        const markings = needs.items.filter((n: { id: string }) => n.id !== openNeedId).map((n: { sharing: { marking: Marking } }) => n.sharing.marking);
        expect(markings.sort()).toEqual([...allowed].sort());
      });

      for (const marking of MARKINGS) {
        it(`${allowed.includes(marking) ? 'reads' : 'cannot read'} the ${marking} contribution and need`, async () => {
          expect((await get(reader, `/api/contributions/${ids[marking]}`)).statusCode).toBe(allowed.includes(marking) ? 200 : 404);
          expect((await get(reader, `/api/needs/${needIds[marking]}`)).statusCode).toBe(allowed.includes(marking) ? 200 : 404);
        });
      }

      it('sees matrix totals and gaps made of visible rows only', async () => {
        const coverage = (await get(reader, '/api/coverage')).json();
        const cells = coverage.matrix.cells;
        expect(cells).toHaveLength(1);
        expect(cells[0].count).toBe(allowed.length);
        expect(cells[0].money).toEqual([{ amountMinor: String(total(allowed)), currency: 'USD' }]);
        const need = (await get(reader, `/api/needs/${openNeedId}`)).json();
        expect(need.gap.committed.amountMinor).toBe(String(total(allowed)));
        expect(need.gap.unmet.amountMinor).toBe(String(100 - total(allowed)));
      });

      it('exports, as CSV and XLSX, what it sees less every RED row and other organisations’ AMBER+STRICT rows', async () => {
        const exportable = exportableFor(reader);
        for (const kind of ['contributions', 'needs']) {
          for (const format of ['csv', 'xlsx'] as const) {
            const file = await get(reader, `/api/${kind}/export.${format}`);
            expect(file.statusCode).toBe(200);
            // Needs include the open GREEN need every contribution is linked to.
            expect(await markingsOfExport(format, file.rawPayload)).toEqual(kind === 'needs' ? [...exportable, 'GREEN'].sort() : [...exportable].sort());
          }
        }
      });
    });
  }
});

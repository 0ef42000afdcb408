// The pivot summed in a chosen currency (GET /api/coverage/pivot?currency=, ADR 0034): each
// amount converted at the rate in force on its contribution's start date (else the day it was
// recorded), exactly, rounded once per cell, currency and day to the target's minor unit (JPY 0
// digits, KWD 3); one with no rate in force is counted per cell in notConverted, never dropped
// nor taken 1:1; a row the reader may not see is in no cell; bad input is a 400 naming the
// field; the file converts too, under the export rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
let admin: Session;
let uk: Session;
let us: Session;
let ukOrg = '';
let usOrg = '';
let lineId = '';

interface Cell {
  row: string | null;
  column: string | null;
  count: number;
  money: { amountMinor: string; currency: string }[];
  notConverted: { currency: string; count: number }[];
}

async function contribution(session: Session, currency: string, amountMinor: number, startDate: string | null, marking = 'GREEN', audienceOrgIds: string[] = []) {
  const res = await session.inject({
    method: 'POST',
    url: '/api/contributions',
    payload: {
      frameworkNodeId: lineId,
      type: 'funding',
      description: `Paid in ${currency}`,
      money: { amountMinor, currency },
      locationIds: [],
      startDate,
      endDate: null,
      status: 'committed',
      sharing: { marking, audienceOrgIds },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function rate(currency: string, baseCurrency: string, value: string, validFrom: string) {
  const res = await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: { currency, baseCurrency, rate: value, validFrom } });
  expect(res.statusCode, res.body).toBe(201);
}

async function pivot(session: Session, query: string) {
  const res = await session.inject({ method: 'GET', url: `/api/coverage/pivot?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { currency: string | null; withMoney: boolean; cells: Cell[] };
}
const cellOf = (cells: Cell[], row: string | null, column: string | null) => cells.find((c) => c.row === row && c.column === column);

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    lineId = (
      await createFrameworkNodeIn(trx, systemCtx, {
        parentId: null,
        kind: 'line',
        code: 'pivot-fx',
        name: 'Pivot FX',
        nameFr: null,
        nameAr: null,
        description: '',
        position: 0,
      } as Parameters<typeof createFrameworkNodeIn>[2])
    ).id;
  });
  const secretariat = await buildOrganisation(t.db, { name: 'Secretariat', kind: 'secretariat' });
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  ukOrg = (await buildOrganisation(t.db, { name: 'United Kingdom' })).id;
  usOrg = (await buildOrganisation(t.db, { name: 'United States' })).id;
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg)).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, usOrg)).email, TEST_PASSWORD);

  // One GBP is worth 1.25 USD from January, 1.30 from June; KWD (3 decimals) 3.25 USD; USD 150 JPY (0 decimals), the pair inverted.
  await rate('GBP', 'USD', '1.25', '2026-01-01');
  await rate('GBP', 'USD', '1.3', '2026-06-01');
  await rate('KWD', 'USD', '3.25', '2026-01-01');
  await rate('USD', 'JPY', '150', '2026-01-01');

  // The United Kingdom's cell in USD: 125.00 + 130.00 + 4.875 (half up: 4.88) = 259.88; the 2025 GBP has no rate in force.
  await contribution(uk, 'GBP', 100_00, '2026-03-01');
  await contribution(uk, 'GBP', 100_00, '2026-07-01');
  await contribution(uk, 'KWD', 1_500, '2026-03-01');
  await contribution(uk, 'GBP', 10_00, '2025-06-01');
  // The United States' cell in USD, as the UK sees it: 200.00 + 1000 JPY (6.666… → 6.67) = 206.67; EUR has no rate.
  await contribution(us, 'USD', 200_00, '2026-03-01');
  await contribution(us, 'JPY', 1000, '2026-03-01');
  await contribution(us, 'EUR', 50_00, '2026-03-01');
  // Hidden from the United Kingdom: a RED row of the United States.
  await contribution(us, 'USD', 999_00, '2026-03-01', 'RED');
});
afterAll(async () => t?.close());

describe('the pivot summed in a chosen currency', () => {
  it('converts each amount at the rate in force on its date, exactly, and names what has no rate', async () => {
    const answer = await pivot(uk, 'rows=organisation&columns=line&currency=USD');
    expect(answer.currency).toBe('USD');
    expect(answer.withMoney).toBe(true);
    expect(cellOf(answer.cells, ukOrg, lineId)).toEqual({
      row: ukOrg,
      column: lineId,
      count: 4,
      money: [{ amountMinor: '25988', currency: 'USD' }],
      notConverted: [{ currency: 'GBP', count: 1 }],
    });
    expect(cellOf(answer.cells, usOrg, lineId)).toEqual({
      row: usOrg,
      column: lineId,
      count: 3,
      money: [{ amountMinor: '20667', currency: 'USD' }],
      notConverted: [{ currency: 'EUR', count: 1 }],
    });
  });

  it('converts into a currency of 0 decimals, and keeps the original currency as a dimension', async () => {
    // GBP into JPY crosses through USD: 100 GBP × 1.25 × 150 = 18750 JPY; 100 GBP × 1.3 × 150 = 19500 JPY.
    const byCurrency = await pivot(uk, 'rows=currency&columns=organisation&currency=JPY');
    expect(cellOf(byCurrency.cells, 'GBP', ukOrg)).toMatchObject({ count: 3, money: [{ amountMinor: '38250', currency: 'JPY' }], notConverted: [{ currency: 'GBP', count: 1 }] });
    // 1.5 KWD × 3.25 × 150 = 731.25 JPY → 731.
    expect(cellOf(byCurrency.cells, 'KWD', ukOrg)).toMatchObject({ count: 1, money: [{ amountMinor: '731', currency: 'JPY' }], notConverted: [] });
    expect(cellOf(byCurrency.cells, 'JPY', usOrg)).toMatchObject({ count: 1, money: [{ amountMinor: '1000', currency: 'JPY' }], notConverted: [] });
    // Nothing of EUR converts: the cell counts it, with no money and the contribution named.
    expect(cellOf(byCurrency.cells, 'EUR', usOrg)).toEqual({ row: 'EUR', column: usOrg, count: 1, money: [], notConverted: [{ currency: 'EUR', count: 1 }] });
  });

  it('without a currency sums per original currency, as before', async () => {
    const answer = await pivot(uk, 'rows=organisation&columns=line');
    expect(answer.currency).toBeNull();
    const cell = cellOf(answer.cells, ukOrg, lineId)!;
    expect(cell.notConverted).toEqual([]);
    expect(new Map(cell.money.map((m) => [m.currency, m.amountMinor]))).toEqual(
      new Map([
        ['GBP', '21000'],
        ['KWD', '1500'],
      ]),
    );
  });

  it('puts a row the reader may not see in no cell; its owner sees it converted', async () => {
    for (const query of ['rows=organisation&columns=line', 'rows=status&columns=type', 'rows=currency&columns=line', 'rows=type&columns=organisation']) {
      const cells = (await pivot(uk, `${query}&currency=USD`)).cells;
      const total = cells.reduce((n, c) => n + BigInt(c.money[0]?.amountMinor ?? '0'), 0n);
      expect(total, query).toBe(25988n + 20667n);
      expect(
        cells.reduce((n, c) => n + c.count, 0),
        query,
      ).toBe(7);
    }
    expect(cellOf((await pivot(us, 'rows=organisation&columns=line&currency=USD')).cells, usOrg, lineId)).toMatchObject({
      count: 4,
      money: [{ amountMinor: String(20667 + 99900), currency: 'USD' }],
    });
  });

  it('follows the secretariat’s table: a rate entered for an earlier day converts what had none', async () => {
    await rate('GBP', 'USD', '1.2', '2025-01-01');
    const cell = cellOf((await pivot(uk, 'rows=organisation&columns=line&currency=USD')).cells, ukOrg, lineId);
    expect(cell).toMatchObject({ money: [{ amountMinor: String(25988 + 1200), currency: 'USD' }], notConverted: [] });
  });

  it('carries no money with a place, converted or not', async () => {
    const answer = await pivot(uk, 'rows=place&columns=type&currency=USD');
    expect(answer.withMoney).toBe(false);
    expect(answer.currency).toBeNull();
    expect(answer.cells.every((c) => c.money.length === 0 && c.notConverted.length === 0)).toBe(true);
  });

  it('names the currency field of bad input, in the page and in its files', async () => {
    for (const bad of ['XYZ', 'usd', 'US', '']) {
      for (const path of ['/api/coverage/pivot', '/api/coverage/pivot.csv', '/api/coverage/pivot.xlsx']) {
        const res = await uk.inject({ method: 'GET', url: `${path}?rows=organisation&columns=line&currency=${bad}` });
        expect(res.statusCode, `${path} ${bad}`).toBe(400);
        expect(
          res.json().errors.map((e: { path: string }) => e.path),
          `${path} ${bad}`,
        ).toContain('query.currency');
      }
    }
  });

  it('downloads the converted pivot, with what was not converted beside each sum', async () => {
    const res = await uk.inject({ method: 'GET', url: '/api/coverage/pivot.csv?rows=organisation&columns=line&currency=USD' });
    expect(res.statusCode, res.body).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('Organisation,Line of effort,Currency converted into,Contributions,Amount,Contributions not converted (no rate),Currencies not converted');
    expect(lines).toContain('United Kingdom,Pivot FX,USD,4,271.88,0,');
    expect(lines).toContain('United States,Pivot FX,USD,3,206.67,1,EUR 1');
  });

  it('sums a cell’s amounts of one currency and day before rounding them once', async () => {
    // Two amounts of 0.001 KWD on one day: 0.002 × 3.25 = 0.0065 USD, one cent half up (each alone would round to none).
    await contribution(uk, 'KWD', 1, '2026-04-01');
    await contribution(uk, 'KWD', 1, '2026-04-01');
    const cell = cellOf((await pivot(uk, 'rows=currency&columns=organisation&currency=USD')).cells, 'KWD', ukOrg);
    expect(cell).toMatchObject({ count: 3, money: [{ amountMinor: String(488 + 1), currency: 'USD' }], notConverted: [] });
  });

  it('sums on the page what the reader may see, and in the file what it may pass on', async () => {
    // The United States' AMBER+STRICT row shared with the United Kingdom: seen, never passed on.
    await contribution(us, 'USD', 500_00, '2026-03-01', 'AMBER+STRICT', [ukOrg]);
    const page = cellOf((await pivot(uk, 'rows=organisation&columns=line&currency=USD')).cells, usOrg, lineId);
    expect(page).toMatchObject({ count: 4, money: [{ amountMinor: String(20667 + 500_00), currency: 'USD' }] });
    const file = await uk.inject({ method: 'GET', url: '/api/coverage/pivot.csv?rows=organisation&columns=line&currency=USD' });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body.split('\n')).toContain('United States,Pivot FX,USD,3,206.67,1,EUR 1');
  });
});

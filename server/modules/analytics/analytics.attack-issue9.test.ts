// Attack review of the pivot in a chosen currency (issue 9, ADR 0034): what has no rate is
// counted per cell in notConverted — a row the reader may not see (RED, not a recipient) must be
// in no count, whatever its currency; each kind of reader gets the same answer as for the rows
// it may see; hostile `currency` values are a 400 naming query.currency, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
let uk: Session;
let ukViewer: Session;
let us: Session;
let fr: Session;
let lineId = '';

interface Cell {
  row: string | null;
  column: string | null;
  count: number;
  money: { amountMinor: string; currency: string }[];
  notConverted: { currency: string; count: number }[];
}

async function contribution(session: Session, currency: string, amountMinor: number, marking = 'GREEN', recipientUserIds: string[] = []) {
  const res = await session.inject({
    method: 'POST',
    url: '/api/contributions',
    payload: {
      frameworkNodeId: lineId,
      type: 'funding',
      description: `Paid in ${currency}`,
      money: { amountMinor, currency },
      startDate: '2026-03-01',
      status: 'committed',
      sharing: marking === 'RED' ? { marking, recipientUserIds } : { marking },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function cells(session: Session, query: string) {
  const res = await session.inject({ method: 'GET', url: `/api/coverage/pivot?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { cells: Cell[] }).cells;
}
const notConverted = (cs: Cell[]) => cs.flatMap((c) => c.notConverted).sort((a, b) => a.currency.localeCompare(b.currency));
const counted = (cs: Cell[]) => cs.reduce((n, c) => n + c.count, 0);

beforeAll(async () => {
  t = await buildTestApp();
  lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'fx', name: 'FX', description: '', position: 0 }))
  ).id;
  const ukOrg = (await buildOrganisation(t.db, { name: 'United Kingdom' })).id;
  const usOrg = (await buildOrganisation(t.db, { name: 'United States' })).id;
  const frOrg = (await buildOrganisation(t.db, { name: 'France' })).id;
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg)).email, TEST_PASSWORD);
  ukViewer = await signIn(t.app, (await buildUser(t.db, ukOrg, 'viewer')).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, usOrg)).email, TEST_PASSWORD);
  const frUser = await buildUser(t.db, frOrg);
  fr = await signIn(t.app, frUser.email, TEST_PASSWORD);
  // No rate is entered at all: every amount outside USD is counted, never summed.
  await contribution(us, 'USD', 100_00);
  await contribution(us, 'EUR', 50_00);
  // RED, for one French user only: in a currency nobody else holds, so a count of it would tell of it.
  await contribution(us, 'SEK', 70_00, 'RED', [frUser.id]);
});
afterAll(async () => t?.close());

describe('the converted pivot for each kind of reader', () => {
  const queries = ['rows=organisation&columns=line', 'rows=currency&columns=line', 'rows=status&columns=type', 'rows=type&columns=organisation'];

  it('counts a RED row in no notConverted and no cell for an organisation outside its recipients, nor for its viewers', async () => {
    for (const reader of [uk, ukViewer]) {
      for (const query of queries) {
        const cs = await cells(reader, `${query}&currency=USD`);
        expect(notConverted(cs), query).toEqual([{ currency: 'EUR', count: 1 }]);
        expect(counted(cs), query).toBe(2);
        expect(JSON.stringify(cs), query).not.toContain('SEK');
      }
    }
  });

  it('counts it for its recipient and its owner', async () => {
    for (const reader of [us, fr]) {
      const cs = await cells(reader, 'rows=organisation&columns=line&currency=USD');
      expect(notConverted(cs)).toEqual([
        { currency: 'EUR', count: 1 },
        { currency: 'SEK', count: 1 },
      ]);
    }
  });

  it('answers no one who is not signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/coverage/pivot?rows=organisation&columns=line&currency=USD' });
    expect(res.statusCode).toBe(401);
  });

  it('converts into the currency of a row the reader may not see without telling of that row', async () => {
    // Converting into SEK: the hidden SEK row is in no sum, so nothing moves for the UK.
    const cs = await cells(uk, 'rows=organisation&columns=line&currency=SEK');
    expect(notConverted(cs)).toEqual([
      { currency: 'EUR', count: 1 },
      { currency: 'USD', count: 1 },
    ]);
    expect(cs.flatMap((c) => c.money)).toEqual([]);
  });
});

describe('hostile currency values', () => {
  it('refuses each with a 400 naming query.currency, in the page and its files', async () => {
    const bad = ["usd'--", "USD'--", 'USD;DROP TABLE contribution', 'US%00D', 'X'.repeat(10_000), 'ÜSD', '%F0%9F%98%80', 'USD%20', 'XTS1'];
    for (const value of bad) {
      for (const path of ['/api/coverage/pivot', '/api/coverage/pivot.csv', '/api/coverage/pivot.xlsx']) {
        const res = await uk.inject({ method: 'GET', url: `${path}?rows=organisation&columns=line&currency=${value}` });
        expect(res.statusCode, `${path} ${value.slice(0, 20)}: ${res.body.slice(0, 200)}`).toBe(400);
        expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.currency');
      }
    }
  });

  it('never answers a 500 for a currency given twice or with the place dimension', async () => {
    for (const query of ['currency=USD&currency=EUR', 'currency[]=USD', 'rows=place&columns=currency&currency=USD', 'rows=currency&columns=currency&currency=USD']) {
      const res = await uk.inject({ method: 'GET', url: `/api/coverage/pivot?rows=organisation&columns=line&${query}` });
      expect(res.statusCode, `${query}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    }
  });
});

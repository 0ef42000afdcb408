// What the coverage views count (one definition: contributions not cancelled) and money
// at its limits: the largest accepted amount in many rows sums exactly, in SQL and in
// JSON (decimal strings), compared here against BigInt arithmetic; a larger amount is a
// 400 naming the field, and the database refuses it too.
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_AMOUNT_MINOR, fromMinorUnits } from '../../../common/money.ts';
import { type Ctx, systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectInvalid } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { importContributions } from '../contributions/contributions.interchange.ts';

let t: TestApp;
let focal: Session;
let orgId = '';
let lineId = '';
let placeId = '';
let importer: Ctx;

beforeAll(async () => {
  t = await buildTestApp();
  lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  placeId = (await t.db.insertInto('location').values({ parent_id: null, level: 'country', code: 'XC', name: 'Countland' }).returning('id').executeTakeFirstOrThrow()).id;
  const org = await buildOrganisation(t.db, { name: 'Counting State' });
  orgId = org.id;
  const user = await buildUser(t.db, org.id);
  focal = await signIn(t.app, user.email, TEST_PASSWORD);
  importer = { actor: { kind: 'user', userId: user.id, orgId: org.id, orgKind: 'state', role: 'focal_point', email: user.email } };
});
afterAll(async () => t?.close());

const contribution = (over: object = {}) => ({
  frameworkNodeId: lineId,
  type: 'funding',
  money: { amountMinor: 100, currency: 'USD' },
  locationIds: [placeId],
  status: 'committed',
  sharing: { marking: 'GREEN' },
  ...over,
});
async function create(url: string, payload: object) {
  const res = await focal.inject({ method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('what the coverage views count', () => {
  it('leaves cancelled contributions out of the matrix, the map and the thin lines alike', async () => {
    await create('/api/contributions', contribution({ money: { amountMinor: 300, currency: 'EUR' } }));
    const cancelled = await create('/api/contributions', contribution({ money: { amountMinor: 7000, currency: 'EUR' } }));
    expect((await focal.inject({ method: 'POST', url: `/api/contributions/${cancelled}/status`, payload: { status: 'cancelled' } })).statusCode).toBe(200);

    const coverage = (await focal.inject({ method: 'GET', url: '/api/coverage?type=funding' })).json();
    const cell = coverage.matrix.cells.find((c: { orgId: string; lineId: string }) => c.orgId === orgId && c.lineId === lineId);
    const place = coverage.places.find((p: { id: string }) => p.id === placeId);
    // One definition: the matrix counts what the map counts.
    expect(cell.count).toBe(1);
    expect(place.contributions).toBe(1);
    expect(cell.money).toEqual([{ amountMinor: '300', currency: 'EUR' }]);
    expect(coverage.linesWithFewContributors).toEqual([{ id: lineId, name: 'Relief', contributors: 1, onlyOrganisation: 'Counting State' }]);
    // The matrix download counts the same.
    const csv = (await focal.inject({ method: 'GET', url: '/api/coverage/matrix.csv?type=funding' })).body.trim().split('\n').slice(2);
    expect(csv).toEqual(['Counting State,Relief,EUR,1,3.00']);
  });
});

describe('money at its limits', () => {
  const max = BigInt(MAX_AMOUNT_MINOR);
  const ROWS = 12;
  let needId = '';

  it('sums the largest accepted amount over many rows exactly, in coverage, gaps and the link answer', async () => {
    needId = await create('/api/needs', { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: MAX_AMOUNT_MINOR, currency: 'JPY' }, sharing: { marking: 'GREEN' } });
    for (let i = 1; i <= ROWS; i++) {
      const id = await create('/api/contributions', contribution({ type: 'equipment', money: { amountMinor: MAX_AMOUNT_MINOR, currency: 'JPY' } }));
      const link = await focal.inject({ method: 'POST', url: `/api/contributions/${id}/needs`, payload: { needId, amountMinor: MAX_AMOUNT_MINOR } });
      // Past two rows the sums leave the exact range of a JSON number: still a 200, still exact.
      expect(link.statusCode, link.body).toBe(200);
      expect(link.json().gap.committed.amountMinor).toBe((max * BigInt(i)).toString());
      expect(link.json().gap.oversubscribed.amountMinor).toBe((max * BigInt(i - 1)).toString());
    }
    const total = (max * BigInt(ROWS)).toString();

    const coverage = await focal.inject({ method: 'GET', url: '/api/coverage?type=equipment' });
    expect(coverage.statusCode, coverage.body).toBe(200);
    const cell = coverage.json().matrix.cells.find((c: { orgId: string }) => c.orgId === orgId);
    expect(cell).toMatchObject({ count: ROWS, money: [{ amountMinor: total, currency: 'JPY' }] });

    const needs = await focal.inject({ method: 'GET', url: '/api/needs?limit=200' });
    expect(needs.statusCode, needs.body).toBe(200);
    const need = needs.json().items.find((n: { id: string }) => n.id === needId);
    expect(need.gap).toEqual({
      committed: { quantity: '0', amountMinor: total },
      delivered: { quantity: '0', amountMinor: '0' },
      unmet: { quantity: '0', amountMinor: '0' },
      oversubscribed: { quantity: '0', amountMinor: (max * BigInt(ROWS - 1)).toString() },
      notConverted: 0,
    });
    expect((await focal.inject({ method: 'GET', url: `/api/needs/${needId}` })).json().gap.committed.amountMinor).toBe(total);

    // The files carry the same exact sums (JPY has no minor digits).
    const matrix = (await focal.inject({ method: 'GET', url: '/api/coverage/matrix.csv?type=equipment' })).body;
    expect(matrix).toContain(`Counting State,Relief,JPY,${ROWS},${fromMinorUnits(total, 'JPY')}`);
    const gaps = (await focal.inject({ method: 'GET', url: '/api/coverage/gaps.csv' })).body;
    expect(gaps).toContain(`,JPY,${MAX_AMOUNT_MINOR},${total},0,0,${(max * BigInt(ROWS - 1)).toString()},`);
  });

  it('refuses an amount above the maximum, naming the field, and writes nothing', async () => {
    const above = MAX_AMOUNT_MINOR + 1;
    await expectInvalid(
      focal,
      { method: 'POST', url: () => '/api/contributions', payload: () => contribution({ money: { amountMinor: above, currency: 'USD' } }) },
      t,
      'contribution',
      'body.money.amountMinor',
    );
    await expectInvalid(
      focal,
      {
        method: 'POST',
        url: () => '/api/needs',
        payload: () => ({ frameworkNodeId: lineId, type: 'funding', money: { amountMinor: above, currency: 'USD' }, sharing: { marking: 'GREEN' } }),
      },
      t,
      'need',
      'body.money.amountMinor',
    );
    const id = await create('/api/contributions', contribution());
    await expectInvalid(
      focal,
      { method: 'POST', url: () => `/api/contributions/${id}/needs`, payload: () => ({ needId, amountMinor: above }) },
      t,
      'contribution_need',
      'body.amountMinor',
    );
    await expectInvalid(
      focal,
      { method: 'PATCH', url: () => `/api/contributions/${id}`, payload: () => ({ money: { amountMinor: above, currency: 'USD' } }) },
      t,
      'audit_event',
      'body.money.amountMinor',
    );
  });

  it('is kept by the import: an amount above the maximum is a problem on its row', async () => {
    const file = `#org,#sector,#activity+type,#value,#currency,#meta+id
Counting State,relief,funding,10000000000000.00,USD,AT-MAX
Counting State,relief,funding,10000000000000.01,USD,ABOVE-MAX
`;
    const report = await importContributions(t.db, importer, Readable.from([Buffer.from(file)]), {
      dryRun: true,
      fileName: 'max.csv',
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    });
    expect(report.problems).toEqual([expect.objectContaining({ rows: [3], column: '#value', message: expect.stringContaining('amount too large') })]);
  });

  it('is kept by the database too, for every writer', async () => {
    const id = await create('/api/contributions', contribution());
    for (const [table, constraint] of [
      ['contribution', 'contribution_amount_at_most'],
      ['need', 'need_amount_at_most'],
      ['contribution_need', 'contribution_need_amount_at_most'],
    ] as const) {
      const where = table === 'contribution' ? sql`id = ${id}` : table === 'need' ? sql`id = ${needId}` : sql`need_id = ${needId}`;
      await expect(sql`UPDATE ${sql.table(table)} SET amount_minor = ${(max + 1n).toString()}::bigint WHERE ${where}`.execute(t.db)).rejects.toMatchObject({ constraint });
      await sql`UPDATE ${sql.table(table)} SET amount_minor = ${max.toString()}::bigint WHERE ${where}`.execute(t.db);
    }
  });
});

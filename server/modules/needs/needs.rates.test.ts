// A need's money gap counts contributions linked in other currencies, converted at the rate
// in force (ADR 0031); one with no rate is named, never dropped or counted 1:1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectInvalid } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
let admin: Session;
let uk: Session;
let us: Session;
let lineId = '';
let otherLineId = '';
let needId = '';

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    lineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'stabilisation', name: 'Stabilisation', description: '', position: 0 })).id;
    otherLineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'training', name: 'Training', description: '', position: 1 })).id;
  });
  const secretariat = await buildOrganisation(t.db, { name: 'Secretariat', kind: 'secretariat' });
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  uk = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db, { name: 'United Kingdom' })).id)).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db, { name: 'United States' })).id)).email, TEST_PASSWORD);
  const rate = await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: { currency: 'GBP', baseCurrency: 'USD', rate: '1.25', validFrom: '2026-01-01' } });
  expect(rate.statusCode, rate.body).toBe(201);
  const need = await us.inject({
    method: 'POST',
    url: '/api/needs',
    payload: {
      frameworkNodeId: lineId,
      type: 'training',
      description: 'Police officers trained',
      quantity: { value: 1000, unit: 'officers' },
      money: { amountMinor: 1_000_000_00, currency: 'USD' },
      sharing: { marking: 'GREEN' },
    },
  });
  expect(need.statusCode, need.body).toBe(201);
  needId = need.json().id;
});
afterAll(async () => t?.close());

/** A committed contribution of `session`'s organisation on the other line, in `currency`. */
async function contribution(session: Session, currency: string, amountMinor: number, startDate: string | null) {
  const res = await session.inject({
    method: 'POST',
    url: '/api/contributions',
    payload: {
      frameworkNodeId: otherLineId,
      type: 'training',
      description: `Trainers paid in ${currency}`,
      quantity: { value: 300, unit: 'officers' },
      money: { amountMinor, currency },
      locationIds: [],
      startDate,
      endDate: null,
      status: 'committed',
      sharing: { marking: 'GREEN' },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
const need = async () => (await us.inject({ method: 'GET', url: `/api/needs/${needId}` })).json();
const meeting = async () => (await us.inject({ method: 'GET', url: `/api/needs/${needId}/contributions` })).json().items;

describe('a contribution in another currency meeting a need', () => {
  let gbpId = '';

  it('counts a GBP link in a USD need converted at the rate in force on the contribution’s date, keeping the original', async () => {
    gbpId = await contribution(uk, 'GBP', 100_000_00, '2026-03-01');
    const linked = await uk.inject({ method: 'POST', url: `/api/contributions/${gbpId}/needs`, payload: { needId, quantity: 300, amountMinor: 100_000_00, currency: 'GBP' } });
    expect(linked.statusCode, linked.body).toBe(200);
    // £100,000.00 at 1.25 = $125,000.00; both gaps: 1,000 officers → 700 unmet.
    expect(linked.json().gap).toEqual({
      committed: { quantity: '300', amountMinor: '12500000' },
      delivered: { quantity: '0', amountMinor: '0' },
      unmet: { quantity: '700', amountMinor: '87500000' },
      oversubscribed: { quantity: '0', amountMinor: '0' },
      notConverted: 0,
    });
    expect(await meeting()).toEqual([
      expect.objectContaining({
        id: gbpId,
        meets: { quantity: '300', amountMinor: '12500000' },
        original: { amountMinor: '10000000', currency: 'GBP' },
        conversion: { rate: '1.25', rateDate: '2026-01-01', day: '2026-03-01' },
        notConverted: false,
      }),
    ]);
    // The contribution's own page shows the link as given.
    const detail = (await uk.inject({ method: 'GET', url: `/api/contributions/${gbpId}` })).json();
    expect(detail.needs).toEqual([expect.objectContaining({ needId, amountMinor: 100_000_00, currency: 'GBP' })]);
  });

  it('follows the rates: a later rate for an earlier day changes the figure; none before the first', async () => {
    const r = await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: { currency: 'GBP', baseCurrency: 'USD', rate: '1.3', validFrom: '2026-02-15' } });
    expect(r.statusCode).toBe(201);
    expect((await need()).gap.committed.amountMinor).toBe('13000000');
    await admin.inject({ method: 'DELETE', url: `/api/exchange-rates/${r.json().id}` });
    expect((await need()).gap.committed.amountMinor).toBe('12500000');
  });

  it('names a contribution with no rate in force as not converted, counting it in no money part and never 1:1', async () => {
    const before = (await need()).gap;
    const sekId = await contribution(uk, 'SEK', 50_000_00, '2026-03-01');
    const linked = await uk.inject({ method: 'POST', url: `/api/contributions/${sekId}/needs`, payload: { needId, amountMinor: 50_000_00, currency: 'SEK' } });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().gap).toEqual({ ...before, notConverted: 1 });
    const sek = (await meeting()).find((c: { id: string }) => c.id === sekId);
    expect(sek).toMatchObject({ meets: { amountMinor: null }, original: { amountMinor: '5000000', currency: 'SEK' }, conversion: null, notConverted: true });
    // Dated before the contribution: converted from then on (SEK→USD through nothing else: a direct rate).
    await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: { currency: 'USD', baseCurrency: 'SEK', rate: '10', validFrom: '2026-01-01' } });
    expect((await need()).gap).toMatchObject({ committed: { amountMinor: String(12_500_000 + 500_000) }, notConverted: 0 });
  });

  it('converts a contribution with no start date on the day it was recorded', async () => {
    const before = BigInt((await need()).gap.committed.amountMinor);
    const id = await contribution(uk, 'GBP', 8_00, null);
    await uk.inject({ method: 'POST', url: `/api/contributions/${id}/needs`, payload: { needId, amountMinor: 8_00, currency: 'GBP' } });
    const today = new Date().toISOString().slice(0, 10);
    expect((await meeting()).find((c: { id: string }) => c.id === id).conversion).toEqual({ rate: '1.25', rateDate: '2026-01-01', day: today });
    expect(BigInt((await need()).gap.committed.amountMinor) - before).toBe(10_00n);
  });

  it('refuses a currency that is neither the need’s nor the contribution’s, changing nothing', async () => {
    await expectInvalid(
      uk,
      { method: 'POST', url: () => `/api/contributions/${gbpId}/needs`, payload: () => ({ needId, amountMinor: 100, currency: 'EUR' }) },
      t,
      'contribution_need',
      'body.currency',
    );
    await expectInvalid(
      uk,
      { method: 'POST', url: () => `/api/contributions/${gbpId}/needs`, payload: () => ({ needId, amountMinor: 100, currency: 'XYZ' }) },
      t,
      'contribution_need',
      'body.currency',
    );
    expect((await meeting()).find((c: { id: string }) => c.id === gbpId).original).toEqual({ amountMinor: '10000000', currency: 'GBP' });
  });
});

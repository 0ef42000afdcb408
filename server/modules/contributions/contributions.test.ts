import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';

let t: TestApp;
let uk: Session;
let us: Session;
let viewer: Session;
let lineId = '';
let objectiveId = '';
let otherLineId = '';
let mosulId = '';
let ninawaId = '';
let contributionId = '';

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    lineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian relief', description: '', position: 0 })).id;
    objectiveId = (
      await createFrameworkNodeIn(trx, systemCtx, { parentId: lineId, kind: 'objective', code: 'humanitarian.shelter', name: 'Shelter', description: '', position: 0 })
    ).id;
    otherLineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'finance', name: 'Finance', description: '', position: 1 })).id;
  });
  ninawaId = (await t.db.selectFrom('location').select('id').where('code', '=', 'IQ-NI').executeTakeFirstOrThrow()).id;
  mosulId = (await t.db.insertInto('location').values({ parent_id: ninawaId, level: 'adm2', code: 'IQ-NI-MOS', name: 'Mosul' }).returning('id').executeTakeFirstOrThrow()).id;
  const ukOrg = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  const usOrg = await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' });
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg.id)).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, usOrg.id)).email, TEST_PASSWORD);
  viewer = await signIn(t.app, (await buildUser(t.db, ukOrg.id, 'viewer')).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const contribution = () => ({
  frameworkNodeId: objectiveId,
  type: 'humanitarian_aid',
  description: 'Winter shelter kits',
  quantity: { value: 5000, unit: 'kits' },
  money: { amountMinor: 250_000_00, currency: 'USD' },
  locationIds: [mosulId],
  startDate: '2015-01-01',
  endDate: '2015-06-30',
  sharing: { marking: 'GREEN' },
});

const routes = {
  list: { method: 'GET' as const, url: () => '/api/contributions' },
  get: { method: 'GET' as const, url: () => `/api/contributions/${contributionId || '00000000-0000-4000-8000-000000000000'}` },
  create: { method: 'POST' as const, url: () => '/api/contributions', payload: contribution },
  update: { method: 'PATCH' as const, url: () => `/api/contributions/${contributionId}`, payload: () => ({ description: 'x' }) },
  status: { method: 'POST' as const, url: () => `/api/contributions/${contributionId}/status`, payload: () => ({ status: 'committed' }) },
  remove: { method: 'DELETE' as const, url: () => `/api/contributions/${contributionId}` },
};

describe('contributions', () => {
  itRequiresSignIn(() => t, routes);

  it('records a contribution under an objective, filed under its line of effort, with its first status', async () => {
    const res = await uk.inject(request(routes.create));
    expect(res.statusCode, res.body).toBe(201);
    contributionId = res.json().id;
    expect(res.json()).toMatchObject({
      organisation: { name: 'United Kingdom' },
      frameworkNode: { id: objectiveId },
      line: { id: lineId, name: 'Humanitarian relief' },
      money: { amountMinor: 25_000_000, currency: 'USD' },
      quantity: { value: 5000, unit: 'kits' },
      locations: [{ code: 'IQ-NI-MOS' }],
      status: 'pledged',
      history: [{ fromStatus: null, toStatus: 'pledged' }],
      abilities: { update: true, changeStatus: true, delete: true, linkNeed: true },
    });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const bad = (over: object) => () => ({ ...contribution(), ...over });
    await expectInvalid(uk, { ...routes.create, payload: bad({ money: { amountMinor: 1.5, currency: 'USD' } }) }, t, 'contribution', 'body.money.amountMinor');
    await expectInvalid(uk, { ...routes.create, payload: bad({ money: { amountMinor: 100, currency: 'XYZ' } }) }, t, 'contribution', 'body.money.currency');
    await expectInvalid(uk, { ...routes.create, payload: bad({ type: 'weapons' }) }, t, 'contribution', 'body.type');
    await expectInvalid(uk, { ...routes.create, payload: bad({ endDate: '2014-01-01' }) }, t, 'contribution', 'body.endDate');
    await expectInvalid(uk, { ...routes.create, payload: bad({ locationIds: ['00000000-0000-4000-8000-000000000000'] }) }, t, 'contribution', 'body.locationIds.0');
    await expectInvalid(uk, { ...routes.create, payload: bad({ frameworkNodeId: mosulId }) }, t, 'contribution', 'body.frameworkNodeId');
  });

  it('lets only the owner organisation change it; viewers change nothing', async () => {
    await expectForbidden(us, routes.update, t, 'contribution');
    await expectForbidden(us, routes.status, t, 'contribution_status_change');
    await expectForbidden(viewer, routes.create, t, 'contribution');
    await expectForbidden(us, routes.remove, t, 'contribution');
  });

  it('moves forward through its statuses with a history, and refuses going back', async () => {
    const committed = await uk.inject({ ...request(routes.status), payload: { status: 'committed', note: 'Signed' } });
    expect(committed.statusCode).toBe(200);
    const delivered = await uk.inject({ ...request(routes.status), payload: { status: 'delivered' } });
    expect(delivered.json().history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['pledged', 'committed', 'delivered']);
    expect(delivered.json().history[1]).toMatchObject({ fromStatus: 'pledged', note: 'Signed' });
    const back = await uk.inject({ ...request(routes.status), payload: { status: 'pledged' } });
    expect(back.statusCode).toBe(409);
    expect(back.json().errors[0].path).toBe('body.status');
  });

  it('is idempotent by external id within an organisation', async () => {
    const first = await uk.inject({ ...request(routes.create), payload: { ...contribution(), externalId: 'UK-2015-001' } });
    expect(first.statusCode).toBe(201);
    const again = await uk.inject({ ...request(routes.create), payload: { ...contribution(), externalId: 'UK-2015-001' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('body.externalId');
    const otherOrg = await us.inject({ ...request(routes.create), payload: { ...contribution(), externalId: 'UK-2015-001' } });
    expect(otherOrg.statusCode).toBe(201);
  });

  it('filters by line, status, type, period and location subtree', async () => {
    const q = async (query: string) => (await uk.inject({ method: 'GET', url: `/api/contributions?${query}` })).json().items.length;
    expect(await q(`lineId=${lineId}`)).toBe(3);
    expect(await q(`lineId=${otherLineId}`)).toBe(0);
    expect(await q('status=delivered')).toBe(1);
    expect(await q('type=training')).toBe(0);
    expect(await q(`locationId=${ninawaId}`)).toBe(3);
    expect(await q('from=2016-01-01')).toBe(0);
    expect(await q('to=2014-12-31')).toBe(0);
    expect(await q('q=shelter')).toBe(3);
  });
});

// Needs, their gaps and the contribution↔need links, through HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { createFrameworkNodeIn, createWorkingGroupIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';

let t: TestApp;
let uk: Session;
let us: Session;
let lineId = '';
let objectiveId = '';
let mosulId = '';
let ninawaId = '';
let contributionId = '';
let needId = '';

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    lineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian relief', description: '', position: 0 })).id;
    objectiveId = (
      await createFrameworkNodeIn(trx, systemCtx, { parentId: lineId, kind: 'objective', code: 'humanitarian.shelter', name: 'Shelter', description: '', position: 0 })
    ).id;
  });
  ninawaId = (await t.db.selectFrom('location').select('id').where('code', '=', 'IQ-NI').executeTakeFirstOrThrow()).id;
  mosulId = (await t.db.insertInto('location').values({ parent_id: ninawaId, level: 'adm2', code: 'IQ-NI-MOS', name: 'Mosul' }).returning('id').executeTakeFirstOrThrow()).id;
  const ukOrg = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  const usOrg = await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' });
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg.id)).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, usOrg.id)).email, TEST_PASSWORD);
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
const need = () => ({
  frameworkNodeId: lineId,
  locationId: ninawaId,
  type: 'humanitarian_aid',
  description: 'Shelter for displaced families',
  quantity: { value: 12000, unit: 'kits' },
  money: { amountMinor: 1_000_000_00, currency: 'USD' },
  priority: 'critical',
  sharing: { marking: 'GREEN' },
});

const routes = {
  get: { method: 'GET' as const, url: () => `/api/contributions/${contributionId || '00000000-0000-4000-8000-000000000000'}` },
  create: { method: 'POST' as const, url: () => '/api/contributions', payload: contribution },
  link: { method: 'POST' as const, url: () => `/api/contributions/${contributionId}/needs`, payload: () => ({ needId, quantity: 1 }) },
  needs: { method: 'GET' as const, url: () => '/api/needs' },
  need: { method: 'GET' as const, url: () => `/api/needs/${needId || '00000000-0000-4000-8000-000000000000'}` },
  needContributions: { method: 'GET' as const, url: () => `/api/needs/${needId || '00000000-0000-4000-8000-000000000000'}/contributions` },
  createNeed: { method: 'POST' as const, url: () => '/api/needs', payload: need },
  updateNeed: { method: 'PATCH' as const, url: () => `/api/needs/${needId}`, payload: () => ({ priority: 'high' }) },
  removeNeed: { method: 'DELETE' as const, url: () => `/api/needs/${needId}` },
  unlink: { method: 'DELETE' as const, url: () => `/api/contributions/${contributionId}/needs/${needId}` },
};

/** The contribution the links below use: the UK's, delivered. */
async function deliveredContribution() {
  const res = await uk.inject(request(routes.create));
  expect(res.statusCode, res.body).toBe(201);
  const delivered = await uk.inject({ method: 'POST', url: `/api/contributions/${res.json().id}/status`, payload: { status: 'delivered' } });
  expect(delivered.statusCode, delivered.body).toBe(200);
  return res.json().id as string;
}

beforeAll(async () => {
  contributionId = await deliveredContribution();
});

describe('needs without a session', () => {
  itRequiresSignIn(() => t, routes);
});

describe('needs and gaps', () => {
  it('states a need and ranks it by unmet gap', async () => {
    const res = await us.inject(request(routes.createNeed));
    expect(res.statusCode, res.body).toBe(201);
    needId = res.json().id;
    expect(res.json().gap.unmet).toEqual({ quantity: '12000', amountMinor: '100000000' });
    await expectInvalid(us, { ...routes.createNeed, payload: () => ({ ...need(), quantity: null, money: null }) }, t, 'need', 'body.quantity');
  });

  it('counts committed and delivered links against the need, never below zero', async () => {
    // contributionId is delivered; link 5,000 kits and USD 250,000.
    const linked = await uk.inject({ ...request(routes.link), payload: { needId, quantity: 5000, amountMinor: 25_000_000 } });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().gap).toMatchObject({
      delivered: { quantity: '5000', amountMinor: '25000000' },
      unmet: { quantity: '7000', amountMinor: '75000000' },
      oversubscribed: { quantity: '0', amountMinor: '0' },
    });
    const big = await us.inject({ ...request(routes.create), payload: { ...contribution(), quantity: { value: 10000, unit: 'kits' }, status: 'committed' } });
    const over = await us.inject({ method: 'POST', url: `/api/contributions/${big.json().id}/needs`, payload: { needId, quantity: 10000 } });
    expect(over.json().gap).toMatchObject({ unmet: { quantity: '0' }, oversubscribed: { quantity: '3000' } });
    // A pledge does not count yet.
    const pledge = await us.inject({ ...request(routes.create), payload: contribution() });
    const p = await us.inject({ method: 'POST', url: `/api/contributions/${pledge.json().id}/needs`, payload: { needId, quantity: 500 } });
    expect(p.json().gap.oversubscribed.quantity).toBe('3000');
  });

  it('lists the contributions that meet the need, each with its part, only those the reader may see', async () => {
    const first = await us.inject(request(routes.needContributions));
    expect(first.statusCode, first.body).toBe(200);
    const seen = first.json().items as { organisation: { name: string }; status: string; meets: { quantity: string } }[];
    // Ordered by organisation and description; two of the US's have the same description, so compared in a fixed order.
    expect(seen.map((c) => [c.organisation.name, c.status, c.meets.quantity]).sort((a, b) => a.join().localeCompare(b.join()))).toEqual([
      ['United Kingdom', 'delivered', '5000'],
      ['United States', 'committed', '10000'],
      ['United States', 'pledged', '500'],
    ]);
    // A RED contribution of the UK, linked to the need: listed for the UK, neither listed nor counted for the US.
    const red = await uk.inject({
      ...request(routes.create),
      payload: { ...contribution(), description: 'Kits by a confidential channel', status: 'committed', sharing: { marking: 'RED' } },
    });
    expect(red.statusCode, red.body).toBe(201);
    const gapBefore = (await us.inject(request(routes.need))).json().gap;
    expect((await uk.inject({ method: 'POST', url: `/api/contributions/${red.json().id}/needs`, payload: { needId, quantity: 700 } })).statusCode).toBe(200);
    const forUs = await us.inject(request(routes.needContributions));
    expect(forUs.body).not.toContain('confidential');
    expect(forUs.json().items).toHaveLength(3);
    expect((await us.inject(request(routes.need))).json().gap).toEqual(gapBefore);
    expect((await uk.inject(request(routes.needContributions))).json().items.map((c: { description: string }) => c.description)).toContain('Kits by a confidential channel');
    await uk.inject({ method: 'DELETE', url: `/api/contributions/${red.json().id}/needs/${needId}` });
    // A missing need and a bad id.
    expect((await us.inject({ method: 'GET', url: '/api/needs/00000000-0000-4000-8000-000000000000/contributions' })).statusCode).toBe(404);
    const bad = await us.inject({ method: 'GET', url: '/api/needs/not-an-id/contributions' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
  });

  it('finds needs by words across lines and places: description, line, place, organisation', async () => {
    const found = async (q: string) => ((await uk.inject({ method: 'GET', url: `/api/needs?q=${encodeURIComponent(q)}` })).json().items as { id: string }[]).map((n) => n.id);
    for (const q of [
      'displaced',
      'humanitarian relief',
      'UNITED STATES',
      (await t.db.selectFrom('location').select('name').where('id', '=', ninawaId).executeTakeFirstOrThrow()).name,
    ])
      expect(await found(q), q).toContain(needId);
    expect(await found('no such words anywhere')).toEqual([]);
    // Wildcards are words, not patterns.
    expect(await found('%')).toEqual([]);
    const long = await uk.inject({ method: 'GET', url: `/api/needs?q=${'x'.repeat(201)}` });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].path).toBe('query.q');
  });

  it('refuses to link what the need does not ask for, and someone else’s contribution', async () => {
    await expectForbidden(us, routes.link, t, 'contribution_need');
    const before = await countRows(t.db, 'contribution_need');
    const noMoney = await uk.inject(request({ ...routes.createNeed, payload: () => ({ ...need(), money: null }) }));
    const res = await uk.inject({ ...request(routes.link), payload: { needId: noMoney.json().id, amountMinor: 5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.amountMinor');
    expect(await countRows(t.db, 'contribution_need')).toBe(before);
  });
});

describe('changing needs and links', () => {
  it('shows on a contribution the needs it meets, and lets its owner take a link back', async () => {
    const detail = (await uk.inject(request(routes.get))).json();
    expect(detail.needs).toEqual([expect.objectContaining({ needId, quantity: 5000, unit: 'kits', amountMinor: 25_000_000, currency: 'USD', line: 'Humanitarian relief' })]);
    await expectForbidden(us, routes.unlink, t, 'contribution_need');
    const before = (await us.inject(request(routes.need))).json().gap.delivered.quantity;
    const res = await uk.inject(request(routes.unlink));
    expect(res.statusCode).toBe(204);
    expect((await us.inject(request(routes.need))).json().gap.delivered.quantity).toBe(String(Number(before) - 5000));
    expect((await uk.inject(request(routes.unlink))).statusCode).toBe(404);
    await uk.inject({ ...request(routes.link), payload: { needId, quantity: 5000, amountMinor: 25_000_000 } });
  });

  it('lets the stating organisation change a need, keeping a size and a period in order', async () => {
    await expectForbidden(uk, routes.updateNeed, t, 'need');
    const res = await us.inject({ ...request(routes.updateNeed), payload: { priority: 'high', quantity: { value: 15000, unit: 'kits' } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ priority: 'high', quantity: { value: 15000 }, gap: { unmet: { quantity: '0' } } });
    await expectInvalid(us, { ...routes.updateNeed, payload: () => ({ quantity: null, money: null }) }, t, 'need', 'body.quantity');
    await expectInvalid(us, { ...routes.updateNeed, payload: () => ({ periodStart: '2015-05-01', periodEnd: '2015-01-01' }) }, t, 'need', 'body.periodEnd');
    await expectInvalid(us, { ...routes.updateNeed, payload: () => ({ locationId: '00000000-0000-4000-8000-000000000000' }) }, t, 'need', 'body.locationId');
    const audit = await t.db.selectFrom('audit_event').select('action').where('entity_id', '=', needId).execute();
    expect(audit.map((a) => a.action)).toContain('need.update');
  });

  it('states a need on behalf of a working group only as its co-lead', async () => {
    const ukOrg = await t.db.selectFrom('organisation').select('id').where('name', '=', 'United Kingdom').executeTakeFirstOrThrow();
    const wgId = await t.db
      .transaction()
      .execute((trx) => createWorkingGroupIn(trx, systemCtx, { name: 'Stabilisation working group', lineId, formedOn: null, coLeadOrgIds: [ukOrg.id], memberOrgIds: [] }));
    const wg = { id: wgId };
    const res = await uk.inject({ ...request(routes.createNeed), payload: { ...need(), workingGroupId: wg.id } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ organisation: { name: 'United Kingdom' }, workingGroup: { id: wg.id, name: 'Stabilisation working group' } });
    await expectForbidden(us, { ...routes.createNeed, payload: () => ({ ...need(), workingGroupId: wg.id }) }, t, 'need');
    await expectInvalid(uk, { ...routes.createNeed, payload: () => ({ ...need(), workingGroupId: '00000000-0000-4000-8000-000000000000' }) }, t, 'need', 'body.workingGroupId');
  });

  it('deletes a need with its links, leaving the contributions', async () => {
    await expectForbidden(uk, routes.removeNeed, t, 'need');
    const contributions = await countRows(t.db, 'contribution');
    const res = await us.inject(request(routes.removeNeed));
    expect(res.statusCode).toBe(204);
    expect((await us.inject(request(routes.need))).statusCode).toBe(404);
    expect(await t.db.selectFrom('contribution_need').select('need_id').where('need_id', '=', needId).execute()).toEqual([]);
    expect(await countRows(t.db, 'contribution')).toBe(contributions);
  });
});

// The coverage views, through HTTP, over a small register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';

let t: TestApp;
let uk: Session;
let us: Session;
let lineId = '';
let objectiveId = '';
let otherLineId = '';
let mosulId = '';
let ninawaId = '';

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
  create: { method: 'POST' as const, url: () => '/api/contributions', payload: contribution },
  createNeed: { method: 'POST' as const, url: () => '/api/needs', payload: need },
  coverage: { method: 'GET' as const, url: () => '/api/coverage' },
};

/**
 * The register the views are read from: the UK's contribution delivered and a second one
 * pledged, the US's committed one at the same place and time (a likely duplicate) and a
 * pledge; Finance has no contributor.
 */
beforeAll(async () => {
  const create = async (session: Session, over: object) => {
    const res = await session.inject({ ...request(routes.create), payload: { ...contribution(), ...over } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const delivered = await create(uk, {});
  await uk.inject({ method: 'POST', url: `/api/contributions/${delivered}/status`, payload: { status: 'delivered' } });
  await create(uk, { externalId: 'UK-2015-001' });
  await create(us, { quantity: { value: 10000, unit: 'kits' }, status: 'committed' });
  await create(us, {});
});

describe('coverage without a session', () => {
  itRequiresSignIn(() => t, routes);
});

describe('coverage', () => {
  it('gives the organisation × line matrix with counts and money per currency', async () => {
    const res = await uk.inject(request(routes.coverage));
    expect(res.statusCode, res.body).toBe(200);
    const { matrix } = res.json();
    expect(matrix.lines.map((l: { name: string }) => l.name)).toEqual(['Humanitarian relief', 'Finance']);
    const ukCell = matrix.cells.find((c: { orgId: string }) => matrix.organisations.find((o: { id: string; name: string }) => o.id === c.orgId).name === 'United Kingdom');
    expect(ukCell).toMatchObject({ lineId, count: 2, money: [{ amountMinor: '50000000', currency: 'USD' }] });
  });

  it('names lines with no or a single contributor, thin places, and likely duplication', async () => {
    const res = await uk.inject(request(routes.coverage));
    const body = res.json();
    expect(body.linesWithFewContributors).toEqual([{ id: otherLineId, name: 'Finance', contributors: 0, onlyOrganisation: null }]);
    expect(body.likelyDuplicates.length).toBeGreaterThan(0);
    expect(body.likelyDuplicates[0]).toMatchObject({ location: { name: 'Mosul' }, type: 'humanitarian_aid', organisations: ['United Kingdom', 'United States'] });
    const delivered = await uk.inject({ method: 'GET', url: '/api/coverage?status=delivered' });
    expect(delivered.json().matrix.cells).toHaveLength(1);
  });

  it('puts places with unmet needs on the map, counting only the needs the reader sees', async () => {
    const mosul = async (session: Session) => (await session.inject(request(routes.coverage))).json().places.find((p: { name: string }) => p.name === 'Mosul');
    const before = { uk: (await mosul(uk))?.openNeeds ?? 0, us: (await mosul(us))?.openNeeds ?? 0 };
    await uk.inject({ ...request(routes.createNeed), payload: { ...need(), locationId: mosulId, money: null } });
    await uk.inject({ ...request(routes.createNeed), payload: { ...need(), locationId: mosulId, money: null, sharing: { marking: 'AMBER' } } });
    expect((await mosul(uk)).openNeeds).toBe(before.uk + 2);
    expect((await mosul(us)).openNeeds).toBe(before.us + 1);
    expect(await mosul(uk)).toMatchObject({ countryCode: 'IRQ', level: 'adm2' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { loadReferenceLocations } from './locations.service.ts';

let t: TestApp;
let coordinator: Session;
let viewer: Session;
let iraqId = '';
let ninawaId = '';

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute((trx) => loadReferenceLocations(trx, systemCtx));
  const org = await buildOrganisation(t.db);
  coordinator = await signIn(t.app, (await buildUser(t.db, org.id, 'coordinator')).email, TEST_PASSWORD);
  viewer = await signIn(t.app, (await buildUser(t.db, org.id, 'viewer')).email, TEST_PASSWORD);
  iraqId = (await t.db.selectFrom('location').select('id').where('code', '=', 'IRQ').executeTakeFirstOrThrow()).id;
  ninawaId = (await t.db.selectFrom('location').select('id').where('code', '=', 'IQ-NI').executeTakeFirstOrThrow()).id;
});
afterAll(async () => t?.close());

const routes = {
  list: { method: 'GET' as const, url: () => '/api/locations' },
  get: { method: 'GET' as const, url: () => `/api/locations/${iraqId}` },
  create: {
    method: 'POST' as const,
    url: () => '/api/locations',
    payload: () => ({ parentId: ninawaId, level: 'adm2', code: 'IQ-NI-MOS', name: 'Mosul', nameAr: 'الموصل', latitude: 36.34, longitude: 43.13 }),
  },
};

describe('locations', () => {
  itRequiresSignIn(() => t, routes);

  it('ships every country and the governorates of Iraq and Syria, once', async () => {
    const countries = await t.db.selectFrom('location').select('code').where('level', '=', 'country').execute();
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.map((c) => c.code)).toEqual(expect.arrayContaining(['IRQ', 'SYR', 'GBR', 'USA', 'PAN', 'XKX']));
    const iraq = await coordinator.inject({ method: 'GET', url: `/api/locations?parentId=${iraqId}&limit=100` });
    expect(iraq.json().items).toHaveLength(18);
    const syria = await coordinator.inject({ method: 'GET', url: '/api/locations?q=SY-&level=adm1&limit=100' });
    expect(syria.json().items).toHaveLength(14);
    const before = await countRows(t.db, 'location');
    expect(await t.db.transaction().execute((trx) => loadReferenceLocations(trx, systemCtx))).toBe(0);
    expect(await countRows(t.db, 'location')).toBe(before);
  });

  it('finds places by their French or Arabic names', async () => {
    const fr = await viewer.inject({ method: 'GET', url: `/api/locations?q=${encodeURIComponent('Syrie')}` });
    expect(fr.json().items.map((l: { code: string }) => l.code)).toContain('SYR');
    const ar = await viewer.inject({ method: 'GET', url: `/api/locations?q=${encodeURIComponent('نينوى')}` });
    expect(ar.json().items.map((l: { code: string }) => l.code)).toEqual(['IQ-NI']);
  });

  it('lets coordinators add a lower level, with its ancestors', async () => {
    await expectForbidden(viewer, routes.create, t, 'location');
    const res = await coordinator.inject(request(routes.create));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ancestors.map((a: { code: string }) => a.code)).toEqual(['IRQ', 'IQ-NI']);
  });

  it('refuses a level that does not follow the parent, or half a coordinate', async () => {
    await expectInvalid(coordinator, { ...routes.create, payload: () => ({ parentId: iraqId, level: 'adm2', code: 'X-1', name: 'x' }) }, t, 'location', 'body.level');
    await expectInvalid(
      coordinator,
      { ...routes.create, payload: () => ({ parentId: ninawaId, level: 'adm2', code: 'X-2', name: 'x', latitude: 36 }) },
      t,
      'location',
      'body.longitude',
    );
  });
});

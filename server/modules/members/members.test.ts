import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';

let t: TestApp;
let admin: Session;
let focal: Session;
let orgId: string;
let groupId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const secretariat = await buildOrganisation(t.db, { kind: 'secretariat', name: 'Secretariat' });
  const member = await buildOrganisation(t.db, { name: 'Ruritania', iso3: 'RUR' });
  await buildOrganisation(t.db, { name: 'Freedonia', iso3: 'FRE' });
  await buildOrganisation(t.db, { name: 'Union of Ports', kind: 'organisation' });
  orgId = member.id;
  groupId = (await buildGroup(t.db, [member.id], 'Small group')).id;
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  focal = await signIn(t.app, (await buildUser(t.db, member.id, 'focal_point')).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const routes = {
  list: { method: 'GET' as const, url: () => '/api/organisations' },
  get: { method: 'GET' as const, url: () => `/api/organisations/${orgId}` },
  create: {
    method: 'POST' as const,
    url: () => '/api/organisations',
    payload: () => ({ name: 'Grand Fenwick', kind: 'state', iso3: 'GFW' }),
  },
  update: { method: 'PATCH' as const, url: () => `/api/organisations/${orgId}`, payload: () => ({ shortName: 'RU' }) },
  groups: { method: 'GET' as const, url: () => '/api/groups' },
  group: { method: 'GET' as const, url: () => `/api/groups/${groupId}` },
  createGroup: { method: 'POST' as const, url: () => '/api/groups', payload: () => ({ name: 'Friends', memberOrgIds: [orgId] }) },
  updateGroup: { method: 'PATCH' as const, url: () => `/api/groups/${groupId}`, payload: () => ({ description: 'x' }) },
};

describe('members routes', () => {
  itRequiresSignIn(() => t, routes);

  it('lists organisations by name, filters and pages with a cursor', async () => {
    const all = await focal.inject({ method: 'GET', url: '/api/organisations?limit=2' });
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((o: { name: string }) => o.name)).toEqual(['Freedonia', 'Ruritania']);
    const next = await focal.inject({ method: 'GET', url: `/api/organisations?limit=2&cursor=${all.json().nextCursor}` });
    expect(next.json().items.map((o: { name: string }) => o.name)).toEqual(['Secretariat', 'Union of Ports']);
    expect(next.json().nextCursor).toBeNull();
    const states = await focal.inject({ method: 'GET', url: '/api/organisations?kind=organisation' });
    expect(states.json().items.map((o: { name: string }) => o.name)).toEqual(['Union of Ports']);
    const search = await focal.inject({ method: 'GET', url: '/api/organisations?q=rur' });
    expect(search.json().items).toHaveLength(1);
    const inGroup = await focal.inject({ method: 'GET', url: `/api/organisations?groupId=${groupId}` });
    expect(inGroup.json().items.map((o: { name: string }) => o.name)).toEqual(['Ruritania']);
  });

  it('rejects a forged cursor and an oversized limit naming the field', async () => {
    const bad = await focal.inject({ method: 'GET', url: '/api/organisations?cursor=not-a-cursor' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.cursor');
    const big = await focal.inject({ method: 'GET', url: '/api/organisations?limit=100000' });
    expect(big.statusCode).toBe(400);
    expect(big.json().errors[0].path).toBe('query.limit');
  });

  it('shows one organisation with its groups', async () => {
    const res = await focal.inject(request(routes.get));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Ruritania', iso3: 'RUR', groups: [{ name: 'Small group' }], userCount: 1 });
    const missing = await focal.inject({ method: 'GET', url: '/api/organisations/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    const notUuid = await focal.inject({ method: 'GET', url: '/api/organisations/42' });
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().errors[0].path).toBe('params.id');
  });

  it('forbids non-admins every change', async () => {
    await expectForbidden(focal, routes.create, t, 'organisation');
    await expectForbidden(focal, routes.update, t, 'organisation');
    await expectForbidden(focal, routes.createGroup, t, 'org_group');
    await expectForbidden(focal, routes.updateGroup, t, 'org_group');
  });

  it('lets an admin add and change an organisation, audited', async () => {
    const created = await admin.inject(request(routes.create));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Grand Fenwick', iso3: 'GFW', membershipStatus: 'member' });
    const changed = await admin.inject({
      method: 'PATCH',
      url: `/api/organisations/${created.json().id}`,
      payload: { membershipStatus: 'left', leftOn: '2016-01-01' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ membershipStatus: 'left', leftOn: '2016-01-01' });
    const audit = await t.db.selectFrom('audit_event').select('action').where('entity_id', '=', created.json().id).orderBy('occurred_at').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['organisation.create', 'organisation.update']);
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    await expectInvalid(admin, { ...routes.create, payload: () => ({ name: 'X', kind: 'state', iso3: 'xx' }) }, t, 'organisation', 'body.iso3');
    await expectInvalid(admin, { ...routes.create, payload: () => ({ name: 'X', kind: 'planet' }) }, t, 'organisation', 'body.kind');
    await expectInvalid(admin, { ...routes.create, payload: () => ({ name: 'EU', kind: 'organisation', iso3: 'EUU' }) }, t, 'organisation', 'body.iso3');
    await expectInvalid(admin, { ...routes.create, payload: () => ({ name: 'X', kind: 'state', joinedOn: '2015-13-45' }) }, t, 'organisation', 'body.joinedOn');
    await expectInvalid(
      admin,
      { ...routes.createGroup, payload: () => ({ name: 'G', memberOrgIds: ['00000000-0000-4000-8000-000000000000'] }) },
      t,
      'org_group',
      'body.memberOrgIds.0',
    );
  });

  it('answers 409 for a duplicate name, and writes nothing', async () => {
    const before = await countRows(t.db, 'organisation');
    const res = await admin.inject({ ...request(routes.create), payload: { name: 'Ruritania', kind: 'state' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('body.name');
    expect(await countRows(t.db, 'organisation')).toBe(before);
  });

  it('creates a group and replaces its members', async () => {
    const created = await admin.inject(request(routes.createGroup));
    expect(created.statusCode).toBe(201);
    expect(created.json().members.map((m: { name: string }) => m.name)).toEqual(['Ruritania']);
    const changed = await admin.inject({ method: 'PATCH', url: `/api/groups/${created.json().id}`, payload: { memberOrgIds: [] } });
    expect(changed.json().memberCount).toBe(0);
    const list = await focal.inject({ method: 'GET', url: '/api/groups?q=friends' });
    expect(list.json().items).toHaveLength(1);
  });
});

// An attacker's pass over the admin users API (session 16): an admin demoting or deactivating
// themselves, a coordinator raising their own role, a user in a missing organisation, the same
// e-mail address in another case — each a 4xx naming the field, nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';

let t: TestApp;
let admin: Session;
let adminId = '';
let coordinator: Session;
let coordinatorId = '';
let orgId = '';

beforeAll(async () => {
  t = await buildTestApp();
  const secretariat = await buildOrganisation(t.db, { name: 'Secretariat' });
  orgId = (await buildOrganisation(t.db, { name: 'Denmark', iso3: 'DNK' })).id;
  const a = await buildUser(t.db, secretariat.id, 'admin');
  adminId = a.id;
  admin = await signIn(t.app, a.email, TEST_PASSWORD);
  const c = await buildUser(t.db, orgId, 'coordinator');
  coordinatorId = c.id;
  coordinator = await signIn(t.app, c.email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const patch = (id: () => string, body: unknown) => ({ method: 'PATCH' as const, url: () => `/api/users/${id()}`, payload: () => body });

describe('an admin on their own account', () => {
  it('cannot demote or deactivate themselves (400 naming the field, nothing changed), but may change their name', async () => {
    await expectInvalid(
      admin,
      patch(() => adminId, { role: 'viewer' }),
      t,
      'app_user',
      'body.role',
    );
    await expectInvalid(
      admin,
      patch(() => adminId, { disabled: true }),
      t,
      'app_user',
      'body.disabled',
    );
    const me = await t.db.selectFrom('app_user').select(['role', 'disabled']).where('id', '=', adminId).executeTakeFirstOrThrow();
    expect(me).toEqual({ role: 'admin', disabled: false });
    expect((await admin.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    const renamed = await admin.inject({ method: 'PATCH', url: `/api/users/${adminId}`, payload: { displayName: 'Still an admin', role: 'admin', disabled: false } });
    expect(renamed.statusCode, renamed.body).toBe(200);
  });
});

describe('others', () => {
  it('refuses a coordinator raising their own role or changing another account (403, nothing written)', async () => {
    await expectForbidden(
      coordinator,
      patch(() => coordinatorId, { role: 'admin' }),
      t,
      'app_user',
    );
    await expectForbidden(
      coordinator,
      patch(() => adminId, { disabled: true }),
      t,
      'app_user',
    );
    await expectForbidden(
      coordinator,
      { method: 'POST', url: () => '/api/users', payload: () => ({ email: 'x@example.org', displayName: 'X', orgId, role: 'admin', password: 'a long enough password 1' }) },
      t,
      'app_user',
    );
  });

  it('names body.orgId for a missing organisation and body.email for an address taken in another case', async () => {
    const base = { displayName: 'New person', role: 'viewer', password: 'a long enough password 1' };
    const users = await countRows(t.db, 'app_user');
    const missing = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...base, email: 'new@example.org', orgId: '00000000-0000-4000-8000-000000000000' } });
    expect([400, 409, 422]).toContain(missing.statusCode);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toContain('body.orgId');
    const first = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...base, email: 'Case@Example.org', orgId } });
    expect(first.statusCode, first.body).toBe(201);
    const again = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...base, email: 'case@EXAMPLE.ORG', orgId } });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors.map((e: { path: string }) => e.path)).toContain('body.email');
    expect(again.body).not.toContain('Case@Example.org');
    expect(await countRows(t.db, 'app_user')).toBe(users + 1);
  });
});

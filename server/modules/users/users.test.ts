import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let admin: Session;
let focal: Session;
let orgId: string;
let focalId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const secretariat = await buildOrganisation(t.db, { kind: 'secretariat' });
  orgId = (await buildOrganisation(t.db)).id;
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  const f = await buildUser(t.db, orgId, 'focal_point');
  focalId = f.id;
  focal = await signIn(t.app, f.email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const newUser = () => ({ email: 'new.person@example.org', displayName: 'New Person', orgId, role: 'viewer', password: 'a long enough password' });
const routes = {
  list: { method: 'GET' as const, url: () => '/api/users' },
  get: { method: 'GET' as const, url: () => `/api/users/${focalId}` },
  create: { method: 'POST' as const, url: () => '/api/users', payload: newUser },
  update: { method: 'PATCH' as const, url: () => `/api/users/${focalId}`, payload: () => ({ role: 'viewer' }) },
};

describe('users routes', () => {
  itRequiresSignIn(() => t, routes);

  it('shows e-mail addresses to admins only', async () => {
    const asFocal = await focal.inject(request(routes.list));
    expect(asFocal.statusCode).toBe(200);
    expect(asFocal.json().items.every((u: { email: string | null }) => u.email === null)).toBe(true);
    const asAdmin = await admin.inject(request(routes.list));
    expect(asAdmin.json().items.every((u: { email: string | null }) => u.email?.includes('@'))).toBe(true);
  });

  it('lets only admins find users by a fragment of their e-mail address', async () => {
    const u = await buildUser(t.db, orgId);
    const fragment = u.email.split('@')[0]!;
    expect(u.display_name.toLowerCase()).not.toContain(fragment.toLowerCase());
    const asFocal = await focal.inject({ method: 'GET', url: `/api/users?q=${encodeURIComponent(fragment)}` });
    expect(asFocal.statusCode).toBe(200);
    expect(asFocal.json().items).toEqual([]);
    // The display name still finds the user, without the address.
    const byName = await focal.inject({ method: 'GET', url: `/api/users?q=${encodeURIComponent(u.display_name)}` });
    expect(byName.json().items).toEqual([expect.objectContaining({ id: u.id, email: null })]);
    const asAdmin = await admin.inject({ method: 'GET', url: `/api/users?q=${encodeURIComponent(fragment)}` });
    expect(asAdmin.json().items).toEqual([expect.objectContaining({ id: u.id, email: u.email })]);
  });

  it("shows another user's e-mail address to a non-admin nowhere", async () => {
    const one = await focal.inject({ method: 'GET', url: `/api/users/${(await buildUser(t.db, orgId)).id}` });
    expect(one.json().email).toBeNull();
    const own = await focal.inject({ method: 'GET', url: `/api/users/${focalId}` });
    expect(own.json().email).toContain('@');
  });

  it("an admin's password reset ends the sessions, is audited without the hash, and is shown at every sign-in until the user sets their own password", async () => {
    const u = await buildUser(t.db, orgId);
    const s = await signIn(t.app, u.email, TEST_PASSWORD);
    const newPassword = 'reset by the secretariat 2015';
    const res = await admin.inject({ method: 'PATCH', url: `/api/users/${u.id}`, payload: { password: newPassword } });
    expect(res.statusCode).toBe(200);
    expect((await s.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const event = await t.db.selectFrom('audit_event').selectAll().where('entity_id', '=', u.id).where('action', '=', 'user.password_reset').executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ passwordChanged: true, sessionsEnded: 1 });
    const { password_hash: hash } = await t.db.selectFrom('app_user').select('password_hash').where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(event)).not.toContain(hash);
    expect(JSON.stringify(event)).not.toContain(newPassword);

    const first = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: u.email, password: newPassword } });
    expect(first.statusCode).toBe(200);
    const resetAt = Date.parse(first.json().passwordResetByAdminAt);
    expect(Math.abs(resetAt - event.occurred_at.getTime())).toBeLessThan(60_000);
    const second = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: u.email, password: newPassword } });
    expect(second.json().passwordResetByAdminAt).toBe(first.json().passwordResetByAdminAt);
    // Other changes are not a reset.
    const other = await buildUser(t.db, orgId);
    await admin.inject({ method: 'PATCH', url: `/api/users/${other.id}`, payload: { displayName: 'Renamed Person' } });
    const third = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: other.email, password: TEST_PASSWORD } });
    expect(third.json().passwordResetByAdminAt).toBeNull();
  });

  it('an account an admin creates is told at sign-in that an admin set its password, until it sets its own', async () => {
    const password = 'first password from the admin';
    const created = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'new.analyst@example.org', displayName: 'New analyst', orgId, role: 'viewer', password },
    });
    expect(created.statusCode, created.body).toBe(201);
    const signedIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'new.analyst@example.org', password } });
    expect(signedIn.json().passwordResetByAdminAt).not.toBeNull();
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie, 'x-csrf-token': signedIn.json().csrfToken },
      payload: { currentPassword: password, newPassword: 'chosen by the analyst herself' },
    });
    expect(own.statusCode, own.body).toBeLessThan(300);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'new.analyst@example.org', password: 'chosen by the analyst herself' } });
    expect(again.json().passwordResetByAdminAt).toBeNull();
  });

  it('forbids non-admins to create or change accounts', async () => {
    await expectForbidden(focal, routes.create, t, 'app_user');
    await expectForbidden(focal, routes.update, t, 'app_user');
  });

  it('rejects a short password, a bad e-mail and an unknown organisation', async () => {
    await expectInvalid(admin, { ...routes.create, payload: () => ({ ...newUser(), password: 'short' }) }, t, 'app_user', 'body.password');
    await expectInvalid(admin, { ...routes.create, payload: () => ({ ...newUser(), email: 'not-an-email' }) }, t, 'app_user', 'body.email');
    await expectInvalid(admin, { ...routes.create, payload: () => ({ ...newUser(), orgId: '00000000-0000-4000-8000-000000000000' }) }, t, 'app_user', 'body.orgId');
  });

  it('creates a user who can sign in, and never records the password in the audit log', async () => {
    const res = await admin.inject(request(routes.create));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'new.person@example.org', role: 'viewer' });
    await signIn(t.app, 'New.Person@example.org', 'a long enough password');
    const events = await t.db.selectFrom('audit_event').select(['after']).where('action', '=', 'user.create').execute();
    expect(JSON.stringify(events)).not.toContain('a long enough password');
    const dup = await admin.inject({ ...request(routes.create), payload: { ...newUser(), email: 'NEW.person@example.org' } });
    expect(dup.statusCode).toBe(409);
  });

  it('ends the sessions of a disabled user', async () => {
    const u = await buildUser(t.db, orgId);
    const s = await signIn(t.app, u.email, TEST_PASSWORD);
    const res = await admin.inject({ method: 'PATCH', url: `/api/users/${u.id}`, payload: { disabled: true } });
    expect(res.statusCode).toBe(200);
    expect((await s.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: u.email, password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(401);
  });
});

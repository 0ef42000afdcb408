// A user's own password: after an admin's reset the user is told at every sign-in until they
// set their own (an admin signing in as them first cannot use the notice up), and they can set
// it themselves — giving the current one, limited like sign-in, ending their other sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let orgId = '';
let admin: Session;

beforeAll(async () => {
  t = await buildTestApp({ LOGIN_MAX_FAILURES: '3' });
  orgId = (await buildOrganisation(t.db)).id;
  const adminUser = await buildUser(t.db, (await buildOrganisation(t.db, { kind: 'secretariat' })).id, 'admin');
  admin = await signIn(t.app, adminUser.email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const signInAnswer = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
const changePassword = (s: Session, currentPassword: string, newPassword: string) =>
  s.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword, newPassword } });
const hashOf = async (id: string) => (await t.db.selectFrom('app_user').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;

describe("the notice of an admin's password reset", () => {
  it('is shown at every sign-in, even after the admin signed in as the user first, until the user sets their own password', async () => {
    const u = await buildUser(t.db, orgId);
    const resetPassword = 'reset by the secretariat 2015';
    expect((await admin.inject({ method: 'PATCH', url: `/api/users/${u.id}`, payload: { password: resetPassword } })).statusCode).toBe(200);

    // The admin, knowing the password, signs in as the user first.
    const byAdmin = await signInAnswer(u.email, resetPassword);
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json().passwordResetByAdminAt).not.toBeNull();
    // The user is still told, at this sign-in and the next.
    const first = await signInAnswer(u.email, resetPassword);
    expect(first.json().passwordResetByAdminAt).toBe(byAdmin.json().passwordResetByAdminAt);
    const userSession = await signIn(t.app, u.email, resetPassword);
    expect((await signInAnswer(u.email, resetPassword)).json().passwordResetByAdminAt).not.toBeNull();

    // Once the user sets their own password, the notice is gone.
    expect((await changePassword(userSession, resetPassword, 'my very own password')).statusCode).toBe(204);
    expect((await signInAnswer(u.email, 'my very own password')).json().passwordResetByAdminAt).toBeNull();
  });
});

describe('POST /api/auth/password', () => {
  it('sets the new password (argon2id), keeps this session, ends the others, and is audited without either password', async () => {
    const u = await buildUser(t.db, orgId);
    const here = await signIn(t.app, u.email, TEST_PASSWORD);
    const elsewhere = await signIn(t.app, u.email, TEST_PASSWORD);
    const res = await changePassword(here, TEST_PASSWORD, 'a brand new password');
    expect(res.statusCode, res.body).toBe(204);

    expect((await here.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect((await elsewhere.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await signInAnswer(u.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signInAnswer(u.email, 'a brand new password')).statusCode).toBe(200);
    const hash = await hashOf(u.id);
    expect(hash).toMatch(/^\$argon2id\$/);

    const event = await t.db.selectFrom('audit_event').selectAll().where('entity_id', '=', u.id).where('action', '=', 'auth.password_change').executeTakeFirstOrThrow();
    expect(event.actor_user_id).toBe(u.id);
    expect(event.after).toEqual({ sessionsEnded: 1 });
    const events = JSON.stringify(await t.db.selectFrom('audit_event').selectAll().where('entity_id', '=', u.id).execute());
    expect(events).not.toContain('a brand new password');
    expect(events).not.toContain(TEST_PASSWORD);
    expect(events).not.toContain(hash);
  });

  it('refuses a wrong current password, the same password again and a short one, naming the field, and changes nothing', async () => {
    const u = await buildUser(t.db, orgId);
    const s = await signIn(t.app, u.email, TEST_PASSWORD);
    const before = await hashOf(u.id);
    const cases: [string, string, string][] = [
      ['not my password', 'a brand new password', 'body.currentPassword'],
      [TEST_PASSWORD, TEST_PASSWORD, 'body.newPassword'],
      [TEST_PASSWORD, 'short', 'body.newPassword'],
    ];
    for (const [current, next, field] of cases) {
      const res = await changePassword(s, current, next);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
      expect(await hashOf(u.id)).toBe(before);
    }
    expect(await t.db.selectFrom('audit_event').select('id').where('entity_id', '=', u.id).where('action', '=', 'auth.password_change').execute()).toEqual([]);
    expect((await s.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
  });

  it('counts wrong current passwords against the sign-in limit of the account (429), and needs a session and the CSRF token', async () => {
    const u = await buildUser(t.db, orgId);
    const s = await signIn(t.app, u.email, TEST_PASSWORD);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await changePassword(s, `guess ${i}`, 'a brand new password')).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429]);
    // The right password is refused too while the limit holds: guessing here is no faster than at sign-in.
    const right = await changePassword(s, TEST_PASSWORD, 'a brand new password');
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signInAnswer(u.email, TEST_PASSWORD)).statusCode).toBe(429);

    const other = await buildUser(t.db, orgId);
    const o = await signIn(t.app, other.email, TEST_PASSWORD);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' } })).statusCode).toBe(
      401,
    );
    const noCsrf = await o.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { 'x-csrf-token': '' },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await hashOf(other.id)).toBe(other.password_hash);
  });
});

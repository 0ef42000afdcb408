import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, buildTestApp, signIn } from '../../server/test/app.ts';
import { runCli } from '../../server/test/cli.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../server/test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await buildOrganisation(t.db, { name: 'Coalition Secretariat', kind: 'secretariat' });
});
afterAll(async () => t?.close());

describe('entente user create', () => {
  it('creates the first admin, who can then sign in; the creation is audited', async () => {
    const res = await runCli(
      ['user', 'create', '--email', 'first.admin@example.org', '--name', 'First Admin', '--org', 'Coalition Secretariat'],
      { DATABASE_URL: t.url },
      'a strong enough password\n',
    );
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('Created admin first.admin@example.org');
    expect(res.code).toBe(0);
    const s = await signIn(t.app, 'first.admin@example.org', 'a strong enough password');
    const session = await s.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.json().user.role).toBe('admin');
    const sealed = await t.db.selectFrom('audit_event').select(['seq', 'action']).where('action', '=', 'user.create').executeTakeFirstOrThrow();
    expect(sealed.seq).not.toBeNull();
  });

  it('refuses a weak password, an unknown organisation or role, and writes nothing', async () => {
    const before = await countRows(t.db, 'app_user');
    const weak = await runCli(['user', 'create', '--email', 'a@example.org', '--name', 'A', '--org', 'Coalition Secretariat'], { DATABASE_URL: t.url }, 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('password');
    const org = await runCli(['user', 'create', '--email', 'b@example.org', '--name', 'B', '--org', 'Atlantis'], { DATABASE_URL: t.url }, 'a strong enough password\n');
    expect(org.code).toBe(1);
    expect(org.stderr).toContain('No organisation named Atlantis');
    const role = await runCli(
      ['user', 'create', '--email', 'c@example.org', '--name', 'C', '--org', 'Coalition Secretariat', '--role', 'emperor'],
      { DATABASE_URL: t.url },
      'a strong enough password\n',
    );
    expect(role.code).not.toBe(0);
    expect(role.stderr).toContain('emperor');
    expect(await countRows(t.db, 'app_user')).toBe(before);
  });
});

describe('entente user set-password', () => {
  it('sets the password, ends the sessions, audits it and tells the user at their next sign-in', async () => {
    const org = await buildOrganisation(t.db);
    const u = await buildUser(t.db, org.id);
    const old = await signIn(t.app, u.email, TEST_PASSWORD);
    const res = await runCli(['user', 'set-password', '--email', u.email.toUpperCase()], { DATABASE_URL: t.url }, 'a brand new password\n');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect((await old.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const first = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: u.email, password: 'a brand new password' } });
    expect(first.statusCode).toBe(200);
    expect(first.json().passwordResetByAdminAt).toMatch(/^\d{4}-/);
    const event = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'user.password_reset').where('entity_id', '=', u.id).executeTakeFirstOrThrow();
    expect(event.actor_user_id).toBeNull();
  });

  it('refuses an unknown account and a weak password', async () => {
    const none = await runCli(['user', 'set-password', '--email', 'nobody@example.org'], { DATABASE_URL: t.url }, 'a brand new password\n');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No user with the e-mail address nobody@example.org');
    const weak = await runCli(['user', 'set-password', '--email', 'first.admin@example.org'], { DATABASE_URL: t.url }, 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('password');
  });
});

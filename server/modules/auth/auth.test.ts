import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeOldSignInFailures } from './auth.service.ts';
import { type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';

let t: TestApp;
let user: Awaited<ReturnType<typeof buildUser>>;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db);
  user = await buildUser(t.db, org.id);
});
afterAll(async () => t?.close());

const signInRequest = (email: string, password: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, headers, remoteAddress });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns a CSRF token', async () => {
    const res = await signInRequest(user.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies[0]!;
    expect(cookie.name).toBe('entente_session');
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(res.json().user.email).toBe(user.email);
  });

  it('stores only a hash of the session token', async () => {
    const res = await signInRequest(user.email, TEST_PASSWORD);
    const token = res.cookies[0]!.value;
    const rows = await t.db.selectFrom('session').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('uses a Secure __Host- cookie when served over HTTPS', async () => {
    const https = await buildTestApp({ PUBLIC_URL: 'https://entente.example.org' });
    try {
      const org = await buildOrganisation(https.db);
      const u = await buildUser(https.db, org.id);
      const res = await https.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: u.email, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies[0]!.name).toBe('__Host-entente_session');
      expect(res.cookies[0]!.secure).toBe(true);
      expect(res.cookies[0]!.path).toBe('/');
    } finally {
      await https.close();
    }
  });

  it('issues a new session id at every sign-in and drops the one sent with it', async () => {
    const first = await signIn(t.app, user.email, TEST_PASSWORD);
    const res = await signInRequest(user.email, TEST_PASSWORD, { cookie: first.cookie, 'x-csrf-token': first.csrfToken });
    expect(res.statusCode).toBe(200);
    expect(`entente_session=${res.cookies[0]!.value}`).not.toBe(first.cookie);
    const old = await first.inject({ method: 'GET', url: '/api/auth/session' });
    expect(old.statusCode).toBe(401);
  });

  it('refuses a wrong password with 401 and records the failure in the audit log', async () => {
    const before = await countRows(t.db, 'audit_event');
    const res = await signInRequest(user.email, 'not the password at all');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const events = await t.db.selectFrom('audit_event').selectAll().orderBy('id', 'desc').limit(1).execute();
    expect(await countRows(t.db, 'audit_event')).toBe(before + 1);
    expect(events[0]!.action).toBe('auth.sign_in_failed');
  });

  it('refuses an unknown account like a wrong password', async () => {
    const res = await signInRequest('nobody@nowhere.example', 'whatever password');
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('Wrong e-mail or password');
  });

  it('answers 400 naming the field for a malformed body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path: 'body.password' }));
  });

  it('locks an account for the window after 10 failures, with Retry-After', async () => {
    const org = await buildOrganisation(t.db);
    const victim = await buildUser(t.db, org.id);
    for (let i = 0; i < 10; i++) expect((await signInRequest(victim.email, `wrong ${i} password`)).statusCode).toBe(401);
    const locked = await signInRequest(victim.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(locked.json().detail).toMatch(/Try again after \d{4}-/);
    // Another account is not affected.
    expect((await signInRequest(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('sign-in limits', () => {
  it('checks exactly 10 of 200 parallel wrong passwords for one account; the other 190 get 429 with Retry-After', async () => {
    const org = await buildOrganisation(t.db);
    const victim = await buildUser(t.db, org.id);
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => signInRequest(victim.email, `parallel guess ${i}`, {}, `10.1.${Math.floor(i / 50)}.${i % 50}`)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(190);
    expect(answers.filter((a) => a.statusCode === 429).every((a) => Number(a.headers['retry-after']) > 800)).toBe(true);
    // "Checked" = the password was verified and the attempt refused: one failure and one audit event each.
    const failures = await t.db.selectFrom('sign_in_failure').select('id').where('email', '=', victim.email.toLowerCase()).execute();
    expect(failures).toHaveLength(10);
    const audited = await t.db.selectFrom('audit_event').select('id').where('action', '=', 'auth.sign_in_failed').where('entity_id', '=', victim.id).execute();
    expect(audited).toHaveLength(10);
  });

  it('limits failures per client address across accounts, and does not hold back other addresses', async () => {
    const limited = await buildTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '5' });
    try {
      const org = await buildOrganisation(limited.db);
      const users = await Promise.all(Array.from({ length: 8 }, () => buildUser(limited.db, org.id)));
      const attempt = (email: string, password: string, remoteAddress: string) =>
        limited.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress });
      // One guess at each of eight accounts from one address: no account reaches its own limit.
      const statuses = [];
      for (const u of users) statuses.push((await attempt(u.email, 'a guess at the password', '192.0.2.7')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      const refused = await attempt(users[0]!.email, TEST_PASSWORD, '192.0.2.7');
      expect(refused.statusCode).toBe(429);
      expect(refused.json().detail).toMatch(/network address/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
      // The same account from another address signs in.
      expect((await attempt(users[0]!.email, TEST_PASSWORD, '198.51.100.9')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('behind the reverse proxy, a forged X-Forwarded-For does not escape the per-address limit', async () => {
    const proxied = await buildTestApp({ PUBLIC_URL: 'https://entente.example.org', LOGIN_MAX_FAILURES_PER_ADDRESS: '3' });
    try {
      const org = await buildOrganisation(proxied.db);
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const u = await buildUser(proxied.db, org.id);
        // The client forges the first entry; the proxy (10.0.0.1) appends the address it saw.
        const res = await proxied.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: u.email, password: 'a guess at the password' },
          remoteAddress: '10.0.0.1',
          headers: { 'x-forwarded-for': `198.18.0.${i}, 203.0.113.99` },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await proxied.close();
    }
  });

  it('does not count a successful sign-in as a failure', async () => {
    const org = await buildOrganisation(t.db);
    const u = await buildUser(t.db, org.id);
    for (let i = 0; i < 12; i++) expect((await signInRequest(u.email, TEST_PASSWORD, {}, '203.0.113.5')).statusCode).toBe(200);
    expect(await t.db.selectFrom('sign_in_failure').select('id').where('email', '=', u.email.toLowerCase()).execute()).toHaveLength(0);
  });

  it('purges failures older than the window, and keeps the recent ones', async () => {
    const org = await buildOrganisation(t.db);
    const u = await buildUser(t.db, org.id);
    expect((await signInRequest(u.email, 'wrong password here', {}, '203.0.113.77')).statusCode).toBe(401);
    const ofUser = () => t.db.selectFrom('sign_in_failure').select('id').where('email', '=', u.email.toLowerCase()).execute();
    expect(await ofUser()).toHaveLength(1);
    expect(await purgeOldSignInFailures(t.db, t.config)).toBe(0);
    expect(await ofUser()).toHaveLength(1);
    // Seen from 16 minutes later, the failure is past the 15-minute window.
    expect(await purgeOldSignInFailures(t.db, t.config, new Date(Date.now() + 16 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await ofUser()).toHaveLength(0);
  });
});

describe('sessions', () => {
  it('ends the session on the server at sign-out', async () => {
    const s = await signIn(t.app, user.email, TEST_PASSWORD);
    expect((await s.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const out = await s.inject({ method: 'POST', url: '/api/auth/sign-out' });
    expect(out.statusCode).toBe(204);
    expect((await s.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('sign-out without a session is a 401', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(401);
  });

  it('expires after the idle timeout', async () => {
    const s = await signIn(t.app, user.email, TEST_PASSWORD);
    await t.db
      .updateTable('session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await s.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('expires at the absolute lifetime even when active', async () => {
    const s = await signIn(t.app, user.email, TEST_PASSWORD);
    await t.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await s.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('refuses a state change without the CSRF token, and from another origin', async () => {
    const s = await signIn(t.app, user.email, TEST_PASSWORD);
    const payload = { title: 'x', kind: 'other', documentDate: '2015-01-01', sharing: { marking: 'GREEN' } };
    const noToken = await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { cookie: s.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_failed');
    const wrongOrigin = await s.inject({ method: 'POST', url: '/api/documents', payload, headers: { origin: 'https://evil.example' } });
    expect(wrongOrigin.statusCode).toBe(403);
    expect(await countRows(t.db, 'document')).toBe(0);
  });
});

describe('security headers', () => {
  it('sends a CSP that lets an API answer load and run nothing, nosniff, a referrer policy and no framing', async () => {
    for (const url of ['/api/health', '/api/contributions', '/api/nothing-here']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    }
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

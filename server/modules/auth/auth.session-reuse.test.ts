// Reads reuse a session looked up in the last SESSION_REUSE_MS (ADR 0011); writes never
// do, and a write through this process makes the next read look again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { RecentSessions } from './auth.hook.ts';

const session = { url: '/api/auth/session', method: 'GET' } as const;

describe('with reuse on (ten seconds)', () => {
  let t: TestApp;
  let orgId = '';
  let admin: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    t = await buildTestApp({ SESSION_REUSE_MS: '10000' });
    orgId = (await buildOrganisation(t.db)).id;
    const secretariat = await buildOrganisation(t.db, { kind: 'secretariat' });
    admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  });
  afterAll(async () => t?.close());

  const signedInUser = async () => {
    const user = await buildUser(t.db, orgId);
    return { user, s: await signIn(t.app, user.email, TEST_PASSWORD) };
  };

  it('a read reuses the session another read looked up: a session ended by another process still reads until reuse runs out', async () => {
    const { user, s } = await signedInUser();
    expect((await s.inject(session)).statusCode).toBe(200);
    await t.db.deleteFrom('session').where('user_id', '=', user.id).execute();
    // The documented limit: without reuse this read is a 401.
    expect((await s.inject(session)).statusCode).toBe(200);
  });

  it('a write always looks its session up: an ended session writes nothing', async () => {
    const { user, s } = await signedInUser();
    expect((await s.inject(session)).statusCode).toBe(200);
    await t.db.deleteFrom('session').where('user_id', '=', user.id).execute();
    const write = await s.inject({ method: 'POST', url: '/api/documents', payload: { title: 'x', kind: 'other', documentDate: '2015-01-01', sharing: { marking: 'GREEN' } } });
    expect(write.statusCode).toBe(401);
    expect(await t.db.selectFrom('document').select('id').where('created_by', '=', user.id).execute()).toEqual([]);
  });

  it('after a sign-out through this process, the next read with that cookie is a 401', async () => {
    const { s } = await signedInUser();
    expect((await s.inject(session)).statusCode).toBe(200);
    expect((await s.inject({ method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBeLessThan(300);
    expect((await s.inject(session)).statusCode).toBe(401);
  });

  it("after an admin disables a user through this process, the user's next read is a 401", async () => {
    const { user, s } = await signedInUser();
    expect((await s.inject(session)).statusCode).toBe(200);
    expect((await admin.inject({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { disabled: true } })).statusCode).toBe(200);
    expect((await s.inject(session)).statusCode).toBe(401);
  });

  it("after an admin changes a user's role through this process, the user's next read carries the new role", async () => {
    const { user, s } = await signedInUser();
    expect((await s.inject(session)).json().user.role).toBe('focal_point');
    expect((await admin.inject({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { role: 'viewer' } })).statusCode).toBe(200);
    expect((await s.inject(session)).json().user.role).toBe('viewer');
  });
});

describe('with a short reuse', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ SESSION_REUSE_MS: '200' });
  });
  afterAll(async () => t?.close());

  it('a session ended elsewhere is refused once reuse has run out', async () => {
    const user = await buildUser(t.db, (await buildOrganisation(t.db)).id);
    const s = await signIn(t.app, user.email, TEST_PASSWORD);
    expect((await s.inject(session)).statusCode).toBe(200);
    await t.db.deleteFrom('session').where('user_id', '=', user.id).execute();
    await new Promise((r) => setTimeout(r, 300));
    expect((await s.inject(session)).statusCode).toBe(401);
  });
});

describe('RecentSessions', () => {
  const resolved = { actor: { kind: 'user' }, tokenHash: 'h' } as never;

  it('forgets an entry when its time is up, and keeps nothing when reuse is 0', () => {
    const recent = new RecentSessions(1000);
    recent.set('a', resolved, 0);
    expect(recent.get('a', 999)).toBe(resolved);
    expect(recent.get('a', 1000)).toBeUndefined();
    const off = new RecentSessions(0);
    off.set('a', resolved, 0);
    expect(off.get('a', 0)).toBeUndefined();
  });

  it('is bounded: past its size it starts afresh instead of growing', () => {
    const recent = new RecentSessions(1000, 3);
    for (const k of ['a', 'b', 'c', 'd']) recent.set(k, resolved, 0);
    expect(['a', 'b', 'c'].map((k) => recent.get(k, 1))).toEqual([undefined, undefined, undefined]);
    expect(recent.get('d', 1)).toBe(resolved);
  });
});

// An attacker's pass over field refusals (session 16): each carries `rule`, `limit` and
// `origin`; none may echo the input back or come from another row, and no body, query or
// content type may make the error handler itself fail (a 500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../test/factories.ts';

let t: TestApp;
let admin: Session;
const NONE = '00000000-0000-4000-8000-000000000000';
const SECRET = 'SECRET-INPUT-0123456789';

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db, { name: 'Secretariat' });
  admin = await signIn(t.app, (await buildUser(t.db, org.id, 'admin')).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

type Field = { path: string; message: string; rule?: string; limit?: unknown; origin?: unknown };

describe('hostile requests', () => {
  it('answers 4xx with field errors whose rule, limit and origin hold no input, never a 500', async () => {
    const cases: { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: string; type?: string }[] = [
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `{"__proto__":{"update":"${SECRET}"}}` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `{"constructor":{"prototype":{"x":"${SECRET}"}}}` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `{"update":{"toString":"${SECRET}"}}` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: '[]' },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: 'null' },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `"${SECRET}"` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `{"update":"${SECRET}!"}` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `{"update":"QQ==","reason":"${'r'.repeat(3000)}"}` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `{"${SECRET}${'k'.repeat(5000)}":1}` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/updates`, payload: `update=${SECRET}`, type: 'application/x-www-form-urlencoded' },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/circulate`, payload: `{"commentDeadline":"${SECRET}"}` },
      { method: 'POST', url: `/api/meetings/${NONE}/minutes/circulate`, payload: '{"commentDeadline":"2015-02-30"}' },
      { method: 'GET', url: `/api/meetings/${NONE}/minutes/updates?since[]=1` },
      { method: 'GET', url: `/api/meetings/${NONE}/minutes/updates?since=1&since=2` },
      { method: 'GET', url: `/api/meetings/${NONE}/minutes/updates?wait=` },
      { method: 'GET', url: `/api/meetings/${NONE}/minutes/updates?__proto__=1` },
      { method: 'GET', url: `/api/meetings/${NONE}/minutes/updates?since=${SECRET}` },
      { method: 'GET', url: `/api/needs?q=${'%5C'.repeat(201)}` },
      { method: 'GET', url: `/api/needs?limit=${SECRET}` },
      { method: 'PATCH', url: `/api/users/${NONE}`, payload: `{"role":"${SECRET}"}` },
      { method: 'PATCH', url: `/api/users/${NONE}`, payload: `{"disabled":"${SECRET}"}` },
      { method: 'POST', url: '/api/users', payload: `{"email":"${SECRET}","orgId":"${SECRET}","role":"god","displayName":"","password":""}` },
    ];
    for (const c of cases) {
      const res = await admin.inject({ method: c.method, url: c.url, payload: c.payload, headers: { 'content-type': c.type ?? 'application/json' } });
      const label = `${c.method} ${c.url.slice(0, 120)} ${c.payload?.slice(0, 80) ?? ''}`;
      expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, label).toBeLessThan(500);
      const body = res.json();
      for (const e of (body.errors ?? []) as Field[]) {
        expect(typeof e.path, label).toBe('string');
        for (const part of [e.rule, e.limit, e.origin]) expect(String(part ?? ''), label).not.toContain(SECRET);
      }
      expect(res.body.length, label).toBeLessThan(12_000);
    }
  });
});

// The three answers every route owes: 401 without a session, 403 for a role that may
// not, 400 naming the field for bad input — and in each case nothing written.
import type { InjectOptions } from 'fastify';
import { expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import type { Session, TestApp } from './app.ts';
import { countRows } from './factories.ts';

export interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: () => string;
  payload?: () => unknown;
  /** Headers the route requires besides the session's (an Idempotency-Key). */
  headers?: () => Record<string, string>;
}

export const request = (r: RouteCase): InjectOptions => ({
  method: r.method,
  url: r.url(),
  payload: r.payload?.() as InjectOptions['payload'],
  ...(r.headers ? { headers: r.headers() } : {}),
});

export function itRequiresSignIn(t: () => TestApp, routes: Record<string, RouteCase>) {
  for (const [name, r] of Object.entries(routes)) {
    it(`${name} (${r.method}) answers 401 without a session`, async () => {
      const res = await t().app.inject(request(r));
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
    });
  }
}

export async function expectForbidden(session: Session, r: RouteCase, t: TestApp, table: keyof Database) {
  const before = await countRows(t.db, table);
  const auditBefore = await countRows(t.db, 'audit_event');
  const res = await session.inject(request(r));
  expect(res.statusCode, res.body).toBe(403);
  expect(res.json()).toMatchObject({ status: 403, code: 'forbidden' });
  expect(await countRows(t.db, table)).toBe(before);
  expect(await countRows(t.db, 'audit_event')).toBe(auditBefore);
}

export async function expectInvalid(session: Session, r: RouteCase, t: TestApp, table: keyof Database, fieldPath: string) {
  const before = await countRows(t.db, table);
  const auditBefore = await countRows(t.db, 'audit_event');
  const res = await session.inject(request(r));
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json();
  expect(body.errors.map((e: { path: string }) => e.path)).toContain(fieldPath);
  expect(await countRows(t.db, table)).toBe(before);
  expect(await countRows(t.db, 'audit_event')).toBe(auditBefore);
  return body;
}

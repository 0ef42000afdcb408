// More jobs started at once than the worker runs at once: every one of them still runs.
// (A kick while every slot was busy left the worker's "claiming" flag set for good, so the
// jobs queued behind the first two were never claimed by this process.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import type { Ctx } from '../../infra/actor.ts';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let ctx: Ctx;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db);
  const u = await buildUser(t.db, org.id);
  ctx = { actor: { kind: 'user', userId: u.id, orgId: u.org_id, orgKind: 'state', role: u.role, email: u.email } };
  t.app.jobs.define({ kind: 'fixture.nap', params: z.object({}), run: async () => new Promise((r) => setTimeout(() => r({ napped: true }), 100)) });
});
afterAll(async () => t?.close());

it('runs every one of many jobs started at once, a few at a time', async () => {
  const started = await Promise.all(Array.from({ length: 8 }, () => t.app.jobs.start(ctx, 'fixture.nap', {})));
  const deadline = Date.now() + 20_000;
  let statuses: string[] = [];
  while (Date.now() < deadline) {
    const rows = await t.db
      .selectFrom('job')
      .select(['id', 'status'])
      .where(
        'id',
        'in',
        started.map((j) => j.id),
      )
      .execute();
    statuses = rows.map((r) => r.status);
    if (statuses.every((s) => s === 'succeeded')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(statuses).toEqual(Array(8).fill('succeeded'));
});

// Attack review of the contributions list's sorts (issue 9 review, the same keyset grammar as
// needs, ADR 0033/0039): a status cursor the cursor check lets through must not be a 500, and an
// organisation's own name (200 characters of Arabic is a real name) must not make the list's
// next cursor one the list itself refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
const sessions: Session[] = [];
const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await buildTestApp();
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  // Two organisations whose names are long once in a cursor: Arabic (2 bytes a character) and emoji (4).
  for (const [name, iso3] of [
    ['م'.repeat(200), 'ARB'],
    ['😀'.repeat(100), 'EMJ'],
  ] as const) {
    const org = await buildOrganisation(t.db, { name, iso3 });
    const s = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
    sessions.push(s);
    for (let i = 0; i < 2; i++) {
      const res = await s.inject({
        method: 'POST',
        url: '/api/contributions',
        payload: {
          frameworkNodeId: lineId,
          type: 'funding',
          description: `Gift ${i}`,
          money: { amountMinor: 100, currency: 'USD' },
          status: 'pledged',
          sharing: { marking: 'GREEN' },
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  }
});
afterAll(async () => t?.close());

describe('contributions list sorts under hostile input', () => {
  it('answers a status cursor beyond the int4 range (a bigint the cursor check lets through) without a 500', async () => {
    for (const rank of ['9999999999', '-9223372036854775807']) {
      const res = await sessions[0]!.inject({ method: 'GET', url: `/api/contributions?sort=status&limit=2&cursor=${cursorOf([rank, UUID])}` });
      expect(res.statusCode, `${rank}: ${res.body}`).toBe(200);
    }
  });

  it('pages through the list by organisation whatever script the organisations are named in', async () => {
    for (const sort of ['organisation', '-organisation']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page++) {
        const res = await sessions[0]!.inject({ method: 'GET', url: `/api/contributions?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}` });
        expect(res.statusCode, `${sort}, page ${page}: ${res.body.slice(0, 300)}`).toBe(200);
        const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
        seen.push(...body.items.map((i) => i.id));
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      expect(new Set(seen).size, sort).toBe(4);
    }
  });
});

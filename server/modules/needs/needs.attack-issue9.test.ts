// Attack review of the needs list's sorts (issue 9, ADR 0039): forged cursors must be a 400
// naming query.cursor, never a 500; a need's own words (its description, its organisation's
// name) must not make the list's next cursor one the list itself refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
let alpha: Session;
let lineId: string;
const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await buildTestApp();
  lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  const org = await buildOrganisation(t.db, { name: 'Alpha', iso3: 'ALP' });
  alpha = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  // Descriptions whose first 100 characters are long once in a cursor: four UTF-8 bytes each
  // (emoji), or six once JSON-escaped (a control character, which a description may hold).
  for (const description of ['😀'.repeat(120), '😀'.repeat(120), '\u0001'.repeat(120), '\u0001'.repeat(120), 'Tents', 'Water']) {
    const res = await alpha.inject({
      method: 'POST',
      url: '/api/needs',
      payload: {
        frameworkNodeId: lineId,
        locationId: null,
        type: 'funding',
        description,
        money: { amountMinor: 100, currency: 'USD' },
        priority: 'high',
        sharing: { marking: 'GREEN' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => t?.close());

describe('needs list sorts under hostile input', () => {
  it('answers an urgency cursor beyond the int4 range (a bigint the cursor check lets through) without a 500', async () => {
    // Was: value "9999999999" is out of range for type integer (500). The rank is compared as a bigint now.
    for (const rank of ['9999999999', '-9223372036854775807', '2147483648']) {
      const res = await alpha.inject({ method: 'GET', url: `/api/needs?sort=urgency&limit=2&cursor=${cursorOf([rank, UUID])}` });
      expect(res.statusCode, `${rank}: ${res.body}`).toBe(200);
    }
    // Past every rank ascending: nothing; before every rank descending: everything from the top.
    const above = await alpha.inject({ method: 'GET', url: `/api/needs?sort=urgency&limit=2&cursor=${cursorOf(['9999999999', UUID])}` });
    expect(above.json().items).toEqual([]);
    const below = await alpha.inject({ method: 'GET', url: `/api/needs?sort=-urgency&limit=2&cursor=${cursorOf(['9999999999', UUID])}` });
    expect(below.json().items).toHaveLength(2);
  });

  it('refuses garbage cursors, unknown sorts and numbers out of range with a 400, never a 500', async () => {
    const bad = [
      'sort=unmet&cursor=%%%',
      'sort=unmet&cursor=bm90IGpzb24',
      `sort=unmet&cursor=${cursorOf(['1e99999', '0', UUID])}`,
      `sort=unmet&cursor=${cursorOf([1, 2, UUID])}`,
      `sort=createdAt&cursor=${cursorOf(['0000-01-01 00:00:00', UUID])}`,
      `sort=need&cursor=${cursorOf(['a\u0000b', UUID])}`,
      'sort=unmet%27--',
      'sort=-createdAt,id',
      `sort=${'x'.repeat(10000)}`,
    ];
    for (const query of bad) {
      const res = await alpha.inject({ method: 'GET', url: `/api/needs?${query}&limit=2` });
      expect(res.statusCode, `${query.slice(0, 80)}: ${res.body.slice(0, 300)}`).toBe(400);
    }
  });

  it('pages through needs sorted by description whatever characters the descriptions hold (the next cursor is one the list accepts)', async () => {
    for (const sort of ['need', '-need']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page++) {
        const res = await alpha.inject({ method: 'GET', url: `/api/needs?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}` });
        expect(res.statusCode, `${sort}, page ${page}: ${res.body.slice(0, 300)}`).toBe(200);
        const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
        seen.push(...body.items.map((i) => i.id));
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      expect(new Set(seen).size, sort).toBe(6);
    }
  });
});

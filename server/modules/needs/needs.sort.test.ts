// The needs list in each of its orders (issue 9 item 3, ADR 0039): every page in the order asked
// for, the pages together exactly the needs the reader may see (none twice, none missing), ties
// broken by id; the gaps each order reads are those of the links the reader may see, so a hidden
// contribution moves no visible need; the older words (gap, priority) still read; a sort the list
// does not offer, or a cursor of another order, is a 400 naming the field. The reference is
// computed here from the rows as created, not by the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { NEED_SORTS } from './needs.schema.ts';

let t: TestApp;
let reader: Session;
const sessions: Record<string, Session> = {};
const PRIORITY_RANK = { low: 1, medium: 2, high: 3, critical: 4 } as const;

interface Made {
  id: string;
  org: 'Alpha' | 'Bravo';
  description: string;
  place: string;
  amount: number | null;
  quantity: number | null;
  priority: keyof typeof PRIORITY_RANK;
  marking: 'GREEN' | 'RED';
  createdAt: string;
  /** What the reader sees met, by status. */
  committed: number;
  delivered: number;
}
const made: Made[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  for (const [name, iso3] of [
    ['Bravo', 'BRV'],
    ['Alpha', 'ALP'],
  ] as const) {
    const org = await buildOrganisation(t.db, { name, iso3 });
    sessions[name] = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  }
  reader = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db, { name: 'Delta', iso3: 'DLT' })).id)).email, TEST_PASSWORD);
  // Places whose names PostgreSQL and JavaScript order alike.
  const places: Record<string, string> = {};
  const country = (await t.db.insertInto('location').values({ parent_id: null, level: 'country', code: 'XX', name: 'Xland' }).returning('id').executeTakeFirstOrThrow()).id;
  for (const [code, name] of [
    ['XA', 'Anbar'],
    ['XB', 'Basra'],
  ]) {
    places[name] = (await t.db.insertInto('location').values({ parent_id: country, level: 'adm1', code, name }).returning('id').executeTakeFirstOrThrow()).id;
  }
  // Ties in every column: equal amounts, descriptions, places, priorities; a need of kits only.
  const rows: Omit<Made, 'id' | 'createdAt' | 'committed' | 'delivered'>[] = [
    { org: 'Alpha', description: 'Tents', place: 'Anbar', amount: 1000, quantity: null, priority: 'high', marking: 'GREEN' },
    { org: 'Bravo', description: 'Blankets', place: '', amount: 500, quantity: 20, priority: 'low', marking: 'GREEN' },
    { org: 'Alpha', description: 'Tents', place: 'Basra', amount: 1000, quantity: null, priority: 'critical', marking: 'GREEN' },
    { org: 'Bravo', description: 'Water', place: 'Anbar', amount: null, quantity: 300, priority: 'high', marking: 'GREEN' },
    { org: 'Bravo', description: 'Secret', place: 'Anbar', amount: 9000, quantity: null, priority: 'critical', marking: 'RED' },
    { org: 'Alpha', description: 'Blankets', place: '', amount: 250, quantity: null, priority: 'medium', marking: 'GREEN' },
    { org: 'Bravo', description: 'Tents', place: 'Basra', amount: 1000, quantity: 5, priority: 'high', marking: 'GREEN' },
    { org: 'Alpha', description: 'Water', place: 'Basra', amount: null, quantity: 300, priority: 'low', marking: 'GREEN' },
    { org: 'Alpha', description: 'Food', place: 'Anbar', amount: 7500, quantity: null, priority: 'medium', marking: 'GREEN' },
    { org: 'Bravo', description: 'Food', place: '', amount: 250, quantity: null, priority: 'critical', marking: 'GREEN' },
    { org: 'Alpha', description: 'Medicine', place: 'Basra', amount: 1000, quantity: null, priority: 'high', marking: 'GREEN' },
  ];
  for (const r of rows) {
    const res = await sessions[r.org]!.inject({
      method: 'POST',
      url: '/api/needs',
      payload: {
        frameworkNodeId: lineId,
        locationId: r.place ? places[r.place] : null,
        type: 'funding',
        description: r.description,
        money: r.amount === null ? null : { amountMinor: r.amount, currency: 'USD' },
        quantity: r.quantity === null ? null : { value: r.quantity, unit: 'kits' },
        priority: r.priority,
        sharing: { marking: r.marking },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    made.push({ ...r, id: res.json().id, createdAt: '', committed: 0, delivered: 0 });
  }
  // Links: visible ones move the reader's gaps; Bravo's RED contribution is hidden from the
  // reader, so its 900 towards need 0 moves need 0 for Bravo only.
  const link = async (org: 'Alpha' | 'Bravo', need: number, amount: number, status: 'committed' | 'delivered', marking: 'GREEN' | 'RED') => {
    const c = await sessions[org]!.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { frameworkNodeId: lineId, type: 'funding', description: `For ${need}`, money: { amountMinor: amount, currency: 'USD' }, status, sharing: { marking } },
    });
    expect(c.statusCode, c.body).toBe(201);
    const l = await sessions[org]!.inject({ method: 'POST', url: `/api/contributions/${c.json().id}/needs`, payload: { needId: made[need]!.id, amountMinor: amount } });
    expect(l.statusCode, l.body).toBe(200);
    if (marking === 'GREEN') made[need]![status] += amount;
  };
  await link('Alpha', 2, 400, 'committed', 'GREEN');
  await link('Alpha', 6, 400, 'delivered', 'GREEN');
  await link('Bravo', 8, 7500, 'committed', 'GREEN');
  await link('Bravo', 10, 200, 'delivered', 'GREEN');
  await link('Bravo', 0, 900, 'committed', 'RED');
  const times = await t.db
    .selectFrom('need')
    .select(['id', (eb) => eb.cast<string>('created_at', 'text').as('at')])
    .execute();
  const at = new Map(times.map((r) => [r.id, r.at]));
  for (const m of made) m.createdAt = at.get(m.id)!;
});
afterAll(async () => t?.close());

const unmet = (m: Made) => [Math.max((m.amount ?? 0) - m.committed - m.delivered, 0), m.quantity ?? 0];
const keyOf: Record<string, (m: Made) => (string | number)[]> = {
  unmet,
  committed: (m) => [m.committed, 0],
  delivered: (m) => [m.delivered, 0],
  urgency: (m) => [PRIORITY_RANK[m.priority]],
  need: (m) => [m.description],
  organisation: (m) => [m.org],
  place: (m) => [m.place],
  createdAt: (m) => [m.createdAt],
};

function expected(sort: string) {
  const descending = sort.startsWith('-');
  const key = keyOf[descending ? sort.slice(1) : sort]!;
  const cmp = (a: Made, b: Made) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return made
    .filter((m) => m.marking === 'GREEN')
    .sort((a, b) => (descending ? -cmp(a, b) : cmp(a, b)))
    .map((m) => m.id);
}

async function allPages(s: Session, query: string, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const res = await s.inject({ method: 'GET', url: `/api/needs?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
    expect(body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...body.items.map((i) => i.id));
    cursor = body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('more pages than rows');
}

describe('needs list orders', () => {
  it.each(NEED_SORTS)('sort=%s: pages of 3 give every visible need once, in order, ties by id', async (sort) => {
    const want = expected(sort);
    expect(want).toHaveLength(10);
    expect(await allPages(reader, `sort=${encodeURIComponent(sort)}`, 3)).toEqual(want);
  });

  it('is the largest unmet gap first by default, and reads the older words gap and priority', async () => {
    expect(await allPages(reader, 'marking=GREEN', 4)).toEqual(expected('-unmet'));
    expect(await allPages(reader, 'sort=gap', 4)).toEqual(expected('-unmet'));
    expect(await allPages(reader, 'sort=priority', 4)).toEqual(expected('-urgency'));
  });

  it('sorts by the gaps of the links the reader may see: a hidden contribution moves no visible need', async () => {
    // Need 0 (1000 asked) has 900 committed by Bravo's RED contribution: the reader sees 1000 unmet, Bravo 100.
    const readerOrder = await allPages(reader, 'sort=-unmet', 50);
    const bravoOrder = await allPages(sessions.Bravo!, 'sort=-unmet', 50);
    const tent = made[0]!.id;
    const medicine = made[10]!.id; // 800 unmet for everybody
    expect(readerOrder.indexOf(tent)).toBeLessThan(readerOrder.indexOf(medicine));
    expect(bravoOrder.indexOf(tent)).toBeGreaterThan(bravoOrder.indexOf(medicine));
    const page = (await reader.inject({ method: 'GET', url: '/api/needs?sort=-committed&limit=50' })).json() as {
      items: { id: string; gap: { committed: { amountMinor: string } } }[];
    };
    expect(page.items.find((n) => n.id === tent)!.gap.committed.amountMinor).toBe('0');
  });

  it('refuses a sort it does not offer, naming query.sort', async () => {
    for (const sort of ['amount', '-gap', 'unmet;drop', '']) {
      const res = await reader.inject({ method: 'GET', url: `/api/needs?sort=${encodeURIComponent(sort)}` });
      expect(res.statusCode, `${sort}: ${res.body}`).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.sort');
    }
  });

  it('refuses a cursor of another order, naming query.cursor, and never answers 500', async () => {
    const first = (await reader.inject({ method: 'GET', url: '/api/needs?sort=need&limit=2' })).json() as { nextCursor: string };
    for (const sort of ['-unmet', 'urgency', 'createdAt']) {
      const res = await reader.inject({ method: 'GET', url: `/api/needs?sort=${sort}&limit=2&cursor=${first.nextCursor}` });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.cursor');
    }
  });
});

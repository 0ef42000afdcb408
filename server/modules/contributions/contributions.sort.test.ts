// The contributions list in each of its orders (issue 9 item 3): every page in the order asked
// for, the pages together exactly the rows the reader may see (none twice, none missing), ties
// broken by id; a sort the list does not offer, or a cursor of another order, is a 400 naming
// the field. The reference is computed here from the rows as created, not by the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { CONTRIBUTION_SORTS } from './contributions.schema.ts';

let t: TestApp;
let reader: Session;
const sessions: Record<string, Session> = {};

interface Made {
  id: string;
  org: string;
  amount: number | null;
  startDate: string | null;
  status: 'pledged' | 'committed' | 'delivered';
  marking: 'GREEN' | 'RED';
  createdAt: string;
}
const made: Made[] = [];
const STATUS_RANK = { pledged: 1, committed: 2, delivered: 3 } as const;

beforeAll(async () => {
  t = await buildTestApp();
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  // Names PostgreSQL and JavaScript order alike.
  for (const [name, iso3] of [
    ['Bravo', 'BRV'],
    ['Alpha', 'ALP'],
    ['Charlie', 'CHR'],
  ] as const) {
    const org = await buildOrganisation(t.db, { name, iso3 });
    sessions[name] = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  }
  const readerOrg = await buildOrganisation(t.db, { name: 'Delta', iso3: 'DLT' });
  reader = await signIn(t.app, (await buildUser(t.db, readerOrg.id)).email, TEST_PASSWORD);
  const amounts = [500, null, 250, 500, 1000, null, 250, 75, 500, 3000, 10, 500, 250, null];
  const starts = [
    '2015-03-01',
    null,
    '2014-12-31',
    '2015-03-01',
    null,
    '2016-01-01',
    '2015-03-01',
    '2014-01-01',
    null,
    '2015-07-15',
    '2015-03-01',
    '2013-05-05',
    null,
    '2015-03-01',
  ];
  const statuses = ['pledged', 'committed', 'delivered'] as const;
  const orgs = ['Bravo', 'Alpha', 'Charlie'] as const;
  for (let i = 0; i < amounts.length; i++) {
    const org = orgs[i % 3]!;
    const status = statuses[(i * 7) % 3]!;
    // Every fifth row is RED: the reader may not see it, and no order may show it.
    const marking = i % 5 === 4 ? 'RED' : 'GREEN';
    const amount = amounts[i]!;
    const res = await sessions[org]!.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: lineId,
        type: 'funding',
        description: `Row ${i}`,
        money: amount === null ? null : { amountMinor: amount, currency: 'USD' },
        startDate: starts[i],
        status,
        sharing: { marking },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    made.push({ id: res.json().id, org, amount, startDate: starts[i]!, status, marking, createdAt: '' });
  }
  // created_at to the microsecond, as the server orders by it.
  const times = await t.db
    .selectFrom('contribution')
    .select(['id', (eb) => eb.cast<string>('created_at', 'text').as('at')])
    .execute();
  const at = new Map(times.map((r) => [r.id, r.at]));
  for (const m of made) m.createdAt = at.get(m.id)!;
});
afterAll(async () => t?.close());

type Key = string | number;
const keyOf: Record<string, (m: Made) => Key> = {
  createdAt: (m) => m.createdAt,
  startDate: (m) => m.startDate ?? '0001-01-01',
  amount: (m) => m.amount ?? -1,
  organisation: (m) => m.org,
  status: (m) => STATUS_RANK[m.status],
};

function expected(sort: string) {
  const descending = sort.startsWith('-');
  const key = keyOf[descending ? sort.slice(1) : sort]!;
  const cmp = (a: Made, b: Made) => {
    const [ka, kb] = [key(a), key(b)];
    const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
    return byKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  return made
    .filter((m) => m.marking === 'GREEN')
    .sort((a, b) => (descending ? -cmp(a, b) : cmp(a, b)))
    .map((m) => m.id);
}

async function allPages(query: string, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const res = await reader.inject({ method: 'GET', url: `/api/contributions?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
    expect(body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...body.items.map((i) => i.id));
    cursor = body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('more pages than rows');
}

describe('contributions list orders', () => {
  it.each(CONTRIBUTION_SORTS)('sort=%s: pages of 3 give every visible row once, in order', async (sort) => {
    const want = expected(sort);
    expect(want.length).toBeGreaterThan(9);
    expect(await allPages(`sort=${encodeURIComponent(sort)}`, 3)).toEqual(want);
  });

  it('is newest first by default', async () => {
    expect(await allPages('', 4)).toEqual(expected('-createdAt'));
  });

  it('keeps its filters under every order', async () => {
    const alpha = made.filter((m) => m.org === 'Alpha' && m.marking === 'GREEN').map((m) => m.id);
    const ids = await allPages('sort=-amount&marking=GREEN', 2);
    const orgOnly = expected('-amount').filter((id) => alpha.includes(id));
    const res = await reader.inject({ method: 'GET', url: `/api/contributions?sort=-amount&orgId=${await orgIdOf('Alpha')}` });
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual(orgOnly);
    expect(ids).toEqual(expected('-amount'));
    const red = await reader.inject({ method: 'GET', url: '/api/contributions?marking=RED' });
    expect(red.json().items).toEqual([]);
  });

  it('refuses a sort it does not offer, naming the field, and a cursor of another order', async () => {
    const bad = await reader.inject({ method: 'GET', url: '/api/contributions?sort=password' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('query.sort');
    const first = (await reader.inject({ method: 'GET', url: '/api/contributions?sort=organisation&limit=2' })).json();
    const mixed = await reader.inject({ method: 'GET', url: `/api/contributions?sort=amount&limit=2&cursor=${first.nextCursor}` });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().errors.map((e: { path: string }) => e.path)).toContain('query.cursor');
  });
});

async function orgIdOf(name: string) {
  return (await t.db.selectFrom('organisation').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

// The pivot over contributions (GET /api/coverage/pivot), read from the coverage summaries:
// for three readers — the secretariat, a focal point, and another organisation's focal
// point from whom RED and AMBER rows are hidden but to whom one AMBER row is shared by
// audience — every cell equals a reference computed here, in TypeScript, from the rows
// fetched with plain SQL and the sharing rule as known. Then: bad input is a 400 naming
// the field, no session is a 401, a new contribution is in the very next pivot, and a
// row hidden from the reader changes none of their cells.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
interface Reader {
  name: string;
  userId: string;
  orgId: string;
  secretariat: boolean;
  session: Session;
}
const readers: Reader[] = [];
const lineIds: string[] = [];
// The place tree: a country, two provinces, three districts.
const place: Record<string, string> = {};
const parentOf = new Map<string, string | null>();

interface Row {
  id: string;
  owner_org_id: string;
  line_id: string;
  type: string;
  status: string;
  currency: string | null;
  amount_minor: string | null;
  end_date: string | null;
  marking: string;
  created_by: string;
}

let seed = 20261202;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;

async function addPlace(code: string, parent: string | null, level: 'country' | 'adm1' | 'adm2') {
  const id = (
    await t.db
      .insertInto('location')
      .values({ parent_id: parent ? place[parent]! : null, level, code, name: `Pivot ${code}` })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  place[code] = id;
  parentOf.set(id, parent ? place[parent]! : null);
}

async function contribute(by: Reader, p: { marking: string; audience?: string[]; places: string[]; line?: string; type?: string; status?: string; money?: boolean }) {
  const res = await by.session.inject({
    method: 'POST',
    url: '/api/contributions',
    payload: {
      frameworkNodeId: p.line ?? pick(lineIds),
      type: p.type ?? pick(['funding', 'training', 'equipment']),
      money: (p.money ?? rnd() < 0.7) ? { amountMinor: 1 + Math.floor(rnd() * 100000), currency: pick(['USD', 'EUR']) } : undefined,
      locationIds: p.places,
      status: p.status ?? pick(['pledged', 'committed', 'delivered']),
      startDate: '2026-01-01',
      endDate: rnd() < 0.5 ? `2026-0${2 + Math.floor(rnd() * 7)}-28` : undefined,
      sharing: { marking: p.marking, audienceOrgIds: p.audience ?? [] },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  for (let i = 0; i < 3; i++)
    lineIds.push(
      (
        await t.db
          .transaction()
          .execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: `pline${i}`, name: `Pivot line ${i}`, description: '', position: i }))
      ).id,
    );
  await addPlace('XP', null, 'country');
  await addPlace('XP-0', 'XP', 'adm1');
  await addPlace('XP-1', 'XP', 'adm1');
  await addPlace('XP-0-a', 'XP-0', 'adm2');
  await addPlace('XP-0-b', 'XP-0', 'adm2');
  await addPlace('XP-1-a', 'XP-1', 'adm2');

  const sec = await buildOrganisation(t.db, { name: 'Pivot Secretariat', kind: 'secretariat' });
  for (const [name, orgName] of [
    ['focal A', 'Pivot State A'],
    ['focal B', 'Pivot State B'],
  ] as const) {
    const org = await buildOrganisation(t.db, { name: orgName });
    const user = await buildUser(t.db, org.id);
    readers.push({ name, userId: user.id, orgId: org.id, secretariat: false, session: await signIn(t.app, user.email, TEST_PASSWORD) });
  }
  const admin = await buildUser(t.db, sec.id, 'admin');
  readers.push({ name: 'secretariat', userId: admin.id, orgId: sec.id, secretariat: true, session: await signIn(t.app, admin.email, TEST_PASSWORD) });
  const [a, b] = readers as [Reader, Reader];

  const placeSets = [['XP-0-a'], ['XP-0-b'], ['XP-1-a'], ['XP-0'], ['XP'], ['XP-0-a', 'XP-0-b'], ['XP-0-a', 'XP-1-a']];
  for (let i = 0; i < 40; i++) {
    const by = i % 3 === 0 ? b : a;
    await contribute(by, { marking: pick(['GREEN', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']), places: pick(placeSets).map((c) => place[c]!) });
  }
  // One AMBER row of A shared with B by audience: B sees it though it is not B's.
  await contribute(a, { marking: 'AMBER', audience: [b.orgId], places: [place['XP-1-a']!], money: true });
  // One AMBER row of B that A may not see and the secretariat may: so that the three readers' totals differ.
  await contribute(b, { marking: 'AMBER', places: [place['XP-0-a']!], status: 'committed' });
  // Some cancelled (the first three of A's not delivered, in the order made): they count nowhere.
  const { rows } = await sql<{ id: string }>`SELECT id FROM contribution WHERE status <> 'delivered' AND owner_org_id = ${a.orgId} ORDER BY created_at, id LIMIT 3`.execute(t.db);
  for (const r of rows) {
    const res = await a.session.inject({ method: 'POST', url: `/api/contributions/${r.id}/status`, payload: { status: 'cancelled' } });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(async () => t?.close());

// The reference: the rows by plain SQL, the sharing rule as known (sharing.sql.ts visibleTo).
async function reference(reader: Reader, rows: string, columns: string, opts: { placeLevel?: number; type?: string; from?: string } = {}) {
  const all = (await sql<Row>`SELECT id, owner_org_id, line_id, type, status, currency, amount_minor::text, end_date::text, marking, created_by FROM contribution`.execute(t.db))
    .rows;
  const audience = (await sql<{ row_id: string; org_id: string }>`SELECT row_id, org_id FROM share_audience WHERE entity = 'contribution'`.execute(t.db)).rows;
  const placesOf = (await sql<{ contribution_id: string; location_id: string }>`SELECT contribution_id, location_id FROM contribution_location`.execute(t.db)).rows;
  const sees = (r: Row) => {
    if (r.marking === 'RED') return r.created_by === reader.userId;
    if (r.marking === 'GREEN' || r.marking === 'CLEAR') return true;
    return reader.secretariat || r.owner_org_id === reader.orgId || audience.some((s) => s.row_id === r.id && s.org_id === reader.orgId);
  };
  const rolled = (loc: string) => {
    if (opts.placeLevel === undefined) return loc;
    const path: string[] = [];
    for (let p: string | null | undefined = loc; p; p = parentOf.get(p)) path.unshift(p);
    return path[Math.min(opts.placeLevel, path.length - 1)]!;
  };
  const keysOf = (r: Row, dim: string): (string | null)[] => {
    switch (dim) {
      case 'organisation':
        return [r.owner_org_id];
      case 'line':
        return [r.line_id];
      case 'type':
        return [r.type];
      case 'status':
        return [r.status];
      case 'currency':
        return [r.currency];
      default:
        // Once at each of its places (rolled up, once per place it has there).
        return placesOf.filter((p) => p.contribution_id === r.id).map((p) => rolled(p.location_id));
    }
  };
  const withMoney = rows !== 'place' && columns !== 'place';
  const cells = new Map<string, { row: string | null; column: string | null; count: number; money: Map<string, bigint> }>();
  for (const r of all) {
    if (r.status === 'cancelled' || !sees(r)) continue;
    if (opts.type && r.type !== opts.type) continue;
    if (opts.from && r.end_date !== null && r.end_date < opts.from) continue;
    for (const rk of keysOf(r, rows))
      for (const ck of keysOf(r, columns)) {
        const key = JSON.stringify([rk, ck]);
        const cell = cells.get(key) ?? { row: rk, column: ck, count: 0, money: new Map() };
        cell.count += 1;
        if (withMoney && r.currency && r.amount_minor !== null) cell.money.set(r.currency, (cell.money.get(r.currency) ?? 0n) + BigInt(r.amount_minor));
        cells.set(key, cell);
      }
  }
  return normalise(
    [...cells.values()].map((c) => ({
      row: c.row,
      column: c.column,
      count: c.count,
      money: [...c.money].map(([currency, amount]) => ({ amountMinor: String(amount), currency })),
      // Nothing is converted without `currency` (analytics.pivot-currency.test.ts converts).
      notConverted: [],
    })),
  );
}

type Cell = { row: string | null; column: string | null; count: number; money: { amountMinor: string; currency: string }[]; notConverted: { currency: string; count: number }[] };
const normalise = (cells: Cell[]) =>
  cells
    .map((c) => ({ ...c, money: [...c.money].sort((x, y) => x.currency.localeCompare(y.currency)) }))
    .sort((x, y) => JSON.stringify([x.row, x.column]).localeCompare(JSON.stringify([y.row, y.column])));

async function pivot(reader: Reader, query: string) {
  const res = await reader.session.inject({ method: 'GET', url: `/api/coverage/pivot?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { cells: Cell[]; rowHeaders: { key: string | null; label: string }[]; columnHeaders: { key: string | null; label: string }[]; withMoney: boolean };
}

describe('the pivot over contributions', () => {
  it('refuses without a session, and names the field of bad input', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/coverage/pivot?rows=line&columns=type' })).statusCode).toBe(401);
    const s = readers[0]!.session;
    for (const [query, field] of [
      ['rows=colour&columns=line', 'rows'],
      ['rows=line&columns=line', 'columns'],
      ['rows=place&columns=type&placeLevel=4', 'placeLevel'],
      ['rows=place&columns=type&placeLevel=0', 'placeLevel'],
      ['rows=place&columns=currency', 'columns'],
      ['columns=line', 'rows'],
    ] as const) {
      const res = await s.inject({ method: 'GET', url: `/api/coverage/pivot?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(JSON.stringify(res.json()), query).toContain(field);
    }
  });

  it('equals the reference from the rows each reader may see', async () => {
    const cases: [string, string, { placeLevel?: number; type?: string; from?: string }][] = [
      ['organisation', 'line', {}],
      ['line', 'status', {}],
      ['place', 'type', { placeLevel: 1 }],
      ['place', 'organisation', {}],
      ['currency', 'status', { type: 'funding' }],
      // A period is a condition on each row: the live path.
      ['line', 'status', { from: '2026-05-01' }],
      ['place', 'line', { placeLevel: 2, from: '2026-05-01' }],
    ];
    const totals: number[] = [];
    for (const reader of readers) {
      for (const [rows, columns, opts] of cases) {
        const query = new URLSearchParams({ rows, columns, ...Object.fromEntries(Object.entries(opts).map(([k, v]) => [k, String(v)])) }).toString();
        const answer = await pivot(reader, query);
        const expected = await reference(reader, rows, columns, opts);
        expect(normalise(answer.cells), `${reader.name}: ${query}`).toEqual(expected);
        expect(answer.withMoney).toBe(rows !== 'place' && columns !== 'place');
        expect(new Set(answer.rowHeaders.map((h) => h.key))).toEqual(new Set(expected.map((c) => c.row)));
        expect(new Set(answer.columnHeaders.map((h) => h.key))).toEqual(new Set(expected.map((c) => c.column)));
      }
      totals.push((await pivot(reader, 'rows=organisation&columns=line')).cells.reduce((n, c) => n + c.count, 0));
    }
    // The readers see different things, and the data exercise money, roll-up and the audience.
    const [a, b, sec] = totals as [number, number, number];
    expect(new Set([a, b, sec]).size).toBe(3);
    const byOrg = await pivot(readers[1]!, 'rows=organisation&columns=line');
    expect(byOrg.cells.some((c) => c.row === readers[0]!.orgId)).toBe(true);
    expect(byOrg.rowHeaders.find((h) => h.key === readers[0]!.orgId)?.label).toBe('Pivot State A');
    const rolled = await pivot(readers[2]!, 'rows=place&columns=type&placeLevel=1');
    expect(new Set(rolled.rowHeaders.map((h) => h.key))).toEqual(new Set([place.XP, place['XP-0'], place['XP-1']]));
    expect((await pivot(readers[2]!, 'rows=line&columns=currency')).cells.some((c) => c.money.length > 0)).toBe(true);
  });

  it('shows a new contribution in the very next pivot; a hidden one changes no cell', async () => {
    const [a, b] = readers as [Reader, Reader];
    const query = 'rows=line&columns=type';
    const before = await pivot(b, query);
    const beforeA = await pivot(a, query);
    // Hidden from B: A's RED and AMBER rows (no audience).
    await contribute(a, { marking: 'RED', places: [place['XP-0-a']!], line: lineIds[0], type: 'funding', status: 'committed', money: true });
    await contribute(a, { marking: 'AMBER', places: [place['XP-0-a']!], line: lineIds[0], type: 'funding', status: 'committed', money: true });
    expect(normalise((await pivot(b, query)).cells)).toEqual(normalise(before.cells));
    const afterA = await pivot(a, query);
    const cellOf = (cells: Cell[]) => cells.find((c) => c.row === lineIds[0] && c.column === 'funding')?.count ?? 0;
    expect(cellOf(afterA.cells)).toBe(cellOf(beforeA.cells) + 2);
    // Visible to B: in B's very next pivot.
    await contribute(a, { marking: 'GREEN', places: [place['XP-0-a']!], line: lineIds[0], type: 'funding', status: 'committed', money: true });
    const after = await pivot(b, query);
    expect(cellOf(after.cells)).toBe(cellOf(before.cells) + 1);
    expect(normalise(after.cells)).toEqual(await reference(b, 'line', 'type'));
  });
});

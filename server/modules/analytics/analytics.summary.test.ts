// The coverage answer read from the summaries (migration 0031, ADR 0026) against the live
// computation from the rows, after random sequences of every kind of write: creates,
// updates (line, type, money, dates, places, marking), status changes, deletes, imports
// (new rows and rows re-imported with changes), sharing changes (audience, recipients).
// For several readers — focal points of three organisations, a second user of one of them
// (RED is its author's), the secretariat — and several filters, the answer must equal the
// five live statements'; and the summary tables must equal their recomputation from the
// rows. Then: two transactions writing into one group at once lose nothing; and a write is
// in the very next answer.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { importContributions } from '../contributions/contributions.interchange.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import * as q from './analytics.queries.ts';
import { answerFrom, coverage } from './analytics.service.ts';

let t: TestApp;
interface Reader {
  orgId: string;
  userId: string;
  session: Session;
  ctx: Ctx;
}
const members: Reader[] = [];
let secretariat: Ctx;
const lines: { id: string; code: string }[] = [];
const provinces: { id: string; code: string }[] = [];
let country = '';
const orgNames = ['Summing State 0', 'Summing State 1', 'Summing State 2'];

beforeAll(async () => {
  t = await buildTestApp();
  for (let i = 0; i < 3; i++) {
    const node = await t.db
      .transaction()
      .execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: `sline${i}`, name: `Summed line ${i}`, description: '', position: i }));
    lines.push({ id: node.id, code: `sline${i}` });
  }
  country = (await t.db.insertInto('location').values({ parent_id: null, level: 'country', code: 'XS', name: 'Summaland' }).returning('id').executeTakeFirstOrThrow()).id;
  for (let i = 0; i < 3; i++) {
    const id = (
      await t.db
        .insertInto('location')
        .values({ parent_id: country, level: 'adm1', code: `XS-${i}`, name: `Sum province ${i}` })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    provinces.push({ id, code: `XS-${i}` });
  }
  for (let i = 0; i < 3; i++) {
    const org = await buildOrganisation(t.db, { name: orgNames[i]! });
    // Two users in the first organisation: a RED row is its author's, not the organisation's.
    for (let u = 0; u < (i === 0 ? 2 : 1); u++) {
      const user = await buildUser(t.db, org.id);
      const actor: UserActor = { kind: 'user', userId: user.id, orgId: org.id, orgKind: 'state', role: 'focal_point', email: user.email };
      members.push({ orgId: org.id, userId: user.id, session: await signIn(t.app, user.email, TEST_PASSWORD), ctx: { actor } });
    }
  }
  const sec = await buildOrganisation(t.db, { name: 'Summing Secretariat', kind: 'secretariat' });
  const admin = await buildUser(t.db, sec.id, 'admin');
  secretariat = { actor: { kind: 'user', userId: admin.id, orgId: sec.id, orgKind: 'secretariat', role: 'admin', email: admin.email } };
});
afterAll(async () => t?.close());

async function live(ctx: Ctx, filter: object = {}) {
  const [cells, thinLines, thinPlaces, duplicates, places, lineList] = await Promise.all([
    q.coverageMatrix(t.db, ctx.actor, filter),
    q.contributorsPerLine(t.db, ctx.actor, filter),
    q.thinLocations(t.db, ctx.actor, filter),
    q.likelyDuplicates(t.db, ctx.actor, filter),
    q.placesOnMap(t.db, ctx.actor, filter),
    q.linesInOrder(t.db),
  ]);
  return answerFrom({ cells, thinLines, thinPlaces, duplicates, places, lines: lineList });
}

/** The summary tables, and the same recomputed from the rows, each as sorted JSON lines. */
async function summariesAndRecomputed() {
  const read = async (query: ReturnType<typeof sql>) => ((await query.execute(t.db)).rows as object[]).map((r) => JSON.stringify(r)).sort();
  return {
    line: await read(sql`SELECT owner_org_id, line_id, type, status, currency, marking, created_by, contributions::text, amount_minor::text FROM contribution_coverage_line`),
    lineFromRows: await read(sql`
      SELECT owner_org_id, line_id, type, status, currency, marking, CASE WHEN marking = 'RED' THEN created_by END AS created_by,
             count(*)::text AS contributions, sum(amount_minor)::text AS amount_minor
      FROM contribution GROUP BY 1, 2, 3, 4, 5, 6, 7`),
    place: await read(
      sql`SELECT location_id, owner_org_id, line_id, type, status, marking, created_by, contributions::text, first_day::text, last_day::text FROM contribution_coverage_place`,
    ),
    placeFromRows: await read(sql`
      SELECT cl.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END AS created_by,
             count(*)::text AS contributions, min(coalesce(c.start_date, '-infinity'))::text AS first_day, max(coalesce(c.end_date, 'infinity'))::text AS last_day
      FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id GROUP BY 1, 2, 3, 4, 5, 6, 7`),
  };
}

async function expectSummaryEqualsLive() {
  const s = await summariesAndRecomputed();
  expect(s.line).toEqual(s.lineFromRows);
  expect(s.place).toEqual(s.placeFromRows);
  for (const ctx of [...members.map((m) => m.ctx), secretariat]) {
    for (const filter of [{}, { type: 'funding' as const }, { status: 'committed' as const }, { lineId: lines[0]!.id }, { orgId: members[2]!.orgId }]) {
      expect(await coverage(t.db, ctx, filter)).toEqual(await live(ctx, filter));
    }
  }
}

// One write, as drawn by fast-check.
const sharing = fc.record({
  marking: fc.constantFrom('GREEN', 'AMBER', 'AMBER', 'AMBER+STRICT', 'RED', 'CLEAR'),
  audience: fc.subarray([0, 1, 2]),
  recipients: fc.subarray([0, 1, 2, 3]),
});
const fields = fc.record({
  line: fc.nat(2),
  type: fc.constantFrom('funding', 'training', 'equipment'),
  money: fc.option(fc.record({ amountMinor: fc.integer({ min: 0, max: 100_000 }), currency: fc.constantFrom('USD', 'EUR') }), { nil: null }),
  places: fc.subarray([0, 1, 2, 3]),
  start: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  end: fc.option(fc.integer({ min: 7, max: 12 }), { nil: null }),
});
const op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), by: fc.nat(3), fields, status: fc.constantFrom('pledged', 'committed', 'delivered'), sharing }),
  fc.record({ kind: fc.constant('update' as const), which: fc.nat(), fields, changeSharing: fc.option(sharing, { nil: undefined }) }),
  fc.record({ kind: fc.constant('places' as const), which: fc.nat(), places: fc.subarray([0, 1, 2, 3]) }),
  fc.record({ kind: fc.constant('share' as const), which: fc.nat(), sharing }),
  fc.record({ kind: fc.constant('status' as const), which: fc.nat(), to: fc.constantFrom('committed', 'delivered', 'cancelled') }),
  fc.record({ kind: fc.constant('delete' as const), which: fc.nat() }),
  // A bulk change of many groups at once (the path a re-import of many rows takes).
  fc.record({ kind: fc.constant('bulk' as const), org: fc.nat(2), what: fc.constantFrom('open-end', 'open-start', 'cancel') }),
  fc.record({
    kind: fc.constant('import' as const),
    by: fc.nat(3),
    marking: fc.constantFrom('GREEN', 'AMBER', 'RED'),
    rows: fc.array(fc.record({ id: fc.nat(5), line: fc.nat(2), place: fc.nat(2), amount: fc.nat(9999), status: fc.constantFrom('pledged', 'committed', 'delivered') }), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** The organisation (0, 1, 2) of a reader: the first two readers are both of organisation 0. */
const orgIndex = (m: Reader) => Math.max(0, members.indexOf(m) - 1);
const orgIdOf = (i: number) => members[i === 0 ? 0 : i + 1]!.orgId;
let importsCommitted = 0;
const placeIds = (ps: number[]) => ps.map((p) => (p === 3 ? country : provinces[p]!.id));
const sharingOf = (s: { marking: string; audience: number[]; recipients: number[] }, owner: Reader) => ({
  marking: s.marking,
  audienceOrgIds: s.marking.startsWith('AMBER') ? s.audience.map(orgIdOf).filter((o) => o !== owner.orgId) : [],
  recipientUserIds: s.marking === 'RED' ? s.recipients.map((i) => members[i]!.userId).filter((u) => u !== owner.userId) : [],
});
type Fields = typeof fields extends fc.Arbitrary<infer F> ? F : never;
const payloadOf = (f: Fields) => ({
  frameworkNodeId: lines[f.line]!.id,
  type: f.type,
  money: f.money,
  locationIds: placeIds(f.places),
  startDate: f.start === null ? null : `2026-0${f.start}-01`,
  endDate: f.end === null ? null : `2026-${String(f.end).padStart(2, '0')}-28`,
});

/** The contributions there are, each with its owner's reader (the author, for RED). */
async function existing() {
  const rows = await t.db.selectFrom('contribution').select(['id', 'created_by']).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, owner: members.find((m) => m.userId === r.created_by)! }));
}

async function apply(o: Op) {
  const ok = (res: { statusCode: number; body: string }, ...codes: number[]) => expect(codes, res.body).toContain(res.statusCode);
  if (o.kind === 'create') {
    const by = members[o.by]!;
    const res = await by.session.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { ...payloadOf(o.fields), status: o.status, sharing: sharingOf(o.sharing, by) },
    });
    return ok(res, 201);
  }
  if (o.kind === 'import') {
    const by = members[o.by]!;
    const orgName = orgNames[orgIndex(by)]!;
    const rows = o.rows.map((r) => `${orgName},${lines[r.line]!.code},${provinces[r.place]!.code},funding,${r.amount},USD,2026-0${1 + (r.amount % 6)}-01,,${r.status},SUM-${r.id}`);
    const file = `#org,#sector,#adm1+code,#activity+type,#value,#currency,#date+start,#date+end,#status,#meta+id\n${rows.join('\n')}\n`;
    // A row id twice in one file, or a status that may not go back, refuses the whole file: either way the tables must agree.
    const report = await importContributions(t.db, by.ctx, Readable.from([Buffer.from(file)]), {
      dryRun: false,
      fileName: 'summary.csv',
      sharing: { marking: o.marking as 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    });
    if (report.committed) importsCommitted += 1;
    return;
  }
  if (o.kind === 'bulk') {
    const org = orgIdOf(o.org);
    if (o.what === 'open-end') await sql`UPDATE contribution SET end_date = NULL WHERE owner_org_id = ${org}`.execute(t.db);
    if (o.what === 'open-start') await sql`UPDATE contribution SET start_date = NULL WHERE owner_org_id = ${org}`.execute(t.db);
    if (o.what === 'cancel') await sql`UPDATE contribution SET status = 'cancelled' WHERE owner_org_id = ${org} AND status <> 'delivered'`.execute(t.db);
    return;
  }
  const all = await existing();
  if (!all.length) return;
  const target = all[o.which % all.length]!;
  const session = target.owner.session;
  const url = `/api/contributions/${target.id}`;
  if (o.kind === 'update') {
    const payload = { ...payloadOf(o.fields), ...(o.changeSharing ? { sharing: sharingOf(o.changeSharing, target.owner) } : {}) };
    return ok(await session.inject({ method: 'PATCH', url, payload }), 200, 409);
  }
  if (o.kind === 'places') return ok(await session.inject({ method: 'PATCH', url, payload: { locationIds: placeIds(o.places) } }), 200);
  if (o.kind === 'share') return ok(await session.inject({ method: 'PATCH', url, payload: { sharing: sharingOf(o.sharing, target.owner) } }), 200);
  if (o.kind === 'status') return ok(await session.inject({ method: 'POST', url: `${url}/status`, payload: { status: o.to } }), 200, 409);
  return ok(await session.inject({ method: 'DELETE', url }), 204, 200);
}

describe('the coverage summaries', () => {
  it('give the live answer for every reader after any sequence of writes', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        runs += 1;
        for (const o of ops) await apply(o);
        await expectSummaryEqualsLive();
      }),
      { numRuns: 25, seed: 20261201, endOnFailure: true },
    );
    expect(runs).toBe(25);
    expect(importsCommitted).toBeGreaterThan(2);
    // The sequences left varied data behind: every part of the answer has something to compare.
    const all = await coverage(t.db, secretariat, {});
    expect(all.matrix.cells.length).toBeGreaterThan(3);
    expect(all.places.length).toBeGreaterThan(1);
    const shared = await sql<{ n: string }>`SELECT count(*) AS n FROM share_audience WHERE entity = 'contribution'`.execute(t.db);
    expect(Number(shared.rows[0]!.n)).toBeGreaterThan(0);
  }, 600_000);

  it('recompute the extremes of many groups changed by one statement', async () => {
    // Twelve groups (three lines × four types) of the third organisation at one place, two rows each; one statement moves the
    // latest end of every group back, so each group's latest end is read again from its rows.
    const owner = members[3]!;
    const ids: string[] = [];
    for (const line of lines)
      for (const type of ['funding', 'training', 'equipment', 'in_kind'])
        for (const endDate of ['2027-06-30', '2027-12-31']) {
          const res = await owner.session.inject({
            method: 'POST',
            url: '/api/contributions',
            payload: { frameworkNodeId: line.id, type, locationIds: [provinces[1]!.id], status: 'delivered', startDate: '2026-01-01', endDate, sharing: { marking: 'GREEN' } },
          });
          expect(res.statusCode, res.body).toBe(201);
          if (endDate === '2027-12-31') ids.push(res.json().id);
        }
    await sql`UPDATE contribution SET end_date = '2027-07-31' WHERE id = ANY(${ids}::uuid[])`.execute(t.db);
    const { rows } = await sql<{ last_day: string }>`
      SELECT DISTINCT last_day::text FROM contribution_coverage_place WHERE owner_org_id = ${owner.orgId} AND location_id = ${provinces[1]!.id} AND status = 'delivered'
        AND type IN ('funding', 'training', 'equipment', 'in_kind') AND line_id = ANY(${lines.map((l) => l.id)}::uuid[])`.execute(t.db);
    expect(rows.map((r) => r.last_day)).not.toContain('2027-12-31');
    await expectSummaryEqualsLive();
  });

  it('lose nothing when two transactions write into one group at once', async () => {
    const owner = members[1]!;
    const group = { frameworkNodeId: lines[1]!.id, type: 'equipment', locationIds: [provinces[0]!.id], status: 'committed', sharing: { marking: 'GREEN' } };
    const before = await coverage(t.db, owner.ctx, {});
    const cell = (a: typeof before) => a.matrix.cells.find((c) => c.orgId === owner.orgId && c.lineId === lines[1]!.id)?.count ?? 0;
    const at = (a: typeof before) => a.places.find((p) => p.id === provinces[0]!.id)?.contributions ?? 0;
    // Twenty creates and, at the same time, the deletion of contributions in the same group.
    const victims = await Promise.all(
      [0, 1, 2, 3].map(async () => (await owner.session.inject({ method: 'POST', url: '/api/contributions', payload: { ...group, startDate: '2026-01-01' } })).json().id as string),
    );
    const results = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        owner.session.inject({ method: 'POST', url: '/api/contributions', payload: { ...group, startDate: `2026-0${1 + (i % 9)}-01`, endDate: '2026-12-31' } }),
      ),
      ...victims.map((id) => owner.session.inject({ method: 'DELETE', url: `/api/contributions/${id}` })),
    ]);
    for (const r of results) expect([200, 201, 204], r.body).toContain(r.statusCode);
    const after = await coverage(t.db, owner.ctx, {});
    expect(cell(after)).toBe(cell(before) + 20);
    expect(at(after)).toBe(at(before) + 20);
    await expectSummaryEqualsLive();
  });

  it('shows every kind of write in the very next answer', async () => {
    const owner = members[2]!;
    const reader = members[3]!;
    const count = (a: Awaited<ReturnType<typeof coverage>>) => a.matrix.cells.reduce((n, c) => n + c.count, 0);
    const before = await coverage(t.db, reader.ctx, {});
    // An AMBER contribution the reader's organisation is not the audience of: not counted.
    const created = await owner.session.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { frameworkNodeId: lines[2]!.id, type: 'training', locationIds: [provinces[2]!.id], status: 'pledged', sharing: { marking: 'AMBER' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(count(await coverage(t.db, reader.ctx, {}))).toBe(count(before));
    // Shared with the reader's organisation: counted at once.
    await owner.session.inject({ method: 'PATCH', url: `/api/contributions/${id}`, payload: { sharing: { marking: 'AMBER', audienceOrgIds: [reader.orgId] } } });
    expect(count(await coverage(t.db, reader.ctx, {}))).toBe(count(before) + 1);
    // Cancelled: no longer counted.
    await owner.session.inject({ method: 'POST', url: `/api/contributions/${id}/status`, payload: { status: 'cancelled' } });
    expect(count(await coverage(t.db, reader.ctx, {}))).toBe(count(before));
    await expectSummaryEqualsLive();
  });
});

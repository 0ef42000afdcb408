// The rollup (migration 0028, ADR 0025) against the live table and a reference computation:
// after random sequences of entry, submission, approval, un-approval, edits, deletions and
// imports (several values approved in one statement) over random markings and audiences, the
// pivot read from the rollup equals the live statement's and the reference's, for every
// aggregation rule, both roll-ups of periods (quarter, year) and every depth of places, for
// readers of two organisations and the secretariat. Also: two transactions approving values of
// the same rollup unit at once lose neither; an approval is in the very next pivot.
import fc from 'fast-check';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Ctx } from '../../infra/actor.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { parsePeriod } from './indicators.period.ts';
import type { PivotPlan } from './indicators.pivot.ts';
import * as q from './indicators.queries.ts';
import { liveIndicators, rollupAnswers } from './indicators.rollup.ts';
import { changeValueStatus, pivot } from './indicators.service.ts';

const SPACE = ['sum', 'mean', 'max', 'latest'] as const;
const TIME = ['sum', 'latest', 'cumulative'] as const;
const MONTHS = ['2015-01', '2015-02', '2015-03', '2015-05', '2015-08', '2015-12', '2016-01', '2016-04'];
const PLACES = ['IQ-NI-MOS', 'IQ-NI', 'IQ-AN', 'IQ-AN-RAM'];
const PATH: Record<string, string[]> = {
  'IQ-NI-MOS': ['IRQ', 'IQ-NI', 'IQ-NI-MOS'],
  'IQ-NI': ['IRQ', 'IQ-NI'],
  'IQ-AN': ['IRQ', 'IQ-AN'],
  'IQ-AN-RAM': ['IRQ', 'IQ-AN', 'IQ-AN-RAM'],
};
const ORGS = ['us', 'fr'] as const;
const MARKINGS = ['GREEN', 'AMBER', 'RED'] as const;

let t: TestApp;
const place: Record<string, string> = {};
const org: Record<string, string> = {};
const author: Record<string, string> = {};
const readers: { name: string; actor: Actor }[] = [];
const indicators: { id: string; space: (typeof SPACE)[number]; time: (typeof TIME)[number] }[] = [];
let lineId = '';

beforeAll(async () => {
  t = await buildTestApp();
  for (const name of ORGS) {
    org[name] = (await buildOrganisation(t.db)).id;
    const u = await buildUser(t.db, org[name]!, 'admin');
    author[name] = u.id;
    readers.push({ name, actor: { kind: 'user', userId: u.id, orgId: org[name]!, orgKind: 'state', role: 'admin', email: u.email } });
  }
  const sec = (await buildOrganisation(t.db, { kind: 'secretariat' })).id;
  const secUser = await buildUser(t.db, sec);
  readers.push({ name: 'secretariat', actor: { kind: 'user', userId: secUser.id, orgId: sec, orgKind: 'secretariat', role: 'focal_point', email: secUser.email } });
  lineId = await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    return (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'l', name: 'Line', description: '', position: 0 })).id;
  });
  for (const code of ['IRQ', 'IQ-NI', 'IQ-AN']) place[code] = (await t.db.selectFrom('location').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  for (const [code, parent] of [
    ['IQ-NI-MOS', 'IQ-NI'],
    ['IQ-AN-RAM', 'IQ-AN'],
  ] as const)
    place[code] = (await t.db.insertInto('location').values({ parent_id: place[parent]!, level: 'adm2', code, name: code }).returning('id').executeTakeFirstOrThrow()).id;
  for (const space of SPACE)
    for (const time of TIME) {
      const { id } = await t.db
        .insertInto('indicator')
        .values({
          owner_org_id: org.us!,
          marking: 'GREEN',
          created_by: author.us!,
          framework_node_id: lineId,
          line_id: lineId,
          code: `${space}-${time}`,
          name: `${space}-${time}`,
          unit: 'u',
          space_aggregation: space,
          time_aggregation: time,
          period_type: 'month',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      indicators.push({ id, space, time });
    }
}, 120_000);
afterAll(async () => t?.close());

/** A value as the model keeps it. */
interface Model {
  id: string;
  indicator: number;
  month: string;
  where: string;
  by: (typeof ORGS)[number];
  value: number;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  marking: (typeof MARKINGS)[number];
  /** Its audience names the other organisation. */
  shared: boolean;
}

const visible = (v: Model, a: Actor) => {
  if (a.kind !== 'user') return true;
  if (v.marking === 'GREEN') return true;
  if (v.marking === 'RED') return author[v.by] === a.userId;
  return a.orgKind === 'secretariat' || org[v.by] === a.orgId || (v.shared && org[v.by] !== a.orgId);
};

const bucketOf = (month: string, level: string) => {
  if (level === 'quarter') {
    const q = Math.floor((Number(month.slice(5)) - 1) / 3) + 1;
    return { key: `${month.slice(0, 4)}Q${q}`, end: parsePeriod(`${month.slice(0, 4)}Q${q}`)!.end };
  }
  return { key: month.slice(0, 4), end: `${month.slice(0, 4)}-12-31` };
};

/** The reference: cell key (indicator|bucket|place) → the figures it may have (the tied candidates of `latest` across places). */
function reference(values: Model[], level: string, depth: number) {
  const out = new Map<string, number[]>();
  for (const [n, ind] of indicators.entries()) {
    const own = values.filter((v) => v.indicator === n);
    const leaves = [...new Set(own.map((v) => `${v.where}|${v.by}`))];
    const buckets = new Map(own.map((v) => [bucketOf(v.month, level).key, bucketOf(v.month, level).end]));
    const cells = new Map<string, { figure: number; last: string }[]>();
    for (const leaf of leaves) {
      const series = own.filter((v) => `${v.where}|${v.by}` === leaf);
      const where = series[0]!.where;
      const placeKey = PATH[where]![Math.min(depth, PATH[where]!.length - 1)]!;
      for (const [bucket, end] of buckets) {
        const inBucket = ind.time === 'cumulative' ? series.filter((v) => parsePeriod(v.month)!.end <= end) : series.filter((v) => bucketOf(v.month, level).key === bucket);
        if (!inBucket.length) continue;
        const last = inBucket.reduce((a, b) => (a.month > b.month ? a : b));
        const figure = ind.time === 'latest' ? last.value : inBucket.reduce((s, v) => s + v.value, 0);
        const key = `${ind.id}|${bucket}|${place[placeKey]}`;
        cells.set(key, [...(cells.get(key) ?? []), { figure, last: last.month }]);
      }
    }
    for (const [key, figures] of cells) {
      const all = figures.map((f) => f.figure);
      if (ind.space === 'sum') out.set(key, [all.reduce((a, b) => a + b, 0)]);
      else if (ind.space === 'mean') out.set(key, [all.reduce((a, b) => a + b, 0) / all.length]);
      else if (ind.space === 'max') out.set(key, [Math.max(...all)]);
      else {
        const latest = figures.reduce((a, b) => (a.last > b.last ? a : b)).last;
        out.set(
          key,
          figures.filter((f) => f.last === latest).map((f) => f.figure),
        );
      }
    }
  }
  return out;
}

type Op =
  | {
      kind: 'add';
      indicator: number;
      month: string;
      where: string;
      by: (typeof ORGS)[number];
      value: number;
      status: Model['status'];
      marking: Model['marking'] | 'series';
      shared: boolean;
    }
  | { kind: 'submit' | 'approve' | 'unapprove' | 'delete'; pick: number }
  | { kind: 'edit'; pick: number; value: number }
  | { kind: 'import'; picks: number[]; value: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      indicator: fc.integer({ min: 0, max: SPACE.length * TIME.length - 1 }),
      month: fc.constantFrom(...MONTHS),
      where: fc.constantFrom(...PLACES),
      by: fc.constantFrom(...ORGS),
      value: fc.integer({ min: 0, max: 1000 }),
      status: fc.constantFrom('draft' as const, 'submitted' as const, 'approved' as const),
      // Mostly the series' own marking (series rarely mix keys), sometimes any.
      marking: fc.constantFrom('series' as const, 'series' as const, 'series' as const, ...MARKINGS),
      shared: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('submit' as const, 'approve' as const, 'unapprove' as const, 'delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), value: fc.integer({ min: 0, max: 1000 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('import' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value: fc.integer({ min: 0, max: 1000 }) }),
  },
);

/** The series' own marking: a function of the series, so most series keep one key. */
const seriesMarking = (indicator: number, where: string, by: string) => MARKINGS[(indicator + PLACES.indexOf(where) + (by === 'us' ? 0 : 1)) % 3]!;

async function apply(model: Model[], o: Op) {
  const db = t.db;
  const among = (statuses: Model['status'][], pick: number) => {
    const candidates = model.filter((v) => statuses.includes(v.status));
    return candidates.length ? candidates[pick % candidates.length] : undefined;
  };
  if (o.kind === 'add') {
    if (model.some((v) => v.indicator === o.indicator && v.month === o.month && v.where === o.where && v.by === o.by)) return;
    const p = parsePeriod(o.month)!;
    const marking = o.marking === 'series' ? seriesMarking(o.indicator, o.where, o.by) : o.marking;
    const shared = o.shared && marking === 'AMBER';
    const { id } = await q.insertValue(db, {
      indicator_id: indicators[o.indicator]!.id,
      period: o.month,
      period_start: p.start,
      period_end: p.end,
      location_id: place[o.where]!,
      owner_org_id: org[o.by]!,
      category_option: null,
      value: o.value,
      status: o.status,
      marking,
      created_by: author[o.by]!,
    });
    if (shared)
      await db
        .insertInto('share_audience')
        .values({ entity: 'indicator_value', row_id: id, org_id: org[o.by === 'us' ? 'fr' : 'us']! })
        .execute();
    model.push({ id, indicator: o.indicator, month: o.month, where: o.where, by: o.by, value: o.value, status: o.status, marking, shared });
  } else if (o.kind === 'submit') {
    const v = among(['draft', 'returned'], o.pick);
    if (!v) return;
    await q.setValueStatus(db, [v.id], 'submitted', null, author[v.by]!);
    v.status = 'submitted';
  } else if (o.kind === 'approve') {
    const v = among(['submitted'], o.pick);
    if (!v) return;
    await q.setValueStatus(db, [v.id], 'approved', null, author.us!);
    v.status = 'approved';
  } else if (o.kind === 'unapprove') {
    const v = among(['approved'], o.pick);
    if (!v) return;
    await q.setValueStatus(db, [v.id], 'returned', 'a reason', author.us!);
    v.status = 'returned';
  } else if (o.kind === 'delete') {
    const v = among(['draft', 'returned', 'submitted', 'approved'], o.pick);
    if (!v) return;
    await db.deleteFrom('share_audience').where('row_id', '=', v.id).execute();
    await db.deleteFrom('indicator_value').where('id', '=', v.id).execute();
    model.splice(model.indexOf(v), 1);
  } else if (o.kind === 'edit') {
    const v = among(['draft', 'returned'], o.pick);
    if (!v) return;
    await q.updateValue(db, v.id, { value: o.value, status: 'draft' });
    v.value = o.value;
    v.status = 'draft';
  } else if (o.kind === 'import') {
    // An import's commit: several values set and approved in one statement.
    const picked = [...new Set(o.picks.map((p) => among(['draft', 'returned', 'submitted'], p)).filter((v): v is Model => v !== undefined))];
    if (!picked.length) return;
    await sql`UPDATE indicator_value SET value = ${o.value}, status = 'approved', status_reason = NULL WHERE id = ANY(${picked.map((v) => v.id)}::uuid[])`.execute(db);
    for (const v of picked) {
      v.value = o.value;
      v.status = 'approved';
    }
  }
}

const keyOf = (f: Record<string, string | null>) => `${f.k0}|${f.k1}|${f.k2}`;

describe('the pivot from the rollup', () => {
  it('equals the live statement and the reference after random changes, for every rule, roll-up and reader', async () => {
    let rollupCells = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 20, maxLength: 60 }), async (ops) => {
        await t.db.deleteFrom('share_audience').where('entity', '=', 'indicator_value').execute();
        await t.db.deleteFrom('indicator_value').execute();
        const model: Model[] = [];
        for (const o of ops) await apply(model, o);
        for (const { actor } of readers)
          for (const level of ['quarter', 'year'] as const)
            for (const depth of [0, 1, 2]) {
              const plan: PivotPlan = { dims: [{ kind: 'indicator' }, { kind: 'period', level }, { kind: 'location', depth }], includeSubmitted: false };
              expect(rollupAnswers(plan)).toBe(true);
              const [fromRollup, live, readLive] = await Promise.all([
                q.pivotFigures(t.db, actor, plan),
                q.pivotFigures(t.db, actor, plan, 'live'),
                liveIndicators(t.db, actor, plan),
              ]);
              expect(fromRollup).toEqual(live);
              rollupCells += fromRollup.filter((f) => !readLive.includes(f.k0!)).length;
              const expected = reference(
                model.filter((v) => v.status === 'approved' && visible(v, actor)),
                level,
                depth,
              );
              const got = new Map(fromRollup.map((f) => [keyOf(f), Number(f.value)]));
              expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
              for (const [key, candidates] of expected)
                expect(
                  candidates.some((c) => Math.abs(c - got.get(key)!) < 1e-5),
                  `${key}: ${got.get(key)} in ${candidates}`,
                ).toBe(true);
            }
        // The rollup is what a recomputation from every value gives.
        const { rows: drift } = await sql<{ n: string }>`
          SELECT count(*) AS n FROM (
            (SELECT * FROM indicator_rollup EXCEPT ALL SELECT * FROM indicator_rollup_compute(NULL, NULL, NULL, NULL))
            UNION ALL (SELECT * FROM indicator_rollup_compute(NULL, NULL, NULL, NULL) EXCEPT ALL SELECT * FROM indicator_rollup)
          ) d`.execute(t.db);
        expect(Number(drift[0]!.n)).toBe(0);
      }),
      { numRuns: 12 },
    );
    // Most cells came from the rollup itself, not from the indicators read live.
    expect(rollupCells).toBeGreaterThan(100);
  }, 300_000);

  it('loses no approval when two transactions approve values of the same unit at once', async () => {
    await t.db.deleteFrom('share_audience').where('entity', '=', 'indicator_value').execute();
    await t.db.deleteFrom('indicator_value').execute();
    const ind = indicators.find((i) => i.space === 'max' && i.time === 'sum')!;
    const ids: string[] = [];
    for (const [month, value] of [
      ['2015-01', 10],
      ['2015-02', 20],
    ] as const) {
      const p = parsePeriod(month)!;
      ids.push(
        (
          await q.insertValue(t.db, {
            indicator_id: ind.id,
            period: month,
            period_start: p.start,
            period_end: p.end,
            location_id: place['IQ-NI-MOS']!,
            owner_org_id: org.us!,
            category_option: null,
            value,
            status: 'submitted',
            marking: 'GREEN',
            created_by: author.us!,
          })
        ).id,
      );
    }
    // Two connections of the app's role, as two requests of the server.
    const c1 = new pg.Client({ connectionString: t.appUrl });
    const c2 = new pg.Client({ connectionString: t.appUrl });
    await c1.connect();
    await c2.connect();
    try {
      await c1.query('BEGIN');
      await c2.query('BEGIN');
      await c1.query(`UPDATE indicator_value SET status = 'approved' WHERE id = $1`, [ids[0]]);
      let second = false;
      const approving = c2.query(`UPDATE indicator_value SET status = 'approved' WHERE id = $1`, [ids[1]]).then(() => {
        second = true;
      });
      await new Promise((r) => setTimeout(r, 300));
      // The second waits on the unit's lock while the first holds it.
      expect(second).toBe(false);
      await c1.query('COMMIT');
      await approving;
      await c2.query('COMMIT');
    } finally {
      await c1.end();
      await c2.end();
    }
    const { rows } = await sql<{ total: string; leaf_sum: string }>`
      SELECT trim_scale(total)::text AS total, trim_scale(leaf_sum)::text AS leaf_sum FROM indicator_rollup
      WHERE indicator_id = ${ind.id} AND level = 'quarter' AND bucket = '2015Q1' AND depth = 2`.execute(t.db);
    expect(rows).toEqual([{ total: '30', leaf_sum: '30' }]);
  }, 60_000);

  it('shows an approved value in the very next pivot, and drops it on un-approval', async () => {
    await t.db.deleteFrom('indicator_value').execute();
    const ind = indicators.find((i) => i.space === 'sum' && i.time === 'sum')!;
    const p = parsePeriod('2016-04')!;
    const { id } = await q.insertValue(t.db, {
      indicator_id: ind.id,
      period: '2016-04',
      period_start: p.start,
      period_end: p.end,
      location_id: place['IQ-AN-RAM']!,
      owner_org_id: org.us!,
      category_option: null,
      value: 1234,
      status: 'submitted',
      marking: 'GREEN',
      created_by: author.us!,
    });
    const admin: Ctx = { actor: readers[0]!.actor };
    const reader: Ctx = { actor: readers[1]!.actor };
    const query = { rows: ['indicator', 'period:quarter'], columns: ['location:1'], includeSubmitted: false };
    // Through the app's role, as the server runs them.
    const cell = async () => (await pivot(t.appDb, reader, query)).cells.find((c) => c.row[0]!.key === ind.id && c.row[1]!.key === '2016Q2')?.value;
    expect(await cell()).toBeUndefined();
    await changeValueStatus(t.appDb, admin, 'approve', [id]);
    expect(await cell()).toBe('1234');
    await changeValueStatus(t.appDb, admin, 'unapprove', [id], 'wrong figure');
    expect(await cell()).toBeUndefined();
  }, 60_000);
});

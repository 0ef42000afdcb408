// Property: for random approved values, every figure of the pivot equals a reference
// computation written here, for each aggregation across time (sum, latest, cumulative) and
// across places and organisations (sum, mean, max, latest), at each roll-up of periods
// (month, quarter, year, all time) and of places (the place itself, first level, country);
// values the reader may not see (RED values of another organisation's author) are mixed in
// and change none of the reader's figures.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { parsePeriod } from './indicators.period.ts';

const SPACE = ['sum', 'mean', 'max', 'latest'] as const;
const TIME = ['sum', 'latest', 'cumulative'] as const;
const MONTHS = ['2015-01', '2015-02', '2015-03', '2015-05', '2015-08', '2015-12', '2016-01', '2016-04'];
const PLACES = ['IQ-NI-MOS', 'IQ-NI', 'IQ-AN', 'IQ-AN-RAM'];
/** Each place's ancestors by depth (0: the country). */
const PATH: Record<string, string[]> = {
  'IQ-NI-MOS': ['IRQ', 'IQ-NI', 'IQ-NI-MOS'],
  'IQ-NI': ['IRQ', 'IQ-NI'],
  'IQ-AN': ['IRQ', 'IQ-AN'],
  'IQ-AN-RAM': ['IRQ', 'IQ-AN', 'IQ-AN-RAM'],
};
const ORGS = ['us', 'fr'];

let t: TestApp;
let reader: Session;
let authorId = '';
let otherAuthorId = '';
const place: Record<string, string> = {};
const org: Record<string, string> = {};
const indicators: { id: string; space: (typeof SPACE)[number]; time: (typeof TIME)[number] }[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  for (const name of ORGS) org[name] = (await buildOrganisation(t.db)).id;
  const user = await buildUser(t.db, org.us!);
  authorId = user.id;
  reader = await signIn(t.app, user.email, TEST_PASSWORD);
  otherAuthorId = (await buildUser(t.db, org.fr!)).id;
  const lineId = await t.db.transaction().execute(async (trx) => {
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
          created_by: authorId,
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
});
afterAll(async () => t?.close());

interface Reported {
  indicator: number;
  month: string;
  where: string;
  by: string;
  value: number;
  /** RED, by another organisation's author: the reader may not see it. */
  hidden: boolean;
}

const bucketOf = (month: string, level: string) => {
  const p = parsePeriod(month)!;
  if (level === 'month') return { key: month, end: p.end };
  if (level === 'quarter') {
    const q = Math.floor((Number(month.slice(5)) - 1) / 3) + 1;
    return { key: `${month.slice(0, 4)}Q${q}`, end: parsePeriod(`${month.slice(0, 4)}Q${q}`)!.end };
  }
  if (level === 'year') return { key: month.slice(0, 4), end: `${month.slice(0, 4)}-12-31` };
  return { key: '*', end: '9999-12-31' };
};

/** The reference: cell key → the figures it may have (one, or the tied candidates of `latest` across places). */
function reference(reported: Reported[], level: string, depth: number | null) {
  const values = reported.filter((v) => !v.hidden);
  const out = new Map<string, number[]>();
  for (const [n, ind] of indicators.entries()) {
    const own = values.filter((v) => v.indicator === n);
    const leaves = [...new Set(own.map((v) => `${v.where}|${v.by}`))];
    const buckets = new Map(own.map((v) => [bucketOf(v.month, level).key, bucketOf(v.month, level).end]));
    const cells = new Map<string, { figure: number; last: string }[]>();
    for (const leaf of leaves) {
      const series = own.filter((v) => `${v.where}|${v.by}` === leaf);
      const where = series[0]!.where;
      const placeKey = depth === null ? where : PATH[where]![Math.min(depth, PATH[where]!.length - 1)]!;
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

const reported = fc.uniqueArray(
  fc.record({
    indicator: fc.integer({ min: 0, max: SPACE.length * TIME.length - 1 }),
    month: fc.constantFrom(...MONTHS),
    where: fc.constantFrom(...PLACES),
    by: fc.constantFrom(...ORGS),
    value: fc.integer({ min: 0, max: 1000 }),
    hidden: fc.boolean(),
  }),
  { selector: (v) => `${v.indicator}|${v.month}|${v.where}|${v.by}`, minLength: 30, maxLength: 90 },
);

describe('the pivot against a reference computation', () => {
  it('gives the reference figure in every cell, for every rule and roll-up', async () => {
    await fc.assert(
      fc.asyncProperty(reported, fc.constantFrom('month', 'quarter', 'year', 'none'), fc.constantFrom(null, 0, 1), async (values, level, depth) => {
        await t.db.deleteFrom('indicator_value').execute();
        await t.db
          .insertInto('indicator_value')
          .values(
            values.map((v) => {
              const p = parsePeriod(v.month)!;
              return {
                indicator_id: indicators[v.indicator]!.id,
                period: v.month,
                period_start: p.start,
                period_end: p.end,
                location_id: place[v.where]!,
                owner_org_id: org[v.by]!,
                value: v.value,
                status: 'approved' as const,
                marking: v.hidden ? ('RED' as const) : ('GREEN' as const),
                created_by: v.hidden ? otherAuthorId : authorId,
              };
            }),
          )
          .execute();
        const rows = ['indicator', ...(level === 'none' ? [] : [`period:${level}`]), depth === null ? 'location' : `location:${depth}`].join(',');
        const res = await reader.inject({ method: 'GET', url: `/api/indicators/pivot?rows=${rows}` });
        expect(res.statusCode, res.body).toBe(200);
        const expected = reference(values, level, depth);
        const got = new Map<string, number>(
          res
            .json()
            .cells.map((c: { row: { key: string }[]; value: string }) => [
              level === 'none' ? `${c.row[0]!.key}|*|${c.row[1]!.key}` : c.row.map((h) => h.key).join('|'),
              Number(c.value),
            ]),
        );
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [key, candidates] of expected)
          expect(
            candidates.some((c) => Math.abs(c - got.get(key)!) < 1e-5),
            `${key}: ${got.get(key)} in ${candidates}`,
          ).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

// The indicators pivot over many approved values (issue 11, ADRs 0020 and 0025): `count`
// generated values (bench/generators/indicator-values.ts, in SQL), then, each the median of
// five (three from 5,000,000 values) after a warm-up, in the same run:
// - the raw SQL baseline — one GROUP BY summing the approved values by indicator, quarter and
//   first-level place (`SELECT indicator_id, date_trunc('quarter', period_start), <adm1>,
//   sum(value) FROM indicator_value … GROUP BY 1, 2, 3`), with no sharing rule and no
//   aggregation rule: what any pivot reading the values costs at least;
// - the pivot `rows=indicator,period:quarter&columns=location:1` (`pivot` of
//   indicators.service.ts, as GET /api/indicators/pivot calls it) for a reader of the first
//   organisation (AMBER values of others hidden unless shared with it, RED hidden);
// - freshness: a value submitted in a new cell is approved (`changeValueStatus`, its own
//   transaction) and the pivot is asked again at once: the time from the approval's start to
//   the answer that holds the value, and whether it did.
//
//   npx tsx bench/indicators.ts [count=1000000]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Kysely, sql } from 'kysely';
import { createKysely } from '../server/db/connect.ts';
import type { Database } from '../server/db/database.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import type { Ctx } from '../server/infra/actor.ts';
import { type PivotPlan, pivotStatement } from '../server/modules/indicators/indicators.pivot.ts';
import { liveIndicators, rollupPivotStatement } from '../server/modules/indicators/indicators.rollup.ts';
import { changeValueStatus, pivot } from '../server/modules/indicators/indicators.service.ts';
import { generateIndicatorValues } from './generators/indicator-values.ts';
import { countArg } from './args.ts';

const COUNT = countArg(2, 1_000_000, 'npx tsx bench/indicators.ts [count=1000000]');
const EXPLAIN = process.env.EXPLAIN === '1';

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-indicators-'));
const server = await startEmbeddedServer(dir);
const db: Kysely<Database> = createKysely(server.url('postgres'), 10);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const time = async (what: string, run: () => Promise<unknown>, runs = COUNT >= 5_000_000 ? 3 : 5) => {
  await run(); // warm
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`| ${what} | ${ms[Math.floor(runs / 2)]!.toFixed(1)} | ${ms[0]!.toFixed(1)} | ${ms[runs - 1]!.toFixed(1)} |`);
  return ms[Math.floor(runs / 2)]!;
};

try {
  await migrateToLatest(db);
  console.log(`bench/indicators.ts ${COUNT} on ${new Date().toISOString().slice(0, 16)}Z, load average ${load()}`);
  let t0 = performance.now();
  const b = await generateIndicatorValues(db, COUNT);
  const { rows: counted } = await sql<{ n: string }>`SELECT count(*) AS n FROM indicator_value WHERE status = 'approved'`.execute(db);
  console.log(`loaded ${Number(counted[0]!.n).toLocaleString('en')} approved values in ${((performance.now() - t0) / 1000).toFixed(1)} s, load average ${load()}`);

  const reader: Ctx = { actor: { kind: 'user', userId: b.readerId, orgId: b.readerOrgId, orgKind: 'state', role: 'focal_point', email: 'reader@example.org' } };
  const admin: Ctx = { actor: { kind: 'user', userId: b.authorId, orgId: b.readerOrgId, orgKind: 'state', role: 'admin', email: 'author@example.org' } };
  const query = { rows: ['indicator', 'period:quarter'], columns: ['location:1'], includeSubmitted: false };
  const raw = sql`
    SELECT v.indicator_id, date_trunc('quarter', v.period_start) AS quarter, CASE WHEN l.level = 'adm2' THEN l.parent_id ELSE l.id END AS place, sum(v.value) AS value
    FROM indicator_value v JOIN location l ON l.id = v.location_id
    WHERE v.status = 'approved'
    GROUP BY 1, 2, 3`;

  const plan: PivotPlan = { dims: [{ kind: 'indicator' }, { kind: 'period', level: 'quarter' }, { kind: 'location', depth: 1 }], includeSubmitted: false };
  if (EXPLAIN) {
    for (const [name, statement] of [
      ['raw', raw],
      ['pivot', rollupPivotStatement(reader.actor, plan, await liveIndicators(db, reader.actor, plan))],
    ] as const) {
      const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${statement}`.execute(db);
      console.log(`\n${name}:\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }

  console.log('\n| indicator × quarter × first-level place | median ms | min ms | max ms |');
  console.log('|---|---|---|---|');
  let cells = 0;
  const rawMs = await time('raw SQL GROUP BY (no sharing rule, sums only)', async () => (cells = (await raw.execute(db)).rows.length));
  let pivotCells = 0;
  const pivotMs = await time('pivot (service, reader of organisation 1: from the rollup)', async () => (pivotCells = (await pivot(db, reader, query)).cells.length));
  if (process.env.LIVE === '1')
    await time('pivot read live (the statement on every value, as before the rollup)', async () => (await pivotStatement(reader.actor, plan).execute(db)).rows.length, 1);
  console.log(`\npivot / raw: ${(pivotMs / rawMs).toFixed(2)} (raw groups: ${cells}, pivot cells: ${pivotCells}); load average ${load()}`);

  // Freshness: a submitted value in a cell of its own (the first indicator, 2015-12, the first place, the reader's organisation,
  // and a category option 'fresh' added for it: the generated cells are all taken), approved, then the pivot at once.
  const cellOf = (p: Awaited<ReturnType<typeof pivot>>) => p.cells.find((c) => c.row[0]!.key === b.indicatorIds[0] && c.row[1]!.key === '2015Q4' && c.column[0]!.key === parentOf);
  const { rows: parent } = await sql<{ parent_id: string }>`SELECT parent_id FROM location WHERE id = ${b.placeIds[0]!}`.execute(db);
  const parentOf = parent[0]!.parent_id;
  await sql`UPDATE indicator SET category_options = category_options || ARRAY['fresh'] WHERE id = ${b.indicatorIds[0]!}`.execute(db);
  const before = Number(cellOf(await pivot(db, reader, query))?.value ?? 0);
  const { rows: inserted } = await sql<{ id: string }>`
    INSERT INTO indicator_value (indicator_id, period, period_start, period_end, location_id, owner_org_id, category_option, value, status, marking, created_by)
    VALUES (${b.indicatorIds[0]!}, '2015-12', '2015-12-01', '2015-12-31', ${b.placeIds[0]!}, ${b.readerOrgId}, 'fresh', 1234567, 'submitted', 'GREEN', ${b.readerId})
    RETURNING id`.execute(db);
  t0 = performance.now();
  await changeValueStatus(db, admin, 'approve', [inserted[0]!.id]);
  const approvedMs = performance.now() - t0;
  const after = Number(cellOf(await pivot(db, reader, query))?.value ?? 0);
  const seenMs = performance.now() - t0;
  const { rows: stale } = await sql<{ n: string }>`SELECT count(*) AS n FROM indicator_rollup`.execute(db);
  console.log(`live indicators (the rollup cannot answer exactly): ${(await liveIndicators(db, reader.actor, plan)).length}; rollup rows ${stale[0]!.n}`);
  console.log(
    `\nfreshness: approval ${approvedMs.toFixed(1)} ms, approved value in the next pivot answer after ${seenMs.toFixed(1)} ms: ${after - before === 1234567 ? 'yes' : `NO (${before} → ${after})`}`,
  );
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

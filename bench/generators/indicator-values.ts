// Fills a fresh database with indicators and `count` approved values for the indicators
// benchmark (bench/indicators.ts), written by the database with generate_series in batches
// (a progress bar per batch). Deterministic: every choice is the row number modulo something.
//
// - 2 countries × 10 first-level places × 10 second-level places; values are reported for the
//   200 second-level places;
// - 20 organisations (the reader's is the first); 20 monthly indicators on one line: 12
//   summed over periods and places, and one of each other pair of rules (space: sum, mean,
//   max, latest × time: sum, latest, cumulative);
// - value n: indicator n % 20, month (n / 20) % 60 (2011-01 … 2015-12), place (n / 1,200) % 200,
//   organisation (n / 240,000) % 20, category option n / 4,800,000 (none, then c1, c2, …);
// - markings: GREEN mostly, about one in eight AMBER (its organisation's), every 100th RED (its
//   author, another organisation's user); the AMBER values whose figure is 1 modulo 50 are
//   shared with the reader's organisation (share_audience).
import { performance } from 'node:perf_hooks';
import { SingleBar } from 'cli-progress';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../server/db/database.ts';

export const SERIES_CELLS = 20 * 60 * 200 * 20;

export interface IndicatorBench {
  readerOrgId: string;
  readerId: string;
  authorId: string;
  lineId: string;
  indicatorIds: string[];
  placeIds: string[];
}

const RULES: [string, string][] = [
  ['mean', 'sum'],
  ['max', 'sum'],
  ['latest', 'sum'],
  ['sum', 'latest'],
  ['mean', 'latest'],
  ['max', 'latest'],
  ['latest', 'latest'],
  ['sum', 'cumulative'],
];

export async function generateIndicatorValues(db: Kysely<Database>, count: number, batch = 500_000): Promise<IndicatorBench> {
  const orgIds: string[] = [];
  for (let o = 0; o < 20; o++)
    orgIds.push(
      (
        await db
          .insertInto('organisation')
          .values({ name: `Bench org ${String(o).padStart(2, '0')}`, kind: 'state', membership_status: 'member' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  const user = async (orgId: string, email: string) =>
    (await db.insertInto('app_user').values({ email, display_name: email, org_id: orgId, role: 'focal_point', password_hash: 'x' }).returning('id').executeTakeFirstOrThrow()).id;
  const readerId = await user(orgIds[0]!, 'reader@example.org');
  const authorId = await user(orgIds[1]!, 'author@example.org');
  const lineId = (await db.insertInto('framework_node').values({ kind: 'line', code: 'bench-line', name: 'Bench line' }).returning('id').executeTakeFirstOrThrow()).id;
  const placeIds: string[] = [];
  for (let c = 0; c < 2; c++) {
    const country = (
      await db
        .insertInto('location')
        .values({ parent_id: null, level: 'country', code: `B${c}`, name: `Country ${c}` })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    for (let a = 0; a < 10; a++) {
      const adm1 = (
        await db
          .insertInto('location')
          .values({ parent_id: country, level: 'adm1', code: `B${c}-${a}`, name: `Province ${c}-${a}` })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      const { rows } = await sql<{ id: string }>`
        INSERT INTO location (parent_id, level, code, name)
        SELECT ${adm1}, 'adm2', ${`B${c}-${a}-`} || d, ${`District ${c}-${a}-`} || d FROM generate_series(0, 9) d ORDER BY d RETURNING id`.execute(db);
      placeIds.push(...rows.map((r) => r.id));
    }
  }
  const options = Math.ceil(count / SERIES_CELLS);
  const categoryOptions = Array.from({ length: Math.max(0, options - 1) }, (_, k) => `c${k + 1}`);
  const indicatorIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const [space, time] = i < 12 ? ['sum', 'sum'] : RULES[i - 12]!;
    indicatorIds.push(
      (
        await db
          .insertInto('indicator')
          .values({
            owner_org_id: orgIds[0]!,
            marking: 'GREEN',
            created_by: readerId,
            framework_node_id: lineId,
            line_id: lineId,
            code: `bench-${String(i).padStart(2, '0')}`,
            name: `Bench indicator ${String(i).padStart(2, '0')} (${space} × ${time})`,
            unit: 'people',
            space_aggregation: space as 'sum',
            time_aggregation: time as 'sum',
            period_type: 'month',
            category_options: categoryOptions,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  }

  // A bulk load: the table's triggers (the rollup's of migration 0028, the foreign keys' checks) are off and
  // its plain secondary indexes dropped while the batches go in; the indexes are built again and the rollup once at
  // the end (indicator_rollup_rebuild, the same computation the triggers run per unit). The values are valid
  // by construction. (Random uuid keys in five indexes, with the foreign keys checked per row, made the 10,000,000 load take 16 to 60 minutes.)
  const { rows: indexes } = await sql<{ name: string; def: string }>`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes
    WHERE tablename = 'indicator_value' AND indexname IN ('indicator_value_location', 'indicator_value_pivot', 'indicator_value_status')`.execute(db);
  for (const index of indexes) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  await sql`ALTER TABLE indicator_value DISABLE TRIGGER ALL`.execute(db);
  const bar = new SingleBar({ format: 'values {bar} {percentage}% | {value}/{total} | {duration}s' });
  bar.start(count, 0);
  for (let first = 0; first < count; first += batch) {
    const last = Math.min(count, first + batch) - 1;
    await sql`
      INSERT INTO indicator_value (indicator_id, period, period_start, period_end, location_id, owner_org_id, category_option, value, status, marking, created_by)
      SELECT (${indicatorIds}::uuid[])[1 + n % 20], to_char(m, 'YYYY-MM'), m, (m + interval '1 month' - interval '1 day')::date,
             (${placeIds}::uuid[])[1 + (n / 1200) % 200], (${orgIds}::uuid[])[1 + (n / 240000) % 20],
             CASE WHEN n >= ${SERIES_CELLS} THEN 'c' || (n / ${SERIES_CELLS}) END,
             1 + (n * 7919) % 1000, 'approved',
             CASE WHEN n % 100 = 7 THEN 'RED' WHEN n % 10 = 3 OR n % 50 = 1 THEN 'AMBER' ELSE 'GREEN' END, ${authorId}
      FROM generate_series(${first}::bigint, ${last}::bigint) n,
           LATERAL (SELECT (DATE '2011-01-01' + ((n / 20) % 60) * interval '1 month')::date AS m) p`.execute(db);
    bar.update(last + 1);
  }
  bar.stop();
  // Some AMBER values are shared with the reader's organisation: its audience names it.
  await sql`
    INSERT INTO share_audience (entity, row_id, org_id)
    SELECT 'indicator_value', v.id, ${orgIds[0]!} FROM indicator_value v WHERE v.marking = 'AMBER' AND v.value % 50 = 1
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`ALTER TABLE indicator_value ENABLE TRIGGER ALL`.execute(db);
  let t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('maintenance_work_mem', '512MB', true)`.execute(trx);
    for (const index of indexes) await sql.raw(index.def).execute(trx);
  });
  console.log(`indexes built again in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  await sql`SELECT indicator_rollup_rebuild()`.execute(db);
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM indicator_rollup`.execute(db);
  console.log(`rollup built: ${Number(rows[0]!.n).toLocaleString('en')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await sql`VACUUM ANALYZE indicator_value`.execute(db);
  await sql`VACUUM ANALYZE indicator_rollup`.execute(db);
  return { readerOrgId: orgIds[0]!, readerId, authorId, lineId, indicatorIds, placeIds };
}

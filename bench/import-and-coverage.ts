// HXL import and the coverage matrix at scale, each against its baseline in the same run:
//   - importing N generated rows (dry run excluded: a commit) against PostgreSQL COPY of
//     the same file into a table of text columns;
//   - the coverage matrix through the service (sharing rule applied) against the raw
//     GROUP BY over the same rows.
//
//   npx tsx bench/import-and-coverage.ts [rows=1000000]
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createKysely, withClientTransaction } from '../server/db/connect.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import type { UserActor } from '../server/infra/actor.ts';
import { coverage } from '../server/modules/analytics/analytics.service.ts';
import { importContributions } from '../server/modules/contributions/contributions.interchange.ts';
import { loadDemo } from '../server/seed/demo.ts';
import { writeHxlContributions } from './generators/hxl-contributions.ts';
import { countArg } from './args.ts';

const rows = countArg(2, 1_000_000, 'npx tsx bench/import-and-coverage.ts [rows=1000000]');
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
const server = await startEmbeddedServer(dir);
const db = createKysely(server.url('postgres'), 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  await migrateToLatest(db);
  await loadDemo(db, 'server/seed/coalition-2015.json');
  const file = join(dir, 'contributions.csv');
  let t0 = performance.now();
  await writeHxlContributions(file, {
    rows,
    organisation: 'United Kingdom',
    sectors: ['security_assistance', 'iraq_capacity', 'humanitarian', 'finance'],
    locations: ['IQ-NI', 'IQ-AN', 'IQ-BG', 'IQ-SD', 'IQ-KI', 'SY-RA', 'SY-HL'],
  });
  console.log(`generated ${rows} rows (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Baseline: COPY of the same rows into text columns.
  await sql`CREATE TABLE bench_copy (org text, sector text, adm1 text, description text, type text, value text, currency text, start_date text, end_date text, status text, id text)`.execute(
    db,
  );
  // The header and hashtag rows are not data: COPY's HEADER skips one, so both are dropped here.
  let skipped = 0;
  const dropHeaders = new Transform({
    transform(chunk: Buffer, _e, done) {
      let s = chunk;
      while (skipped < 2) {
        const nl = s.indexOf(10);
        if (nl < 0) return done();
        s = s.subarray(nl + 1);
        skipped += 1;
      }
      done(null, s);
    },
  });
  t0 = performance.now();
  await withClientTransaction(db, async ({ client }) => {
    await pipeline(createReadStream(file), dropHeaders, client.query(copyFrom('COPY bench_copy FROM STDIN WITH (FORMAT csv)')));
  });
  const copySeconds = (performance.now() - t0) / 1000;
  await sql`DROP TABLE bench_copy`.execute(db);

  // The import, as a user of the contributing organisation; peak memory sampled throughout.
  const user = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.org_id', 'o.kind'])
    .where('u.email', '=', 'focal@uk.demo')
    .executeTakeFirstOrThrow();
  const actor: UserActor = { kind: 'user', userId: user.id, orgId: user.org_id, orgKind: user.kind, role: 'focal_point', email: 'focal@uk.demo' };
  // SUMMARY_TRIGGERS_OFF=1: the import without the coverage summaries' triggers (to time what
  // they cost it); the summaries are rebuilt from the rows afterwards, as migration 0031 does.
  const summaryTriggers = [
    ['contribution', 'contribution_coverage_inserted'],
    ['contribution', 'contribution_coverage_updated'],
    ['contribution', 'contribution_coverage_deleting'],
    ['contribution', 'contribution_coverage_deleted'],
    ['contribution_location', 'contribution_coverage_places_inserted'],
    ['contribution_location', 'contribution_coverage_places_deleted'],
    ['contribution_location', 'contribution_coverage_places_updated'],
  ] as const;
  if (process.env.SUMMARY_TRIGGERS_OFF) for (const [table, trigger] of summaryTriggers) await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER ${sql.id(trigger)}`.execute(db);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  t0 = performance.now();
  const report = await importContributions(db, { actor }, createReadStream(file), {
    dryRun: false,
    fileName: 'bench.csv',
    sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
  });
  const importSeconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (!report.committed || report.created !== rows) throw new Error(`import did not commit every row: ${JSON.stringify(report.problems).slice(0, 500)}`);
  if (process.env.SUMMARY_TRIGGERS_OFF) {
    await sql`
      DELETE FROM contribution_coverage_line;
      DELETE FROM contribution_coverage_place;
      INSERT INTO contribution_coverage_line (owner_org_id, line_id, type, status, currency, marking, created_by, contributions, amount_minor)
      SELECT owner_org_id, line_id, type, status, currency, marking, CASE WHEN marking = 'RED' THEN created_by END, count(*), sum(amount_minor)
      FROM contribution GROUP BY 1, 2, 3, 4, 5, 6, 7;
      INSERT INTO contribution_coverage_place (location_id, owner_org_id, line_id, type, status, marking, created_by, contributions, first_day, last_day)
      SELECT cl.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END, count(*),
             min(coalesce(c.start_date, '-infinity')), max(coalesce(c.end_date, 'infinity'))
      FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id GROUP BY 1, 2, 3, 4, 5, 6, 7`.execute(db);
    for (const [table, trigger] of summaryTriggers) await sql`ALTER TABLE ${sql.table(table)} ENABLE ALWAYS TRIGGER ${sql.id(trigger)}`.execute(db);
  }
  await sql`ANALYZE`.execute(db);

  // A second baseline: COPY of the same rows, already resolved, into the tables the import
  // fills (contribution with its indexes and constraints, contribution_location), once as
  // PostgreSQL does it by default (a foreign-key trigger per row) and once with the
  // triggers off — the least any import into these tables can cost. Rolled back.
  // COVERAGE_ONLY=1 skips the two COPY baselines of the import (about two minutes at 1M).
  if (!process.env.COVERAGE_ONLY) {
    const tableFiles = { contribution: join(dir, 'contribution.copy'), contribution_location: join(dir, 'location.copy') };
    await withClientTransaction(db, async ({ client }) => {
      await pipeline(client.query(copyTo('COPY contribution TO STDOUT')), createWriteStream(tableFiles.contribution));
      await pipeline(client.query(copyTo('COPY contribution_location TO STDOUT')), createWriteStream(tableFiles.contribution_location));
    });
    const copyIntoTables = async (triggers: boolean) => {
      let seconds = 0;
      await withClientTransaction(db, async ({ client, db: trx, rollback }) => {
        await sql`TRUNCATE contribution CASCADE`.execute(trx);
        if (!triggers) await sql`SET LOCAL session_replication_role = replica`.execute(trx);
        const start = performance.now();
        for (const [table, path] of Object.entries(tableFiles)) await pipeline(createReadStream(path), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
        seconds = (performance.now() - start) / 1000;
        rollback();
      });
      return seconds;
    };
    const tablesWithTriggers = await copyIntoTables(true);
    const tablesWithoutTriggers = await copyIntoTables(false);

    const row = (what: string, seconds: number, baseline: number) => `| ${what} | ${(rows / seconds).toFixed(0)} | ${seconds.toFixed(1)} | ${(baseline / seconds).toFixed(2)} |`;
    console.log('\n| what | rows/s | seconds | ratio to COPY of the file | ratio to COPY into the tables (triggers on) |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(`${row('PostgreSQL COPY of the file into text columns (baseline 1)', copySeconds, copySeconds)} ${(tablesWithTriggers / copySeconds).toFixed(2)} |`);
    console.log(`${row('PostgreSQL COPY of the resolved rows into contribution + contribution_location (baseline 2)', tablesWithTriggers, copySeconds)} 1.00 |`);
    console.log(
      `${row('the same COPY with the per-row foreign-key triggers off', tablesWithoutTriggers, copySeconds)} ${(tablesWithTriggers / tablesWithoutTriggers).toFixed(2)} |`,
    );
    console.log(
      `${row('HXL import (read, check, resolve, stage, insert contributions, places, history)', importSeconds, copySeconds)} ${(tablesWithTriggers / importSeconds).toFixed(2)} |`,
    );
  }
  console.log(`\nimport of ${rows} rows (the coverage summaries kept by its statements' triggers): ${importSeconds.toFixed(1)} s`);
  console.log(`peak memory (RSS) of the importing process: ${(peak / 2 ** 20).toFixed(0)} MB`);

  // The coverage matrix over everything, as the secretariat sees it, against the raw GROUP BY.
  const admin = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.org_id', 'o.kind'])
    .where('u.email', '=', 'admin@secretariat.demo')
    .executeTakeFirstOrThrow();
  const secretariat: UserActor = { kind: 'user', userId: admin.id, orgId: admin.org_id, orgKind: admin.kind, role: 'admin', email: 'admin@secretariat.demo' };
  const timesService: number[] = [];
  const timesRaw: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    const { rows: raw } = await sql`SELECT owner_org_id, line_id, currency, count(*), sum(amount_minor) FROM contribution GROUP BY 1, 2, 3`.execute(db);
    timesRaw.push(performance.now() - t0);
    t0 = performance.now();
    const result = await coverage(db, { actor: secretariat }, {});
    timesService.push(performance.now() - t0);
    if (result.matrix.cells.length > raw.length) throw new Error('matrix and raw query disagree');
  }
  const matrixOnly: number[] = [];
  const matrixAsMember: number[] = [];
  const { coverageMatrix } = await import('../server/modules/analytics/analytics.queries.ts');
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    await coverageMatrix(db, secretariat, {});
    matrixOnly.push(performance.now() - t0);
    t0 = performance.now();
    await coverageMatrix(db, actor, {});
    matrixAsMember.push(performance.now() - t0);
  }
  console.log('\n| coverage over all contributions (median of 5) | ms | ratio to raw |');
  console.log('| --- | ---: | ---: |');
  console.log(`| raw GROUP BY (baseline) | ${median(timesRaw).toFixed(0)} | 1.00 |`);
  console.log(`| matrix query with the sharing rule, as the secretariat | ${median(matrixOnly).toFixed(0)} | ${(median(matrixOnly) / median(timesRaw)).toFixed(2)} |`);
  console.log(
    `| matrix query with the sharing rule, as a member (audience lookups included) | ${median(matrixAsMember).toFixed(0)} | ${(median(matrixAsMember) / median(timesRaw)).toFixed(2)} |`,
  );
  console.log(
    `| whole coverage answer from the summaries (matrix, thin lines and places, duplicates, map), as the secretariat | ${median(timesService).toFixed(0)} | ${(median(timesService) / median(timesRaw)).toFixed(2)} |`,
  );
  // The same answer from the rows: a period filter takes the live path (ADR 0026); this one covers every row.
  const liveAnswer: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    await coverage(db, { actor: secretariat }, { from: '1900-01-01' });
    liveAnswer.push(performance.now() - t0);
  }
  console.log(
    `| whole coverage answer from the rows (a period filter: live path), as the secretariat | ${median(liveAnswer).toFixed(0)} | ${(median(liveAnswer) / median(timesRaw)).toFixed(2)} |`,
  );
  // The floor of any answer read from the rows: both raw reductions (by line; places joined), at once.
  const rawBoth: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    await Promise.all([
      sql`SELECT owner_org_id, line_id, currency, count(*), sum(amount_minor) FROM contribution GROUP BY 1, 2, 3`.execute(db),
      sql`SELECT cl.location_id, c.owner_org_id, c.type, c.status, count(*), min(c.start_date), max(c.end_date) FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id GROUP BY 1, 2, 3, 4`.execute(
        db,
      ),
    ]);
    rawBoth.push(performance.now() - t0);
  }
  console.log(
    `| raw: both reductions (by line; by place, places joined) at once, no sharing rule | ${median(rawBoth).toFixed(0)} | ${(median(rawBoth) / median(timesRaw)).toFixed(2)} |`,
  );
  // Before: the five separate statements the answer used to run (still the downloads').
  const aq = await import('../server/modules/analytics/analytics.queries.ts');
  const fiveStatements: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    await Promise.all([
      aq.coverageMatrix(db, secretariat, {}),
      aq.contributorsPerLine(db, secretariat, {}),
      aq.thinLocations(db, secretariat, {}),
      aq.likelyDuplicates(db, secretariat, {}),
      aq.placesOnMap(db, secretariat, {}),
      aq.linesInOrder(db),
    ]);
    fiveStatements.push(performance.now() - t0);
  }
  console.log(
    `| before: the same figures as five statements (one scan each), as the secretariat | ${median(fiveStatements).toFixed(0)} | ${(median(fiveStatements) / median(timesRaw)).toFixed(2)} |`,
  );
  const answerAsMember: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    await coverage(db, { actor }, {});
    answerAsMember.push(performance.now() - t0);
  }
  console.log(
    `| whole coverage answer, as a focal point of the importing organisation | ${median(answerAsMember).toFixed(0)} | ${(median(answerAsMember) / median(timesRaw)).toFixed(2)} |`,
  );
  // Freshness: one more contribution, committed, then the very next answer must count it.
  const before = await coverage(db, { actor: secretariat }, {});
  const count = (r: typeof before) => r.matrix.cells.reduce((n, c) => n + c.count, 0);
  const template = await sql<{ id: string }>`SELECT id FROM contribution LIMIT 1`.execute(db);
  const newId = crypto.randomUUID();
  await sql`CREATE TEMP TABLE bench_fresh AS SELECT * FROM contribution WHERE id = ${template.rows[0]!.id}`.execute(db);
  await sql`UPDATE bench_fresh SET id = ${newId}, external_id = NULL`.execute(db);
  await sql`INSERT INTO contribution SELECT * FROM bench_fresh`.execute(db);
  await sql`INSERT INTO contribution_location (contribution_id, location_id) SELECT ${newId}, location_id FROM contribution_location WHERE contribution_id = ${template.rows[0]!.id}`.execute(
    db,
  );
  t0 = performance.now();
  const after = await coverage(db, { actor: secretariat }, {});
  console.log(
    `\nfreshness: a contribution inserted and committed, next answer in ${(performance.now() - t0).toFixed(0)} ms counts it: ${count(after) === count(before) + 1 ? 'yes' : 'NO'}`,
  );
  // The same after a status change (cancelled: no longer counted) and a delete, each committed.
  const other = await sql<{ id: string }>`SELECT id FROM contribution WHERE status <> 'cancelled' AND id <> ${newId} LIMIT 1`.execute(db);
  await sql`UPDATE contribution SET status = 'cancelled' WHERE id = ${other.rows[0]!.id}`.execute(db);
  t0 = performance.now();
  const cancelled = await coverage(db, { actor: secretariat }, {});
  console.log(`freshness: a status change (cancelled), next answer in ${(performance.now() - t0).toFixed(0)} ms: ${count(cancelled) === count(after) - 1 ? 'yes' : 'NO'}`);
  await sql`DELETE FROM contribution WHERE id = ${newId}`.execute(db);
  t0 = performance.now();
  const deleted = await coverage(db, { actor: secretariat }, {});
  console.log(`freshness: a delete, next answer in ${(performance.now() - t0).toFixed(0)} ms: ${count(deleted) === count(cancelled) - 1 ? 'yes' : 'NO'}`);
  // SUMMARY_COST=1: what the summaries' triggers add to an import's writes — 200,000 of the
  // rows written again (new ids) into contribution and contribution_location as the import
  // writes them (per-row foreign-key triggers off), with the summary triggers and without,
  // alternated (the machine is shared), each rolled back.
  if (process.env.SUMMARY_COST) {
    await sql`CREATE TABLE bench_rows AS SELECT * FROM contribution LIMIT 200000`.execute(db);
    await sql`ALTER TABLE bench_rows ADD COLUMN old_id uuid`.execute(db);
    await sql`UPDATE bench_rows SET old_id = id, id = gen_random_uuid(), external_id = NULL`.execute(db);
    await sql`CREATE TABLE bench_places AS SELECT b.id AS contribution_id, cl.location_id FROM bench_rows b JOIN contribution_location cl ON cl.contribution_id = b.old_id`.execute(
      db,
    );
    await sql`ALTER TABLE bench_rows DROP COLUMN old_id`.execute(db);
    const write = async (triggers: boolean) => {
      let ms = 0;
      await withClientTransaction(db, async ({ db: trx, rollback }) => {
        await sql`SET LOCAL session_replication_role = replica`.execute(trx);
        if (!triggers) for (const [table, trigger] of summaryTriggers) await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER ${sql.id(trigger)}`.execute(trx);
        const start = performance.now();
        await sql`INSERT INTO contribution SELECT * FROM bench_rows`.execute(trx);
        await sql`INSERT INTO contribution_location SELECT * FROM bench_places`.execute(trx);
        ms = performance.now() - start;
        rollback();
      });
      return ms;
    };
    const on: number[] = [];
    const off: number[] = [];
    for (let i = 0; i < 3; i++) {
      on.push(await write(true));
      off.push(await write(false));
    }
    console.log(
      `summary triggers' cost, 200,000 rows with their places (median of 3): with ${median(on).toFixed(0)} ms, without ${median(off).toFixed(0)} ms (${(median(on) / median(off)).toFixed(2)}x)`,
    );
  }
  // AUDIENCE_SHARE=1: rows a reader sees only through an audience are read live beside the
  // summaries (ADR 0026): a tenth of the rows made AMBER and shared with the United States,
  // then the answer as its focal point (opt-in and last: it changes the rows).
  if (process.env.AUDIENCE_SHARE) await audienceShare();
  async function audienceShare() {
    const us = await db
      .selectFrom('app_user as u')
      .innerJoin('organisation as o', 'o.id', 'u.org_id')
      .select(['u.id', 'u.org_id', 'o.kind'])
      .where('u.email', '=', 'focal@us.demo')
      .executeTakeFirstOrThrow();
    const usActor: UserActor = { kind: 'user', userId: us.id, orgId: us.org_id, orgKind: us.kind, role: 'focal_point', email: 'focal@us.demo' };
    t0 = performance.now();
    await sql`UPDATE contribution SET marking = 'AMBER' WHERE id IN (SELECT id FROM contribution ORDER BY id LIMIT ${Math.floor(rows / 10)})`.execute(db);
    const markSeconds = (performance.now() - t0) / 1000;
    await sql`INSERT INTO share_audience (entity, row_id, org_id) SELECT 'contribution', id, ${us.org_id} FROM contribution WHERE marking = 'AMBER'`.execute(db);
    await sql`ANALYZE share_audience`.execute(db);
    const asAudience: number[] = [];
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      await coverage(db, { actor: usActor }, {});
      asAudience.push(performance.now() - t0);
    }
    console.log(
      `a tenth of the rows AMBER and shared with one organisation (one UPDATE of ${Math.floor(rows / 10)} rows, triggers included: ${markSeconds.toFixed(1)} s): the answer as its focal point ${median(asAudience).toFixed(0)} ms (median of 5)`,
    );
  }
  const load = await import('node:os').then((os) =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  );
  console.log(`load average at the end: ${load}`);
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

// Where a ledger posting's time goes (issue 12's 1,000 postings/s target, ADR 0015): the
// postings of bench/fund.ts, keyed as the route posts them, measured three ways on one
// embedded PostgreSQL —
//   1. one client: each statement's round trip (Kysely's query log), per posting;
//   2. 16 clients: what the server's backends wait on (pg_stat_activity sampled every 2 ms:
//      CPU, a row or transaction lock, the WAL's fsync, the client), and the CPU seconds the
//      benchmark's process and the server used per posting;
//   3. the ceiling of the machine: 16 clients committing a bare one-row INSERT transaction.
//
//   npx tsx bench/profile-fund.ts [postings=3000]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../server/db/database.ts';
import { PREPARED, preparedStatements } from '../server/db/kysely.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { AppError } from '../server/infra/errors.ts';
import { AuditSealer } from '../server/modules/audit/audit.seal.ts';
import { postTransactionKeyed } from '../server/modules/fund/fund.service.ts';
import { withIdempotentStatement } from '../server/modules/idempotency/idempotency.service.ts';
import { benchFund, benchInput, benchPeople } from './fund-setup.ts';
import { countArg } from './args.ts';

const POSTINGS = countArg(2, 3000, 'npx tsx bench/profile-fund.ts [postings=3000]');
const CLIENTS = 16;

const dir = mkdtempSync(join(tmpdir(), 'entente-profile-fund-'));
// pg_stat_statements (shipped with the embedded server) needs preloading: set it, then restart.
let server = await startEmbeddedServer(dir);
{
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
  await admin.query("ALTER SYSTEM SET pg_stat_statements.track = 'all'");
  await admin.query('ALTER SYSTEM SET pg_stat_statements.track_planning = on');
  await admin.end();
  await server.stop();
  server = await startEmbeddedServer(dir);
}
let logging = false;
const statements = new Map<string, { n: number; ms: number }>();
const pool = preparedStatements(new pg.Pool({ connectionString: server.url('postgres'), max: 40 }));
pool.on('error', () => {});
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (!logging) return;
    const text = event.query.sql.replace(PREPARED, '').replace(/\s+/g, ' ').trim();
    const name = /^(begin|commit|rollback)/i.test(text) ? text.split(' ')[0]!.toLowerCase() : text.slice(0, 70);
    const s = statements.get(name) ?? { n: 0, ms: 0 };
    s.n++;
    s.ms += event.queryDurationMillis;
    statements.set(name, s);
  },
});

/** CPU seconds (user + system) of the PostgreSQL processes: the server's backends, its WAL writer, its checkpointer. */
function serverCpu(pids: number[]): number {
  const tick = 100;
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      /* gone */
    }
  }
  return total;
}

try {
  await migrateToLatest(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`.execute(db);
  const people = await benchPeople(db);
  const { ctx } = people;
  const keyedPost = async (fundId: string, i: number, fund: Awaited<ReturnType<typeof benchFund>>) => {
    const body = benchInput(fund, people, i);
    try {
      await withIdempotentStatement(db, ctx, { key: randomUUID(), method: 'POST', url: `/api/funds/${fundId}/transactions`, body }, (key) =>
        postTransactionKeyed(db, ctx, fundId, body, key),
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  };

  // 1. One client, statement by statement.
  {
    const fund = await benchFund(db, people, 'one client');
    for (let i = 0; i < 200; i++) await keyedPost(fund.id, i, fund); // warm-up
    logging = true;
    const n = 500;
    const t0 = performance.now();
    for (let i = 200; i < 200 + n; i++) await keyedPost(fund.id, i, fund);
    const perPosting = (performance.now() - t0) / n;
    logging = false;
    console.log(`\n1. one client, keyed: ${perPosting.toFixed(2)} ms a posting, load ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    console.log('| statement | per posting | mean ms |');
    console.log('| --- | ---: | ---: |');
    let sum = 0;
    for (const [name, s] of [...statements].sort((a, b) => b[1].ms - a[1].ms)) {
      sum += s.ms / n;
      console.log(`| \`${name}\` | ${(s.n / n).toFixed(2)} | ${(s.ms / s.n).toFixed(3)} |`);
    }
    console.log(`statements' round trips: ${sum.toFixed(2)} ms of ${perPosting.toFixed(2)} ms a posting (the rest: the client's own work)`);
  }

  // 2. 16 clients: what the backends wait on.
  {
    const fund = await benchFund(db, people, 'sixteen clients');
    const sealer = new AuditSealer(db, (err) => console.error(err));
    sealer.start();
    const sampler = new pg.Client({ connectionString: server.url('postgres') });
    await sampler.connect();
    const waits = new Map<string, number>();
    let samples = 0;
    let running = true;
    const sampling = (async () => {
      while (running) {
        const { rows } = await sampler.query<{ w: string; q: string }>(
          `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' (' || state || ')' AS w, left(regexp_replace(query, '\\s+', ' ', 'g'), 40) AS q
             FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND datname = current_database() AND state <> 'idle'`,
        );
        samples++;
        for (const r of rows) {
          const key = r.w.startsWith('Client:ClientRead') ? `${r.w}` : `${r.w} ${r.q}`;
          waits.set(key, (waits.get(key) ?? 0) + 1);
        }
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    await sql`SELECT pg_stat_statements_reset()`.execute(db);
    const { rows: pids } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE backend_type <> 'autovacuum launcher'`.execute(db);
    const serverPids = () => pids.map((p) => p.pid);
    let next = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const srv0 = serverCpu(serverPids());
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < POSTINGS) {
          await keyedPost(fund.id, next++, fund);
          sealer.kick();
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const { rows: after } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity`.execute(db);
    const srv = serverCpu([...new Set([...serverPids(), ...after.map((p) => p.pid)])]) - srv0;
    const cpu = process.cpuUsage(cpu0);
    running = false;
    await sampling;
    await sampler.end();
    await sealer.stop();
    console.log(`\n2. ${CLIENTS} clients, keyed: ${(POSTINGS / seconds).toFixed(0)} postings/s, load ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    console.log(
      `CPU per posting: this process ${((cpu.user + cpu.system) / 1000 / POSTINGS).toFixed(2)} ms (system ${(cpu.system / 1000 / POSTINGS).toFixed(2)}), the server's backends (those alive throughout) ${((srv * 1000) / POSTINGS).toFixed(2)} ms`,
    );
    console.log('| backends (of 16) in this state, on average | what | statement |');
    console.log('| ---: | --- | --- |');
    for (const [key, n] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| ${(n / samples).toFixed(2)} | ${key} |`);
    const { rows: top } = await sql<{ q: string; calls: string; plan: number; exec: number }>`
      SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS q, calls::text, total_plan_time / ${POSTINGS} AS plan, total_exec_time / ${POSTINGS} AS exec
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       ORDER BY total_plan_time + total_exec_time DESC LIMIT 25`.execute(db);
    console.log('| statement (pg_stat_statements, nested included) | calls | plan ms per posting | execute ms per posting |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const r of top) console.log(`| \`${r.q}\` | ${r.calls} | ${r.plan.toFixed(3)} | ${r.exec.toFixed(3)} |`);
  }

  // 3. The machine's ceiling: a bare one-row INSERT transaction, 16 clients.
  {
    await sql`CREATE TABLE IF NOT EXISTS bench_bare (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text NOT NULL)`.execute(db);
    let next = 0;
    const { rows: pids } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE backend_type <> 'autovacuum launcher'`.execute(db);
    const srv0 = serverCpu(pids.map((p) => p.pid));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next++ < POSTINGS * 2) await db.transaction().execute((trx) => sql`INSERT INTO bench_bare (v) VALUES (${'x'})`.execute(trx));
      }),
    );
    const perSecond = (POSTINGS * 2) / ((performance.now() - t0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    const { rows: after } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity`.execute(db);
    const srv = serverCpu([...new Set([...pids, ...after].map((p) => p.pid))]) - srv0;
    console.log(`\n3. ${CLIENTS} clients, BEGIN; INSERT one row; COMMIT: ${perSecond.toFixed(0)} transactions/s, load ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    console.log(
      `CPU per transaction: this process ${((cpu.user + cpu.system) / 1000 / (POSTINGS * 2)).toFixed(2)} ms (system ${(cpu.system / 1000 / (POSTINGS * 2)).toFixed(2)}), the server's backends ${((srv * 1000) / (POSTINGS * 2)).toFixed(2)} ms`,
    );
  }
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

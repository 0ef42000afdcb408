// The fund's ledger under load (issue 12): postings per second and their latency with 16
// concurrent clients, each posting as `POST /api/funds/:id/transactions` does — the fund read,
// validated and authorised (read together with the others arriving at once, fund.posting-reads.ts),
// then the statement that writes it with the Idempotency-Key's lock and answer, its entries, its balances and the audit event, shared with the postings that
// arrive at the same time (fund.writer.ts, ADR 0041) — with the audit sealer running as in the
// server; for comparison, the same postings without the key; and, as the machine's ceiling in
// the same run, the same 16 clients committing a bare one-row INSERT transaction. Then the
// funding-status report over a ledger of `entries` entries (bulk-loaded in SQL, then checked
// by the ledger check). Where a posting's time goes: bench/profile-fund.ts.
//
//   npx tsx bench/fund.ts [postings=20000] [entries=1000000]   (npm run bench -- fund)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Kysely, sql } from 'kysely';
import { createKysely } from '../server/db/connect.ts';
import type { Database } from '../server/db/database.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { AppError } from '../server/infra/errors.ts';
import { AuditSealer, sealPendingAuditEvents } from '../server/modules/audit/audit.seal.ts';
import { fundingStatus } from '../server/modules/fund/fund.reports.ts';
import { checkLedger, postTransaction, postTransactionKeyed } from '../server/modules/fund/fund.service.ts';
import { withIdempotentStatement } from '../server/modules/idempotency/idempotency.service.ts';
import { benchFund, benchInput, benchPeople, gatheringSince, runClients } from './fund-setup.ts';
import { countArg } from './args.ts';

const USAGE = 'npx tsx bench/fund.ts [postings=20000] [entries=1000000]';
const POSTINGS = countArg(2, 20_000, USAGE);
// The documented size (20,000 postings) reports over a million entries; a smoke run over 100,000.
const ENTRIES = countArg(3, POSTINGS >= 20_000 ? 1_000_000 : 100_000, USAGE);
const CLIENTS = 16;

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-fund-'));
// BENCH_DATABASE_URL: measure on that PostgreSQL instead (an empty database on it), e.g. the system's PostgreSQL 15.
const server = process.env.BENCH_DATABASE_URL ? { url: () => process.env.BENCH_DATABASE_URL!, stop: async () => {} } : await startEmbeddedServer(dir);
const db: Kysely<Database> = createKysely(server.url('postgres'), 40);

try {
  await migrateToLatest(db);
  const people = await benchPeople(db);
  const { ctx, donors } = people;
  const user = { id: people.userId };
  const newFund = (name: string) => benchFund(db, people, name);

  // ---------------------------------------------------------------- postings per second
  const postings = async (keyed: boolean, total: number) => {
    const fund = await newFund(`Fund ${keyed ? 'keyed' : 'bare'} ${randomUUID()}`);
    const sealer = new AuditSealer(db, (err) => console.error(err));
    sealer.start();
    const post = async (i: number) => {
      const body = benchInput(fund, people, i);
      if (!keyed) return await postTransaction(db, ctx, fund.id, body);
      return await withIdempotentStatement(db, ctx, { key: randomUUID(), method: 'POST', url: `/api/funds/${fund.id}/transactions`, body }, (key) =>
        postTransactionKeyed(db, ctx, fund.id, body, key),
      );
    };
    const gathered = gatheringSince();
    const r = await runClients(CLIENTS, total, async (i) => {
      try {
        await post(i);
        return true;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return false;
      } finally {
        sealer.kick();
      }
    });
    await sealer.stop();
    return { ...r, ...gathered() };
  };

  await postings(true, Math.min(1000, POSTINGS)); // warm-up
  console.log(
    `| postings (${CLIENTS} clients, audit included) | transactions/s | p50 ms | p99 ms | max ms | refused | postings a statement | groups written again one by one | postings a read statement |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const keyed of [true, false]) {
    const r = await postings(keyed, POSTINGS);
    console.log(
      `| ${keyed ? 'with Idempotency-Key (as the route)' : 'without the key'} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.refused} | ${r.perWrite.toFixed(1)} | ${r.regrouped} | ${r.perRead.toFixed(1)} |`,
    );
  }
  // The ceiling: the same clients committing a bare one-row INSERT transaction (no audit, no locks).
  await sql`CREATE TABLE bench_bare (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text NOT NULL)`.execute(db);
  {
    const r = await runClients(CLIENTS, POSTINGS, async () => {
      await db.transaction().execute((trx) => sql`INSERT INTO bench_bare (v) VALUES (${'x'})`.execute(trx));
      return true;
    });
    console.log(`| ceiling: BEGIN, INSERT one row, COMMIT | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | 0 | 1 | 0 | 0 |`);
  }
  await sealPendingAuditEvents(db);

  // ---------------------------------------------------------------- funding status over ENTRIES entries
  const big = await newFund('Big fund');
  const loadStart = performance.now();
  await db.connection().execute(async (conn) => {
    // A bulk load, not the posting path: the foreign keys' triggers are off for this session and
    // the commit check (which fires in every session, migration 0021) off for the table, as the
    // owner may; the ledger check below verifies every invariant afterwards.
    await sql`SET session_replication_role = replica`.execute(conn);
    await sql`ALTER TABLE fund_entry DISABLE TRIGGER fund_entry_balanced`.execute(conn);
    const projects = big.projects.map((p) => p.id);
    const projectWindows = big.projects.map((p) => p.window);
    const projectPartners = big.projects.map((p) => p.partner);
    await sql`
      WITH g AS (
        SELECT n, n % 4 AS k, (n / 4) % 8 + 1 AS p, n % 4 + 1 AS d, (n / 4) % 4 + 1 AS w FROM generate_series(0, ${Math.floor(ENTRIES / 2) - 1}::int) n
      ), t AS (
        INSERT INTO fund_transaction (fund_id, kind, value_date, donor_org_id, window_id, project_id, partner_org_id, amount_minor, created_by)
        SELECT ${big.id}, (ARRAY['deposit', 'allocation', 'transfer', 'expenditure'])[k + 1], date '2015-06-01' + (n % 1500),
          CASE WHEN k = 0 THEN (${donors}::uuid[])[d] END,
          CASE WHEN k = 0 THEN (${big.windows}::uuid[])[w] WHEN k = 1 THEN (${projectWindows}::uuid[])[p] END,
          CASE WHEN k > 0 THEN (${projects}::uuid[])[p] END,
          CASE WHEN k > 1 THEN (${projectPartners}::uuid[])[p] END,
          (ARRAY[1000, 500, 400, 300])[k + 1], ${user.id}
        FROM g
        RETURNING id, kind, donor_org_id, window_id, project_id, partner_org_id, amount_minor
      )
      INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor)
      SELECT t.id, ${big.id}, x.account, 'USD', x.amount FROM t CROSS JOIN LATERAL (VALUES
        (CASE t.kind WHEN 'deposit' THEN 'aa:window:' || t.window_id WHEN 'allocation' THEN 'aa:project:' || t.project_id
          WHEN 'transfer' THEN 'partner:' || t.partner_org_id || ':project:' || t.project_id ELSE 'use:expenditure:project:' || t.project_id END, t.amount_minor),
        (CASE t.kind WHEN 'deposit' THEN 'source:donor:' || t.donor_org_id WHEN 'allocation' THEN 'aa:window:' || t.window_id
          WHEN 'transfer' THEN 'aa:project:' || t.project_id ELSE 'partner:' || t.partner_org_id || ':project:' || t.project_id END, -t.amount_minor)
      ) AS x (account, amount)`.execute(conn);
    await sql`
      INSERT INTO fund_balance (fund_id, account, currency, balance_minor)
      SELECT fund_id, account, currency, sum(amount_minor) FROM fund_entry WHERE fund_id = ${big.id} GROUP BY fund_id, account, currency
      ON CONFLICT (fund_id, account, currency, slot) DO UPDATE SET balance_minor = EXCLUDED.balance_minor`.execute(conn);
    await sql`ALTER TABLE fund_entry ENABLE ALWAYS TRIGGER fund_entry_balanced`.execute(conn);
    await sql`SET session_replication_role = DEFAULT`.execute(conn);
  });
  await sql`ANALYZE fund_transaction, fund_entry, fund_balance`.execute(db);
  const { rows: counted } = await sql<{ n: string }>`SELECT count(*) AS n FROM fund_entry WHERE fund_id = ${big.id}`.execute(db);
  console.log(`\nloaded ${Number(counted[0]!.n).toLocaleString('en')} entries in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

  const time = async (what: string, run: () => Promise<unknown>) => {
    await run(); // warm
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await run();
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    console.log(`| ${what} | ${runs[2]!.toFixed(0)} | ${runs[0]!.toFixed(0)} | ${runs[4]!.toFixed(0)} |`);
  };
  console.log('\n| funding status over the big fund | median ms | min ms | max ms |');
  console.log('| --- | ---: | ---: | ---: |');
  await time('total', () => fundingStatus(db, ctx, big.id));
  for (const by of ['window', 'donor', 'partner', 'project', 'period'] as const) await time(`total and by ${by}`, () => fundingStatus(db, ctx, big.id, { by }));
  await time('total, one year (from/to)', () => fundingStatus(db, ctx, big.id, { from: '2016-01-01', to: '2016-12-31' }));
  const t0 = performance.now();
  const violation = await checkLedger(db);
  console.log(`\nfund check over every fund: ${violation ?? 'ok'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

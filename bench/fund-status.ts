// The funding status over a large ledger (issue 12, ADR 0019): a fund of `entries` entries
// (bulk-loaded in SQL: deposits with their AA fee from four donors into four windows,
// allocations, transfers and expenditure on eight projects, a reversal now and then, over
// 1,500 days; one project RED), then, each the median of five after a warm-up:
// - the raw SQL baseline — one pass summing the fund's entries by account
//   (`SELECT account, sum(amount_minor) FROM fund_entry WHERE fund_id = … GROUP BY account`),
//   what any report reading the ledger itself costs at least;
// - the report (`fundingStatus` of fund.reports.ts, as GET /api/funds/:id/status calls it)
//   before the summary exists (the whole ledger is the live tail);
// - the summary's catch-up (`refreshStatusSummary`), once;
// - the report after it: total, by each group, by month/quarter/year, a year, a span cutting
//   months, as of a day, for the administrative agent and for a donor who may not see the
//   RED project; then again with a live tail of `tail` transactions posted after the catch-up
//   (by default just under TAIL_LIMIT: the longest tail a report reads before a catch-up starts).
//
//   npx tsx bench/fund-status.ts [entries=1000000] [tail=1800]
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
import { statusFigures } from '../server/modules/fund/fund.reports.queries.ts';
import { TAIL_LIMIT, fundingStatus, refreshStatusSummary, summaryCatchUp } from '../server/modules/fund/fund.reports.ts';
import { countArg } from './args.ts';

const USAGE = 'npx tsx bench/fund-status.ts [entries=1000000] [tail=1800]';
const ENTRIES = countArg(2, 1_000_000, USAGE);
// Reversals add about 1 % to the transactions loaded: the tail stays under TAIL_LIMIT, so no catch-up starts while it is measured.
const TAIL = countArg(3, Math.floor(TAIL_LIMIT * 0.9), USAGE, 0);

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-fund-status-'));
const server = await startEmbeddedServer(dir);
const db: Kysely<Database> = createKysely(server.url('postgres'), 10);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const org = async (name: string, kind: 'state' | 'organisation' | 'partner') =>
  (await db.insertInto('organisation').values({ name, kind, membership_status: 'member' }).returning('id').executeTakeFirstOrThrow()).id;
const user = async (orgId: string, email: string) =>
  (await db.insertInto('app_user').values({ email, display_name: email, org_id: orgId, role: 'focal_point', password_hash: 'x' }).returning('id').executeTakeFirstOrThrow()).id;

/**
 * `count` transactions numbered after the ledger's last, their entries, their balances: the
 * deposits (k = 0) into window w from donor d with a 1 % fee, allocations (1), transfers (2),
 * expenditure (3) on project p; every 97th transaction after the first reversed on the next day.
 */
async function bulkLoad(
  fund: { id: string; windows: string[]; projects: { id: string; window: string; partner: string }[] },
  donors: string[],
  userId: string,
  first: number,
  count: number,
) {
  await db.connection().execute(async (conn) => {
    await sql`SET session_replication_role = replica`.execute(conn);
    // The commit check (each transaction's entries balance) runs a query per entry: off for the load (migration 0021 has it fire always).
    const { rows: trigger } = await sql<{ always: boolean }>`SELECT tgenabled = 'A' AS always FROM pg_trigger WHERE tgname = 'fund_entry_balanced'`.execute(conn);
    await sql`ALTER TABLE fund_entry DISABLE TRIGGER fund_entry_balanced`.execute(conn);
    await sql`
      WITH g AS (
        SELECT n, n % 4 AS k, (n / 4) % 8 + 1 AS p, n % 4 + 1 AS d, (n / 4) % 4 + 1 AS w FROM generate_series(${first}::int, ${first + count - 1}::int) n
      ), t AS (
        INSERT INTO fund_transaction (fund_id, kind, value_date, donor_org_id, window_id, project_id, partner_org_id, amount_minor, created_by)
        SELECT ${fund.id}, (ARRAY['deposit', 'allocation', 'transfer', 'expenditure'])[k + 1], date '2015-06-01' + (n % 1500),
          CASE WHEN k = 0 THEN (${donors}::uuid[])[d] END,
          CASE WHEN k = 0 THEN (${fund.windows}::uuid[])[w] WHEN k = 1 THEN (${fund.projects.map((p) => p.window)}::uuid[])[p] END,
          CASE WHEN k > 0 THEN (${fund.projects.map((p) => p.id)}::uuid[])[p] END,
          CASE WHEN k > 1 THEN (${fund.projects.map((p) => p.partner)}::uuid[])[p] END,
          (ARRAY[100000, 50000, 40000, 30000])[k + 1], ${userId}
        FROM g ORDER BY n
        RETURNING id, kind, donor_org_id, window_id, project_id, partner_org_id, amount_minor
      )
      INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor)
      SELECT t.id, ${fund.id}, x.account, 'USD', x.amount FROM t CROSS JOIN LATERAL (VALUES
        (CASE t.kind WHEN 'deposit' THEN 'aa:window:' || t.window_id WHEN 'allocation' THEN 'aa:project:' || t.project_id
          WHEN 'transfer' THEN 'partner:' || t.partner_org_id || ':project:' || t.project_id ELSE 'use:expenditure:project:' || t.project_id END, t.amount_minor),
        (CASE t.kind WHEN 'deposit' THEN 'source:donor:' || t.donor_org_id WHEN 'allocation' THEN 'aa:window:' || t.window_id
          WHEN 'transfer' THEN 'aa:project:' || t.project_id ELSE 'partner:' || t.partner_org_id || ':project:' || t.project_id END, -t.amount_minor),
        (CASE WHEN t.kind = 'deposit' THEN 'fee:aa' END, t.amount_minor / 100),
        (CASE WHEN t.kind = 'deposit' THEN 'aa:window:' || t.window_id END, -t.amount_minor / 100)
      ) AS x (account, amount)
      WHERE x.account IS NOT NULL`.execute(conn);
    // Reversals: every 97th transaction of the batch, the day after, its entries negated.
    await sql`
      WITH o AS (
        SELECT t.* FROM fund_transaction t WHERE t.fund_id = ${fund.id} AND t.kind <> 'reversal'
          AND t.seq > (SELECT coalesce(max(seq), 0) FROM fund_transaction) - ${count} AND t.seq % 97 = 0
          AND NOT EXISTS (SELECT 1 FROM fund_transaction r WHERE r.reverses_id = t.id)
      ), r AS (
        INSERT INTO fund_transaction (fund_id, kind, value_date, donor_org_id, window_id, project_id, partner_org_id, amount_minor, reverses_id, created_by)
        SELECT o.fund_id, 'reversal', o.value_date + 1, o.donor_org_id, o.window_id, o.project_id, o.partner_org_id, o.amount_minor, o.id, ${userId} FROM o ORDER BY o.seq
        RETURNING id, reverses_id
      )
      INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor)
      SELECT r.id, e.fund_id, e.account, e.currency, -e.amount_minor FROM r JOIN fund_entry e ON e.transaction_id = r.reverses_id`.execute(conn);
    await sql`
      INSERT INTO fund_balance (fund_id, account, currency, balance_minor)
      SELECT fund_id, account, currency, sum(amount_minor) FROM fund_entry WHERE fund_id = ${fund.id} GROUP BY fund_id, account, currency
      ON CONFLICT (fund_id, account, currency) DO UPDATE SET balance_minor = EXCLUDED.balance_minor`
      .execute(conn)
      // Migration 0021 (F7) splits a balance in slots: its key is then (fund, account, currency, slot), and slot 0 takes the sum.
      .catch(async () => {
        await sql`DELETE FROM fund_balance WHERE fund_id = ${fund.id}`.execute(conn);
        await sql`
          INSERT INTO fund_balance (fund_id, account, currency, balance_minor)
          SELECT fund_id, account, currency, sum(amount_minor) FROM fund_entry WHERE fund_id = ${fund.id} GROUP BY fund_id, account, currency`.execute(conn);
      });
    await sql`ALTER TABLE fund_entry ENABLE ${sql.raw(trigger[0]?.always ? 'ALWAYS ' : '')}TRIGGER fund_entry_balanced`.execute(conn);
    await sql`SET session_replication_role = DEFAULT`.execute(conn);
  });
  await sql`ANALYZE fund_transaction, fund_entry, fund_balance, fund_status_month, fund_status_day`.execute(db);
}

const time = async (what: string, run: () => Promise<unknown>, runs = 5) => {
  await run(); // warm
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`| ${what} | ${ms[Math.floor(runs / 2)]!.toFixed(1)} | ${ms[0]!.toFixed(1)} | ${ms[runs - 1]!.toFixed(1)} |`);
};

try {
  await migrateToLatest(db);
  console.log(`bench/fund-status.ts ${ENTRIES} ${TAIL} on ${new Date().toISOString().slice(0, 16)}Z, load average ${load()}`);
  const aaOrg = await org('MPTF Office', 'organisation');
  const donors = await Promise.all(['Germany', 'Japan', 'Netherlands', 'Norway'].map((n) => org(n, 'state')));
  const partners = await Promise.all(['UNDP', 'UNICEF'].map((n) => org(n, 'partner')));
  const aaUser = await user(aaOrg, 'aa@example.org');
  const donorUser = await user(donors[0]!, 'donor@example.org');
  const aa: Ctx = { actor: { kind: 'user', userId: aaUser, orgId: aaOrg, orgKind: 'organisation', role: 'focal_point', email: 'aa@example.org' } };
  const donor: Ctx = { actor: { kind: 'user', userId: donorUser, orgId: donors[0]!, orgKind: 'state', role: 'focal_point', email: 'donor@example.org' } };

  // The fund, its windows and projects, and project 8's RED details, in SQL (the services are not what is measured here).
  const fundId = (
    await db
      .insertInto('fund')
      .values({ owner_org_id: aaOrg, name: 'Big fund', base_currency: 'USD', aa_fee_bp: 100, indirect_cost_bp: 700, marking: 'AMBER', created_by: aaUser })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  for (const o of [...donors, ...partners]) await sql`INSERT INTO share_audience (entity, row_id, org_id) VALUES ('fund', ${fundId}, ${o})`.execute(db);
  const windows: string[] = [];
  for (let w = 0; w < 4; w++)
    windows.push(
      (
        await db
          .insertInto('fund_window')
          .values({ fund_id: fundId, code: `W${w}`, name: `Window ${w}` })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  const projects: { id: string; window: string; partner: string }[] = [];
  for (let p = 0; p < 8; p++) {
    const window = windows[p % 4]!;
    const partner = partners[p % 2]!;
    const id = (
      await db
        .insertInto('fund_project')
        .values({ fund_id: fundId, window_id: window, partner_org_id: partner, title: `Project ${p}`, budget_minor: 10 ** 12, currency: 'USD', created_by: aaUser })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    projects.push({ id, window, partner });
  }
  await db
    .insertInto('fund_project_detail')
    .values({
      id: projects[7]!.id,
      owner_org_id: aaOrg,
      marking: 'RED',
      created_by: aaUser,
      iati_identifier: 'XM-1-P7',
      sector: '15132',
      planned_start: '2015-06-01',
      planned_end: '2019-12-31',
    })
    .execute();
  const fund = { id: fundId, windows, projects };

  // 2.5 entries a transaction on average (a deposit has four: the deposit and its fee).
  const transactions = Math.round(ENTRIES / 2.5);
  let t0 = performance.now();
  await bulkLoad(fund, donors, aaUser, 0, transactions);
  const { rows: counted } = await sql<{ n: string; t: string }>`
    SELECT (SELECT count(*) FROM fund_entry WHERE fund_id = ${fundId}) AS n, (SELECT count(*) FROM fund_transaction WHERE fund_id = ${fundId}) AS t`.execute(db);
  console.log(
    `\nloaded ${Number(counted[0]!.n).toLocaleString('en')} entries (${Number(counted[0]!.t).toLocaleString('en')} transactions) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  console.log('\n| funding status over the big fund | median ms | min ms | max ms |');
  console.log('| --- | ---: | ---: | ---: |');
  await time("raw SQL baseline: the fund's entries summed by account", () =>
    sql`SELECT account, sum(amount_minor) FROM fund_entry WHERE fund_id = ${fundId} GROUP BY account`.execute(db),
  );
  // The query itself (the service would start the catch-up in the background after its first answer).
  await time('report before the summary (all of it live tail), total', () => statusFigures(db, aa.actor, fundId, {}, '0'), 3);
  await time('report before the summary, by donor', () => statusFigures(db, aa.actor, fundId, { by: 'donor' }, '0'), 3);

  t0 = performance.now();
  const refreshed = await refreshStatusSummary(db);
  const { rows: months } = await sql<{ n: string }>`SELECT count(*) AS n FROM fund_status_month`.execute(db);
  console.log(
    `| summary catch-up over the whole ledger (once; ${Number(months[0]!.n).toLocaleString('en')} summary rows, watermark ${refreshed.through}) | ${(performance.now() - t0).toFixed(0)} | | |`,
  );
  await sql`ANALYZE fund_status_month, fund_status_day`.execute(db);

  const variants = async (label: string) => {
    for (const [who, ctx] of [
      ['AA', aa],
      ['donor (RED project hidden)', donor],
    ] as const) {
      await time(`${label}: total, ${who}`, () => fundingStatus(db, ctx, fundId));
      for (const by of ['window', 'donor', 'partner', 'project'] as const) await time(`${label}: total and by ${by}, ${who}`, () => fundingStatus(db, ctx, fundId, { by }));
    }
    for (const period of ['month', 'quarter', 'year'] as const) await time(`${label}: total and by ${period}, AA`, () => fundingStatus(db, aa, fundId, { by: 'period', period }));
    await time(`${label}: one year (from 2016-01-01 to 2016-12-31), AA`, () => fundingStatus(db, aa, fundId, { from: '2016-01-01', to: '2016-12-31' }));
    await time(`${label}: a span cutting two months (2016-01-15 to 2016-12-14), AA`, () => fundingStatus(db, aa, fundId, { from: '2016-01-15', to: '2016-12-14' }));
    await time(`${label}: as of 2017-03-17, by donor, AA`, () => fundingStatus(db, aa, fundId, { asOf: '2017-03-17', by: 'donor' }));
  };
  await variants('after the catch-up');

  // A live tail of TAIL transactions posted after the watermark (under TAIL_LIMIT: no catch-up starts).
  await bulkLoad(fund, donors, aaUser, transactions, TAIL);
  const { rows: tail } = await sql<{ n: string }>`SELECT count(*) AS n FROM fund_transaction WHERE seq > (SELECT seq FROM fund_status_watermark)`.execute(db);
  await variants(`with a live tail of ${Number(tail[0]!.n).toLocaleString('en')} transactions`);
  const { rows: still } = await sql<{ n: string }>`SELECT count(*) AS n FROM fund_transaction WHERE seq > (SELECT seq FROM fund_status_watermark)`.execute(db);
  console.log(`\nthe live tail after those runs: ${Number(still[0]!.n).toLocaleString('en')} transactions (no catch-up ran meanwhile if it is unchanged)`);
  await summaryCatchUp();
  console.log(`\nload average at the end ${load()}`);
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

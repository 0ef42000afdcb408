// Fills a database that holds the demo coalition with pooled funds for the list benchmark
// (bench/list.ts): `funds` funds with the spread of TLP markings of list-rows.ts (AMBER funds
// shared with a group and an organisation, RED ones naming the reader), and in one of them —
// AMBER, shared with its partners — four windows, eight projects and `transactions`
// transactions with their entries. Deterministic (every choice is the row number modulo
// something), written by the database with generate_series.
//
// The ledger is consistent: every transaction posts two entries that balance (the ledger's
// own deferred check runs at commit, over every entry), on the accounts fund.rules.ts names
// for its kind — a deposit from a donor into a window, an allocation from the project's
// window to the project, a transfer to its partner, expenditure by the partner — each smaller
// than what feeds it, so that no balance crosses zero; the running balances are the sums of
// the entries. The postings are not audited one by one (the service is not called): this is
// bench data, loaded as an import would be, not a history of users' actions.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../server/db/database.ts';

export interface FundRowsOptions {
  funds: number;
  transactions: number;
  /** A user of the demo who is made a recipient of every RED fund. */
  redRecipientEmail: string;
}

/** Generates the funds; returns the id of the fund that holds the transactions. */
export async function generateFundRows(db: Kysely<Database>, o: FundRowsOptions): Promise<{ ledgerFundId: string }> {
  return await db.transaction().execute(async (trx) => {
    await sql`
      CREATE TEMP TABLE bench_fund_ref ON COMMIT DROP AS
      SELECT
        (SELECT array_agg(id ORDER BY name) FROM organisation) AS orgs,
        (SELECT array_agg(id ORDER BY email) FROM app_user) AS users,
        (SELECT array_agg(id ORDER BY name) FROM org_group) AS groups,
        (SELECT id FROM app_user WHERE email = ${o.redRecipientEmail}) AS red_reader`.execute(trx);
    const pick = (array: string, i: string) => sql.raw(`${array}[1 + (${i}) % cardinality(${array})]`);
    const marking = (i: string) =>
      sql.raw(`(CASE WHEN ${i} % 100 < 20 THEN 'CLEAR' WHEN ${i} % 100 < 60 THEN 'GREEN' WHEN ${i} % 100 < 90 THEN 'AMBER'
                     WHEN ${i} % 100 < 99 THEN 'AMBER+STRICT' ELSE 'RED' END)`);

    // Row 60 is AMBER: the fund with the ledger.
    const { rows: funds } = await sql<{ id: string; n: number }>`
      INSERT INTO fund (owner_org_id, name, base_currency, aa_fee_bp, indirect_cost_bp, launched_on, marking, created_by)
      SELECT ${pick('r.orgs', 'i * 11')}, 'Generated pooled fund ' || i, 'USD', 100 + i % 5 * 50, 700, DATE '2015-01-01' + (i % 1500),
             ${marking('i')}, ${pick('r.users', 'i * 3')}
      FROM generate_series(1, ${o.funds}) AS i, bench_fund_ref r
      RETURNING id, (regexp_replace(name, '\\D', '', 'g'))::int AS n`.execute(trx);
    const ledgerFundId = funds.find((f) => f.n === 60)?.id;
    if (!ledgerFundId) throw new Error('generateFundRows: funds must be at least 60');

    await sql`
      INSERT INTO share_audience (entity, row_id, group_id, org_id)
      SELECT 'fund', t.id, ${pick('r.groups', 't.n')}, NULL FROM (SELECT id, marking, row_number() OVER (ORDER BY id) AS n FROM fund) t, bench_fund_ref r
      WHERE t.marking IN ('AMBER', 'AMBER+STRICT') AND NOT EXISTS (SELECT 1 FROM share_audience a WHERE a.entity = 'fund' AND a.row_id = t.id)
      UNION ALL
      SELECT 'fund', t.id, NULL, ${pick('r.orgs', 't.n * 13')} FROM (SELECT id, marking, row_number() OVER (ORDER BY id) AS n FROM fund) t, bench_fund_ref r
      WHERE t.marking IN ('AMBER', 'AMBER+STRICT') AND NOT EXISTS (SELECT 1 FROM share_audience a WHERE a.entity = 'fund' AND a.row_id = t.id)
      ON CONFLICT DO NOTHING`.execute(trx);
    await sql`
      INSERT INTO share_recipient (entity, row_id, user_id)
      SELECT 'fund', f.id, r.red_reader FROM fund f, bench_fund_ref r WHERE f.marking = 'RED'
      ON CONFLICT DO NOTHING`.execute(trx);

    // The ledger's fund: four windows, eight projects (two partners), the partners in its audience.
    const { rows: windows } = await sql<{ id: string }>`
      INSERT INTO fund_window (fund_id, code, name) SELECT ${ledgerFundId}, 'W' || w, 'Window ' || w FROM generate_series(1, 4) AS w RETURNING id`.execute(trx);
    const { rows: partners } = await sql<{ id: string }>`
      SELECT id FROM organisation ORDER BY name LIMIT 2`.execute(trx);
    const windowIds = windows.map((w) => w.id);
    const partnerIds = partners.map((p) => p.id);
    const { rows: projects } = await sql<{ id: string; window_id: string; partner_org_id: string }>`
      INSERT INTO fund_project (fund_id, window_id, partner_org_id, title, budget_minor, currency, created_by)
      SELECT ${ledgerFundId}, (${windowIds}::uuid[])[1 + p % 4], (${partnerIds}::uuid[])[1 + p % 2], 'Generated project ' || p, 1000000000000, 'USD', r.users[1]
      FROM generate_series(0, 7) AS p, bench_fund_ref r
      RETURNING id, window_id, partner_org_id`.execute(trx);
    await sql`
      INSERT INTO share_audience (entity, row_id, group_id, org_id)
      SELECT 'fund', ${ledgerFundId}, NULL, p FROM unnest(${partnerIds}::uuid[]) AS p
      ON CONFLICT DO NOTHING`.execute(trx);

    // Transactions by n: deposit, allocation, transfer, expenditure in turn (40 % … of the
    // value flowing on), each project fed by its own window.
    await sql`
      WITH g AS (
        SELECT n, n % 4 AS k, 1 + (n / 4) % 8 AS p, 1 + n % 4 AS d, 1 + (n / 4) % 4 AS w FROM generate_series(0, ${o.transactions - 1}::int) AS n
      ), t AS (
        INSERT INTO fund_transaction (fund_id, kind, value_date, donor_org_id, window_id, project_id, partner_org_id, amount_minor, description, created_by)
        SELECT ${ledgerFundId}, (ARRAY['deposit', 'allocation', 'transfer', 'expenditure'])[k + 1], DATE '2015-06-01' + (n % 1500),
          CASE WHEN k = 0 THEN r.orgs[1 + (d * 7) % cardinality(r.orgs)] END,
          CASE WHEN k = 0 THEN (${windowIds}::uuid[])[w] WHEN k = 1 THEN (${projects.map((p) => p.window_id)}::uuid[])[p] END,
          CASE WHEN k > 0 THEN (${projects.map((p) => p.id)}::uuid[])[p] END,
          CASE WHEN k > 1 THEN (${projects.map((p) => p.partner_org_id)}::uuid[])[p] END,
          (ARRAY[100000, 50000, 40000, 30000])[k + 1] + n % 97,
          'Generated ' || (ARRAY['deposit', 'allocation', 'transfer', 'expenditure'])[k + 1] || ' ' || n, r.users[1]
        FROM g, bench_fund_ref r
        RETURNING id, kind, donor_org_id, window_id, project_id, partner_org_id, amount_minor
      )
      INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor)
      SELECT t.id, ${ledgerFundId}, x.account, 'USD', x.amount FROM t CROSS JOIN LATERAL (VALUES
        (CASE t.kind WHEN 'deposit' THEN 'aa:window:' || t.window_id WHEN 'allocation' THEN 'aa:project:' || t.project_id
          WHEN 'transfer' THEN 'partner:' || t.partner_org_id || ':project:' || t.project_id ELSE 'use:expenditure:project:' || t.project_id END, t.amount_minor),
        (CASE t.kind WHEN 'deposit' THEN 'source:donor:' || t.donor_org_id WHEN 'allocation' THEN 'aa:window:' || t.window_id
          WHEN 'transfer' THEN 'aa:project:' || t.project_id ELSE 'partner:' || t.partner_org_id || ':project:' || t.project_id END, -t.amount_minor)
      ) AS x (account, amount)`.execute(trx);
    await sql`
      INSERT INTO fund_balance (fund_id, account, currency, balance_minor)
      SELECT fund_id, account, currency, sum(amount_minor) FROM fund_entry WHERE fund_id = ${ledgerFundId} GROUP BY fund_id, account, currency`.execute(trx);
    return { ledgerFundId };
  });
}

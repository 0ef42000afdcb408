// `entente fund check`: a clean ledger passes; one corrupted behind the app's back (by the
// database's owner, with the triggers off), or a report summary that disagrees with it, fails,
// naming the first violation.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStatusSummary } from '../../server/modules/fund/fund.reports.ts';
import { type TestApp, buildTestApp, signIn } from '../../server/test/app.ts';
import { runCli } from '../../server/test/cli.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../server/test/factories.ts';

let t: TestApp;
let fundId = '';
let windowId = '';
beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  const donor = await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' });
  const aa = await signIn(t.app, (await buildUser(t.db, aaOrg.id)).email, TEST_PASSWORD);
  const fund = await aa.inject({
    method: 'POST',
    url: '/api/funds',
    payload: { name: 'Stabilisation fund', baseCurrency: 'USD', administrativeAgentOrgId: aaOrg.id, aaFeeBp: 100, sharing: { marking: 'GREEN' } },
  });
  fundId = fund.json().id;
  windowId = (await aa.inject({ method: 'POST', url: `/api/funds/${fundId}/windows`, payload: { code: 'W1', name: 'Public works' } })).json().id;
  const deposit = await aa.inject({
    method: 'POST',
    url: `/api/funds/${fundId}/transactions`,
    headers: { 'idempotency-key': 'first-deposit' },
    payload: { kind: 'deposit', valueDate: '2015-06-01', donorOrgId: donor.id, windowId, amount: { amountMinor: 1_000_000_00, currency: 'USD' } },
  });
  expect(deposit.statusCode, deposit.body).toBe(201);
});
afterAll(async () => t?.close());

describe('entente fund check', () => {
  it('passes on a clean ledger', async () => {
    const res = await runCli(['fund', 'check'], { DATABASE_URL: t.url });
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('Fund ledger verified: 1 transactions, 4 entries');
    expect(res.code).toBe(0);
  });

  it('fails, naming the first violation, when a running balance disagrees with its entries', async () => {
    await sql`UPDATE fund_balance SET balance_minor = balance_minor + 1 WHERE account = 'fee:aa'`.execute(t.db);
    const res = await runCli(['fund', 'check'], { DATABASE_URL: t.url });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`Fund ledger BROKEN: fund ${fundId}, account fee:aa (USD): the balance says 1000001, its entries sum to 1000000`);
    await sql`UPDATE fund_balance SET balance_minor = balance_minor - 1 WHERE account = 'fee:aa'`.execute(t.db);
  });

  it('fails, naming the first difference, when a report summary disagrees with the ledger', async () => {
    await runCli(['fund', 'check'], { DATABASE_URL: t.url });
    // The summaries are caught up to the ledger first (what a report past the tail limit starts).
    await refreshStatusSummary(t.db);
    const changed = await sql`UPDATE fund_status_month SET donor = donor + 7 WHERE fund_id = ${fundId}`.execute(t.db);
    expect(Number(changed.numAffectedRows)).toBeGreaterThan(0);
    const res = await runCli(['fund', 'check'], { DATABASE_URL: t.url });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(new RegExp(`^Fund ledger BROKEN: fund ${fundId}, month .*the summary by month says`));
    await sql`UPDATE fund_status_month SET donor = donor - 7 WHERE fund_id = ${fundId}`.execute(t.db);
    expect((await runCli(['fund', 'check'], { DATABASE_URL: t.url })).code).toBe(0);
  });

  it('fails on an unbalanced transaction inserted by the superuser with the triggers off', async () => {
    await t.db.connection().execute(async (c) => {
      // The commit check fires in replica mode too (migration 0021): the owner switches it off for the table.
      await sql`ALTER TABLE fund_entry DISABLE TRIGGER fund_entry_balanced`.execute(c);
      await sql`SET session_replication_role = replica`.execute(c);
      const { rows } = await sql<{ id: string }>`
        INSERT INTO fund_transaction (fund_id, kind, value_date, fee_kind, window_id, amount_minor)
        VALUES (${fundId}, 'fee', '2016-01-01', 'bank', ${windowId}, 5) RETURNING id`.execute(c);
      await sql`INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor) VALUES (${rows[0]!.id}, ${fundId}, 'fee:bank', 'USD', 5)`.execute(c);
      await sql`SET session_replication_role = DEFAULT`.execute(c);
      await sql`ALTER TABLE fund_entry ENABLE ALWAYS TRIGGER fund_entry_balanced`.execute(c);
      const res = await runCli(['fund', 'check'], { DATABASE_URL: t.url });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`Fund ledger BROKEN: transaction ${rows[0]!.id}: its USD entries sum to 5, not 0`);
    });
  });
});

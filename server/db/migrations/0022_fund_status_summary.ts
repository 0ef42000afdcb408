// Frozen: never edit a migration that has shipped; add a new one.
// The fund's reports over a large ledger (issue 12, ADR 0019). `fund_status_month` sums the
// entries of every transaction up to a watermark (`fund_status_watermark.seq`) by fund, month
// of value date, kind (a reversal under the kind it reverses) and the dimensions the reports
// group by, one column per class of account the funding status reads. A report adds the live
// tail (transactions after the watermark) from the ledger itself, so it is never stale; the
// postings never write here — fund.reports.ts moves the watermark, after waiting until every
// transaction numbered below it has ended. `fund_status_day` holds the same by day, for the
// days of a month a report's span cuts. The index reads a donor's transactions for its statement.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE fund_status_month (
      fund_id uuid NOT NULL REFERENCES fund(id),
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      -- The transaction's kind; a reversal's is the kind it reverses (its entries are negated).
      kind text NOT NULL CHECK (kind IN ('pledge', 'commitment', 'deposit', 'interest', 'allocation', 'transfer', 'expenditure', 'refund', 'fee')),
      donor_org_id uuid,
      window_id uuid,
      project_id uuid,
      partner_org_id uuid,
      -- Sums of entries (debit > 0) by class of account (fund.reports.queries.ts: ACCOUNT_CLASSES).
      pledged numeric(40, 0) NOT NULL,
      committed numeric(40, 0) NOT NULL,
      donor numeric(40, 0) NOT NULL,
      interest_fund numeric(40, 0) NOT NULL,
      interest_partner numeric(40, 0) NOT NULL,
      aa_project numeric(40, 0) NOT NULL,
      partner numeric(40, 0) NOT NULL,
      fee_aa numeric(40, 0) NOT NULL,
      fee_other numeric(40, 0) NOT NULL,
      expenditure numeric(40, 0) NOT NULL,
      aa numeric(40, 0) NOT NULL,
      CONSTRAINT fund_status_month_key UNIQUE NULLS NOT DISTINCT (fund_id, month, kind, donor_org_id, window_id, project_id, partner_org_id)
    );

    -- The same by day: the days of a month a report's span cuts.
    CREATE TABLE fund_status_day (
      fund_id uuid NOT NULL REFERENCES fund(id),
      day date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('pledge', 'commitment', 'deposit', 'interest', 'allocation', 'transfer', 'expenditure', 'refund', 'fee')),
      donor_org_id uuid,
      window_id uuid,
      project_id uuid,
      partner_org_id uuid,
      pledged numeric(40, 0) NOT NULL,
      committed numeric(40, 0) NOT NULL,
      donor numeric(40, 0) NOT NULL,
      interest_fund numeric(40, 0) NOT NULL,
      interest_partner numeric(40, 0) NOT NULL,
      aa_project numeric(40, 0) NOT NULL,
      partner numeric(40, 0) NOT NULL,
      fee_aa numeric(40, 0) NOT NULL,
      fee_other numeric(40, 0) NOT NULL,
      expenditure numeric(40, 0) NOT NULL,
      aa numeric(40, 0) NOT NULL,
      CONSTRAINT fund_status_day_key UNIQUE NULLS NOT DISTINCT (fund_id, day, kind, donor_org_id, window_id, project_id, partner_org_id)
    );

    -- One row: every transaction with seq <= this is in fund_status_month and fund_status_day, and none after it.
    CREATE TABLE fund_status_watermark (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      seq bigint NOT NULL CHECK (seq >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO fund_status_watermark (seq) VALUES (0);

    CREATE INDEX fund_transaction_donor ON fund_transaction (fund_id, donor_org_id, value_date) WHERE donor_org_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX fund_transaction_donor;
    DROP TABLE fund_status_watermark, fund_status_day, fund_status_month;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// The pooled fund's double-entry ledger (issue 12, ADR 0015). A fund (a shared row, owned by
// its administrative agent's organisation), its windows and projects; its transactions and
// their entries, append-only: the database refuses UPDATE, DELETE and TRUNCATE on both, and
// a deferred constraint trigger checks at commit that each transaction's entries sum to zero
// per currency. `fund_balance` is the running balance of each account, the row a posting
// locks (in account order) before it checks and changes it; `entente fund check` verifies it
// equals the sum of the entries.
import { type Kysely, sql } from 'kysely';
import { installSharedEntity } from '../../modules/sharing/sharing.migration.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE fund (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The administrative agent's organisation: it owns the row and posts its transactions.
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      base_currency char(3) NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
      -- Basis points: 100 = 1 %. The AA fee is taken on every deposit; the indirect cost is the partners' rate.
      aa_fee_bp integer NOT NULL CHECK (aa_fee_bp BETWEEN 0 AND 10000),
      indirect_cost_bp integer NOT NULL CHECK (indirect_cost_bp BETWEEN 0 AND 10000),
      launched_on date,
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX fund_owner ON fund (owner_org_id);

    CREATE TABLE fund_window (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      fund_id uuid NOT NULL REFERENCES fund(id),
      code text NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]{1,40}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 5000),
      -- OECD DAC purpose codes (five digits).
      sectors text[] NOT NULL DEFAULT '{}' CHECK (array_position(sectors, NULL) IS NULL),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT fund_window_code_unique UNIQUE (fund_id, code)
    );

    CREATE TABLE fund_project (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      fund_id uuid NOT NULL REFERENCES fund(id),
      -- NULL: financed from the unearmarked pool.
      window_id uuid REFERENCES fund_window(id),
      partner_org_id uuid NOT NULL REFERENCES organisation(id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      budget_minor bigint NOT NULL CHECK (budget_minor BETWEEN 0 AND 1000000000000000),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX fund_project_fund ON fund_project (fund_id);
    CREATE INDEX fund_project_partner ON fund_project (partner_org_id);

    CREATE TABLE fund_transaction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The order of postings (time-ordered within the fund; a gap is a rolled-back posting).
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      fund_id uuid NOT NULL REFERENCES fund(id),
      kind text NOT NULL CHECK (kind IN ('pledge', 'commitment', 'deposit', 'interest', 'allocation', 'transfer', 'expenditure', 'refund', 'fee', 'reversal')),
      value_date date NOT NULL,
      -- The dimensions the kind needs (reports group by them); a project's window and partner are copied here.
      donor_org_id uuid REFERENCES organisation(id),
      window_id uuid REFERENCES fund_window(id),
      project_id uuid REFERENCES fund_project(id),
      partner_org_id uuid REFERENCES organisation(id),
      fee_kind text CHECK (fee_kind ~ '^[a-z][a-z0-9_]{0,39}$'),
      -- In the fund's base currency.
      amount_minor bigint NOT NULL CHECK (amount_minor BETWEEN 0 AND 1000000000000000),
      -- A deposit (pledge, commitment) in another currency: what was paid, and the rate (base per original unit) applied.
      original_amount_minor bigint CHECK (original_amount_minor BETWEEN 0 AND 1000000000000000),
      original_currency char(3) CHECK (original_currency ~ '^[A-Z]{3}$'),
      rate text CHECK (rate ~ '^[0-9]{1,12}(\\.[0-9]{1,12})?$'),
      -- A transaction is reversed at most once, by a reversal, which is never itself reversed.
      reverses_id uuid UNIQUE REFERENCES fund_transaction(id),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT fund_transaction_original_complete CHECK ((original_currency IS NULL) = (original_amount_minor IS NULL) AND (original_currency IS NULL) = (rate IS NULL)),
      CONSTRAINT fund_transaction_reversal_names_one CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))
    );
    CREATE INDEX fund_transaction_fund ON fund_transaction (fund_id, seq);
    CREATE INDEX fund_transaction_project ON fund_transaction (project_id) WHERE project_id IS NOT NULL;

    CREATE TABLE fund_entry (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      transaction_id uuid NOT NULL REFERENCES fund_transaction(id),
      -- Copied from the transaction so that an account's entries are found by one index.
      fund_id uuid NOT NULL REFERENCES fund(id),
      -- 'aa:window:<id>|unearmarked', 'aa:project:<id>', 'partner:<org>:project:<id>', 'source:donor:<org>',
      -- 'source:interest:fund|partner', 'fee:<kind>', 'use:expenditure:project:<id>', 'pledge:donor:<org>[:receivable]',
      -- 'commitment:donor:<org>[:receivable]' (ADR 0015).
      account text NOT NULL CHECK (account ~ '^[a-z]+(:[a-z0-9_-]+)+$'),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      -- Debit > 0, credit < 0.
      amount_minor bigint NOT NULL CHECK (amount_minor <> 0 AND abs(amount_minor) <= 1000000000000000)
    );
    CREATE INDEX fund_entry_account ON fund_entry (fund_id, account, currency);
    CREATE INDEX fund_entry_transaction ON fund_entry (transaction_id);

    -- The running balance of each account: the row a posting locks, checks and changes.
    CREATE TABLE fund_balance (
      fund_id uuid NOT NULL REFERENCES fund(id),
      account text NOT NULL,
      currency char(3) NOT NULL,
      balance_minor numeric(40, 0) NOT NULL DEFAULT 0,
      PRIMARY KEY (fund_id, account, currency)
    );

    CREATE FUNCTION fund_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: post a reversal instead of changing or deleting a posted row', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER fund_transaction_append_only BEFORE UPDATE OR DELETE ON fund_transaction FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
    CREATE TRIGGER fund_transaction_no_truncate BEFORE TRUNCATE ON fund_transaction FOR EACH STATEMENT EXECUTE FUNCTION fund_refuse_change();
    CREATE TRIGGER fund_entry_append_only BEFORE UPDATE OR DELETE ON fund_entry FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
    CREATE TRIGGER fund_entry_no_truncate BEFORE TRUNCATE ON fund_entry FOR EACH STATEMENT EXECUTE FUNCTION fund_refuse_change();

    -- At commit, once per inserted entry (cheap: the transaction's entries by index): they sum to zero per currency.
    CREATE FUNCTION fund_entries_balance() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE off record;
    BEGIN
      SELECT e.currency, sum(e.amount_minor) AS total INTO off
        FROM fund_entry e WHERE e.transaction_id = NEW.transaction_id
       GROUP BY e.currency HAVING sum(e.amount_minor) <> 0 LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'fund transaction % does not balance: its % entries sum to %', NEW.transaction_id, off.currency, off.total
          USING ERRCODE = 'check_violation', CONSTRAINT = 'fund_entry_balanced';
      END IF;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER fund_entry_balanced AFTER INSERT ON fund_entry
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fund_entries_balance();
  `.execute(db);
  await installSharedEntity(db, 'fund', 'fund');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM share_audience WHERE entity = 'fund';
    DELETE FROM share_recipient WHERE entity = 'fund';
    DELETE FROM shared_entity WHERE entity = 'fund';
    DROP TABLE fund_balance, fund_entry, fund_transaction, fund_project, fund_window, fund;
    DROP FUNCTION fund_entries_balance();
    DROP FUNCTION fund_refuse_change();
  `.execute(db);
}

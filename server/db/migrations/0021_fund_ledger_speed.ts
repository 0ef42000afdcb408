// Frozen: never edit a migration that has shipped; add a new one.
// The ledger's speed and its locks (issue 12, ADR 0015):
// - `fund_balance` gets a `slot`: an account's balance is the sum of its slot rows. A change
//   that moves an account away from its limit (a deposit into a window, the AA fee, what a
//   donor paid) cannot overdraw it, so it goes to one of slots 1–63 and waits for no other
//   posting; a change towards the limit goes to slot 0, whose row lock serialises the
//   postings that draw on the account, and the check sums every slot (fund.queries.ts).
// - The ledger's triggers (append-only, balanced at commit) fire whatever the session's
//   `session_replication_role` (ENABLE ALWAYS): the app's role may set it for the import's
//   fast path, and must not switch the ledger's guards off with it. With the foreign keys
//   off in that mode, the commit check also refuses an entry whose transaction is missing or
//   in another fund. The app's role itself may only read and insert the ledger's rows
//   (server/db/roles.ts).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE fund_balance ADD COLUMN slot smallint NOT NULL DEFAULT 0 CHECK (slot BETWEEN 0 AND 63);
    ALTER TABLE fund_balance DROP CONSTRAINT fund_balance_pkey;
    ALTER TABLE fund_balance ADD PRIMARY KEY (fund_id, account, currency, slot);

    CREATE OR REPLACE FUNCTION fund_entries_balance() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE off record;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM fund_transaction t WHERE t.id = NEW.transaction_id AND t.fund_id = NEW.fund_id) THEN
        RAISE EXCEPTION 'fund entry % names transaction %, which is not in fund %', NEW.id, NEW.transaction_id, NEW.fund_id
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fund_entry_balanced';
      END IF;
      SELECT e.currency, sum(e.amount_minor) AS total INTO off
        FROM fund_entry e WHERE e.transaction_id = NEW.transaction_id
       GROUP BY e.currency HAVING sum(e.amount_minor) <> 0 LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'fund transaction % does not balance: its % entries sum to %', NEW.transaction_id, off.currency, off.total
          USING ERRCODE = 'check_violation', CONSTRAINT = 'fund_entry_balanced';
      END IF;
      RETURN NULL;
    END $$;

    ALTER TABLE fund_transaction ENABLE ALWAYS TRIGGER fund_transaction_append_only;
    ALTER TABLE fund_transaction ENABLE ALWAYS TRIGGER fund_transaction_no_truncate;
    ALTER TABLE fund_entry ENABLE ALWAYS TRIGGER fund_entry_append_only;
    ALTER TABLE fund_entry ENABLE ALWAYS TRIGGER fund_entry_no_truncate;
    ALTER TABLE fund_entry ENABLE ALWAYS TRIGGER fund_entry_balanced;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE fund_transaction ENABLE TRIGGER fund_transaction_append_only;
    ALTER TABLE fund_transaction ENABLE TRIGGER fund_transaction_no_truncate;
    ALTER TABLE fund_entry ENABLE TRIGGER fund_entry_append_only;
    ALTER TABLE fund_entry ENABLE TRIGGER fund_entry_no_truncate;
    ALTER TABLE fund_entry ENABLE TRIGGER fund_entry_balanced;
    CREATE TEMPORARY TABLE fund_balance_summed AS
      SELECT fund_id, account, currency, sum(balance_minor) AS balance_minor FROM fund_balance GROUP BY fund_id, account, currency;
    DELETE FROM fund_balance;
    ALTER TABLE fund_balance DROP CONSTRAINT fund_balance_pkey;
    ALTER TABLE fund_balance DROP COLUMN slot;
    ALTER TABLE fund_balance ADD PRIMARY KEY (fund_id, account, currency);
    INSERT INTO fund_balance SELECT * FROM fund_balance_summed;
    DROP TABLE fund_balance_summed;
  `.execute(db);
}

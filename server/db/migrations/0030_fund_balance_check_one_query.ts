// Frozen: never edit a migration that has shipped; add a new one.
// The ledger's commit check (ADR 0015, migration 0021) in one look-up instead of two: at
// commit, for each entry, its transaction's fund and the first currency in which the
// transaction's entries do not sum to zero, read by one statement. Same checks, same order,
// same errors (the transaction missing or in another fund first, then the balance), same
// constraint name; the trigger itself (deferred, ENABLE ALWAYS) is unchanged. Measured with
// bench/profile-fund.ts: the check's statements went from about 0.16 to 0.04 ms of the
// server's time a posting with one client (the `IF NOT EXISTS (…)` test of 0021 was the costly
// one: about 45 µs a call), from about 0.13 to 0.06 ms with sixteen (docs/PERFORMANCE.md).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION fund_entries_balance() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE r record;
    BEGIN
      SELECT t.fund_id, off.currency, off.total INTO r
        FROM (SELECT 1) one
        LEFT JOIN fund_transaction t ON t.id = NEW.transaction_id
        LEFT JOIN LATERAL (
          SELECT e.currency, sum(e.amount_minor) AS total FROM fund_entry e WHERE e.transaction_id = NEW.transaction_id
           GROUP BY e.currency HAVING sum(e.amount_minor) <> 0 LIMIT 1
        ) off ON true;
      IF r.fund_id IS DISTINCT FROM NEW.fund_id THEN
        RAISE EXCEPTION 'fund entry % names transaction %, which is not in fund %', NEW.id, NEW.transaction_id, NEW.fund_id
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fund_entry_balanced';
      END IF;
      IF r.currency IS NOT NULL THEN
        RAISE EXCEPTION 'fund transaction % does not balance: its % entries sum to %', NEW.transaction_id, r.currency, r.total
          USING ERRCODE = 'check_violation', CONSTRAINT = 'fund_entry_balanced';
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // 0021's body.
  await sql`
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
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// Ledger postings in one statement (issue 12's throughput, ADR 0041): the keys' locks and
// answers, the audit events, the transactions, their entries and their balances written by
// one statement that commits on its own — one posting, or several sent at once — so that it
// is all or nothing without BEGIN and COMMIT.
// Such a statement cannot throw from the application half-way, so two functions stop it:
// - `entente_raise` raises an error with the SQLSTATE given (a statement's "no further": a key
//   taken by another request, a duplicate still running). It returns text, never, so it fits
//   in any expression (`coalesce(x, entente_raise(…))`).
// - `fund_check_limits` is the postings' overdraft check (ADR 0015): for each account they
//   draw on (fund and account), in the order given, the new value of its slot 0 (locked)
//   plus its other slots read in a fresh snapshot (a VOLATILE function's statement sees what
//   committed while the posting waited for slot 0), and SQLSTATE EF409 on the first one found
//   on the wrong side of zero, with the account, its balance and a window's code as JSON detail.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION entente_raise(code text, message text, detail text DEFAULT '') RETURNS text
    LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      RAISE EXCEPTION USING ERRCODE = code, MESSAGE = message, DETAIL = detail;
    END $$;

    CREATE FUNCTION fund_check_limits(p_funds uuid[], p_accounts text[], p_currencies text[], p_credit boolean[], p_slot0 numeric[]) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      i int;
      total numeric;
      window_code text;
    BEGIN
      FOR i IN 1 .. coalesce(array_length(p_accounts, 1), 0) LOOP
        -- The posting's statement gives the new value of each slot 0 it changed: one missing is a bug, never a pass.
        IF p_slot0[i] IS NULL THEN
          RAISE EXCEPTION 'the posting did not change slot 0 of % (%)', p_accounts[i], p_currencies[i];
        END IF;
        SELECT p_slot0[i] + coalesce(sum(b.balance_minor), 0) INTO total FROM fund_balance b
        WHERE b.fund_id = p_funds[i] AND b.account = p_accounts[i] AND b.currency = p_currencies[i] AND b.slot <> 0;
        IF (p_credit[i] AND total > 0) OR (NOT p_credit[i] AND total < 0) THEN
          IF p_accounts[i] LIKE 'aa:window:%' THEN
            SELECT w.code INTO window_code FROM fund_window w WHERE w.fund_id = p_funds[i] AND w.id::text = substr(p_accounts[i], 11);
          END IF;
          RAISE EXCEPTION USING ERRCODE = 'EF409', MESSAGE = 'the posting overdraws ' || p_accounts[i],
            DETAIL = json_build_object('fund', p_funds[i], 'account', p_accounts[i], 'currency', p_currencies[i], 'balance', total::text, 'windowCode', window_code)::text;
        END IF;
      END LOOP;
      RETURN true;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP FUNCTION fund_check_limits(uuid[], text[], text[], boolean[], numeric[]);
    DROP FUNCTION entente_raise(text, text, text);
  `.execute(db);
}

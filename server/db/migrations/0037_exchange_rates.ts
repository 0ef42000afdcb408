// Frozen: never edit a migration that has shipped; add a new one.
// Exchange rates (issue 9 item 5, ADR 0031): a dated table of rates entered by the secretariat
// or imported from a CSV file, used to show and count an amount in another currency. A row says
// "one unit of `currency` is worth `rate` units of `base_currency` from `valid_from` on"; the
// rate is an exact decimal (numeric), never a float. Owned by the exchange-rates module.
// A link between a contribution and a need now keeps the currency its amount was given in
// (the contribution's own, say GBP, for a USD need): the original is kept and the need's gap
// converts it at the rate in force. Links made before this one were in the need's currency.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE exchange_rate (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      base_currency char(3) NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
      rate numeric(24, 10) NOT NULL,
      valid_from date NOT NULL,
      source text NOT NULL DEFAULT '' CHECK (length(source) <= 200),
      created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT exchange_rate_positive CHECK (rate > 0),
      CONSTRAINT exchange_rate_two_currencies CHECK (currency <> base_currency),
      CONSTRAINT exchange_rate_unique UNIQUE (currency, base_currency, valid_from)
    );
    CREATE INDEX exchange_rate_base ON exchange_rate (base_currency, currency, valid_from);

    ALTER TABLE contribution_need ADD COLUMN currency char(3) CHECK (currency ~ '^[A-Z]{3}$');
    UPDATE contribution_need cn SET currency = n.currency FROM need n WHERE n.id = cn.need_id AND cn.amount_minor IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE contribution_need DROP COLUMN currency; DROP TABLE exchange_rate`.execute(db);
}

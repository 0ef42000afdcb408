// Frozen: never edit a migration that has shipped; add a new one.
// One quantity (of a contribution, a need, or what a contribution meets of a need) holds at
// most 99,999,999,999.9999: MAX_QUANTITY in common/quantity.ts, which the API and the import
// check first, chosen so that every quantity travels exactly as a JSON number (a double holds
// every decimal of 15 significant digits). The columns' scale (numeric(20, 4)) keeps the
// decimals; the database keeps the maximum for every other writer.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE contribution ADD CONSTRAINT contribution_quantity_at_most CHECK (quantity <= 99999999999.9999);
    ALTER TABLE need ADD CONSTRAINT need_quantity_at_most CHECK (quantity <= 99999999999.9999);
    ALTER TABLE contribution_need ADD CONSTRAINT contribution_need_quantity_at_most CHECK (quantity <= 99999999999.9999);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE contribution DROP CONSTRAINT contribution_quantity_at_most;
    ALTER TABLE need DROP CONSTRAINT need_quantity_at_most;
    ALTER TABLE contribution_need DROP CONSTRAINT contribution_need_quantity_at_most;
  `.execute(db);
}

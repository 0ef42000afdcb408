// Frozen: never edit a migration that has shipped; add a new one.
// One amount (of a contribution, a need, or what a contribution meets of a need) holds at
// most 10^15 minor units: MAX_AMOUNT_MINOR in common/money.ts, which the API and the
// import check first. The database keeps the same limit for every other writer.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE contribution ADD CONSTRAINT contribution_amount_at_most CHECK (amount_minor <= 1000000000000000);
    ALTER TABLE need ADD CONSTRAINT need_amount_at_most CHECK (amount_minor <= 1000000000000000);
    ALTER TABLE contribution_need ADD CONSTRAINT contribution_need_amount_at_most CHECK (amount_minor <= 1000000000000000);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE contribution DROP CONSTRAINT contribution_amount_at_most;
    ALTER TABLE need DROP CONSTRAINT need_amount_at_most;
    ALTER TABLE contribution_need DROP CONSTRAINT contribution_need_amount_at_most;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// The follow-up lists of action items (GET /api/action-items, …/mine) page by (due_date, id):
// PostgreSQL walks this index in that order and reads each item's meeting by its key for the
// sharing rule until the page is full, instead of joining and sorting every item (at 20,000
// items the list answered 28 requests a second). A series' items (the `seriesId` filter, a
// series' review) are read in the same order from the second.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX action_item_due_order ON action_item (due_date, id);
    CREATE INDEX action_item_series_due ON action_item (series_id, due_date, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX action_item_series_due;
    DROP INDEX action_item_due_order;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// An agenda item may also link to an indicator (issue 10 item 3), beside its line of effort,
// document and need. A deleted indicator leaves the item without the link.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE agenda_item ADD COLUMN indicator_id uuid REFERENCES indicator(id) ON DELETE SET NULL;
    CREATE INDEX agenda_item_indicator ON agenda_item (indicator_id) WHERE indicator_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE agenda_item DROP COLUMN indicator_id`.execute(db);
}

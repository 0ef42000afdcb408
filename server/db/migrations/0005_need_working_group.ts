// Frozen: never edit a migration that has shipped; add a new one.
// A need may be stated on behalf of a working group (by one of its co-leads, or the
// secretariat); the stating organisation still owns the row and its sharing.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE need ADD COLUMN working_group_id uuid REFERENCES working_group(id);
    CREATE INDEX need_working_group ON need (working_group_id) WHERE working_group_id IS NOT NULL;
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0005_need_working_group cannot be reverted: restore a backup instead');
}

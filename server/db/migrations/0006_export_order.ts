// Frozen: never edit a migration that has shipped; add a new one.
// Exports read contributions and needs in (created_at, id) order, a batch at a time from
// where the last one ended: with these indexes each batch is read in order, instead of
// sorting the whole table once per batch.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX contribution_created ON contribution (created_at, id);
    CREATE INDEX need_created ON need (created_at, id);
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0006_export_order cannot be reverted: restore a backup instead');
}

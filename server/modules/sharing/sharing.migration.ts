// For a shared module's migration: records its entity in the database and installs the
// clean-up trigger on its table (migration 0015's share_register_entity), so that deleting
// rows deletes their audience and recipients, however the rows are deleted.
import { type Kysely, sql } from 'kysely';

export async function installSharedEntity<DB>(db: Kysely<DB>, entity: string, table: string): Promise<void> {
  await sql`SELECT share_register_entity(${entity}, ${table}::regclass)`.execute(db);
}

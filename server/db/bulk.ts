// Bulk writes of already-checked rows, without a foreign-key trigger per row.
//
// PostgreSQL checks each foreign key of each inserted row with a trigger that looks the
// referenced row up and locks it FOR KEY SHARE. An import of a million contributions
// fires eight million of them against a few dozen distinct organisations, lines and
// places, and they cost more than half the import's time (docs/PERFORMANCE.md). Here the
// same guarantee is given once per distinct value: every referenced row is locked FOR KEY
// SHARE (so it cannot be deleted or re-keyed until we commit) and counted (so a missing
// one refuses the whole write); then the rows are written with the per-row triggers off
// (`session_replication_role = replica`, as pg_restore does) and they are switched back
// on at once. Where the database role may not change that setting, the triggers simply
// run: slower, equally correct.
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { AppError } from '../infra/errors.ts';

/** The distinct ids a bulk write references, by referenced table. */
export type References = Partial<Record<'organisation' | 'framework_node' | 'location' | 'app_user', Iterable<string>>>;

export async function withReferencesChecked<T>(trx: Kysely<Database>, references: References, write: () => Promise<T>): Promise<T> {
  for (const [table, values] of Object.entries(references)) {
    const ids = [...new Set(values)];
    if (!ids.length) continue;
    const { rows } = await sql<{ n: string }>`
      SELECT count(*) AS n FROM (SELECT 1 FROM ${sql.table(table)} WHERE id = ANY(${ids}::uuid[]) FOR KEY SHARE) locked`.execute(trx);
    if (Number(rows[0]!.n) !== ids.length) throw new AppError('conflict', `Some ${table.replace('_', ' ')} rows this write refers to were removed meanwhile; nothing was written`);
  }
  const { rows } = await sql<{ allowed: boolean }>`
    SELECT current_setting('is_superuser')::boolean OR has_parameter_privilege('session_replication_role', 'SET') AS allowed`.execute(trx);
  if (!rows[0]?.allowed) return await write();
  await sql`SET LOCAL session_replication_role = replica`.execute(trx);
  const result = await write();
  await sql`SET LOCAL session_replication_role = origin`.execute(trx);
  return result;
}

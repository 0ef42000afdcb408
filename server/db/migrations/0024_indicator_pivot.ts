// Frozen: never edit a migration that has shipped; add a new one.
// The pivot over indicator values (ADR 0020) reads the approved values of the indicators
// it is asked about, with every column it groups by: one index-only range per indicator.
// The pivot reads the live table (no batch tables), so this index is what keeps it fast.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX indicator_value_pivot ON indicator_value (indicator_id, period_start)
      INCLUDE (period_end, location_id, owner_org_id, category_option, value, updated_at, marking, id, created_by)
      WHERE status = 'approved';
    CREATE INDEX indicator_value_status ON indicator_value (indicator_id, status);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX indicator_value_pivot, indicator_value_status`.execute(db);
}

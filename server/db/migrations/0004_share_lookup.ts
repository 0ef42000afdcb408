// Frozen: never edit a migration that has shipped; add a new one.
// The sharing rule asks "which rows is this organisation, or a group it belongs to, in
// the audience of?" once per query (sharing.sql.ts); these indexes answer it without
// reading the whole audience table.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX share_audience_org ON share_audience (org_id, entity) WHERE org_id IS NOT NULL;
    CREATE INDEX share_audience_group ON share_audience (group_id, entity) WHERE group_id IS NOT NULL;
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0004_share_lookup cannot be reverted: restore a backup instead');
}

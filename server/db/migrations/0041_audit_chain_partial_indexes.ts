// Frozen: never edit a migration that has shipped; add a new one.
// The audit chain's unique columns (seq, prev_hash, hash) indexed only once an event is
// sealed (ADR 0042). An event is written without them and the sealer fills them in later, so
// each write put three NULL entries into three unique indexes that no read ever looks up:
// three of the seven index entries of every audited write. Unique as before on every sealed
// event; the unsealed ones are found by audit_event_unsealed, as before.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNIQUE INDEX audit_event_seq ON audit_event (seq) WHERE seq IS NOT NULL;
    CREATE UNIQUE INDEX audit_event_prev_hash ON audit_event (prev_hash) WHERE prev_hash IS NOT NULL;
    CREATE UNIQUE INDEX audit_event_hash ON audit_event (hash) WHERE hash IS NOT NULL;
    ALTER TABLE audit_event DROP CONSTRAINT audit_event_seq_key, DROP CONSTRAINT audit_event_prev_hash_key, DROP CONSTRAINT audit_event_hash_key;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_event ADD CONSTRAINT audit_event_seq_key UNIQUE (seq), ADD CONSTRAINT audit_event_prev_hash_key UNIQUE (prev_hash),
      ADD CONSTRAINT audit_event_hash_key UNIQUE (hash);
    DROP INDEX audit_event_seq, audit_event_prev_hash, audit_event_hash;
  `.execute(db);
}

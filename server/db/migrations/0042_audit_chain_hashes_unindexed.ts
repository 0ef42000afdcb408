// Frozen: never edit a migration that has shipped; add a new one.
// The audit chain's two hash columns no longer indexed (ADR 0043). Their unique indexes were
// never read: the chain is proven by `entente audit verify`, which walks it by seq and checks
// each event's link and hash, and a fork or a repeated hash fails that walk. Each sealed event
// put a random 64-character key into each of them — a third of what sealing costs the server.
// The seq stays unique (audit_event_seq), and the unsealed events are found as before.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX audit_event_prev_hash, audit_event_hash`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNIQUE INDEX audit_event_prev_hash ON audit_event (prev_hash) WHERE prev_hash IS NOT NULL;
    CREATE UNIQUE INDEX audit_event_hash ON audit_event (hash) WHERE hash IS NOT NULL;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// The home page (issue 9 item 1) shows what changed since a user's last visit: one row per
// user with the time their home was last read and the start of the visit before it, which
// is the "since" of what changed. Owned by the home module; nothing else reads it.
// What changed is read from the audit log by time (newest first, since a moment): an index
// on occurred_at lets that read stop early instead of scanning the log. An index changes no
// event and nothing the hash chain covers.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE home_visit (
      user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
      last_seen_at timestamptz NOT NULL,
      previous_seen_at timestamptz,
      CHECK (previous_seen_at IS NULL OR previous_seen_at <= last_seen_at)
    );
    CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX audit_event_occurred_at; DROP TABLE home_visit`.execute(db);
}

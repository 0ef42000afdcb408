// Frozen: never edit a migration that has shipped; add a new one.
// Idempotency keys (ADR 0016): the first answer to a POST sent with an `Idempotency-Key`,
// stored in the same transaction as the change it made, so that a retry gets that answer
// back instead of making the change again. Keys belong to the user who sent them; they are
// kept 24 hours (idempotency.service.ts purges older ones).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE idempotency_key (
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      key text NOT NULL CHECK (key ~ '^[ -~]{1,255}$'), -- 1 to 255 printable ASCII characters
      request_hash text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
      status integer NOT NULL CHECK (status BETWEEN 200 AND 299),
      body text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, key)
    )
  `.execute(db);
  await sql`CREATE INDEX idempotency_key_created ON idempotency_key (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE idempotency_key`.execute(db);
}

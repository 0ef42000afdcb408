// Frozen: never edit a migration that has shipped; add a new one.
// Long work (imports) runs as a job whose progress the web app shows.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE job (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL,
      status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
      params jsonb NOT NULL DEFAULT '{}',
      progress_done bigint NOT NULL DEFAULT 0,
      progress_total bigint,
      rows_read bigint NOT NULL DEFAULT 0,
      result jsonb,
      error text,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX job_created_by ON job (created_by, created_at DESC);
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0003_jobs cannot be reverted: restore a backup instead');
}

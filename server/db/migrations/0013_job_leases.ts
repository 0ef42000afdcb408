// Frozen: never edit a migration that has shipped; add a new one.
// Jobs are claimed with a lease by any app process on the database (ADR 0007): a process
// that dies loses its lease, and only then does another process take the job over. The
// attempt number is the fencing token: only the attempt that holds the job may finish it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE job
      ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      ADD COLUMN max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
      ADD COLUMN run_after timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN lease_owner text,
      ADD COLUMN lease_until timestamptz,
      ADD COLUMN last_error text,
      ADD COLUMN finished_at timestamptz,
      ADD COLUMN file_name text,
      ADD COLUMN file_type text,
      ADD COLUMN file_size bigint
  `.execute(db);
  // Jobs that a process on the old code was running get an expired lease, so the first
  // process on this code takes them over (their work was one transaction: nothing is left).
  await sql`UPDATE job SET lease_until = now(), attempts = 1 WHERE status = 'running'`.execute(db);
  await sql`UPDATE job SET finished_at = updated_at WHERE status IN ('succeeded', 'failed')`.execute(db);
  await sql`
    ALTER TABLE job
      ADD CONSTRAINT job_running_has_lease CHECK (status <> 'running' OR lease_until IS NOT NULL),
      ADD CONSTRAINT job_file_complete CHECK (
        (file_name IS NULL AND file_type IS NULL AND file_size IS NULL)
        OR (file_name IS NOT NULL AND file_type IS NOT NULL AND file_size IS NOT NULL AND status = 'succeeded'))
  `.execute(db);
  await sql`CREATE INDEX job_ready ON job (run_after) WHERE status = 'queued'`.execute(db);
  await sql`CREATE INDEX job_leased ON job (lease_until) WHERE status = 'running'`.execute(db);
  await sql`CREATE INDEX job_finished ON job (finished_at) WHERE finished_at IS NOT NULL`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0013_job_leases cannot be reverted: restore a backup instead');
}

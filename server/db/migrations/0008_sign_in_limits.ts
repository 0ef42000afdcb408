// Frozen: never edit a migration that has shipped; add a new one.
// Sign-in limits per client address as well as per account (a failure row now names the
// address it came from), an index to purge failures past the window, and the moment an
// admin last set a user's password, shown to that user once at their next sign-in.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE sign_in_failure ADD COLUMN client_address text;
    CREATE INDEX sign_in_failure_address ON sign_in_failure (client_address, failed_at) WHERE client_address IS NOT NULL;
    CREATE INDEX sign_in_failure_age ON sign_in_failure (failed_at);
    ALTER TABLE app_user ADD COLUMN password_reset_by_admin_at timestamptz;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE app_user DROP COLUMN password_reset_by_admin_at;
    DROP INDEX sign_in_failure_age;
    DROP INDEX sign_in_failure_address;
    ALTER TABLE sign_in_failure DROP COLUMN client_address;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// Names in the user's language (issue 9 item 8, ADR 0036): framework elements (lines of
// effort, objectives, sub-objectives), working groups and groups of organisations get a French
// and an Arabic name beside their name, as places have had since 0001 (location.name_fr,
// name_ar). Null when there is no translation: the web app then shows the name.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE framework_node ADD COLUMN name_fr text, ADD COLUMN name_ar text;
    ALTER TABLE working_group ADD COLUMN name_fr text, ADD COLUMN name_ar text;
    ALTER TABLE org_group ADD COLUMN name_fr text, ADD COLUMN name_ar text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE org_group DROP COLUMN name_fr, DROP COLUMN name_ar;
    ALTER TABLE working_group DROP COLUMN name_fr, DROP COLUMN name_ar;
    ALTER TABLE framework_node DROP COLUMN name_fr, DROP COLUMN name_ar;
  `.execute(db);
}

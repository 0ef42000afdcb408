// Frozen: never edit a migration that has shipped; add a new one.
// The gazetteer (issue 9 item 7): imports name places by their OCHA P-codes (IQG15) and by the
// spellings a Common Operational Dataset or a partner uses ("Ninewa" for the ISO "Ninawa"), and
// organisations by their names in French and Arabic and the other names they go by.
// - location.pcode: the P-code of a place, unique (upper case), beside its own code (the ISO
//   code of a shipped place, or the P-code of a place a gazetteer added).
// - location_alias: other spellings of a place, with their language when known; owned by
//   locations, which writes them when a gazetteer is loaded.
// - organisation_alias: the other names of an organisation (its name in French or Arabic, an
//   acronym, a former name); owned by members.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE location ADD COLUMN pcode text UNIQUE CHECK (pcode ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$');

    CREATE TABLE location_alias (
      location_id uuid NOT NULL REFERENCES location(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      lang text CHECK (lang IN ('en', 'fr', 'ar')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (location_id, name)
    );

    CREATE TABLE organisation_alias (
      org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      lang text CHECK (lang IN ('en', 'fr', 'ar')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, name)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE organisation_alias;
    DROP TABLE location_alias;
    ALTER TABLE location DROP COLUMN pcode;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// The shared entities, known to the database (ADR 0012). `share_audience` and
// `share_recipient` are keyed by (entity, row_id) for every shared table at once, so no
// ordinary foreign key can tie a row of them to the row it shares. Instead:
// - `shared_entity` lists the entities and their tables; both sharing tables reference it,
//   so nothing can be shared under a name no module registered;
// - `share_register_entity(entity, table)` records an entity and installs, on its table, a
//   statement-level AFTER DELETE trigger that deletes the audience and recipients of the
//   deleted rows (one statement per delete, whatever the number of rows). A module's own
//   migration calls it for its table; clean-up no longer depends on a service remembering.
import { type Kysely, sql } from 'kysely';

const BUILT_IN = [
  ['document', 'document'],
  ['contribution', 'contribution'],
  ['need', 'need'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE shared_entity (
      entity text PRIMARY KEY CHECK (entity ~ '^[a-z][a-z0-9_]*$'),
      table_name text NOT NULL UNIQUE
    );

    CREATE FUNCTION share_forget_deleted_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM share_audience WHERE entity = TG_ARGV[0] AND row_id IN (SELECT id FROM share_deleted_rows);
      DELETE FROM share_recipient WHERE entity = TG_ARGV[0] AND row_id IN (SELECT id FROM share_deleted_rows);
      RETURN NULL;
    END $$;

    CREATE FUNCTION share_register_entity(entity_name text, tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO shared_entity (entity, table_name) VALUES (entity_name, tbl::text)
        ON CONFLICT (entity) DO UPDATE SET table_name = EXCLUDED.table_name;
      EXECUTE format('DROP TRIGGER IF EXISTS share_forget_deleted ON %s', tbl);
      EXECUTE format('CREATE TRIGGER share_forget_deleted AFTER DELETE ON %s REFERENCING OLD TABLE AS share_deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION share_forget_deleted_rows(%L)', tbl, entity_name);
    END $$;
  `.execute(db);

  for (const [entity, table] of BUILT_IN) {
    // Orphans left by deletes that forgot their clean-up before this migration.
    await sql`DELETE FROM share_audience sa WHERE sa.entity = ${entity} AND NOT EXISTS (SELECT 1 FROM ${sql.table(table)} t WHERE t.id = sa.row_id)`.execute(db);
    await sql`DELETE FROM share_recipient sr WHERE sr.entity = ${entity} AND NOT EXISTS (SELECT 1 FROM ${sql.table(table)} t WHERE t.id = sr.row_id)`.execute(db);
    await sql`SELECT share_register_entity(${entity}, ${table}::regclass)`.execute(db);
  }
  // Rows under a name that is no entity at all cannot be read by anyone: drop them, then refuse them.
  await sql`
    DELETE FROM share_audience WHERE entity NOT IN (SELECT entity FROM shared_entity);
    DELETE FROM share_recipient WHERE entity NOT IN (SELECT entity FROM shared_entity);
    ALTER TABLE share_audience ADD CONSTRAINT share_audience_entity_fkey FOREIGN KEY (entity) REFERENCES shared_entity (entity);
    ALTER TABLE share_recipient ADD CONSTRAINT share_recipient_entity_fkey FOREIGN KEY (entity) REFERENCES shared_entity (entity);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // CASCADE: the function's triggers go with it, on every table that registered one.
  await sql`
    ALTER TABLE share_audience DROP CONSTRAINT share_audience_entity_fkey;
    ALTER TABLE share_recipient DROP CONSTRAINT share_recipient_entity_fkey;
    DROP FUNCTION share_register_entity(text, regclass);
    DROP FUNCTION share_forget_deleted_rows() CASCADE;
    DROP TABLE shared_entity;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// The app runs as a role that owns nothing and may not update or delete audit events
// (server/db/roles.ts grants it what it needs after every migration run). The sealer,
// which used to UPDATE the chain columns itself, now calls this function: it runs as the
// owner (SECURITY DEFINER) and can only fill in the chain columns of events that have none,
// so the app role needs no UPDATE on audit_event at all. Even with the append-only trigger
// off (session_replication_role = replica, which the import's fast path may set), it
// cannot touch a sealed event or any event's content.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
  const schema = rows[0]!.schema;
  await sql`
    CREATE FUNCTION audit_seal_events(ids bigint[], seqs bigint[], prev_hashes text[], hashes text[])
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${sql.id(schema)}, pg_temp
    AS $$
    DECLARE sealed integer;
    BEGIN
      UPDATE audit_event e SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        FROM unnest(ids, seqs, prev_hashes, hashes) AS v(id, seq, prev_hash, hash)
       WHERE e.id = v.id AND e.seq IS NULL;
      GET DIAGNOSTICS sealed = ROW_COUNT;
      IF sealed <> cardinality(ids) THEN
        RAISE EXCEPTION 'audit_seal_events: % of % events were not waiting to be sealed', cardinality(ids) - sealed, cardinality(ids)
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN sealed;
    END $$;
    REVOKE ALL ON FUNCTION audit_seal_events(bigint[], bigint[], text[], text[]) FROM PUBLIC;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION audit_seal_events(bigint[], bigint[], text[], text[])`.execute(db);
}

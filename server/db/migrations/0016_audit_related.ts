// Frozen: never edit a migration that has shipped; add a new one.
// An audit event may be about more than one shared row: linking a contribution to a need
// names the need in its content. `related` lists those other rows ([{entity, id}, …]), so
// the read rule (audit.queries.ts: auditContentReadableBy) shows an event's content only
// to a reader who may read its row AND every related row. The append-only trigger is
// replaced so that the sealer's fill-in may not change `related` either.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_event ADD COLUMN related jsonb
      CHECK (related IS NULL OR jsonb_typeof(related) = 'array');

    CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
         AND (OLD.id, OLD.occurred_at, OLD.actor_user_id, OLD.actor_org_id, OLD.action, OLD.entity,
              OLD.entity_id, OLD.before, OLD.after, OLD.request_id, OLD.related)
             IS NOT DISTINCT FROM
             (NEW.id, NEW.occurred_at, NEW.actor_user_id, NEW.actor_org_id, NEW.action, NEW.entity,
              NEW.entity_id, NEW.before, NEW.after, NEW.request_id, NEW.related) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
         AND (OLD.id, OLD.occurred_at, OLD.actor_user_id, OLD.actor_org_id, OLD.action, OLD.entity,
              OLD.entity_id, OLD.before, OLD.after, OLD.request_id)
             IS NOT DISTINCT FROM
             (NEW.id, NEW.occurred_at, NEW.actor_user_id, NEW.actor_org_id, NEW.action, NEW.entity,
              NEW.entity_id, NEW.before, NEW.after, NEW.request_id) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    ALTER TABLE audit_event DROP COLUMN related;
  `.execute(db);
}

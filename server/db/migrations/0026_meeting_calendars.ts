// Frozen: never edit a migration that has shipped; add a new one.
// Meetings, continued (issue 10, ADR 0021 and 0022):
// - `calendar_token`: a user's personal calendar feed is reached by an unguessable token in
//   its address; only the token's SHA-256 is kept, and a revoked token answers like an
//   unknown one;
// - a decision is frozen once its meeting's minutes are approved: the database refuses to
//   change, delete or add one then, whoever asks.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      -- SHA-256 of the token, in hex (as sessions keep theirs).
      token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      label text NOT NULL DEFAULT '' CHECK (length(label) <= 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      CONSTRAINT calendar_token_hash_unique UNIQUE (token_hash)
    );
    CREATE INDEX calendar_token_user ON calendar_token (user_id);

    CREATE FUNCTION decision_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      approved boolean;
    BEGIN
      SELECT m.state = 'minutes_approved' INTO approved FROM meeting m
        WHERE m.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END);
      IF approved THEN
        RAISE EXCEPTION 'the decisions of a meeting whose minutes are approved are frozen'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'decision_frozen';
      END IF;
      IF TG_OP = 'UPDATE' AND OLD.meeting_id <> NEW.meeting_id THEN
        SELECT m.state = 'minutes_approved' INTO approved FROM meeting m WHERE m.id = OLD.meeting_id;
        IF approved THEN
          RAISE EXCEPTION 'the decisions of a meeting whose minutes are approved are frozen'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'decision_frozen';
        END IF;
      END IF;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$;
    CREATE TRIGGER decision_frozen BEFORE INSERT OR UPDATE OR DELETE ON decision
      FOR EACH ROW EXECUTE FUNCTION decision_frozen();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER decision_frozen ON decision;
    DROP FUNCTION decision_frozen();
    DROP TABLE calendar_token;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
      short_name text,
      kind text NOT NULL CHECK (kind IN ('state', 'organisation', 'secretariat', 'partner')),
      iso3 char(3) UNIQUE CHECK (iso3 ~ '^[A-Z]{3}$'),
      membership_status text NOT NULL CHECK (membership_status IN ('member', 'observer', 'left', 'none')),
      joined_on date,
      left_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE org_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('all_members', 'small_group', 'working_group', 'custom')),
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE org_group_member (
      group_id uuid NOT NULL REFERENCES org_group(id) ON DELETE CASCADE,
      org_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      PRIMARY KEY (group_id, org_id)
    );
    CREATE INDEX org_group_member_org ON org_group_member (org_id);

    CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      display_name text NOT NULL,
      org_id uuid NOT NULL REFERENCES organisation(id),
      role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'focal_point', 'viewer')),
      password_hash text NOT NULL,
      locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'ar')),
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));
    CREATE INDEX app_user_org ON app_user (org_id);

    -- The cookie carries a random token; only its SHA-256 is stored, so a database
    -- read does not hand out live sessions.
    CREATE TABLE session (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX session_by_user ON session (user_id);

    CREATE TABLE sign_in_failure (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      failed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sign_in_failure_email ON sign_in_failure (lower(email), failed_at);

    CREATE TABLE framework_node (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES framework_node(id),
      kind text NOT NULL CHECK (kind IN ('line', 'objective', 'sub_objective')),
      code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9_.-]{1,64}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      description text NOT NULL DEFAULT '',
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'line') = (parent_id IS NULL))
    );
    CREATE INDEX framework_node_parent ON framework_node (parent_id);

    CREATE TABLE working_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 300),
      line_id uuid NOT NULL REFERENCES framework_node(id),
      membership_group_id uuid NOT NULL UNIQUE REFERENCES org_group(id),
      formed_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE working_group_co_lead (
      working_group_id uuid NOT NULL REFERENCES working_group(id) ON DELETE CASCADE,
      org_id uuid NOT NULL REFERENCES organisation(id),
      PRIMARY KEY (working_group_id, org_id)
    );

    CREATE TABLE location (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES location(id),
      level text NOT NULL CHECK (level IN ('country', 'adm1', 'adm2', 'adm3', 'community')),
      code text NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 64),
      name text NOT NULL,
      name_fr text,
      name_ar text,
      latitude double precision CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CHECK (longitude BETWEEN -180 AND 180),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((level = 'country') = (parent_id IS NULL))
    );
    CREATE INDEX location_parent ON location (parent_id);

    -- Sharing: who may read a row beyond its marking. One pair of tables for every
    -- shared entity, keyed by (entity, row_id), so the rule lives in one place.
    CREATE TABLE share_audience (
      entity text NOT NULL,
      row_id uuid NOT NULL,
      group_id uuid REFERENCES org_group(id) ON DELETE CASCADE,
      org_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
      CHECK ((group_id IS NULL) <> (org_id IS NULL))
    );
    CREATE UNIQUE INDEX share_audience_unique ON share_audience (entity, row_id, coalesce(group_id, org_id));
    CREATE INDEX share_audience_row ON share_audience (entity, row_id);

    CREATE TABLE share_recipient (
      entity text NOT NULL,
      row_id uuid NOT NULL,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      PRIMARY KEY (entity, row_id, user_id)
    );

    CREATE TABLE document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      kind text NOT NULL CHECK (kind IN ('statement', 'communique', 'minutes', 'report', 'other')),
      document_date date NOT NULL,
      body text NOT NULL DEFAULT '',
      file_name text,
      file_type text,
      file_size bigint,
      file_sha256 text,
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(body, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(body, '')), 'C')
      ) STORED
    );
    CREATE INDEX document_search ON document USING gin (search);
    CREATE INDEX document_owner ON document (owner_org_id);
    CREATE INDEX document_date_id ON document (document_date DESC, id DESC);

    -- Audit: an append-only, hash-chained log. A write inserts its event (id, content)
    -- in its own transaction, with no lock; the sealer then gives committed events their
    -- place in the chain (seq, prev_hash, hash) in batches, one sealer at a time, holding
    -- the chain head. So writes never queue behind the chain, and the chain never forks.
    CREATE TABLE audit_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      occurred_at timestamptz NOT NULL,
      actor_user_id uuid,
      actor_org_id uuid,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text,
      before jsonb,
      after jsonb,
      request_id text,
      seq bigint UNIQUE,
      prev_hash text UNIQUE,
      hash text UNIQUE,
      CHECK ((seq IS NULL) = (hash IS NULL) AND (hash IS NULL) = (prev_hash IS NULL))
    );
    CREATE INDEX audit_event_entity ON audit_event (entity, entity_id);
    CREATE INDEX audit_event_unsealed ON audit_event (id) WHERE seq IS NULL;

    CREATE TABLE audit_chain_head (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      seq bigint NOT NULL,
      hash text NOT NULL
    );
    INSERT INTO audit_chain_head (seq, hash) VALUES (0, repeat('0', 64));

    -- Events are never deleted, and changed only once: by the sealer, which fills in
    -- the chain columns of an unsealed event and touches nothing else.
    CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
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
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
    CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0001_foundation cannot be reverted: restore a backup instead');
}

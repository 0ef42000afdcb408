// Frozen: never edit a migration that has shipped; add a new one.
// Who does what where: contributions, needs, the links between them, status history.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE contribution (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      framework_node_id uuid NOT NULL REFERENCES framework_node(id),
      -- The line of effort above framework_node_id, kept so the coverage matrix groups
      -- by a column instead of walking the tree for every row.
      line_id uuid NOT NULL REFERENCES framework_node(id),
      type text NOT NULL CHECK (type IN ('funding', 'personnel', 'training', 'equipment', 'in_kind', 'humanitarian_aid', 'diplomatic', 'other')),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
      quantity numeric(20, 4) CHECK (quantity >= 0),
      unit text CHECK (length(unit) BETWEEN 1 AND 50),
      amount_minor bigint CHECK (amount_minor >= 0),
      currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
      start_date date,
      end_date date,
      status text NOT NULL CHECK (status IN ('pledged', 'committed', 'delivered', 'cancelled')),
      external_id text CHECK (length(external_id) BETWEEN 1 AND 200),
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT contribution_money_has_currency CHECK ((amount_minor IS NULL) = (currency IS NULL)),
      CONSTRAINT contribution_quantity_has_unit CHECK (quantity IS NULL OR unit IS NOT NULL),
      CONSTRAINT contribution_dates_in_order CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
      CONSTRAINT contribution_external_id_unique UNIQUE (owner_org_id, external_id)
    );
    CREATE INDEX contribution_owner_line ON contribution (owner_org_id, line_id);
    CREATE INDEX contribution_line ON contribution (line_id);

    CREATE TABLE contribution_location (
      contribution_id uuid NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
      location_id uuid NOT NULL REFERENCES location(id),
      PRIMARY KEY (contribution_id, location_id)
    );
    CREATE INDEX contribution_location_location ON contribution_location (location_id);

    CREATE TABLE contribution_status_change (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      contribution_id uuid NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
      from_status text,
      to_status text NOT NULL,
      changed_by uuid REFERENCES app_user(id),
      changed_at timestamptz NOT NULL DEFAULT now(),
      note text NOT NULL DEFAULT ''
    );
    CREATE INDEX contribution_status_change_contribution ON contribution_status_change (contribution_id, id);

    CREATE TABLE need (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      framework_node_id uuid NOT NULL REFERENCES framework_node(id),
      line_id uuid NOT NULL REFERENCES framework_node(id),
      location_id uuid REFERENCES location(id),
      type text NOT NULL CHECK (type IN ('funding', 'personnel', 'training', 'equipment', 'in_kind', 'humanitarian_aid', 'diplomatic', 'other')),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
      quantity numeric(20, 4) CHECK (quantity > 0),
      unit text CHECK (length(unit) BETWEEN 1 AND 50),
      amount_minor bigint CHECK (amount_minor > 0),
      currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
      period_start date,
      period_end date,
      priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high', 'critical')),
      external_id text CHECK (length(external_id) BETWEEN 1 AND 200),
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT need_money_has_currency CHECK ((amount_minor IS NULL) = (currency IS NULL)),
      CONSTRAINT need_quantity_has_unit CHECK (quantity IS NULL OR unit IS NOT NULL),
      CONSTRAINT need_has_size CHECK (quantity IS NOT NULL OR amount_minor IS NOT NULL),
      CONSTRAINT need_period_in_order CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
      CONSTRAINT need_external_id_unique UNIQUE (owner_org_id, external_id)
    );
    CREATE INDEX need_line ON need (line_id);

    -- A contribution meets part of a need: the part is counted in the need's units.
    CREATE TABLE contribution_need (
      contribution_id uuid NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
      need_id uuid NOT NULL REFERENCES need(id) ON DELETE CASCADE,
      quantity numeric(20, 4) CHECK (quantity > 0),
      amount_minor bigint CHECK (amount_minor > 0),
      PRIMARY KEY (contribution_id, need_id),
      CONSTRAINT contribution_need_has_size CHECK (quantity IS NOT NULL OR amount_minor IS NOT NULL)
    );
    CREATE INDEX contribution_need_need ON contribution_need (need_id);
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0002_contributions cannot be reverted: restore a backup instead');
}

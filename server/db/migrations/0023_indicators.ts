// Frozen: never edit a migration that has shipped; add a new one.
// Indicators, their targets, reported values and closed periods (issue 11, ADR 0020):
// - `indicator`: a shared row (entity 'indicator') attached to a line of effort or an
//   objective, with its unit, how its values add up across places and organisations
//   (sum, mean, max, latest) and across periods (sum, latest, cumulative), its period type,
//   baseline and the category options its values may be broken down by;
// - `indicator_target`: dated targets;
// - `indicator_value`: a shared row too (entity 'indicator_value', owned by the reporting
//   organisation): indicator × ISO period × place × reporting organisation × category option
//   → a number, with its comment, source and workflow status;
// - `indicator_period_closure`: periods closed for entry, for one indicator or (indicator_id
//   NULL) coalition-wide; a closed year closes its quarters and months.
import { type Kysely, sql } from 'kysely';
import { installSharedEntity } from '../../modules/sharing/sharing.migration.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE indicator (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      framework_node_id uuid NOT NULL REFERENCES framework_node(id),
      line_id uuid NOT NULL REFERENCES framework_node(id),
      code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' AND length(code) <= 64),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      definition text NOT NULL DEFAULT '' CHECK (length(definition) <= 5000),
      unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 50),
      space_aggregation text NOT NULL CHECK (space_aggregation IN ('sum', 'mean', 'max', 'latest')),
      time_aggregation text NOT NULL CHECK (time_aggregation IN ('sum', 'latest', 'cumulative')),
      period_type text NOT NULL CHECK (period_type IN ('month', 'quarter', 'year')),
      baseline_value numeric(24, 6),
      baseline_date date,
      category_options text[] NOT NULL DEFAULT '{}' CHECK (cardinality(category_options) <= 100),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT indicator_code_unique UNIQUE (code),
      CONSTRAINT indicator_baseline_whole CHECK ((baseline_value IS NULL) = (baseline_date IS NULL))
    );
    CREATE INDEX indicator_line ON indicator (line_id);

    CREATE TABLE indicator_target (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
      target_date date NOT NULL,
      value numeric(24, 6) NOT NULL,
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
      CONSTRAINT indicator_target_once UNIQUE (indicator_id, target_date)
    );

    CREATE TABLE indicator_value (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_id uuid NOT NULL REFERENCES indicator(id),
      -- ISO: 2015, 2015Q1, 2015-01; its first and last day, for roll-ups and closures.
      period text NOT NULL CHECK (period ~ '^[0-9]{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$'),
      period_start date NOT NULL,
      period_end date NOT NULL,
      location_id uuid REFERENCES location(id),
      -- The reporting organisation (the row's owner, for the sharing rule).
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      category_option text CHECK (length(category_option) BETWEEN 1 AND 100),
      value numeric(24, 6) NOT NULL,
      comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
      source_document_id uuid REFERENCES document(id) ON DELETE SET NULL,
      source_url text CHECK (source_url ~ '^https?://' AND length(source_url) <= 2000),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
      status_reason text CHECK (length(status_reason) <= 2000),
      status_changed_by uuid REFERENCES app_user(id),
      status_changed_at timestamptz,
      external_id text CHECK (length(external_id) BETWEEN 1 AND 200),
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT indicator_value_cell UNIQUE NULLS NOT DISTINCT (indicator_id, period, location_id, owner_org_id, category_option),
      CONSTRAINT indicator_value_external_id_unique UNIQUE (owner_org_id, external_id),
      CONSTRAINT indicator_value_returned_with_reason CHECK (status <> 'returned' OR status_reason IS NOT NULL),
      CONSTRAINT indicator_value_period_in_order CHECK (period_end >= period_start)
    );
    CREATE INDEX indicator_value_location ON indicator_value (location_id);

    CREATE TABLE indicator_period_closure (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- NULL: closed for every indicator (coalition-wide).
      indicator_id uuid REFERENCES indicator(id) ON DELETE CASCADE,
      period text NOT NULL CHECK (period ~ '^[0-9]{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$'),
      period_start date NOT NULL,
      period_end date NOT NULL,
      closed_by uuid NOT NULL REFERENCES app_user(id),
      closed_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT indicator_period_closure_once UNIQUE NULLS NOT DISTINCT (indicator_id, period)
    );
  `.execute(db);
  await installSharedEntity(db, 'indicator', 'indicator');
  await installSharedEntity(db, 'indicator_value', 'indicator_value');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM share_audience WHERE entity IN ('indicator', 'indicator_value');
    DELETE FROM share_recipient WHERE entity IN ('indicator', 'indicator_value');
    DELETE FROM shared_entity WHERE entity IN ('indicator', 'indicator_value');
    DROP TABLE indicator_period_closure, indicator_value, indicator_target, indicator;
  `.execute(db);
}

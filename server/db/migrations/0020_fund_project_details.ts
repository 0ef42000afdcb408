// Frozen: never edit a migration that has shipped; add a new one.
// A fund's projects as IATI and FTS publish them (issue 12, ADR 0017):
// - `fund_iati`: how the fund is published — its reporting organisation's IATI identifier
//   and type, the identifier of the fund's own (parent) activity, the recipient country;
// - `fund_project_detail`: one row per project (its id is the project's), a shared row in its
//   own right (entity 'fund_project': owner, marking, created_by), so that a RED project is
//   kept out of every export while the fund is not; DAC 5-digit sector (checked against the
//   IATI Sector codelist by the API), place (any level, a community included), IATI activity
//   status 1–6, planned and actual dates, the project's iati-identifier;
// - `fund_project_report`: a partner's dated progress report with the people reached to date
//   (women, men, girls, boys: cumulative, so the project's figure is its latest report's).
import { type Kysely, sql } from 'kysely';
import { installSharedEntity } from '../../modules/sharing/sharing.migration.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE fund_iati (
      fund_id uuid PRIMARY KEY REFERENCES fund(id),
      -- An IATI organisation identifier: registration agency prefix, a dash, the number (XM-DAC-41114).
      reporting_org_ref text NOT NULL CHECK (reporting_org_ref ~ '^[A-Za-z0-9]+-[A-Za-z0-9._-]+$' AND length(reporting_org_ref) <= 100),
      -- IATI OrganisationType (two digits: 40 multilateral, 21 international NGO…).
      reporting_org_type text NOT NULL CHECK (reporting_org_type ~ '^[0-9]{2}$'),
      activity_identifier text NOT NULL UNIQUE CHECK (activity_identifier ~ '^[A-Za-z0-9._:-]+$' AND length(activity_identifier) <= 200),
      recipient_country char(2) NOT NULL CHECK (recipient_country ~ '^[A-Z]{2}$'),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT fund_iati_identifier_prefixed CHECK (starts_with(activity_identifier, reporting_org_ref || '-'))
    );

    CREATE TABLE fund_project_detail (
      id uuid PRIMARY KEY REFERENCES fund_project(id),
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      iati_identifier text NOT NULL UNIQUE CHECK (iati_identifier ~ '^[A-Za-z0-9._:-]+$' AND length(iati_identifier) <= 200),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
      -- OECD DAC 5-digit purpose code (IATI Sector codelist, vocabulary 1).
      sector char(5) NOT NULL CHECK (sector ~ '^[0-9]{5}$'),
      location_id uuid REFERENCES location(id),
      -- IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.
      status smallint NOT NULL DEFAULT 1 CHECK (status BETWEEN 1 AND 6),
      planned_start date NOT NULL,
      planned_end date NOT NULL,
      actual_start date,
      actual_end date,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT fund_project_detail_planned_in_order CHECK (planned_end >= planned_start),
      CONSTRAINT fund_project_detail_actual_in_order CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start))
    );
    CREATE INDEX fund_project_detail_location ON fund_project_detail (location_id);

    CREATE TABLE fund_project_report (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES fund_project(id),
      reported_on date NOT NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      -- People reached to date (cumulative), by sex and age.
      women integer NOT NULL CHECK (women >= 0),
      men integer NOT NULL CHECK (men >= 0),
      girls integer NOT NULL CHECK (girls >= 0),
      boys integer NOT NULL CHECK (boys >= 0),
      org_id uuid NOT NULL REFERENCES organisation(id),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX fund_project_report_project ON fund_project_report (project_id, reported_on);
  `.execute(db);
  await installSharedEntity(db, 'fund_project', 'fund_project_detail');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM share_audience WHERE entity = 'fund_project';
    DELETE FROM share_recipient WHERE entity = 'fund_project';
    DELETE FROM shared_entity WHERE entity = 'fund_project';
    DROP TABLE fund_project_report, fund_project_detail, fund_iati;
  `.execute(db);
}

// Frozen: never edit a migration that has shipped; add a new one.
// Meetings (issue 10, ADR 0021): series (the small group, the plenary, each working group) with
// an optional recurrence rule; meetings, shared rows of the entity 'meeting' (RED: the people
// present, meetings.sharing.ts), each with its wall-clock start and end in a named zone and the
// UTC instants they are, its hosts, participants, agenda tree, decisions numbered per series
// and year (a counter row per series and year, taken under its row lock), action items with
// their owners, dated updates and the meetings that reviewed them.
import { type Kysely, sql } from 'kysely';
import { installSharedEntity } from '../../modules/sharing/sharing.migration.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE meeting_series (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      -- The prefix of its decisions' numbers (SG-2015-003).
      code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9]{0,9}$'),
      -- An RFC 5545 recurrence rule (FREQ=MONTHLY;BYDAY=2TH), checked by the API.
      rrule text CHECK (rrule IS NULL OR length(rrule) <= 500),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT meeting_series_code_unique UNIQUE (code)
    );

    CREATE TABLE meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      series_id uuid NOT NULL REFERENCES meeting_series(id),
      owner_org_id uuid NOT NULL REFERENCES organisation(id),
      marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      kind text NOT NULL CHECK (kind IN ('plenary', 'small_group', 'working_group', 'ministerial', 'expert')),
      state text NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'scheduled', 'in_progress', 'held', 'minutes_circulated', 'minutes_approved', 'cancelled')),
      -- The wall-clock times as agreed, in the meeting's IANA zone, and the instants they are
      -- (computed by PostgreSQL from its zone data when written).
      time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
      starts_local timestamp NOT NULL,
      ends_local timestamp NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      venue text CHECK (venue IS NULL OR length(venue) BETWEEN 1 AND 500),
      online_url text CHECK (online_url IS NULL OR (online_url ~ '^https://' AND length(online_url) <= 2000)),
      -- iCalendar SEQUENCE: raised on every change of time, place or state.
      sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
      cancelled_reason text CHECK (cancelled_reason IS NULL OR length(cancelled_reason) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at)
    );
    CREATE INDEX meeting_series_start ON meeting (series_id, starts_at);
    CREATE INDEX meeting_starts_at ON meeting (starts_at);

    CREATE TABLE meeting_host (
      meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
      org_id uuid NOT NULL REFERENCES organisation(id),
      PRIMARY KEY (meeting_id, org_id)
    );

    CREATE TABLE meeting_participant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
      org_id uuid NOT NULL REFERENCES organisation(id),
      -- A person with an account (the RED audience is made of them), or only an organisation's seat.
      user_id uuid REFERENCES app_user(id),
      role text NOT NULL DEFAULT 'principal' CHECK (role IN ('principal', 'alternate', 'observer', 'secretariat')),
      status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'accepted', 'declined', 'attended', 'excused', 'proxy')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX meeting_participant_person ON meeting_participant (meeting_id, user_id) WHERE user_id IS NOT NULL;
    CREATE UNIQUE INDEX meeting_participant_seat ON meeting_participant (meeting_id, org_id) WHERE user_id IS NULL;
    -- The RED audience's lookup: the meetings a user is on.
    CREATE INDEX meeting_participant_user ON meeting_participant (user_id, meeting_id);
    CREATE INDEX meeting_participant_org ON meeting_participant (org_id);

    CREATE TABLE agenda_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
      parent_id uuid REFERENCES agenda_item(id) ON DELETE CASCADE,
      position integer NOT NULL CHECK (position >= 0),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
      framework_node_id uuid REFERENCES framework_node(id),
      document_id uuid REFERENCES document(id) ON DELETE SET NULL,
      need_id uuid REFERENCES need(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, parent_id, position);

    -- The last number given to a decision of a series in a year: the row a new decision locks.
    CREATE TABLE decision_counter (
      series_id uuid NOT NULL REFERENCES meeting_series(id),
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 9999),
      last_number integer NOT NULL CHECK (last_number >= 1),
      PRIMARY KEY (series_id, year)
    );

    CREATE TABLE decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meeting(id),
      series_id uuid NOT NULL REFERENCES meeting_series(id),
      year integer NOT NULL,
      number integer NOT NULL CHECK (number >= 1),
      -- SG-2015-003: the series' code, the year of the meeting in its zone, the number.
      reference text NOT NULL,
      agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
      result text NOT NULL CHECK (result IN ('consensus', 'vote')),
      votes_for integer CHECK (votes_for >= 0),
      votes_against integer CHECK (votes_against >= 0),
      abstentions integer CHECK (abstentions >= 0),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT decision_number_unique UNIQUE (series_id, year, number),
      CONSTRAINT decision_votes_counted CHECK ((result = 'vote') = (votes_for IS NOT NULL AND votes_against IS NOT NULL AND abstentions IS NOT NULL))
    );
    CREATE INDEX decision_meeting ON decision (meeting_id);

    CREATE TABLE action_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The meeting that created it; its visibility is that meeting's.
      meeting_id uuid NOT NULL REFERENCES meeting(id),
      series_id uuid NOT NULL REFERENCES meeting_series(id),
      decision_id uuid REFERENCES decision(id),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
      owner_user_id uuid REFERENCES app_user(id),
      -- A calendar date in the meeting's zone.
      due_date date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
      dropped_reason text CHECK (dropped_reason IS NULL OR length(dropped_reason) BETWEEN 1 AND 2000),
      -- The day it was done or dropped, in the meeting's zone.
      closed_on date,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT action_item_dropped_has_reason CHECK ((status = 'dropped') = (dropped_reason IS NOT NULL)),
      CONSTRAINT action_item_closed_on CHECK ((status IN ('done', 'dropped')) = (closed_on IS NOT NULL))
    );
    CREATE INDEX action_item_series_open ON action_item (series_id) WHERE status IN ('open', 'in_progress');
    CREATE INDEX action_item_meeting ON action_item (meeting_id);

    CREATE TABLE action_item_owner (
      action_item_id uuid NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
      org_id uuid NOT NULL REFERENCES organisation(id),
      PRIMARY KEY (action_item_id, org_id)
    );
    CREATE INDEX action_item_owner_org ON action_item_owner (org_id);

    CREATE TABLE action_item_update (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      action_item_id uuid NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
      on_date date NOT NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
      status text CHECK (status IS NULL OR status IN ('open', 'in_progress', 'done', 'dropped')),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX action_item_update_item ON action_item_update (action_item_id, on_date);

    CREATE TABLE action_item_review (
      meeting_id uuid NOT NULL REFERENCES meeting(id),
      action_item_id uuid NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
      outcome text NOT NULL CHECK (outcome IN ('done', 'continued', 'dropped')),
      new_due_date date,
      reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, action_item_id),
      CONSTRAINT action_item_review_continued_has_date CHECK ((outcome = 'continued') = (new_due_date IS NOT NULL)),
      CONSTRAINT action_item_review_dropped_has_reason CHECK (outcome <> 'dropped' OR reason IS NOT NULL)
    );
    CREATE INDEX action_item_review_item ON action_item_review (action_item_id);
  `.execute(db);
  await installSharedEntity(db, 'meeting', 'meeting');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM share_audience WHERE entity = 'meeting';
    DELETE FROM share_recipient WHERE entity = 'meeting';
    DELETE FROM shared_entity WHERE entity = 'meeting';
    DROP TABLE action_item_review, action_item_update, action_item_owner, action_item, decision, decision_counter,
      agenda_item, meeting_participant, meeting_host, meeting, meeting_series;
  `.execute(db);
}

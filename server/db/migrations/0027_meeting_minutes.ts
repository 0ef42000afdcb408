// Frozen: never edit a migration that has shipped; add a new one.
// Meeting minutes that two people edit at once (issue 10 item 4, ADR 0023): a Yjs document
// per meeting, kept as
// - `meeting_minutes_update`: each update a client sent, in order (`seq` per meeting), with
//   its author and time;
// - `meeting_minutes`: the compacted state (every update up to `snapshot_seq` merged into one),
//   the text it reads as (Markdown, for everything that is not an editor: search, the brief,
//   the correction log), the last `seq`, and the minutes' own life beside the meeting's state
//   (the comment deadline given when they are circulated, who approved them, when they
//   were locked);
// - `meeting_minutes_correction`: after approval each change is a correction: who, when, why,
//   the text before and after.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE meeting_minutes (
      meeting_id uuid PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
      -- Every update with seq <= snapshot_seq merged into one Yjs update (empty: none yet).
      snapshot bytea NOT NULL DEFAULT ''::bytea,
      snapshot_seq bigint NOT NULL DEFAULT 0 CHECK (snapshot_seq >= 0),
      last_seq bigint NOT NULL DEFAULT 0 CHECK (last_seq >= snapshot_seq),
      markdown text NOT NULL DEFAULT '' CHECK (length(markdown) <= 200000),
      -- A calendar date in the meeting's zone, given when the minutes are circulated.
      comment_deadline date,
      circulated_by uuid REFERENCES app_user(id),
      circulated_at timestamptz,
      approved_by uuid REFERENCES app_user(id),
      approved_at timestamptz,
      locked_by uuid REFERENCES app_user(id),
      locked_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE meeting_minutes_update (
      meeting_id uuid NOT NULL REFERENCES meeting_minutes(meeting_id) ON DELETE CASCADE,
      seq bigint NOT NULL CHECK (seq > 0),
      -- One Yjs update as the client sent it (the API refuses more than 256 KiB).
      "update" bytea NOT NULL CHECK (octet_length("update") BETWEEN 1 AND 262144),
      author_id uuid NOT NULL REFERENCES app_user(id),
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, seq)
    );

    CREATE TABLE meeting_minutes_correction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meeting_minutes(meeting_id) ON DELETE CASCADE,
      -- The update that made it.
      seq bigint NOT NULL,
      author_id uuid NOT NULL REFERENCES app_user(id),
      at timestamptz NOT NULL DEFAULT now(),
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
      before_text text NOT NULL,
      after_text text NOT NULL
    );
    CREATE INDEX meeting_minutes_correction_meeting ON meeting_minutes_correction (meeting_id, at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE meeting_minutes_correction;
    DROP TABLE meeting_minutes_update;
    DROP TABLE meeting_minutes;
  `.execute(db);
}

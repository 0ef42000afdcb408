// The meetings' tables (migrations 0025, 0026, 0027 and 0032, ADRs 0021 and 0023). A meeting's wall-clock times
// (`timestamp`) are read as text through meetings.queries.ts, never as a Date in the
// server's zone; `date` columns come back as text (db/kysely.ts).
import type { ColumnType, Generated } from 'kysely';
import type { Marking } from '../../../common/sharing.ts';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;
type DateCol = ColumnType<string, string, string>;
type DateOrNull = ColumnType<string | null, string | null | undefined, string | null>;
/** A wall-clock time ('2015-01-22T10:00:00'), written as text and read through to_char. */
type WallClock = ColumnType<Date, string, string>;

export const MEETING_KINDS = ['plenary', 'small_group', 'working_group', 'ministerial', 'expert'] as const;
export const MEETING_STATES = ['draft', 'scheduled', 'in_progress', 'held', 'minutes_circulated', 'minutes_approved', 'cancelled'] as const;
export const PARTICIPANT_ROLES = ['principal', 'alternate', 'observer', 'secretariat'] as const;
export const PARTICIPANT_STATUSES = ['invited', 'accepted', 'declined', 'attended', 'excused', 'proxy'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export const REVIEW_OUTCOMES = ['done', 'continued', 'dropped'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type MeetingState = (typeof MEETING_STATES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface MeetingSeriesTable {
  id: Generated<string>;
  owner_org_id: string;
  name: string;
  code: string;
  rrule: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MeetingTable {
  id: Generated<string>;
  series_id: string;
  owner_org_id: string;
  marking: Marking;
  created_by: string;
  title: string;
  kind: MeetingKind;
  state: Generated<MeetingState>;
  time_zone: string;
  starts_local: WallClock;
  ends_local: WallClock;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  venue: string | null;
  online_url: string | null;
  sequence: Generated<number>;
  cancelled_reason: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MeetingHostTable {
  meeting_id: string;
  org_id: string;
}

export interface MeetingParticipantTable {
  id: Generated<string>;
  meeting_id: string;
  org_id: string;
  user_id: string | null;
  role: Generated<ParticipantRole>;
  status: Generated<ParticipantStatus>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  parent_id: string | null;
  position: number;
  title: string;
  duration_minutes: number | null;
  framework_node_id: string | null;
  document_id: string | null;
  need_id: string | null;
  /** Migration 0032. */
  indicator_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface DecisionCounterTable {
  series_id: string;
  year: number;
  last_number: number;
}

export interface DecisionTable {
  id: Generated<string>;
  meeting_id: string;
  series_id: string;
  year: number;
  number: number;
  reference: string;
  agenda_item_id: string | null;
  text: string;
  result: 'consensus' | 'vote';
  votes_for: number | null;
  votes_against: number | null;
  abstentions: number | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ActionItemTable {
  id: Generated<string>;
  meeting_id: string;
  series_id: string;
  decision_id: string | null;
  text: string;
  owner_user_id: string | null;
  due_date: DateCol;
  status: Generated<ActionStatus>;
  dropped_reason: string | null;
  closed_on: DateOrNull;
  created_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ActionItemOwnerTable {
  action_item_id: string;
  org_id: string;
}

export interface ActionItemUpdateTable {
  id: Generated<string>;
  action_item_id: string;
  on_date: DateCol;
  body: string;
  status: ActionStatus | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface ActionItemReviewTable {
  meeting_id: string;
  action_item_id: string;
  outcome: ReviewOutcome;
  new_due_date: DateOrNull;
  reason: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface CalendarTokenTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  label: Generated<string>;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** A meeting's minutes (migration 0027, ADR 0023): a Yjs document, compacted, with the Markdown it reads as. */
export interface MeetingMinutesTable {
  meeting_id: string;
  /** bytea: node-postgres gives a Buffer. */
  snapshot: ColumnType<Uint8Array, Uint8Array | undefined, Uint8Array>;
  snapshot_seq: ColumnType<string, number | string | undefined, number | string>;
  last_seq: ColumnType<string, number | string | undefined, number | string>;
  markdown: Generated<string>;
  comment_deadline: DateOrNull;
  circulated_by: string | null;
  circulated_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  locked_by: string | null;
  locked_at: Date | null;
  updated_at: UpdatedAt;
}

/** One Yjs update of a meeting's minutes, as its author sent it. */
export interface MeetingMinutesUpdateTable {
  meeting_id: string;
  seq: ColumnType<string, number | string, never>;
  update: Uint8Array;
  author_id: string;
  at: CreatedAt;
}

/** A change to approved minutes: who, when, why, the text before and after. */
export interface MeetingMinutesCorrectionTable {
  id: Generated<string>;
  meeting_id: string;
  seq: ColumnType<string, number | string, never>;
  author_id: string;
  at: CreatedAt;
  reason: string;
  before_text: string;
  after_text: string;
}

export interface MeetingsTables {
  meeting_series: MeetingSeriesTable;
  meeting: MeetingTable;
  meeting_host: MeetingHostTable;
  meeting_participant: MeetingParticipantTable;
  agenda_item: AgendaItemTable;
  decision_counter: DecisionCounterTable;
  decision: DecisionTable;
  action_item: ActionItemTable;
  action_item_owner: ActionItemOwnerTable;
  action_item_update: ActionItemUpdateTable;
  action_item_review: ActionItemReviewTable;
  calendar_token: CalendarTokenTable;
  meeting_minutes: MeetingMinutesTable;
  meeting_minutes_update: MeetingMinutesUpdateTable;
  meeting_minutes_correction: MeetingMinutesCorrectionTable;
}

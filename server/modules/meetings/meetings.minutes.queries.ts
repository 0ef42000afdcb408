// Kysely only: a meeting's minutes (migration 0027, ADR 0023). Every read puts
// `visibleTo(actor, 'meeting', …)` in its SQL: the minutes are read under their meeting's rule.
import { type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { visibleTo } from '../sharing/sharing.sql.ts';
import { userDisplayName } from '../users/users.sql.ts';
import type { MeetingMinutesTable, ParticipantRole } from './meetings.table.ts';

export interface MinutesRow {
  meeting_id: string;
  snapshot: Buffer;
  snapshot_seq: string;
  last_seq: string;
  markdown: string;
  comment_deadline: string | null;
  circulated_by: string | null;
  circulated_by_name: string | null;
  circulated_at: Date | null;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: Date | null;
  locked_by: string | null;
  locked_by_name: string | null;
  locked_at: Date | null;
}

/** The minutes of a meeting `actor` may see (undefined when it has none yet, or is not visible); locked for the change when asked. */
export async function findVisibleMinutes(db: Db, actor: Actor, meetingId: string, lock = false) {
  const { rows } = await sql<MinutesRow>`SELECT mm.meeting_id, mm.snapshot, mm.snapshot_seq, mm.last_seq, mm.markdown,
      to_char(mm.comment_deadline, 'YYYY-MM-DD') AS comment_deadline,
      mm.circulated_by, ${userDisplayName(sql.ref('mm.circulated_by'))} AS circulated_by_name, mm.circulated_at,
      mm.approved_by, ${userDisplayName(sql.ref('mm.approved_by'))} AS approved_by_name, mm.approved_at,
      mm.locked_by, ${userDisplayName(sql.ref('mm.locked_by'))} AS locked_by_name, mm.locked_at
    FROM meeting_minutes mm JOIN meeting m ON m.id = mm.meeting_id
    WHERE mm.meeting_id = ${meetingId} AND ${visibleTo(actor, 'meeting', 'm')}${lock ? sql` FOR UPDATE OF mm` : sql``}`.execute(db);
  return rows[0];
}

/** Starts a meeting's minutes (empty) when it has none. */
export async function ensureMinutes(db: Db, meetingId: string) {
  await db
    .insertInto('meeting_minutes')
    .values({ meeting_id: meetingId })
    .onConflict((oc) => oc.column('meeting_id').doNothing())
    .execute();
}

/** The updates after `since` (in order) of a meeting `actor` may see. */
export async function updatesSince(db: Db, actor: Actor, meetingId: string, since: number) {
  const { rows } = await sql<{ seq: string; update: Buffer }>`SELECT u.seq, u."update" FROM meeting_minutes_update u JOIN meeting m ON m.id = u.meeting_id
    WHERE u.meeting_id = ${meetingId} AND u.seq > ${since} AND ${visibleTo(actor, 'meeting', 'm')}
    ORDER BY u.seq`.execute(db);
  return rows;
}

export async function insertUpdate(db: Db, values: { meeting_id: string; seq: number; update: Buffer; author_id: string }) {
  await db.insertInto('meeting_minutes_update').values(values).execute();
}

export async function saveMinutes(db: Db, meetingId: string, values: Updateable<MeetingMinutesTable>) {
  await db
    .updateTable('meeting_minutes')
    .set({ ...values, updated_at: new Date() })
    .where('meeting_id', '=', meetingId)
    .execute();
}

/** Compaction: the updates merged into the snapshot are dropped (their authors stay in the audit log). */
export async function dropUpdatesUpTo(db: Db, meetingId: string, seq: number) {
  await db.deleteFrom('meeting_minutes_update').where('meeting_id', '=', meetingId).where('seq', '<=', String(seq)).execute();
}

export async function insertCorrection(db: Db, values: { meeting_id: string; seq: number; author_id: string; reason: string; before_text: string; after_text: string }) {
  return await db.insertInto('meeting_minutes_correction').values(values).returning(['id', 'at']).executeTakeFirstOrThrow();
}

/** The corrections to a meeting's approved minutes, oldest first, for a reader who may see the meeting. */
export async function correctionsOf(db: Db, actor: Actor, meetingId: string) {
  const { rows } = await sql<{
    id: string;
    seq: string;
    author_id: string;
    author_name: string | null;
    at: Date;
    reason: string;
    before_text: string;
    after_text: string;
  }>`SELECT c.id, c.seq, c.author_id, ${userDisplayName(sql.ref('c.author_id'))} AS author_name, c.at, c.reason, c.before_text, c.after_text
    FROM meeting_minutes_correction c JOIN meeting m ON m.id = c.meeting_id
    WHERE c.meeting_id = ${meetingId} AND ${visibleTo(actor, 'meeting', 'm')}
    ORDER BY c.at, c.id`.execute(db);
  return rows;
}

/** The role of `userId` on the meeting when they are on it (invited, accepted, present or by proxy — not declined or excused). */
export async function participantRoleOf(db: Db, meetingId: string, userId: string) {
  const row = await db
    .selectFrom('meeting_participant')
    .select('role')
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .where('status', 'not in', ['declined', 'excused'])
    .executeTakeFirst();
  return (row?.role ?? null) as ParticipantRole | null;
}

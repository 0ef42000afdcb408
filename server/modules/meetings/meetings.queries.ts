// Kysely only: meeting series, meetings and what hangs off them. Every read of a meeting,
// and of its agenda, decisions and action items, puts `visibleTo(actor, 'meeting', …)` in
// its SQL: an action item is read under the rule of the meeting that created it.
import { type Insertable, type RawBuilder, type Selectable, type SqlBool, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { PREPARED } from '../../db/kysely.ts';
import type { Actor, UserActor } from '../../infra/actor.ts';
import { joinFrameworkNode } from '../framework/framework.sql.ts';
import { joinOrganisation, organisationsAs } from '../members/members.sql.ts';
import { type FetchBatch, afterKeyset } from '../interchange/interchange.service.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { type SharingDescription, exportableBy, sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import { userDisplayName, usersAs } from '../users/users.sql.ts';
import type { ActionListQuery, MeetingListQuery, ScorecardQuery } from './meetings.schema.ts';
import { likePattern } from '../../infra/sql-text.ts';
import type {
  ActionItemTable,
  ActionStatus,
  AgendaItemTable,
  DecisionTable,
  MeetingKind,
  MeetingSeriesTable,
  MeetingState,
  MeetingTable,
  ParticipantRole,
  ParticipantStatus,
  ReviewOutcome,
} from './meetings.table.ts';

const visibleMeetingIds = (actor: Actor): RawBuilder<unknown> => sql`(SELECT vm.id FROM meeting vm WHERE ${visibleTo(actor, 'meeting', 'vm')})`;

// ---- series

export async function listSeries(db: Db) {
  return await db.selectFrom('meeting_series').selectAll().orderBy('code').execute();
}

export async function findSeries(db: Db, id: string) {
  return await db.selectFrom('meeting_series').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSeries(db: Db, values: Insertable<MeetingSeriesTable>) {
  return await db.insertInto('meeting_series').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateSeries(db: Db, id: string, values: Updateable<MeetingSeriesTable>) {
  return await db
    .updateTable('meeting_series')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---- meetings

/** A meeting as every answer reads it: its wall-clock times as text (never a Date in the server's zone). */
export interface MeetingRow {
  id: string;
  series_id: string;
  series_name: string;
  series_code: string;
  owner_org_id: string;
  org_name: string;
  marking: MeetingTable['marking'];
  created_by: string;
  title: string;
  kind: MeetingKind;
  state: MeetingState;
  time_zone: string;
  start_local: string;
  end_local: string;
  starts_at: Date;
  ends_at: Date;
  venue: string | null;
  online_url: string | null;
  sequence: number;
  cancelled_reason: string | null;
  updated_at: Date;
}

const meetingColumns = sql`m.id, m.series_id, s.name AS series_name, s.code AS series_code, m.owner_org_id, o.name AS org_name, m.marking, m.created_by,
  m.title, m.kind, m.state, m.time_zone, to_char(m.starts_local, 'YYYY-MM-DD"T"HH24:MI') AS start_local, to_char(m.ends_local, 'YYYY-MM-DD"T"HH24:MI') AS end_local,
  m.starts_at, m.ends_at, m.venue, m.online_url, m.sequence, m.cancelled_reason, m.updated_at`;
const meetingFrom = sql`meeting m JOIN meeting_series s ON s.id = m.series_id ${joinOrganisation('o', sql.ref('m.owner_org_id'))}`;

/**
 * A series' first and latest meetings the reader may see, cancelled ones left out: what its
 * rhythm is counted from and after (meetings.recurrence.ts). Only visible meetings, so that
 * the dates offered never tell of a meeting the reader may not know of.
 */
export async function seriesFirstAndLast(db: Db, actor: Actor, seriesId: string) {
  const bound = (order: RawBuilder<unknown>) => sql`(SELECT to_char(m.starts_local, 'YYYY-MM-DD"T"HH24:MI') AS start_local,
      to_char(m.ends_local, 'YYYY-MM-DD"T"HH24:MI') AS end_local, m.time_zone
    FROM meeting m WHERE m.series_id = ${seriesId} AND m.state <> 'cancelled' AND ${visibleTo(actor, 'meeting', 'm')}
    ORDER BY ${order} LIMIT 1)`;
  const { rows } = await sql<{ start_local: string; end_local: string; time_zone: string }>`${bound(sql`m.starts_at, m.id`)}
    UNION ALL ${bound(sql`m.starts_at DESC, m.id DESC`)}`.execute(db);
  return rows.length === 2 ? { first: rows[0]!, last: rows[1]! } : undefined;
}

export async function findVisibleMeeting(db: Db, actor: Actor, id: string, lock = false) {
  const { rows } = await sql<MeetingRow>`SELECT ${meetingColumns} FROM ${meetingFrom}
    WHERE m.id = ${id} AND ${visibleTo(actor, 'meeting', 'm')}${lock ? sql` FOR UPDATE OF m` : sql``}`.execute(db);
  return rows[0];
}

export async function listVisibleMeetings(db: Db, actor: Actor, f: MeetingListQuery) {
  const filters: RawBuilder<SqlBool>[] = [visibleTo(actor, 'meeting', 'm')];
  if (f.seriesId) filters.push(sql`m.series_id = ${f.seriesId}`);
  if (f.from) filters.push(sql`m.starts_at >= ${f.from}::date::timestamp AT TIME ZONE 'UTC'`);
  if (f.to) filters.push(sql`m.starts_at < (${f.to}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  // Search: the meeting's own words and those of what it holds. Only meetings the reader may
  // see are searched (the rule above), so a hidden meeting's agenda, decisions and actions
  // never make a meeting match.
  if (f.q) {
    const words = likePattern(f.q);
    filters.push(sql`(m.title ILIKE ${words} OR m.venue ILIKE ${words}
      OR m.id IN (SELECT a.meeting_id FROM agenda_item a WHERE a.title ILIKE ${words})
      OR m.id IN (SELECT d.meeting_id FROM decision d WHERE d.text ILIKE ${words} OR d.reference ILIKE ${words})
      OR m.id IN (SELECT ai.meeting_id FROM action_item ai WHERE ai.text ILIKE ${words}))`);
  }
  // Prepared (ADR 0027): every page of the list, its text one of a few (the filters given, the reader's kind).
  const { rows } = await sql<MeetingRow>`${sql.raw(PREPARED)} SELECT ${meetingColumns} FROM ${meetingFrom}
    WHERE ${sql.join(filters, sql` AND `)} ORDER BY m.starts_at, m.id LIMIT ${f.limit}`.execute(db);
  return rows;
}

/** The meetings of a personal calendar feed: visible to its owner, not drafts, and theirs or their organisation's. */
export async function listFeedMeetings(db: Db, actor: UserActor) {
  const { rows } = await sql<MeetingRow>`SELECT ${meetingColumns} FROM ${meetingFrom}
    WHERE ${visibleTo(actor, 'meeting', 'm')}
      AND m.state <> 'draft'
      AND m.ends_at > now() - interval '1 year'
      AND (m.owner_org_id = ${actor.orgId}
           OR m.id IN (SELECT p.meeting_id FROM meeting_participant p WHERE p.user_id = ${actor.userId} OR p.org_id = ${actor.orgId})
           OR m.id IN (SELECT h.meeting_id FROM meeting_host h WHERE h.org_id = ${actor.orgId}))
    ORDER BY m.starts_at, m.id LIMIT 2000`.execute(db);
  return rows;
}

export async function sharingOfMeetings(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, SharingDescription>();
  const { rows } = await sql<{
    id: string;
    sharing: SharingDescription;
  }>`SELECT m.id, ${sharingDescription('meeting', 'm')} AS sharing FROM meeting m WHERE m.id = ANY(${ids}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.id, r.sharing]));
}

export async function insertMeeting(db: Db, values: Insertable<MeetingTable>) {
  return await db.insertInto('meeting').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateMeeting(db: Db, id: string, values: Updateable<MeetingTable>) {
  await db
    .updateTable('meeting')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function replaceHosts(db: Db, meetingId: string, orgIds: string[]) {
  await db.deleteFrom('meeting_host').where('meeting_id', '=', meetingId).execute();
  if (orgIds.length)
    await db
      .insertInto('meeting_host')
      .values([...new Set(orgIds)].map((org_id) => ({ meeting_id: meetingId, org_id })))
      .execute();
}

export async function hostsOf(db: Db, meetingId: string) {
  const { rows } = await sql<{ id: string; name: string }>`SELECT o.id, o.name FROM meeting_host h ${joinOrganisation('o', sql.ref('h.org_id'))}
    WHERE h.meeting_id = ${meetingId} ORDER BY o.name, o.id`.execute(db);
  return rows;
}

// ---- participants

export interface ParticipantRow {
  id: string;
  org_id: string;
  org_name: string;
  user_id: string | null;
  user_name: string | null;
  role: ParticipantRole;
  status: ParticipantStatus;
}

export async function participantsOf(db: Db, meetingId: string) {
  const { rows } = await sql<ParticipantRow>`SELECT p.id, p.org_id, o.name AS org_name, p.user_id, ${userDisplayName(sql.ref('p.user_id'))} AS user_name, p.role, p.status
    FROM meeting_participant p ${joinOrganisation('o', sql.ref('p.org_id'))}
    WHERE p.meeting_id = ${meetingId} ORDER BY o.name, p.role, p.id`.execute(db);
  return rows;
}

export async function insertParticipant(db: Db, values: Insertable<import('./meetings.table.ts').MeetingParticipantTable>) {
  return await db.insertInto('meeting_participant').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateParticipant(db: Db, meetingId: string, id: string, values: { role?: ParticipantRole; status?: ParticipantStatus }) {
  const r = await db
    .updateTable('meeting_participant')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The organisation of user `userId` (undefined for none): a participant's seat is their organisation's. */
export async function organisationOfUser(db: Db, userId: string) {
  const row = await db.selectFrom(usersAs('u')).select(['u.org_id', 'u.disabled']).where('u.id', '=', userId).executeTakeFirst();
  return row?.org_id;
}

export async function existingOrganisations(db: Db, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db.selectFrom(organisationsAs('o')).select('o.id').where('o.id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Whether `actor` may read the row `id` of the shared entity `entity` kept in `table` (a document, a need an agenda item links to). */
export async function visibleSharedRow(db: Db, actor: Actor, entity: string, table: string, id: string) {
  const { rows } = await sql`SELECT 1 FROM ${sql.table(table)} r WHERE r.id = ${id} AND ${visibleTo(actor, entity, 'r')}`.execute(db);
  return rows.length > 0;
}

// ---- agenda

/** A meeting's agenda items, each with the name of the line of effort or objective it links to (the framework is every member's to read). */
export async function agendaOf(db: Db, meetingId: string) {
  const { rows } = await sql<Selectable<AgendaItemTable> & { framework_node_name: string | null }>`SELECT a.*, fn.name AS framework_node_name
    FROM agenda_item a ${joinFrameworkNode('fn', sql.ref('a.framework_node_id'), 'LEFT JOIN')}
    WHERE a.meeting_id = ${meetingId} ORDER BY a.parent_id NULLS FIRST, a.position, a.id`.execute(db);
  return rows;
}

export async function findAgendaItem(db: Db, meetingId: string, id: string) {
  return await db.selectFrom('agenda_item').selectAll().where('meeting_id', '=', meetingId).where('id', '=', id).executeTakeFirst();
}

export async function nextAgendaPosition(db: Db, meetingId: string, parentId: string | null) {
  const row = await db
    .selectFrom('agenda_item')
    .select((eb) => eb.fn.coalesce(eb.fn.max('position'), sql<number>`-1`).as('last'))
    .where('meeting_id', '=', meetingId)
    .where((eb) => (parentId ? eb('parent_id', '=', parentId) : eb('parent_id', 'is', null)))
    .executeTakeFirstOrThrow();
  return Number(row.last) + 1;
}

export async function insertAgendaItem(db: Db, values: Insertable<AgendaItemTable>) {
  return await db.insertInto('agenda_item').values(values).returningAll().executeTakeFirstOrThrow();
}

// ---- decisions

/**
 * The next number of a decision of `seriesId` in `year`: the counter row is created or raised
 * in one statement, which holds its row lock until the transaction ends, so two decisions
 * recorded at once get two numbers, and a rolled-back one gives its number back.
 */
export async function takeDecisionNumber(db: Db, seriesId: string, year: number) {
  const { rows } = await sql<{ last_number: number }>`INSERT INTO decision_counter (series_id, year, last_number) VALUES (${seriesId}, ${year}, 1)
    ON CONFLICT (series_id, year) DO UPDATE SET last_number = decision_counter.last_number + 1
    RETURNING last_number`.execute(db);
  return rows[0]!.last_number;
}

export async function insertDecision(db: Db, values: Insertable<DecisionTable>) {
  return await db.insertInto('decision').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function decisionsOf(db: Db, meetingId: string) {
  return await db.selectFrom('decision').selectAll().where('meeting_id', '=', meetingId).orderBy('year').orderBy('number').execute();
}

export async function findDecision(db: Db, meetingId: string, id: string) {
  return await db.selectFrom('decision').selectAll().where('meeting_id', '=', meetingId).where('id', '=', id).executeTakeFirst();
}

export interface RegisterRow {
  id: string;
  reference: string;
  meeting_id: string;
  meeting_title: string;
  meeting_day: string;
  agenda_item_id: string | null;
  text: string;
  result: 'consensus' | 'vote';
  votes_for: number | null;
  votes_against: number | null;
  abstentions: number | null;
  created_at: string;
}

/**
 * The decision register of a series (of one year when given), in number order: under the
 * reading rule, or — for a file that leaves the platform — the export rule (`exportableBy`),
 * in batches after `after` in (created_at, id) order.
 */
export async function decisionRegister(db: Db, actor: Actor, seriesId: string, year: number | undefined, rule: 'read' | 'export', after?: Parameters<FetchBatch>[0], limit = 5000) {
  const allowed = rule === 'export' ? exportableBy(actor, 'meeting', 'm') : visibleTo(actor, 'meeting', 'm');
  const { rows } = await sql<RegisterRow>`SELECT d.id, d.reference, d.meeting_id, m.title AS meeting_title, to_char(m.starts_local, 'YYYY-MM-DD') AS meeting_day,
      d.agenda_item_id, d.text, d.result, d.votes_for, d.votes_against, d.abstentions, d.created_at::text AS created_at
    FROM decision d JOIN meeting m ON m.id = d.meeting_id
    WHERE d.series_id = ${seriesId} ${year === undefined ? sql`` : sql`AND d.year = ${year}`} AND ${allowed}
      ${rule === 'export' ? afterKeyset('d', after) : sql``}
    ORDER BY ${rule === 'export' ? sql`d.created_at, d.id` : sql`d.year, d.number`}
    LIMIT ${limit}`.execute(db);
  return rows;
}

// ---- action items

export interface ActionRow {
  id: string;
  text: string;
  meeting_id: string;
  meeting_title: string;
  meeting_day: string;
  meeting_owner_org_id: string;
  series_id: string;
  series_code: string;
  decision_id: string | null;
  owner_user_id: string | null;
  owner_user_name: string | null;
  owners: { id: string; name: string }[];
  due_date: string;
  status: ActionStatus;
  dropped_reason: string | null;
  closed_on: string | null;
  overdue: boolean;
  time_zone: string;
}

/** An action item's columns under `ai`, with its creating meeting `om` and series `os` joined. */
const actionColumns = sql`ai.id, ai.text, ai.meeting_id, om.title AS meeting_title, to_char(om.starts_local, 'YYYY-MM-DD') AS meeting_day, om.owner_org_id AS meeting_owner_org_id,
  ai.series_id, os.code AS series_code, ai.decision_id, ai.owner_user_id, ${userDisplayName(sql.ref('ai.owner_user_id'))} AS owner_user_name,
  (SELECT coalesce(json_agg(json_build_object('id', ow.org_id, 'name', oo.name) ORDER BY oo.name, ow.org_id), '[]'::json)
     FROM action_item_owner ow ${joinOrganisation('oo', sql.ref('ow.org_id'))} WHERE ow.action_item_id = ai.id) AS owners,
  to_char(ai.due_date, 'YYYY-MM-DD') AS due_date, ai.status, ai.dropped_reason, to_char(ai.closed_on, 'YYYY-MM-DD') AS closed_on,
  (ai.status IN ('open', 'in_progress') AND ai.due_date < (now() AT TIME ZONE om.time_zone)::date) AS overdue, om.time_zone`;
const actionFrom = sql`action_item ai JOIN meeting om ON om.id = ai.meeting_id JOIN meeting_series os ON os.id = ai.series_id`;

export async function insertActionItem(db: Db, values: Insertable<ActionItemTable>, ownerOrgIds: string[]) {
  const { id } = await db.insertInto('action_item').values(values).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('action_item_owner')
    .values([...new Set(ownerOrgIds)].map((org_id) => ({ action_item_id: id, org_id })))
    .execute();
  return id;
}

export async function findVisibleActionItem(db: Db, actor: Actor, id: string, lock = false) {
  const { rows } = await sql<ActionRow>`SELECT ${actionColumns} FROM ${actionFrom}
    WHERE ai.id = ${id} AND ai.meeting_id IN ${visibleMeetingIds(actor)}${lock ? sql` FOR UPDATE OF ai` : sql``}`.execute(db);
  return rows[0];
}

export async function actionItemsCreatedIn(db: Db, meetingId: string) {
  const { rows } = await sql<ActionRow>`SELECT ${actionColumns} FROM ${actionFrom} WHERE ai.meeting_id = ${meetingId} ORDER BY ai.created_at, ai.id`.execute(db);
  return rows;
}

/**
 * A page of the follow-up lists: the items `actor` may see, by due date (index
 * action_item_due_order), after the cursor's (due_date, id), with the filters given
 * (`orgId`: the items that organisation owns, as `ownerOrgId` does). The rule is on the
 * creating meeting as joined, so PostgreSQL walks the index and reads each row's meeting by
 * its key until the page is full (a subquery of every visible meeting was hashed and the whole
 * table joined and sorted: 28 req/s at 20,000 items).
 */
export async function listVisibleActionItems(db: Db, actor: Actor, f: ActionListQuery & { orgId?: string }) {
  const after = decodeCursor(f.cursor, ['date', 'uuid']);
  const filters: RawBuilder<SqlBool>[] = [visibleTo(actor, 'meeting', 'om')];
  for (const org of new Set([f.orgId, f.ownerOrgId].filter((o) => o !== undefined)))
    filters.push(sql`ai.id IN (SELECT ow.action_item_id FROM action_item_owner ow WHERE ow.org_id = ${org})`);
  if (f.status) filters.push(sql`ai.status = ANY(${f.status}::text[])`);
  if (f.seriesId) filters.push(sql`ai.series_id = ${f.seriesId}`);
  if (f.q) filters.push(sql`ai.text ILIKE ${likePattern(f.q)}`);
  if (f.dueAfter) filters.push(sql`ai.due_date > ${f.dueAfter}::date`);
  if (f.dueBefore) filters.push(sql`ai.due_date < ${f.dueBefore}::date`);
  if (f.overdue === 'true') filters.push(sql`ai.status IN ('open', 'in_progress') AND ai.due_date < (now() AT TIME ZONE om.time_zone)::date`);
  if (f.overdue === 'false') filters.push(sql`NOT (ai.status IN ('open', 'in_progress') AND ai.due_date < (now() AT TIME ZONE om.time_zone)::date)`);
  if (after) filters.push(sql`(ai.due_date, ai.id) > (${after[0]}::date, ${after[1]}::uuid)`);
  // Prepared (ADR 0027): the text is one of a few (the filters given, the reader's kind), the values parameters.
  const { rows } = await sql<ActionRow>`${sql.raw(PREPARED)} SELECT ${actionColumns} FROM ${actionFrom}
    WHERE ${sql.join(filters, sql` AND `)} ORDER BY ai.due_date, ai.id LIMIT ${f.limit + 1}`.execute(db);
  return rows;
}

export interface CarriedRow extends ActionRow {
  age_days: number;
  review_outcome: ReviewOutcome | null;
  review_new_due_date: string | null;
  review_reason: string | null;
}

/**
 * The action items carried into meeting `m`'s review section: those of its series created at
 * an earlier meeting that are still open, and those reviewed at this one (so a held meeting
 * keeps the list it reviewed). `readerFilter` narrows them to what the reader may see; the
 * check before `held` reads them all.
 */
export async function carriedInto(db: Db, m: { id: string; series_id: string; starts_at: Date; state: MeetingState }, actor?: Actor) {
  const stillCarrying = ['draft', 'scheduled', 'in_progress'].includes(m.state);
  const { rows } = await sql<CarriedRow>`SELECT ${actionColumns},
      ((SELECT cm.starts_local::date FROM meeting cm WHERE cm.id = ${m.id}) - om.starts_local::date) AS age_days,
      r.outcome AS review_outcome, to_char(r.new_due_date, 'YYYY-MM-DD') AS review_new_due_date, r.reason AS review_reason
    FROM ${actionFrom}
    LEFT JOIN action_item_review r ON r.action_item_id = ai.id AND r.meeting_id = ${m.id}
    WHERE ai.series_id = ${m.series_id} AND ai.meeting_id <> ${m.id} AND om.starts_at < ${m.starts_at}
      AND (r.action_item_id IS NOT NULL OR (${stillCarrying} AND ai.status IN ('open', 'in_progress')))
      ${actor ? sql`AND ai.meeting_id IN ${visibleMeetingIds(actor)}` : sql``}
    ORDER BY om.starts_at, ai.created_at, ai.id`.execute(db);
  return rows;
}

export async function setActionStatus(db: Db, id: string, values: Updateable<ActionItemTable>) {
  await db
    .updateTable('action_item')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertActionUpdate(db: Db, values: Insertable<import('./meetings.table.ts').ActionItemUpdateTable>) {
  await db.insertInto('action_item_update').values(values).execute();
}

export async function updatesOf(db: Db, itemId: string) {
  const { rows } = await sql<{ id: string; on_date: string; body: string; status: ActionStatus | null }>`SELECT u.id, to_char(u.on_date, 'YYYY-MM-DD') AS on_date, u.body, u.status
    FROM action_item_update u WHERE u.action_item_id = ${itemId} ORDER BY u.on_date, u.created_at, u.id`.execute(db);
  return rows;
}

/** The meetings that reviewed an item, oldest first — only those `actor` may see. */
export async function reviewsOf(db: Db, actor: Actor, itemId: string) {
  const { rows } = await sql<{ meeting_id: string; meeting_title: string; outcome: ReviewOutcome; new_due_date: string | null; reason: string | null }>`
    SELECT r.meeting_id, rm.title AS meeting_title, r.outcome, to_char(r.new_due_date, 'YYYY-MM-DD') AS new_due_date, r.reason
    FROM action_item_review r JOIN meeting rm ON rm.id = r.meeting_id
    WHERE r.action_item_id = ${itemId} AND ${visibleTo(actor, 'meeting', 'rm')}
    ORDER BY rm.starts_at, rm.id`.execute(db);
  return rows;
}

export async function upsertReview(db: Db, values: Insertable<import('./meetings.table.ts').ActionItemReviewTable>) {
  await db
    .insertInto('action_item_review')
    .values(values)
    .onConflict((oc) => oc.columns(['meeting_id', 'action_item_id']).doUpdateSet({ outcome: values.outcome, new_due_date: values.new_due_date, reason: values.reason }))
    .execute();
}

/** Today's date in zone `zone`, as PostgreSQL's zone data has it. */
export async function todayIn(db: Db, zone: string) {
  const { rows } = await sql<{ d: string }>`SELECT to_char((now() AT TIME ZONE ${zone})::date, 'YYYY-MM-DD') AS d`.execute(db);
  return rows[0]!.d;
}

// ---- a series' timeline

export interface TimelineFiguresRow {
  meeting_id: string;
  decisions: { id: string; reference: string }[];
  created: number;
  carried_in: number;
  done: number;
  dropped: number;
}

/**
 * Per meeting of series `seriesId` that `actor` may see: its decisions, the action items
 * created at it, and those carried into its review (as `carriedInto` has them: reviewed at it,
 * or still open while it is not yet held) with their outcome there. A carried item counts only
 * when its creating meeting is visible too: a hidden meeting's items are in no figure.
 */
export async function timelineFigures(db: Db, actor: Actor, seriesId: string) {
  const { rows } = await sql<TimelineFiguresRow>`
    WITH vm AS (
      SELECT m.id, m.starts_at, m.state FROM meeting m WHERE m.series_id = ${seriesId} AND ${visibleTo(actor, 'meeting', 'm')}
    ),
    created AS (SELECT ai.meeting_id, count(*)::int AS n FROM action_item ai JOIN vm ON vm.id = ai.meeting_id GROUP BY ai.meeting_id),
    carried AS (
      SELECT cm.id AS meeting_id, count(*)::int AS carried_in,
        count(*) FILTER (WHERE r.outcome = 'done')::int AS done, count(*) FILTER (WHERE r.outcome = 'dropped')::int AS dropped
      FROM vm cm
      JOIN vm om ON om.starts_at < cm.starts_at
      JOIN action_item ai ON ai.meeting_id = om.id
      LEFT JOIN action_item_review r ON r.action_item_id = ai.id AND r.meeting_id = cm.id
      WHERE r.action_item_id IS NOT NULL OR (cm.state IN ('draft', 'scheduled', 'in_progress') AND ai.status IN ('open', 'in_progress'))
      GROUP BY cm.id
    ),
    decided AS (
      SELECT d.meeting_id, json_agg(json_build_object('id', d.id, 'reference', d.reference) ORDER BY d.year, d.number) AS decisions
      FROM decision d JOIN vm ON vm.id = d.meeting_id GROUP BY d.meeting_id
    )
    SELECT vm.id AS meeting_id, coalesce(dd.decisions, '[]'::json) AS decisions, coalesce(c.n, 0) AS created,
      coalesce(k.carried_in, 0) AS carried_in, coalesce(k.done, 0) AS done, coalesce(k.dropped, 0) AS dropped
    FROM vm LEFT JOIN created c ON c.meeting_id = vm.id LEFT JOIN carried k ON k.meeting_id = vm.id LEFT JOIN decided dd ON dd.meeting_id = vm.id
    ORDER BY vm.starts_at, vm.id`.execute(db);
  return rows;
}

// ---- the scorecard

export interface ScorecardRowData {
  org_id: string;
  org_name: string;
  meetings_invited: number;
  meetings_attended: number;
  actions_open: number;
  actions_overdue: number;
  done_on_time: number;
  done_late: number;
  average_days_overdue: string | null;
}

/**
 * Per organisation, over the days `from`..`to` (each meeting's own day in its zone), counting
 * only meetings and action items `actor` may see: meetings held in the period it was on and
 * attended (itself or by proxy); its action items open at the period's end, and of those the
 * overdue ones (due before the period's end, or today if sooner); items done in the period on
 * or before their due date, and after it; and the average days overdue over the items done
 * late in the period and those overdue at its end.
 */
export async function scorecard(db: Db, actor: Actor, q: ScorecardQuery) {
  const { rows } = await sql<ScorecardRowData>`
    WITH vm AS (
      SELECT m.id, m.state, m.starts_local::date AS day FROM meeting m WHERE ${visibleTo(actor, 'meeting', 'm')} AND m.state <> 'cancelled'
    ), asof AS (SELECT least(${q.to}::date, current_date) AS d),
    attendance AS (
      SELECT p.org_id, count(DISTINCT p.meeting_id)::int AS invited,
             count(DISTINCT p.meeting_id) FILTER (WHERE p.status IN ('attended', 'proxy'))::int AS attended
      FROM meeting_participant p JOIN vm ON vm.id = p.meeting_id
      WHERE vm.day BETWEEN ${q.from}::date AND ${q.to}::date AND vm.state IN ('held', 'minutes_circulated', 'minutes_approved')
      GROUP BY p.org_id
    ),
    items AS (
      SELECT ow.org_id, ai.due_date, ai.status, ai.closed_on, vm.day AS created_on
      FROM action_item ai JOIN vm ON vm.id = ai.meeting_id JOIN action_item_owner ow ON ow.action_item_id = ai.id
    ),
    actions AS (
      SELECT i.org_id,
        count(*) FILTER (WHERE i.created_on <= ${q.to}::date AND (i.closed_on IS NULL OR i.closed_on > ${q.to}::date))::int AS open,
        count(*) FILTER (WHERE i.created_on <= ${q.to}::date AND (i.closed_on IS NULL OR i.closed_on > (SELECT d FROM asof)) AND i.due_date < (SELECT d FROM asof))::int AS overdue,
        count(*) FILTER (WHERE i.status = 'done' AND i.closed_on BETWEEN ${q.from}::date AND ${q.to}::date AND i.closed_on <= i.due_date)::int AS on_time,
        count(*) FILTER (WHERE i.status = 'done' AND i.closed_on BETWEEN ${q.from}::date AND ${q.to}::date AND i.closed_on > i.due_date)::int AS late,
        round(avg(CASE
          WHEN i.status = 'done' AND i.closed_on BETWEEN ${q.from}::date AND ${q.to}::date AND i.closed_on > i.due_date THEN i.closed_on - i.due_date
          WHEN i.created_on <= ${q.to}::date AND (i.closed_on IS NULL OR i.closed_on > (SELECT d FROM asof)) AND i.due_date < (SELECT d FROM asof) THEN (SELECT d FROM asof) - i.due_date
        END), 2)::text AS avg_overdue
      FROM items i GROUP BY i.org_id
    ),
    orgs AS (SELECT org_id FROM attendance UNION SELECT org_id FROM actions)
    SELECT orgs.org_id, o.name AS org_name,
      coalesce(a.invited, 0) AS meetings_invited, coalesce(a.attended, 0) AS meetings_attended,
      coalesce(x.open, 0) AS actions_open, coalesce(x.overdue, 0) AS actions_overdue,
      coalesce(x.on_time, 0) AS done_on_time, coalesce(x.late, 0) AS done_late, x.avg_overdue AS average_days_overdue
    FROM orgs ${joinOrganisation('o', sql.ref('orgs.org_id'))}
    LEFT JOIN attendance a ON a.org_id = orgs.org_id LEFT JOIN actions x ON x.org_id = orgs.org_id
    ORDER BY o.name, orgs.org_id`.execute(db);
  return rows;
}

// ---- calendar tokens

export async function insertCalendarToken(db: Db, userId: string, tokenHash: string, label: string) {
  return await db.insertInto('calendar_token').values({ user_id: userId, token_hash: tokenHash, label }).returningAll().executeTakeFirstOrThrow();
}

export async function calendarTokensOf(db: Db, userId: string) {
  return await db.selectFrom('calendar_token').selectAll().where('user_id', '=', userId).where('revoked_at', 'is', null).orderBy('created_at').execute();
}

export async function revokeCalendarToken(db: Db, userId: string, id: string) {
  const r = await db
    .updateTable('calendar_token')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The user behind a live token, as an actor (an account disabled since answers as no token). */
export async function actorOfCalendarToken(db: Db, tokenHash: string): Promise<UserActor | undefined> {
  const { rows } = await sql<{ token_id: string; user_id: string; org_id: string; org_kind: UserActor['orgKind']; role: UserActor['role']; email: string }>`
    SELECT t.id AS token_id, u.id AS user_id, u.org_id, o.kind AS org_kind, u.role, u.email
    FROM calendar_token t JOIN ${usersAs('u')} ON u.id = t.user_id ${joinOrganisation('o', sql.ref('u.org_id'))}
    WHERE t.token_hash = ${tokenHash} AND t.revoked_at IS NULL AND NOT u.disabled`.execute(db);
  const r = rows[0];
  if (!r) return undefined;
  await db.updateTable('calendar_token').set({ last_used_at: new Date() }).where('id', '=', r.token_id).execute();
  return { kind: 'user', userId: r.user_id, orgId: r.org_id, orgKind: r.org_kind, role: r.role, email: r.email };
}

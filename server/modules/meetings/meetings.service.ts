// Meetings: policy → one transaction → change → audit. Every event is recorded against the
// meeting (entity 'meeting'), so that the audit log shows it only to the meeting's readers.
import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { Marking } from '../../../common/sharing.ts';
import type { Database, Db } from '../../db/database.ts';
import type { Actor, Ctx, UserActor } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { toPage } from '../../infra/pagination.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getDocument } from '../documents/documents.service.ts';
import { assertFrameworkNode } from '../framework/framework.service.ts';
import { getIndicator } from '../indicators/indicators.service.ts';
import type { ExportColumn, FetchBatch } from '../interchange/interchange.service.ts';
import { getNeed } from '../needs/needs.service.ts';
import { sharedEntity } from '../sharing/sharing.service.ts';
import { sharingBlock } from '../sharing/sharing.sql.ts';
import { meetingCalendar } from './meetings.ical.ts';
import { nextOccurrences } from './meetings.recurrence.ts';
import { actionItemAbilities, meetingAbilities, meetingsPolicy } from './meetings.policy.ts';
import * as q from './meetings.queries.ts';
import { mayMove, mayRecord, nextStates, refusalOf } from './meetings.rules.ts';
import type {
  ActionItemInput,
  ActionListQuery,
  ActionUpdateInput,
  AgendaItemInput,
  DecisionInput,
  MeetingInput,
  MeetingListQuery,
  MeetingPatch,
  ParticipantInput,
  ParticipantPatch,
  ReviewInput,
  ScorecardQuery,
  SeriesInput,
  SeriesPatch,
  TransitionInput,
} from './meetings.schema.ts';
import { sharedMeetings } from './meetings.sharing.ts';
import type { MeetingState } from './meetings.table.ts';

const CONSTRAINTS: ConstraintFields = {
  meeting_series_code_unique: ['body.code', 'this code is taken by another series'],
  meeting_ends_after_start: ['body.end', 'must be after the start'],
  meeting_series_id_fkey: ['body.seriesId', 'no such series'],
  meeting_host_org_id_fkey: ['body.hostOrgIds', 'no such organisation'],
  meeting_participant_org_id_fkey: ['body.orgId', 'no such organisation'],
  meeting_participant_user_id_fkey: ['body.userId', 'no such person'],
  meeting_participant_person: ['body.userId', 'this person is on the meeting already'],
  meeting_participant_seat: ['body.orgId', 'this organisation has a seat on the meeting already'],
  action_item_owner_org_id_fkey: ['body.ownerOrgIds', 'no such organisation'],
  action_item_owner_user_id_fkey: ['body.ownerUserId', 'no such person'],
  decision_frozen: ['params.id', 'the minutes are approved: its decisions are frozen'],
};

/**
 * The change runs in the caller's transaction when it is given one (the demo loader composes
 * several in its own, as `…In` functions are composed elsewhere), else in a new one.
 */
function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}

// ---- times

/** A wall-clock time in `zone` as the instant it is; a time that does not exist there (clocks going forward) is a 400. */
export function instantOf(local: string, zone: string, path: string): Date {
  const at = DateTime.fromISO(local, { zone });
  if (!at.isValid || at.toFormat("yyyy-MM-dd'T'HH:mm") !== local.slice(0, 16)) throw invalid(path, `does not exist in ${zone} (the clocks change then)`);
  return at.toJSDate();
}

const moment = (local: string, zone: string, instant: Date) => ({ local, timeZone: zone, instant: instant.toISOString() });

function toSummary(r: q.MeetingRow) {
  return {
    id: r.id,
    series: { id: r.series_id, name: r.series_name, code: r.series_code },
    title: r.title,
    kind: r.kind,
    state: r.state,
    start: moment(r.start_local, r.time_zone, r.starts_at),
    end: moment(r.end_local, r.time_zone, r.ends_at),
    venue: r.venue,
    onlineUrl: r.online_url,
    sequence: r.sequence,
    cancelledReason: r.cancelled_reason,
    marking: r.marking,
  };
}

function toAction(actor: Actor, r: q.ActionRow) {
  return {
    id: r.id,
    text: r.text,
    meeting: { id: r.meeting_id, title: r.meeting_title, date: r.meeting_day },
    series: { id: r.series_id, code: r.series_code },
    decisionId: r.decision_id,
    ownerOrganisations: r.owners,
    ownerPerson: r.owner_user_id ? { id: r.owner_user_id, name: r.owner_user_name ?? '' } : null,
    dueDate: r.due_date,
    status: r.status,
    droppedReason: r.dropped_reason,
    closedOn: r.closed_on,
    overdue: r.overdue,
    abilities: actionItemAbilities(actor, actionSubject(r)),
  };
}

const actionSubject = (r: q.ActionRow) => ({ owner_org_id: r.meeting_owner_org_id, owner_org_ids: r.owners.map((o) => o.id) });

const REVIEW_TITLE = 'Review of open action items';

// ---- series

const toSeries = (actor: Actor, s: { id: string; name: string; code: string; rrule: string | null; owner_org_id: string }) => ({
  id: s.id,
  name: s.name,
  code: s.code,
  rrule: s.rrule,
  ownerOrgId: s.owner_org_id,
  abilities: { update: actor.kind === 'system' || (actor.kind === 'user' && (actor.role === 'admin' || (actor.role === 'coordinator' && s.owner_org_id === actor.orgId))) },
});

export async function listSeries(db: Db, ctx: Ctx) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  return (await q.listSeries(db)).map((s) => toSeries(ctx.actor, s));
}

export async function createSeries(db: Db, ctx: Ctx, input: SeriesInput) {
  authorizeUser(ctx.actor, meetingsPolicy, 'createSeries');
  const actor = ctx.actor;
  return await inTransaction(db, async (trx) => {
    const row = await q
      .insertSeries(trx, { owner_org_id: actor.orgId, name: input.name, code: input.code, rrule: input.rrule, created_by: actor.userId })
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'meeting_series.create', entity: 'meeting_series', entityId: row.id, after: input });
    return toSeries(actor, row);
  });
}

export async function updateSeries(db: Db, ctx: Ctx, id: string, patch: SeriesPatch) {
  return await inTransaction(db, async (trx) => {
    const before = await q.findSeries(trx, id);
    if (!before) throw notFound('Series');
    authorizeUser(ctx.actor, meetingsPolicy, 'updateSeries', before);
    const row = await q.updateSeries(trx, id, patch).catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'meeting_series.update', entity: 'meeting_series', entityId: id, before, after: patch });
    return toSeries(ctx.actor, row);
  });
}

// ---- meetings

export async function listMeetings(db: Db, ctx: Ctx, filter: MeetingListQuery) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  return (await q.listVisibleMeetings(db, ctx.actor, filter)).map(toSummary);
}

async function visibleMeeting(db: Db, actor: Actor, id: string, lock = false) {
  const row = await q.findVisibleMeeting(db, actor, id, lock);
  if (!row) throw notFound('Meeting');
  return row;
}

export async function getMeeting(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  const row = await visibleMeeting(db, actor, id);
  const [described, hosts, participants, agenda, carried, decisions, actions] = await Promise.all([
    q.sharingOfMeetings(db, [id]),
    q.hostsOf(db, id),
    q.participantsOf(db, id),
    q.agendaOf(db, id),
    q.carriedInto(db, row, actor),
    q.decisionsOf(db, id),
    q.actionItemsCreatedIn(db, id),
  ]);
  const links = await agendaLinks(db, ctx, agenda);
  return {
    ...toSummary(row),
    hosts,
    sharing: sharingBlock(row, row.org_name, described.get(id)!),
    abilities: meetingRunAbilities(actor, row),
    participants: participants.map((p) => ({
      id: p.id,
      organisation: { id: p.org_id, name: p.org_name },
      person: p.user_id ? { id: p.user_id, name: p.user_name ?? '' } : null,
      role: p.role,
      status: p.status,
    })),
    agenda: inTreeOrder(agenda).map((a) => {
      const document = a.document_id ? (links.get(`document:${a.document_id}`) ?? null) : null;
      const need = a.need_id ? (links.get(`need:${a.need_id}`) ?? null) : null;
      const indicator = a.indicator_id ? (links.get(`indicator:${a.indicator_id}`) ?? null) : null;
      return {
        id: a.id,
        parentId: a.parent_id,
        position: a.position,
        title: a.title,
        durationMinutes: a.duration_minutes,
        frameworkNodeId: a.framework_node_id,
        documentId: document?.id ?? null,
        needId: need?.id ?? null,
        indicatorId: indicator?.id ?? null,
        links: { line: a.framework_node_id ? { id: a.framework_node_id, name: a.framework_node_name ?? '' } : null, document, need, indicator },
      };
    }),
    review: {
      title: REVIEW_TITLE,
      items: carried.map((c) => ({
        ...toAction(actor, c),
        ageDays: c.age_days,
        review: c.review_outcome ? { meetingId: id, outcome: c.review_outcome, newDueDate: c.review_new_due_date, reason: c.review_reason } : null,
      })),
    },
    decisions: decisions.map(toDecision),
    actionItems: actions.map((a) => toAction(actor, a)),
  };
}

type LinkRef = { id: string; name: string; marking: Marking; ownerOrgId: string };
const linkRef = (id: string, name: string, sharing: { marking: Marking; ownerOrgId: string }): LinkRef => ({ id, name, marking: sharing.marking, ownerOrgId: sharing.ownerOrgId });

/**
 * The documents, needs and indicators an agenda links to, each read through its own module
 * under the reader's rule (keyed `entity:id`): one the reader may not see is left out, so
 * the agenda shows it as nothing, exactly as a missing one.
 */
async function agendaLinks(db: Db, ctx: Ctx, agenda: { document_id: string | null; need_id: string | null; indicator_id: string | null }[]) {
  const readers: Record<'document' | 'need' | 'indicator', (id: string) => Promise<LinkRef>> = {
    document: async (id) => {
      const d = await getDocument(db, ctx, id);
      return linkRef(id, d.title, d.sharing);
    },
    need: async (id) => {
      const n = await getNeed(db, ctx, id);
      return linkRef(id, n.description, n.sharing);
    },
    indicator: async (id) => {
      const i = await getIndicator(db, ctx, id);
      return linkRef(id, `${i.code} · ${i.name}`, i.sharing);
    },
  };
  const wanted = new Set<string>();
  for (const a of agenda) {
    if (a.document_id) wanted.add(`document:${a.document_id}`);
    if (a.need_id) wanted.add(`need:${a.need_id}`);
    if (a.indicator_id) wanted.add(`indicator:${a.indicator_id}`);
  }
  const found = await Promise.all(
    [...wanted].map(async (key) => {
      const [entity, id] = key.split(':') as [keyof typeof readers, string];
      try {
        return [key, await readers[entity](id)] as const;
      } catch (e) {
        if (e instanceof AppError && e.code === 'not_found') return null;
        throw e;
      }
    }),
  );
  return new Map(found.filter((f) => f !== null));
}

/** The agenda depth-first: each item followed by its sub-items, siblings by position. */
function inTreeOrder<T extends { id: string; parent_id: string | null; position: number }>(items: T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const item of items) children.set(item.parent_id, [...(children.get(item.parent_id) ?? []), item]);
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const item of (children.get(parent) ?? []).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))) {
      out.push(item);
      visit(item.id);
    }
  };
  visit(null);
  return out;
}

type DecisionFields = Pick<
  Awaited<ReturnType<typeof q.decisionsOf>>[number],
  'id' | 'reference' | 'meeting_id' | 'agenda_item_id' | 'text' | 'result' | 'votes_for' | 'votes_against' | 'abstentions'
>;
const toDecision = (d: DecisionFields) => ({
  id: d.id,
  reference: d.reference,
  meetingId: d.meeting_id,
  agendaItemId: d.agenda_item_id,
  text: d.text,
  result: d.result,
  votes: d.result === 'vote' ? { for: d.votes_for ?? 0, against: d.votes_against ?? 0, abstentions: d.abstentions ?? 0 } : null,
});

async function assertHosts(db: Db, orgIds: string[]) {
  const known = await q.existingOrganisations(db, orgIds);
  const missing = orgIds.findIndex((id) => !known.has(id));
  if (missing >= 0) throw invalid(`body.hostOrgIds.${missing}`, 'no such organisation');
}

export async function createMeeting(db: Db, ctx: Ctx, input: MeetingInput) {
  authorizeUser(ctx.actor, meetingsPolicy, 'create');
  const actor = ctx.actor;
  const startsAt = instantOf(input.start, input.timeZone, 'body.start');
  const endsAt = instantOf(input.end, input.timeZone, 'body.end');
  if (endsAt <= startsAt) throw invalid('body.end', 'must be after the start');
  const id = await inTransaction(db, async (trx) => {
    const series = await q.findSeries(trx, input.seriesId);
    if (!series) throw invalid('body.seriesId', 'no such series');
    authorizeUser(actor, meetingsPolicy, 'addToSeries', series);
    await assertHosts(trx, input.hostOrgIds);
    await sharedMeetings.assertMayCreate(trx, actor, actor.orgId, input.sharing);
    const { id } = await q
      .insertMeeting(trx, {
        series_id: input.seriesId,
        owner_org_id: actor.orgId,
        marking: input.sharing.marking,
        created_by: actor.userId,
        title: input.title,
        kind: input.kind,
        time_zone: input.timeZone,
        starts_local: input.start,
        ends_local: input.end,
        starts_at: startsAt,
        ends_at: endsAt,
        venue: input.venue,
        online_url: input.onlineUrl,
      })
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await q.replaceHosts(trx, id, input.hostOrgIds);
    await sharedMeetings.create(trx, id, input.sharing);
    await recordAudit(trx, ctx, { action: 'meeting.create', entity: 'meeting', entityId: id, after: input });
    return id;
  });
  return await getMeeting(db, ctx, id);
}

/** Reads the meeting under the rule, locked, and checks the actor runs it: the start of every change to a meeting. */
async function meetingToRun(trx: Db, ctx: Ctx, id: string) {
  const before = await visibleMeeting(trx, ctx.actor, id, true);
  authorizeUser(ctx.actor, meetingsPolicy, 'run', before);
  return before;
}

export async function updateMeeting(db: Db, ctx: Ctx, id: string, patch: MeetingPatch) {
  await inTransaction(db, async (trx) => {
    const before = await meetingToRun(trx, ctx, id);
    const zone = patch.timeZone ?? before.time_zone;
    const start = patch.start ?? before.start_local;
    const end = patch.end ?? before.end_local;
    const moves = patch.timeZone !== undefined || patch.start !== undefined || patch.end !== undefined;
    const startsAt = instantOf(start, zone, patch.start ? 'body.start' : 'body.timeZone');
    const endsAt = instantOf(end, zone, patch.end ? 'body.end' : 'body.timeZone');
    if (endsAt <= startsAt) throw invalid('body.end', 'must be after the start');
    const timeChanged = moves && (startsAt.getTime() !== before.starts_at.getTime() || endsAt.getTime() !== before.ends_at.getTime() || zone !== before.time_zone);
    const placeChanged = (patch.venue !== undefined && patch.venue !== before.venue) || (patch.onlineUrl !== undefined && patch.onlineUrl !== before.online_url);
    if ((timeChanged || placeChanged) && !mayMove(before.state))
      throw new AppError('conflict', `A meeting whose state is ${before.state.replace('_', ' ')} keeps its time and place`);
    if (patch.hostOrgIds) await assertHosts(trx, patch.hostOrgIds);
    await sharedMeetings.update(trx, ctx.actor, before, patch.sharing);
    await q
      .updateMeeting(trx, id, {
        title: patch.title,
        kind: patch.kind,
        time_zone: moves ? zone : undefined,
        starts_local: moves ? start : undefined,
        ends_local: moves ? end : undefined,
        starts_at: moves ? startsAt : undefined,
        ends_at: moves ? endsAt : undefined,
        venue: patch.venue,
        online_url: patch.onlineUrl,
        marking: patch.sharing?.marking,
        // Calendars replace their copy only when SEQUENCE goes up (RFC 5546).
        sequence: timeChanged || placeChanged ? before.sequence + 1 : undefined,
      })
      .catch((e) => translateDbError(e, CONSTRAINTS));
    if (patch.hostOrgIds) await q.replaceHosts(trx, id, patch.hostOrgIds);
    await recordAudit(trx, ctx, { action: 'meeting.update', entity: 'meeting', entityId: id, before: toSummary(before), after: patch });
  });
  return await getMeeting(db, ctx, id);
}

/**
 * What the reader may do with the meeting: run it, and the states POST …/transition would move it
 * to now (none when they may not run it; the minutes' states are the minutes' routes' own).
 */
function meetingRunAbilities(actor: Actor, row: Parameters<typeof meetingAbilities>[1] & { state: MeetingState }) {
  const { run } = meetingAbilities(actor, row);
  return { run, transitions: run ? nextStates(row.state).filter((s) => !MINUTES_STATES.has(s)) : [] };
}

/** Moves a meeting along its life; `held` waits until every carried action item has its outcome (409 naming them). */
/** The states the minutes' own routes move a meeting to, with their checks (a comment deadline, minutes not empty: meetings.minutes.service.ts). */
const MINUTES_STATES: ReadonlySet<TransitionInput['to']> = new Set(['minutes_circulated', 'minutes_approved']);

export async function transitionMeeting(db: Db, ctx: Ctx, id: string, input: TransitionInput, { byMinutes = false } = {}) {
  await inTransaction(db, async (trx) => {
    const before = await meetingToRun(trx, ctx, id);
    const refusal = refusalOf(before.state, input.to);
    if (refusal) throw new AppError('conflict', `The meeting cannot become ${input.to.replace('_', ' ')}: ${refusal}`, [{ path: 'body.to', message: refusal }]);
    if (MINUTES_STATES.has(input.to) && !byMinutes) {
      const route = input.to === 'minutes_circulated' ? 'circulate' : 'approve';
      const why = `the minutes move the meeting there: POST /api/meetings/${id}/minutes/${route}`;
      throw new AppError('conflict', `The meeting cannot become ${input.to.replace('_', ' ')} here: ${why}`, [{ path: 'body.to', message: why }]);
    }
    if (input.to === 'cancelled' && !input.reason) throw invalid('body.reason', 'say why the meeting is cancelled');
    if (input.to === 'held') {
      const carried = await q.carriedInto(trx, before);
      const pending = carried.filter((c) => !c.review_outcome);
      if (pending.length) {
        const readable = new Set((await q.carriedInto(trx, before, ctx.actor)).map((c) => c.id));
        throw new AppError(
          'conflict',
          `The meeting cannot be held until each carried action item has an outcome: ${pending.length} ${pending.length === 1 ? 'has' : 'have'} none`,
          pending.map((c) => ({ path: `actionItems.${c.id}`, message: readable.has(c.id) ? `no outcome yet: ${c.text}` : 'no outcome yet' })),
        );
      }
    }
    await q.updateMeeting(trx, id, {
      state: input.to,
      cancelled_reason: input.to === 'cancelled' ? input.reason : undefined,
      sequence: before.sequence + 1,
    });
    await recordAudit(trx, ctx, { action: 'meeting.transition', entity: 'meeting', entityId: id, before: { state: before.state }, after: input });
  });
  return await getMeeting(db, ctx, id);
}

// ---- participants and agenda

export async function addParticipant(db: Db, ctx: Ctx, meetingId: string, input: ParticipantInput) {
  await inTransaction(db, async (trx) => {
    await meetingToRun(trx, ctx, meetingId);
    if (input.userId) {
      const orgOfUser = await q.organisationOfUser(trx, input.userId);
      if (!orgOfUser) throw invalid('body.userId', 'no such person');
      if (orgOfUser !== input.orgId) throw invalid('body.userId', 'this person is not of that organisation');
    } else if (!(await q.existingOrganisations(trx, [input.orgId])).size) throw invalid('body.orgId', 'no such organisation');
    const { id } = await q
      .insertParticipant(trx, { meeting_id: meetingId, org_id: input.orgId, user_id: input.userId, role: input.role, status: input.status })
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'meeting.add_participant', entity: 'meeting', entityId: meetingId, after: { id, ...input } });
  });
  return await getMeeting(db, ctx, meetingId);
}

export async function updateParticipant(db: Db, ctx: Ctx, meetingId: string, participantId: string, patch: ParticipantPatch) {
  await inTransaction(db, async (trx) => {
    await meetingToRun(trx, ctx, meetingId);
    if (!(await q.updateParticipant(trx, meetingId, participantId, patch))) throw notFound('Participant');
    await recordAudit(trx, ctx, { action: 'meeting.update_participant', entity: 'meeting', entityId: meetingId, after: { id: participantId, ...patch } });
  });
  return await getMeeting(db, ctx, meetingId);
}

/** Whether `actor` reads row `id` of a registered shared entity (its table from the sharing registry). */
const visibleShared = (db: Db, actor: Actor, entity: string, id: string) => q.visibleSharedRow(db, actor, entity, sharedEntity(entity).spec.table, id);

export async function addAgendaItem(db: Db, ctx: Ctx, meetingId: string, input: AgendaItemInput) {
  await inTransaction(db, async (trx) => {
    const m = await meetingToRun(trx, ctx, meetingId);
    if (m.state === 'minutes_approved' || m.state === 'cancelled') throw new AppError('conflict', `The agenda of a meeting whose state is ${m.state.replace('_', ' ')} is closed`);
    if (input.parentId && !(await q.findAgendaItem(trx, meetingId, input.parentId))) throw invalid('body.parentId', 'no such agenda item in this meeting');
    if (input.frameworkNodeId) await assertFrameworkNode(trx, input.frameworkNodeId, 'body.frameworkNodeId');
    // A link to a document, a need or an indicator the runner cannot read answers as one to nothing.
    if (input.documentId && !(await visibleShared(trx, ctx.actor, 'document', input.documentId))) throw invalid('body.documentId', 'no such document');
    if (input.needId && !(await visibleShared(trx, ctx.actor, 'need', input.needId))) throw invalid('body.needId', 'no such need');
    if (input.indicatorId && !(await visibleShared(trx, ctx.actor, 'indicator', input.indicatorId))) throw invalid('body.indicatorId', 'no such indicator');
    const position = input.position ?? (await q.nextAgendaPosition(trx, meetingId, input.parentId));
    const row = await q.insertAgendaItem(trx, {
      meeting_id: meetingId,
      parent_id: input.parentId,
      position,
      title: input.title,
      duration_minutes: input.durationMinutes,
      framework_node_id: input.frameworkNodeId,
      document_id: input.documentId,
      need_id: input.needId,
      indicator_id: input.indicatorId,
    });
    await recordAudit(trx, ctx, { action: 'meeting.add_agenda_item', entity: 'meeting', entityId: meetingId, after: { id: row.id, ...input } });
  });
  return await getMeeting(db, ctx, meetingId);
}

// ---- the decision register

const REGISTER_COLUMNS: readonly ExportColumn[] = [
  ['Reference', '#meta+ref', { fr: 'Référence', ar: 'المرجع' }],
  ['Date', '#date', { fr: 'Date', ar: 'التاريخ' }],
  ['Meeting', '#event+name', { fr: 'Réunion', ar: 'الاجتماع' }],
  ['Decision', '#description', { fr: 'Décision', ar: 'القرار' }],
  ['Result', '#status', { fr: 'Résultat', ar: 'النتيجة' }],
  ['Votes for', '#indicator+votes+for', { fr: 'Voix pour', ar: 'الأصوات المؤيدة' }],
  ['Votes against', '#indicator+votes+against', { fr: 'Voix contre', ar: 'الأصوات المعارضة' }],
  ['Abstentions', '#indicator+votes+abstain', { fr: 'Abstentions', ar: 'الامتناع عن التصويت' }],
];

const toRegisterEntry = (r: q.RegisterRow) => ({
  ...toDecision(r),
  meeting: { id: r.meeting_id, title: r.meeting_title, date: r.meeting_day },
});

async function knownSeries(db: Db, id: string) {
  const series = await q.findSeries(db, id);
  if (!series) throw notFound('Series');
  return series;
}

/** A series' decisions the reader may see, in number order (one year when given). */
export async function decisionRegister(db: Db, ctx: Ctx, seriesId: string, year?: number) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  await knownSeries(db, seriesId);
  return (await q.decisionRegister(db, ctx.actor, seriesId, year, 'read')).map(toRegisterEntry);
}

/**
 * A series' timeline: its meetings the reader may see, in time order, each with its decisions
 * and what it did to the action items (created, carried in, closed as done or dropped, still
 * open). An unknown series is a 404; a meeting the reader may not see is absent, and so are
 * its items from every figure.
 */
export async function seriesTimeline(db: Db, ctx: Ctx, seriesId: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const series = await knownSeries(db, seriesId);
  const [meetings, figures] = await Promise.all([
    q.listVisibleMeetings(db, ctx.actor, { seriesId, limit: 500 }),
    q.timelineFigures(db, ctx.actor, seriesId).then((rows) => new Map(rows.map((r) => [r.meeting_id, r]))),
  ]);
  return {
    series: { id: series.id, name: series.name, code: series.code },
    meetings: meetings.map((m) => {
      const f = figures.get(m.id);
      const [carriedIn, done, dropped] = [f?.carried_in ?? 0, f?.done ?? 0, f?.dropped ?? 0];
      return {
        id: m.id,
        title: m.title,
        kind: m.kind,
        state: m.state,
        start: moment(m.start_local, m.time_zone, m.starts_at),
        decisions: f?.decisions ?? [],
        created: f?.created ?? 0,
        carriedIn,
        done,
        dropped,
        stillOpen: carriedIn - done - dropped,
      };
    }),
  };
}

/**
 * The next dates of a series by its rule, after its latest meeting and after now, each as long
 * as the latest meeting: what the form for its next meeting offers. The rule's time of day is
 * its first meeting's; the dates are read in the latest meeting's zone.
 */
export async function seriesNextDates(db: Db, ctx: Ctx, seriesId: string, count: number) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const series = await knownSeries(db, seriesId);
  const none = (why: 'no-rule' | 'no-meeting') => ({ rule: series.rrule, timeZone: null, occurrences: [], none: why });
  if (!series.rrule) return none('no-rule');
  const bounds = await q.seriesFirstAndLast(db, ctx.actor, seriesId);
  if (!bounds) return none('no-meeting');
  const { first, last } = bounds;
  const now = DateTime.now().setZone(last.time_zone).toFormat("yyyy-MM-dd'T'HH:mm");
  const next = nextOccurrences(series.rrule, { firstStart: first.start_local, lastStart: last.start_local, lastEnd: last.end_local }, now, count);
  return { rule: series.rrule, timeZone: last.time_zone, occurrences: next.occurrences, none: next.none ?? null };
}

/** The register as a file: only the decisions of meetings the reader may pass on (the export rule). */
export async function decisionRegisterFile(db: Db, ctx: Ctx, seriesId: string, year?: number): Promise<{ code: string; columns: readonly ExportColumn[]; fetch: FetchBatch }> {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const series = await knownSeries(db, seriesId);
  const actor = ctx.actor;
  return {
    code: series.code,
    columns: REGISTER_COLUMNS,
    fetch: async (after, limit) =>
      (await q.decisionRegister(db, actor, seriesId, year, 'export', after, limit)).map((r) => ({
        key: { created_at: r.created_at, id: r.id },
        cells: [r.reference, r.meeting_day, r.meeting_title, r.text, r.result, ...[r.votes_for, r.votes_against, r.abstentions].map((v) => (v === null ? '' : String(v)))],
      })),
  };
}

// ---- decisions and action items

function assertMayRecord(state: q.MeetingRow['state']) {
  if (state === 'minutes_approved') throw new AppError('conflict', 'The minutes are approved: the decisions and action items of this meeting are frozen');
  if (!mayRecord(state)) throw new AppError('conflict', `Decisions and action items are recorded once the meeting is in progress (it is ${state.replace('_', ' ')})`);
}

export async function recordDecision(db: Db, ctx: Ctx, meetingId: string, input: DecisionInput) {
  return await inTransaction(db, async (trx) => {
    const m = await meetingToRun(trx, ctx, meetingId);
    assertMayRecord(m.state);
    if (input.agendaItemId && !(await q.findAgendaItem(trx, meetingId, input.agendaItemId))) throw invalid('body.agendaItemId', 'no such agenda item in this meeting');
    const year = Number(m.start_local.slice(0, 4));
    const number = await q.takeDecisionNumber(trx, m.series_id, year);
    const row = await q
      .insertDecision(trx, {
        meeting_id: meetingId,
        series_id: m.series_id,
        year,
        number,
        reference: `${m.series_code}-${year}-${String(number).padStart(3, '0')}`,
        agenda_item_id: input.agendaItemId,
        text: input.text,
        result: input.result,
        votes_for: input.votes?.for ?? null,
        votes_against: input.votes?.against ?? null,
        abstentions: input.votes?.abstentions ?? null,
        created_by: (ctx.actor as UserActor).userId,
      })
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'meeting.record_decision', entity: 'meeting', entityId: meetingId, after: { id: row.id, reference: row.reference, ...input } });
    return toDecision(row);
  });
}

export async function createActionItem(db: Db, ctx: Ctx, meetingId: string, input: ActionItemInput) {
  const id = await inTransaction(db, async (trx) => {
    const m = await meetingToRun(trx, ctx, meetingId);
    assertMayRecord(m.state);
    if (input.decisionId && !(await q.findDecision(trx, meetingId, input.decisionId))) throw invalid('body.decisionId', 'no such decision of this meeting');
    const known = await q.existingOrganisations(trx, input.ownerOrgIds);
    const missing = input.ownerOrgIds.findIndex((o) => !known.has(o));
    if (missing >= 0) throw invalid(`body.ownerOrgIds.${missing}`, 'no such organisation');
    if (input.ownerUserId) {
      const org = await q.organisationOfUser(trx, input.ownerUserId);
      if (!org) throw invalid('body.ownerUserId', 'no such person');
      if (!input.ownerOrgIds.includes(org)) throw invalid('body.ownerUserId', 'this person is not of an owner organisation');
    }
    const id = await q
      .insertActionItem(
        trx,
        {
          meeting_id: meetingId,
          series_id: m.series_id,
          decision_id: input.decisionId,
          text: input.text,
          owner_user_id: input.ownerUserId,
          due_date: input.dueDate,
          created_by: (ctx.actor as UserActor).userId,
        },
        input.ownerOrgIds,
      )
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'meeting.create_action_item', entity: 'meeting', entityId: meetingId, after: { id, ...input } });
    return id;
  });
  return await getActionItem(db, ctx, id);
}

export async function getActionItem(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const row = await q.findVisibleActionItem(db, ctx.actor, id);
  if (!row) throw notFound('Action item');
  const [updates, reviews] = await Promise.all([q.updatesOf(db, id), q.reviewsOf(db, ctx.actor, id)]);
  return {
    ...toAction(ctx.actor, row),
    updates: updates.map((u) => ({ id: u.id, onDate: u.on_date, body: u.body, status: u.status })),
    reviews: reviews.map((r) => ({ meetingId: r.meeting_id, meetingTitle: r.meeting_title, outcome: r.outcome, newDueDate: r.new_due_date, reason: r.reason })),
  };
}

/** A dated update from an owner organisation, possibly changing the status: open → in progress → done | dropped (with its reason). */
export async function reportOnActionItem(db: Db, ctx: Ctx, id: string, input: ActionUpdateInput) {
  await inTransaction(db, async (trx) => {
    const item = await q.findVisibleActionItem(trx, ctx.actor, id, true);
    if (!item) throw notFound('Action item');
    authorizeUser(ctx.actor, meetingsPolicy, 'reportOnAction', actionSubject(item));
    const onDate = input.onDate ?? (await q.todayIn(trx, item.time_zone));
    if (input.status && input.status !== item.status) {
      if (item.status === 'done' || item.status === 'dropped')
        throw new AppError('conflict', `The action item is ${item.status} already`, [{ path: 'body.status', message: `it is ${item.status}` }]);
      if (input.status === 'open' && item.status === 'in_progress') throw invalid('body.status', 'an item in progress does not go back to open');
      const closes = input.status === 'done' || input.status === 'dropped';
      await q.setActionStatus(trx, id, {
        status: input.status,
        dropped_reason: input.status === 'dropped' ? input.droppedReason : null,
        closed_on: closes ? onDate : null,
      });
    }
    await q.insertActionUpdate(trx, { action_item_id: id, on_date: onDate, body: input.body, status: input.status ?? null, created_by: ctx.actor.userId });
    await recordAudit(trx, ctx, { action: 'meeting.report_on_action_item', entity: 'meeting', entityId: item.meeting_id, after: { actionItemId: id, ...input } });
  });
  return await getActionItem(db, ctx, id);
}

/** The outcome of a carried item at meeting `meetingId`: done, continued with a new due date, or dropped with a reason. */
export async function reviewActionItem(db: Db, ctx: Ctx, meetingId: string, itemId: string, input: ReviewInput) {
  await inTransaction(db, async (trx) => {
    const m = await meetingToRun(trx, ctx, meetingId);
    if (!['scheduled', 'in_progress'].includes(m.state))
      throw new AppError('conflict', `Carried items are reviewed while the meeting is scheduled or in progress (it is ${m.state.replace('_', ' ')})`);
    const carried = await q.carriedInto(trx, m, ctx.actor);
    const item = carried.find((c) => c.id === itemId);
    if (!item) throw notFound('Carried action item');
    const userId = (ctx.actor as UserActor).userId;
    const day = m.start_local.slice(0, 10);
    await q.upsertReview(trx, {
      meeting_id: meetingId,
      action_item_id: itemId,
      outcome: input.outcome,
      new_due_date: input.newDueDate ?? null,
      reason: input.reason ?? null,
      created_by: userId,
    });
    if (input.outcome === 'continued')
      await q.setActionStatus(trx, itemId, { due_date: input.newDueDate, status: item.status === 'in_progress' ? 'in_progress' : 'open', dropped_reason: null, closed_on: null });
    else await q.setActionStatus(trx, itemId, { status: input.outcome, dropped_reason: input.outcome === 'dropped' ? input.reason : null, closed_on: day });
    await q.insertActionUpdate(trx, {
      action_item_id: itemId,
      on_date: day,
      body: `Reviewed at ${m.title}: ${input.outcome}${input.newDueDate ? `, now due ${input.newDueDate}` : ''}${input.reason ? ` (${input.reason})` : ''}`,
      status: input.outcome === 'continued' ? null : input.outcome,
      created_by: userId,
    });
    await recordAudit(trx, ctx, { action: 'meeting.review_action_item', entity: 'meeting', entityId: meetingId, after: { actionItemId: itemId, ...input } });
  });
  return await getMeeting(db, ctx, meetingId);
}

// ---- follow-up views

/** A page of the action items the reader may see (`mine`: their organisation's), by due date. */
export async function listActionItems(db: Db, ctx: Ctx, filter: ActionListQuery & { mine?: boolean }) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  const rows = await q.listVisibleActionItems(db, actor, { ...filter, orgId: filter.mine ? actor.orgId : undefined });
  return toPage(
    rows,
    filter.limit,
    (r) => [r.due_date, r.id],
    (r) => toAction(actor, r),
  );
}

export async function getScorecard(db: Db, ctx: Ctx, query: ScorecardQuery) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const rows = await q.scorecard(db, ctx.actor, query);
  return {
    from: query.from,
    to: query.to,
    rows: rows.map((r) => ({
      organisation: { id: r.org_id, name: r.org_name },
      meetingsInvited: r.meetings_invited,
      meetingsAttended: r.meetings_attended,
      actionsOpen: r.actions_open,
      actionsOverdue: r.actions_overdue,
      doneOnTime: r.done_on_time,
      doneLate: r.done_late,
      averageDaysOverdue: r.average_days_overdue === null ? null : Number(r.average_days_overdue),
    })),
  };
}

// ---- calendars

export async function meetingIcs(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const row = await visibleMeeting(db, ctx.actor, id);
  return meetingCalendar(row.title, [row]);
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new personal feed token, shown once: only its hash is kept. */
export async function createCalendarToken(db: Db, ctx: Ctx, label: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'subscribe');
  const actor = ctx.actor;
  const token = randomBytes(32).toString('base64url');
  return await inTransaction(db, async (trx) => {
    const row = await q.insertCalendarToken(trx, actor.userId, hashOf(token), label);
    await recordAudit(trx, ctx, { action: 'calendar_token.create', entity: 'calendar_token', entityId: row.id, after: { label } });
    return { ...toToken(row), token, url: `/api/calendar/${token}.ics` };
  });
}

const toToken = (r: { id: string; label: string; created_at: Date; last_used_at: Date | null }) => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at.toISOString(),
  lastUsedAt: r.last_used_at?.toISOString() ?? null,
});

export async function listCalendarTokens(db: Db, ctx: Ctx) {
  authorizeUser(ctx.actor, meetingsPolicy, 'subscribe');
  return (await q.calendarTokensOf(db, ctx.actor.userId)).map(toToken);
}

export async function revokeCalendarToken(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'subscribe');
  const actor = ctx.actor;
  await inTransaction(db, async (trx) => {
    if (!(await q.revokeCalendarToken(trx, actor.userId, id))) throw notFound('Calendar token');
    await recordAudit(trx, ctx, { action: 'calendar_token.revoke', entity: 'calendar_token', entityId: id });
  });
}

/** The personal feed behind `token`, as its owner may see it now; an unknown or revoked token is a 404. */
export async function feedIcs(db: Db, token: string) {
  const actor = await q.actorOfCalendarToken(db, hashOf(token));
  if (!actor) throw notFound('Calendar');
  return meetingCalendar('Entente meetings', await q.listFeedMeetings(db, actor));
}

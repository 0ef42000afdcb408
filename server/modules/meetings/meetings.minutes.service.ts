// A meeting's minutes as a Yjs document (ADR 0023): policy → one transaction → change → audit.
// The server keeps every update in order and merges them with Yjs itself, so two people
// typing at once both keep their text; it also keeps the Markdown the document reads as.
// The minutes' life follows the meeting's state: circulating and approving them are the
// meeting's own transitions (meetings.service.ts `transitionMeeting`, in the same transaction).
import type { Transaction } from 'kysely';
import * as Y from 'yjs';
import type { Database, Db } from '../../db/database.ts';
import type { Actor, Ctx, UserActor } from '../../infra/actor.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { authorizeUser, can } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as mq from './meetings.minutes.queries.ts';
import { type MinutesStatus, editRefusal, minutesStatusOf } from './meetings.minutes.rules.ts';
import { type CirculateInput, MAX_UPDATE_BYTES, type MinutesUpdateInput } from './meetings.minutes.schema.ts';
import { meetingsPolicy } from './meetings.policy.ts';
import * as q from './meetings.queries.ts';
import { refusalOf } from './meetings.rules.ts';
import { transitionMeeting } from './meetings.service.ts';

/** The one shared type of the document: the minutes' Markdown. */
export const MINUTES_TEXT = 'markdown';
/** The longest minutes, in characters. */
export const MAX_MINUTES_CHARS = 200_000;
/** Every this many updates, the updates are merged into the snapshot and dropped. */
const COMPACT_EVERY = 100;

const EMPTY = Buffer.from(Y.encodeStateAsUpdate(new Y.Doc()));

function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}

async function visibleMeeting(db: Db, actor: Actor, id: string, lock = false) {
  const row = await q.findVisibleMeeting(db, actor, id, lock);
  if (!row) throw notFound('Meeting');
  return row;
}

/** The whole document: the snapshot and the updates after it, merged. */
async function mergedState(db: Db, actor: Actor, meetingId: string, minutes: mq.MinutesRow | undefined) {
  if (!minutes) return EMPTY;
  const later = await mq.updatesSince(db, actor, meetingId, Number(minutes.snapshot_seq));
  const parts = [minutes.snapshot, ...later.map((u) => u.update)].filter((p) => p.length > 0);
  return parts.length ? Buffer.from(Y.mergeUpdates(parts)) : EMPTY;
}

const iso = (d: Date | null) => d?.toISOString() ?? '';
const stamp = (id: string | null, name: string | null, at: Date | null) => (at ? { by: id ? { id, name: name ?? '' } : null, at: iso(at) } : null);

async function editorOf(db: Db, actor: UserActor, meeting: q.MeetingRow) {
  const role = await mq.participantRoleOf(db, meeting.id, actor.userId);
  return { owner_org_id: meeting.owner_org_id, participant_role: role };
}

/** Whether the minutes' comment period is over (today in the meeting's zone is after the deadline): the deadline then, else null. */
async function pastDeadline(db: Db, meeting: q.MeetingRow, minutes: mq.MinutesRow | undefined) {
  if (!minutes?.comment_deadline) return null;
  return (await q.todayIn(db, meeting.time_zone)) > minutes.comment_deadline ? minutes.comment_deadline : null;
}

/** The minutes of a meeting: the document, its text, its life and its corrections. */
export async function getMinutes(db: Db, ctx: Ctx, meetingId: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  const meeting = await visibleMeeting(db, actor, meetingId);
  const minutes = await mq.findVisibleMinutes(db, actor, meetingId);
  const [update, corrections, editor, past] = await Promise.all([
    mergedState(db, actor, meetingId, minutes),
    minutes ? mq.correctionsOf(db, actor, meetingId) : [],
    editorOf(db, actor, meeting),
    pastDeadline(db, meeting, minutes),
  ]);
  const status = minutesStatusOf(meeting.state, minutes?.locked_at ?? null);
  const runs = can(actor, meetingsPolicy, 'run', meeting);
  return {
    meetingId,
    meetingState: meeting.state,
    status,
    seq: Number(minutes?.last_seq ?? 0),
    update: update.toString('base64'),
    stateVector: Buffer.from(Y.encodeStateVectorFromUpdate(update)).toString('base64'),
    markdown: minutes?.markdown ?? '',
    commentDeadline: minutes?.comment_deadline ?? null,
    pastDeadline: past !== null,
    circulated: stamp(minutes?.circulated_by ?? null, minutes?.circulated_by_name ?? null, minutes?.circulated_at ?? null),
    approved: stamp(minutes?.approved_by ?? null, minutes?.approved_by_name ?? null, minutes?.approved_at ?? null),
    locked: stamp(minutes?.locked_by ?? null, minutes?.locked_by_name ?? null, minutes?.locked_at ?? null),
    corrections: corrections.map((c) => ({
      id: c.id,
      seq: Number(c.seq),
      author: { id: c.author_id, name: c.author_name ?? '' },
      at: c.at.toISOString(),
      reason: c.reason,
      before: c.before_text,
      after: c.after_text,
    })),
    abilities: {
      edit: can(actor, meetingsPolicy, 'editMinutes', editor) && editRefusal(status, { organiser: runs || editor.participant_role === 'secretariat', pastDeadline: past }) === null,
      circulate: runs && refusalOf(meeting.state, 'minutes_circulated') === null,
      approve: runs && refusalOf(meeting.state, 'minutes_approved') === null,
      lock: runs && status === 'approved',
    },
  };
}

/** How often a long poll looks for new updates. */
const POLL_EVERY_MS = 400;
const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        done();
      },
      { once: true },
    );
  });

/**
 * Long polls waiting now, per user. A waiting poll holds a connection (and, every
 * POLL_EVERY_MS, a pooled database connection for a moment): one user may hold at most
 * MAX_LONG_POLLS_PER_USER at once, so that a script or a hundred tabs cannot take the server's
 * connections from everyone else. The next is a 429 with Retry-After, at once and without
 * waiting; a poll without `wait` is not counted. Per server process.
 */
const longPolls = new Map<string, number>();
export const MAX_LONG_POLLS_PER_USER = 4;
const LONG_POLL_RETRY_AFTER_SECONDS = 5;

/**
 * The changes after `since`, merged into one update (null when there is none): what a client
 * polls for. With `waitSeconds`, a long poll: the answer waits until there is a change, the
 * time is up or the client goes away (`signal`) — at most MAX_LONG_POLLS_PER_USER of them a user.
 */
export async function minutesUpdatesSince(db: Db, ctx: Ctx, meetingId: string, since: number, waitSeconds = 0, signal?: AbortSignal) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  await visibleMeeting(db, actor, meetingId);
  if (waitSeconds <= 0) return await updatesAfter(db, ctx, meetingId, since, 0, signal);
  const waiting = longPolls.get(actor.userId) ?? 0;
  if (waiting >= MAX_LONG_POLLS_PER_USER)
    throw new AppError(
      'rate_limited',
      `You are waiting for changes to minutes in ${waiting} requests already (at most ${MAX_LONG_POLLS_PER_USER} at once): try again when one has been answered`,
      [],
      { 'retry-after': String(LONG_POLL_RETRY_AFTER_SECONDS) },
    );
  longPolls.set(actor.userId, waiting + 1);
  try {
    return await updatesAfter(db, ctx, meetingId, since, waitSeconds, signal);
  } finally {
    const left = (longPolls.get(actor.userId) ?? 1) - 1;
    if (left > 0) longPolls.set(actor.userId, left);
    else longPolls.delete(actor.userId);
  }
}

async function updatesAfter(db: Db, ctx: Ctx, meetingId: string, since: number, waitSeconds: number, signal?: AbortSignal) {
  const until = Date.now() + waitSeconds * 1000;
  for (;;) {
    const minutes = await mq.findVisibleMinutes(db, ctx.actor, meetingId);
    const seq = Number(minutes?.last_seq ?? 0);
    if (minutes && since < seq) {
      // Updates merged into the snapshot are gone: a client that far behind gets the whole
      // document (applying what it has already is a no-op in Yjs).
      const parts = since < Number(minutes.snapshot_seq) ? [minutes.snapshot] : [];
      parts.push(...(await mq.updatesSince(db, ctx.actor, meetingId, Math.max(since, Number(minutes.snapshot_seq)))).map((u) => u.update));
      const nonEmpty = parts.filter((p) => p.length > 0);
      return { seq, update: nonEmpty.length ? Buffer.from(Y.mergeUpdates(nonEmpty)).toString('base64') : null };
    }
    const left = until - Date.now();
    if (left <= 0 || signal?.aborted) return { seq, update: null };
    await pause(Math.min(POLL_EVERY_MS, left), signal);
  }
}

/** Base64 to bytes, or a 400 naming the field. */
function decodeUpdate(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (!bytes.length || bytes.length > MAX_UPDATE_BYTES || bytes.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, ''))
    throw invalid('body.update', `must be a base64 Yjs update of at most ${MAX_UPDATE_BYTES} bytes`);
  return bytes;
}

/**
 * Applies `bytes` to `doc`: a 400 naming `body.update` when it is not a Yjs update, needs changes
 * the document does not have (another document's, or one sent out of order), or touches anything
 * but the minutes' text.
 */
function applyChecked(doc: Y.Doc, bytes: Uint8Array) {
  try {
    Y.applyUpdate(doc, bytes);
  } catch {
    throw invalid('body.update', 'is not a Yjs update');
  }
  if (doc.store.pendingStructs || doc.store.pendingDs)
    throw invalid('body.update', 'depends on changes these minutes do not have (another document, or an update sent out of order)');
  for (const name of doc.share.keys()) if (name !== MINUTES_TEXT) throw invalid('body.update', `changes "${name}": only the minutes' text ("${MINUTES_TEXT}") may change`);
  // Inside the text too, only plain text: formatting, embeds, nested types and attributes are
  // not in the Markdown (nor its audit) yet every reader would receive them.
  const text = doc.getText(MINUTES_TEXT);
  for (const item of text._map.values()) if (!item.deleted) throw invalid('body.update', 'sets an attribute on the minutes: only their plain text may change');
  for (let item = text._start; item; item = item.right)
    if (!item.deleted && !(item.content instanceof Y.ContentString))
      throw invalid('body.update', 'puts formatting, an embed or a nested type in the minutes: only plain text may change');
}

/**
 * One Yjs update from an editor, merged with what the others sent. After approval it is a
 * correction: its reason is required and the text before and after is kept.
 */
export async function writeMinutes(db: Db, ctx: Ctx, meetingId: string, input: MinutesUpdateInput) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  const bytes = decodeUpdate(input.update);
  return await inTransaction(db, async (trx) => {
    const meeting = await visibleMeeting(trx, actor, meetingId, true);
    const editor = await editorOf(trx, actor, meeting);
    authorizeUser(actor, meetingsPolicy, 'editMinutes', editor);
    await mq.ensureMinutes(trx, meetingId);
    const minutes = (await mq.findVisibleMinutes(trx, actor, meetingId, true))!;
    const status = minutesStatusOf(meeting.state, minutes.locked_at);
    const organiser = can(actor, meetingsPolicy, 'run', meeting) || editor.participant_role === 'secretariat';
    const refusal = editRefusal(status, { organiser, pastDeadline: await pastDeadline(trx, meeting, minutes) });
    if (refusal) throw new AppError('conflict', `The minutes cannot change: ${refusal}`);
    if (status === 'approved' && !input.reason) throw invalid('body.reason', 'the minutes are approved: say why they change (a correction)');

    const doc = new Y.Doc();
    const current = await mergedState(trx, actor, meetingId, minutes);
    Y.applyUpdate(doc, current);
    const before = doc.getText(MINUTES_TEXT).toString();
    const known = Y.encodeStateVector(doc);
    applyChecked(doc, bytes);
    // What the update changed, as the server's document has it: kept in place of the bytes sent,
    // so structs it repeats (with other content under the same ids) or inserts and deletes at once
    // never reach the other readers.
    const applied = Buffer.from(Y.encodeStateAsUpdate(doc, known));
    const after = doc.getText(MINUTES_TEXT).toString();
    if (after.length > MAX_MINUTES_CHARS) throw invalid('body.update', `the minutes would be longer than ${MAX_MINUTES_CHARS} characters`);
    // Readers get the stored updates merged: they must read as the text kept here. An update
    // forging structs of ids already taken (other content, origins out of order) may not.
    const check = new Y.Doc();
    Y.applyUpdate(check, Y.mergeUpdates([current, applied]));
    if (check.getText(MINUTES_TEXT).toString() !== after) throw invalid('body.update', 'reuses the ids of changes these minutes already have, with other content');

    const seq = Number(minutes.last_seq) + 1;
    await mq.insertUpdate(trx, { meeting_id: meetingId, seq, update: applied, author_id: actor.userId });
    const compact = seq - Number(minutes.snapshot_seq) >= COMPACT_EVERY;
    await mq.saveMinutes(trx, meetingId, {
      last_seq: seq,
      markdown: after,
      ...(compact ? { snapshot: Buffer.from(Y.encodeStateAsUpdate(doc)), snapshot_seq: seq } : {}),
    });
    if (compact) await mq.dropUpdatesUpTo(trx, meetingId, seq);

    let correctionId: string | null = null;
    if (status === 'approved') {
      const reason = input.reason!;
      correctionId = (await mq.insertCorrection(trx, { meeting_id: meetingId, seq, author_id: actor.userId, reason, before_text: before, after_text: after })).id;
      await recordAudit(trx, ctx, {
        action: 'meeting.correct_minutes',
        entity: 'meeting',
        entityId: meetingId,
        before: { minutes: before },
        after: { correctionId, seq, reason, minutes: after },
      });
    } else {
      await recordAudit(trx, ctx, { action: 'meeting.edit_minutes', entity: 'meeting', entityId: meetingId, after: { seq, bytes: bytes.length, characters: after.length } });
    }
    return { seq, status: status as MinutesStatus, markdown: after, correctionId };
  });
}

/** Circulates the minutes to the people on the meeting with a comment deadline: the meeting becomes `minutes_circulated`. */
export async function circulateMinutes(db: Db, ctx: Ctx, meetingId: string, input: CirculateInput) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  await inTransaction(db, async (trx) => {
    const meeting = await visibleMeeting(trx, actor, meetingId, true);
    authorizeUser(actor, meetingsPolicy, 'run', meeting);
    const refusal = refusalOf(meeting.state, 'minutes_circulated');
    if (refusal) throw new AppError('conflict', `The minutes cannot be circulated: ${refusal}`, [{ path: 'state', message: refusal }]);
    const today = await q.todayIn(trx, meeting.time_zone);
    if (input.commentDeadline < today) throw invalid('body.commentDeadline', `must be today (${today} in ${meeting.time_zone}) or later`);
    await mq.ensureMinutes(trx, meetingId);
    const minutes = (await mq.findVisibleMinutes(trx, actor, meetingId, true))!;
    if (!minutes.markdown.trim()) throw new AppError('conflict', 'The minutes cannot be circulated: they are empty');
    await transitionMeeting(trx, ctx, meetingId, { to: 'minutes_circulated' }, { byMinutes: true });
    await mq.saveMinutes(trx, meetingId, { comment_deadline: input.commentDeadline, circulated_by: actor.userId, circulated_at: new Date() });
    await recordAudit(trx, ctx, { action: 'meeting.circulate_minutes', entity: 'meeting', entityId: meetingId, after: { ...input, seq: Number(minutes.last_seq) } });
  });
  return await getMinutes(db, ctx, meetingId);
}

/** Approves the circulated minutes: the meeting becomes `minutes_approved`, its decisions are frozen, and a change is a correction. */
export async function approveMinutes(db: Db, ctx: Ctx, meetingId: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  await inTransaction(db, async (trx) => {
    const meeting = await visibleMeeting(trx, actor, meetingId, true);
    authorizeUser(actor, meetingsPolicy, 'run', meeting);
    const refusal = refusalOf(meeting.state, 'minutes_approved');
    if (refusal) throw new AppError('conflict', `The minutes cannot be approved: ${refusal}`, [{ path: 'state', message: refusal }]);
    await mq.ensureMinutes(trx, meetingId);
    const minutes = (await mq.findVisibleMinutes(trx, actor, meetingId, true))!;
    await transitionMeeting(trx, ctx, meetingId, { to: 'minutes_approved' }, { byMinutes: true });
    await mq.saveMinutes(trx, meetingId, { approved_by: actor.userId, approved_at: new Date() });
    await recordAudit(trx, ctx, { action: 'meeting.approve_minutes', entity: 'meeting', entityId: meetingId, after: { seq: Number(minutes.last_seq), minutes: minutes.markdown } });
  });
  return await getMinutes(db, ctx, meetingId);
}

/** Locks approved minutes: no change, not even a correction, from then on. */
export async function lockMinutes(db: Db, ctx: Ctx, meetingId: string) {
  authorizeUser(ctx.actor, meetingsPolicy, 'read');
  const actor = ctx.actor;
  await inTransaction(db, async (trx) => {
    const meeting = await visibleMeeting(trx, actor, meetingId, true);
    authorizeUser(actor, meetingsPolicy, 'run', meeting);
    await mq.ensureMinutes(trx, meetingId);
    const minutes = (await mq.findVisibleMinutes(trx, actor, meetingId, true))!;
    const status = minutesStatusOf(meeting.state, minutes.locked_at);
    if (status !== 'approved')
      throw new AppError('conflict', `Only approved minutes are locked (they are ${status ?? 'none: the meeting is cancelled'})`, [
        { path: 'state', message: `the minutes are ${status}` },
      ]);
    await mq.saveMinutes(trx, meetingId, { locked_by: actor.userId, locked_at: new Date() });
    await recordAudit(trx, ctx, { action: 'meeting.lock_minutes', entity: 'meeting', entityId: meetingId, after: { seq: Number(minutes.last_seq) } });
  });
  return await getMinutes(db, ctx, meetingId);
}

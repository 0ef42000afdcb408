// Who may do what with meetings. A meeting is a shared row: its owner organisation's users
// (not viewers) run it — schedule, agenda, attendance, decisions, action items, reviews.
// Series are the coalition's structure: the secretariat's admins and coordinators, and any
// member's coordinators, set them up. An action item's owner organisations report on it.
// Who *reads* a meeting (and so its agenda, decisions and action items) is `visibleTo`.
import type { Actor, UserActor } from '../../infra/actor.ts';
import { can, definePolicy, hasRole, signedIn } from '../../infra/policy.ts';
import { type OwnedRow, createShared, editShared } from '../sharing/sharing.policy.ts';

/** What the action-item rule needs: its meeting's owner and its owner organisations. */
export interface ActionItemSubject {
  owner_org_id: string;
  owner_org_ids: string[];
}

/** What the minutes rule needs: the meeting's owner, and the editor's role on the meeting when they are on it. */
export interface MinutesSubject extends OwnedRow {
  participant_role: string | null;
}

export const meetingsPolicy = definePolicy('meetings', {
  read: signedIn,
  createSeries: hasRole(['admin', 'coordinator'], 'set up meeting series'),
  updateSeries: (actor: UserActor, series: OwnedRow) =>
    actor.role === 'admin' || (actor.role === 'coordinator' && series.owner_org_id === actor.orgId) || 'Only an admin or a coordinator of its organisation changes a series',
  /** A meeting is owned by the creator's organisation. */
  create: (actor: UserActor) => createShared(actor, actor.orgId),
  /** A series' meetings are its organisation's, so no one else reviews (and closes) the items carried in it. */
  addToSeries: (actor: UserActor, series: OwnedRow) => series.owner_org_id === actor.orgId || 'Only the organisation that runs the series adds meetings to it',
  /** Its time, place, state, attendance, agenda, decisions, action items and reviews. */
  run: editShared,
  /** An action item's status and dated updates: its owner organisations, or the meeting's. */
  reportOnAction: (actor: UserActor, item: ActionItemSubject) => {
    if (actor.role === 'viewer') return 'Viewers cannot change shared information';
    return item.owner_org_id === actor.orgId || item.owner_org_ids.includes(actor.orgId) || 'Only the owner organisations of the action item, or the meeting’s, report on it';
  },
  /** The minutes' text (ADR 0023): the meeting's organisers and the people on it, not viewers. */
  editMinutes: (actor: UserActor, m: MinutesSubject) => {
    if (actor.role === 'viewer') return 'Viewers cannot change shared information';
    return m.owner_org_id === actor.orgId || m.participant_role !== null || 'Only the people on the meeting and its organisers edit its minutes';
  },
  /** A personal calendar feed (its own token). */
  subscribe: signedIn,
});

/** What a meeting's answer tells the web app it may do. */
export const meetingAbilities = (actor: Actor, row: OwnedRow) => ({
  run: can(actor, meetingsPolicy, 'run', row),
});

export const actionItemAbilities = (actor: Actor, item: ActionItemSubject) => ({
  report: can(actor, meetingsPolicy, 'reportOnAction', item),
});

// Who may do what with indicators, their values and closed periods. Who *reads* them is
// `visibleTo`, in the SQL (a value needs both its own row and its indicator's). A
// coordinator "of the line" is a coordinator whose organisation co-leads a working group of
// the indicator's line of effort (`coordinatesLine`, read in SQL beside the row).
import type { Actor, UserActor } from '../../infra/actor.ts';
import { type Verdict, can, definePolicy, signedIn } from '../../infra/policy.ts';
import { type OwnedRow, editShared } from '../sharing/sharing.policy.ts';

/** What the rules need of an indicator's line: whether the actor's organisation co-leads one of its working groups. */
export interface LineSubject {
  coordinatesLine: boolean;
}

const ofTheLine = (actor: UserActor, line: LineSubject, doing: string): Verdict =>
  actor.role === 'admin' ||
  (actor.role === 'coordinator' && line.coordinatesLine) ||
  `Only coordinators of this line of effort (co-leads of its working groups) or admins ${doing}`;

export const indicatorsPolicy = definePolicy('indicators', {
  read: signedIn,
  /** Defining an indicator of a line (owned by the creator's organisation). */
  create: (actor: UserActor, line: LineSubject) => ofTheLine(actor, line, 'define its indicators'),
  /** Changing or deleting an indicator: its owner organisation's admins and coordinators. */
  update: (actor: UserActor, row: OwnedRow) => (actor.role === 'admin' || actor.role === 'coordinator' ? editShared(actor, row) : 'Only admins and coordinators change indicators'),
  delete: (actor: UserActor, row: OwnedRow) => (actor.role === 'admin' || actor.role === 'coordinator' ? editShared(actor, row) : 'Only admins and coordinators delete indicators'),
  /** Entering, changing, submitting or withdrawing a value reported by `row.owner_org_id`. */
  report: (actor: UserActor, row: OwnedRow) => {
    if (actor.role === 'viewer') return 'Viewers cannot report values';
    if (row.owner_org_id !== actor.orgId) return 'You report values for your own organisation only: this value is outside your organisation';
    return true;
  },
  /** Approving, returning and un-approving values of an indicator. */
  approve: (actor: UserActor, line: LineSubject) => ofTheLine(actor, line, 'approve, return or un-approve its values'),
  /** Closing or reopening a period: for one indicator, its line's coordinators or admins; coalition-wide, admins. */
  closePeriod: (actor: UserActor, scope: LineSubject & { coalitionWide: boolean }) =>
    scope.coalitionWide ? actor.role === 'admin' || 'Only admins close periods for every indicator' : ofTheLine(actor, scope, 'close its periods'),
});

/** What an indicator's answer tells the web app it may do. */
export const indicatorAbilities = (actor: Actor, row: OwnedRow & LineSubject) => ({
  update: can(actor, indicatorsPolicy, 'update', row),
  delete: can(actor, indicatorsPolicy, 'delete', row),
  approveValues: can(actor, indicatorsPolicy, 'approve', row),
  closePeriods: can(actor, indicatorsPolicy, 'closePeriod', { coordinatesLine: row.coordinatesLine, coalitionWide: false }),
});

/** What a value's answer tells the web app it may do (its status decides the rest; the service checks again). */
export const valueAbilities = (actor: Actor, row: OwnedRow & LineSubject & { status: string }) => {
  const reports = can(actor, indicatorsPolicy, 'report', row);
  const approves = can(actor, indicatorsPolicy, 'approve', row);
  return {
    update: reports && (row.status === 'draft' || row.status === 'returned'),
    submit: reports && (row.status === 'draft' || row.status === 'returned'),
    withdraw: reports && row.status === 'submitted',
    approve: approves && row.status === 'submitted',
    return: approves && row.status === 'submitted',
    unapprove: approves && row.status === 'approved',
  };
};

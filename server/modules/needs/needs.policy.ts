// Needs are shared rows: changes follow sharing's edit rule (the owner organisation, not a
// viewer). A need may also speak for a working group — only when a co-lead of that group,
// or the secretariat, states it. Who reads a need is `visibleTo`, in the SQL.
import type { Actor, UserActor } from '../../infra/actor.ts';
import { can, definePolicy, signedIn } from '../../infra/policy.ts';
import { type OwnedRow, createShared, editShared } from '../sharing/sharing.policy.ts';

export const needsPolicy = definePolicy('needs', {
  read: signedIn,
  /** Creating a need: it is owned by the creator's organisation. */
  create: (actor: UserActor) => createShared(actor, actor.orgId),
  update: editShared,
  delete: editShared,
  /** Stating a need on behalf of a working group; `coLead`: the actor's organisation co-leads it. */
  stateForWorkingGroup: (actor: UserActor, group: { coLead: boolean }) =>
    group.coLead || actor.orgKind === 'secretariat' || 'Only a co-lead of the working group, or the secretariat, states needs on its behalf',
});

/** What a need's answer tells the web app it may do with it (from the row's own columns). */
export const needAbilities = (actor: Actor, row: OwnedRow) => ({
  update: can(actor, needsPolicy, 'update', row),
  delete: can(actor, needsPolicy, 'delete', row),
});

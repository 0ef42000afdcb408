// Contributions are shared rows: every change — content, status, places, links to needs,
// deletion — follows sharing's edit rule (the owner organisation, not a viewer). Who reads
// a contribution is `visibleTo`, in the SQL.
import type { Actor, UserActor } from '../../infra/actor.ts';
import { can, definePolicy, signedIn } from '../../infra/policy.ts';
import { type OwnedRow, createShared, editShared } from '../sharing/sharing.policy.ts';

export const contributionsPolicy = definePolicy('contributions', {
  /** Lists, single reads and the coverage views (their rows: `visibleTo`). */
  read: signedIn,
  /** Creating a contribution: it is owned by the creator's organisation. */
  create: (actor: UserActor) => createShared(actor, actor.orgId),
  update: editShared,
  changeStatus: editShared,
  delete: editShared,
  /** Linking the contribution to a need it meets, or unlinking it (the need need only be visible). */
  linkNeed: editShared,
});

/** What a contribution's answer tells the web app it may do with it (from the row's own columns). */
export const contributionAbilities = (actor: Actor, row: OwnedRow) => ({
  update: can(actor, contributionsPolicy, 'update', row),
  changeStatus: can(actor, contributionsPolicy, 'changeStatus', row),
  delete: can(actor, contributionsPolicy, 'delete', row),
  linkNeed: can(actor, contributionsPolicy, 'linkNeed', row),
});

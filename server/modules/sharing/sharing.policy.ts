// The edit rule of every shared row (documents, contributions, needs, and the modules to
// come), written once: only users of the owner organisation who are not viewers create,
// change or delete a row, and so only the owner lowers its marking. Who may *read* a row is
// not here but in the SQL (`visibleTo`): these rules are asked only about rows the actor
// has already read. Each shared module's policy file builds its abilities from these.
import type { UserActor } from '../../infra/actor.ts';
import { type Verdict, definePolicy } from '../../infra/policy.ts';

/** What the rule needs of a row: the organisation that owns it. */
export interface OwnedRow {
  owner_org_id: string;
}

/** Creating a row owned by `ownerOrgId`: a user of that organisation who is not a viewer. */
export function createShared(actor: UserActor, ownerOrgId: string): Verdict {
  if (actor.role === 'viewer') return 'Viewers cannot change shared information';
  if (ownerOrgId !== actor.orgId) return 'Only the owner organisation changes this';
  return true;
}

/** Changing or deleting `row` (its content, its audience, its marking up or down). */
export const editShared = (actor: UserActor, row: OwnedRow): Verdict => createShared(actor, row.owner_org_id);

/** The rule as a policy, for the sharing handle and for modules that need nothing more. */
export const sharedRowsPolicy = definePolicy('shared rows', {
  create: createShared,
  edit: editShared,
});

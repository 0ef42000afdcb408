// Who may import rows for which organisation. Imported rows belong to the organisation they
// are imported for: a user who is not a viewer imports for their own organisation, and the
// secretariat's admins and coordinators import on behalf of any member. Which existing rows
// an import may match or change is not decided here but in the SQL (`visibleTo`, then
// each entity's edit rule): an id held by a row the importer cannot read is refused as taken.
import type { UserActor } from '../../infra/actor.ts';
import { definePolicy, signedIn } from '../../infra/policy.ts';

const onBehalf = (actor: UserActor) => actor.orgKind === 'secretariat' && (actor.role === 'admin' || actor.role === 'coordinator');

export const importsPolicy = definePolicy('imports', {
  /** Uploading a file at all (a dry run included). */
  import: (actor: UserActor) => actor.role !== 'viewer' || 'Viewers cannot import',
  /** Importing for any organisation, not only one's own. */
  importOnBehalf: (actor: UserActor) => onBehalf(actor) || 'Only the secretariat imports on behalf of other organisations',
  /** Importing rows owned by the organisation `orgId`. */
  importFor: (actor: UserActor, orgId: string) => {
    if (actor.role === 'viewer') return 'Viewers cannot import';
    return orgId === actor.orgId || onBehalf(actor) || 'You may import only for your own organisation';
  },
  /** Exporting what one may pass on; which rows that is, is the SQL's (`exportableBy`). */
  export: signedIn,
});

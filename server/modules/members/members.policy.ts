// Everybody signed in reads the member registry; only admins (the secretariat) change it.
import type { Actor } from '../../infra/actor.ts';
import { assertRole, assertSignedIn } from '../../infra/policy.ts';

export const membersPolicy = {
  read: (actor: Actor) => {
    if (actor.kind !== 'system') assertSignedIn(actor);
  },
  manage: (actor: Actor) => assertRole(actor, ['admin'], 'manage members and groups'),
};

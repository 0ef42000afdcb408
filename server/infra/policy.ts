// Role checks shared by every module's policy file. A service's first line calls its policy.
import type { Role } from '../../common/enums.ts';
import type { Actor, UserActor } from './actor.ts';
import { AppError, forbidden } from './errors.ts';

export function assertSignedIn(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in to use this');
}

/** The system actor (command line, demo loader) passes every role check. */
export function assertRole(actor: Actor, roles: readonly Role[], doing: string): void {
  if (actor.kind === 'system') return;
  assertSignedIn(actor);
  if (!roles.includes(actor.role)) throw forbidden(`Only ${roles.join(' or ')} users may ${doing}`);
}

export const isAdmin = (actor: Actor) => actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');

// Accounts: everybody signed in finds users by name (to name RED recipients); admins create
// and change accounts, and only admins see e-mail addresses — besides each user their own.
import type { UserActor } from '../../infra/actor.ts';
import { definePolicy, hasRole, isAdminUser, signedIn } from '../../infra/policy.ts';

export const usersPolicy = definePolicy('users', {
  read: signedIn,
  manage: hasRole(['admin'], 'manage user accounts'),
  /** Searching and listing by e-mail address. */
  readEmails: (actor: UserActor) => isAdminUser(actor) || 'Only admin users see e-mail addresses',
  readEmailOf: (actor: UserActor, user: { id: string }) => isAdminUser(actor) || actor.userId === user.id || 'Only admin users see e-mail addresses',
});

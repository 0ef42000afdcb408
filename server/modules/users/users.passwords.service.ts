// An account's password hash, for the auth module: sign-in checks it, a signed-in user sets
// their own. The hash lives in users' table, so users reads and writes it; auth keeps the
// sessions, the sign-in limits, the hashing and the audit events.
//
// A file of its own, apart from users.service.ts: that one imports auth.service.ts (to end a
// user's sessions, to hash an admin's password) and auth.service.ts imports this one, so in
// one file the two would be an import cycle.
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { AppError } from '../../infra/errors.ts';
import * as q from './users.queries.ts';

/**
 * The account signing in with `email` (any case): its id, organisation, role, whether it is
 * disabled, and its password hash to check; undefined for no such account. No policy: the
 * caller is signing in, there is no actor yet.
 */
export async function signInAccountOf(db: Db, email: string) {
  return await q.findSignInAccount(db, email);
}

/** The signed-in user's own e-mail address, password hash and whether the account is disabled (undefined if it is gone). */
export async function ownPasswordOf(db: Db, ctx: Ctx) {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  return await q.findPassword(db, ctx.actor.userId);
}

/** When an admin last set the password of `userId` (null if they set their own since), read at the user's sign-in. */
export async function passwordResetNoticeOf(db: Db, userId: string): Promise<Date | null> {
  return await q.findPasswordResetNotice(db, userId);
}

/**
 * Sets the signed-in user's own password hash inside the caller's transaction, and clears the
 * admin's reset notice. The caller (auth's changeOwnPassword) checked the current password,
 * hashed the new one and writes the audit event; only the actor's own account can be named.
 */
export async function setOwnPasswordHashIn(trx: Db, ctx: Ctx, passwordHash: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  await q.setOwnPassword(trx, ctx.actor.userId, passwordHash);
}

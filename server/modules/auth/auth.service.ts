// Sign-in, sign-out and session resolution. Sessions live in the database; the cookie
// holds a random token whose SHA-256 is the session's key.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { AppError, invalid } from '../../infra/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ownPasswordOf, passwordResetNoticeOf, setOwnPasswordHashIn, signInAccountOf } from '../users/users.passwords.service.ts';
import * as q from './auth.queries.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** How every password is stored (argon2id): for the users module, which sets passwords when an admin creates or resets an account. */
export { hashPassword };

export interface ResolvedSession {
  actor: UserActor;
  tokenHash: string;
  csrfToken: string;
  displayName: string;
  orgName: string;
  locale: string;
}

/** The signed-in user behind a cookie token, or undefined if it is unknown, idle or expired. */
export async function resolveSession(db: Kysely<Database>, config: Config, token: string): Promise<ResolvedSession | undefined> {
  const tokenHash = sha256(token);
  const row = await q.findSessionWithUser(db, tokenHash);
  if (!row) return undefined;
  const now = Date.now();
  const idleLimit = row.last_seen_at.getTime() + config.sessionIdleMinutes * 60_000;
  if (row.disabled || row.expires_at.getTime() <= now || idleLimit <= now) {
    await q.deleteSession(db, tokenHash);
    return undefined;
  }
  // Writing on every request would cost a write per read; a minute's precision is plenty.
  if (now - row.last_seen_at.getTime() > 60_000) await q.touchSession(db, tokenHash);
  return {
    actor: {
      kind: 'user',
      userId: row.user_id,
      orgId: row.org_id,
      orgKind: row.org_kind,
      role: row.role,
      email: row.email,
    },
    tokenHash,
    csrfToken: row.csrf_token,
    displayName: row.display_name,
    orgName: row.org_name,
    locale: row.locale,
  };
}

function tooManyAttempts(limitedBy: 'account' | 'address', oldestFailure: Date, windowMinutes: number) {
  const retryAt = new Date(oldestFailure.getTime() + windowMinutes * 60_000);
  const retryAfter = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
  const whose = limitedBy === 'account' ? 'this account' : 'your network address';
  return new AppError('rate_limited', `Too many failed sign-ins for ${whose}. Try again after ${retryAt.toISOString()}.`, [], {
    'retry-after': String(retryAfter),
  });
}

/**
 * Checks a password under two limits: failures per account and failures per client
 * address within the window. A failure is recorded BEFORE the password is checked (and
 * given back if the password was right), so parallel attempts are counted as they start:
 * of 200 simultaneous guesses at one account, exactly the allowed number are checked.
 */
export async function signIn(
  db: Kysely<Database>,
  config: Config,
  ctx: Ctx,
  input: { email: string; password: string; clientAddress: string },
  previousTokenHash?: string,
): Promise<{ token: string; csrfToken: string; passwordResetByAdminAt: Date | null }> {
  const since = new Date(Date.now() - config.loginWindowMinutes * 60_000);
  const reservation = await db.transaction().execute((trx) =>
    q.reserveSignInFailure(trx, {
      email: input.email,
      clientAddress: input.clientAddress,
      since,
      maxPerAccount: config.loginMaxFailures,
      maxPerAddress: config.loginMaxFailuresPerAddress,
    }),
  );
  if (!reservation.reserved) throw tooManyAttempts(reservation.limitedBy, reservation.oldestFailure, config.loginWindowMinutes);
  const user = await signInAccountOf(db, input.email);
  const ok = (await verifyPassword(user?.password_hash, input.password)) && user && !user.disabled;
  if (!ok || !user) {
    // The failure itself was recorded by the reservation; the audit log says who and from where.
    await db.transaction().execute(async (trx) => {
      await recordAudit(trx, ctx, {
        action: 'auth.sign_in_failed',
        entity: 'app_user',
        entityId: user?.id ?? null,
        after: { email: input.email.toLowerCase(), clientAddress: input.clientAddress },
      });
    });
    throw new AppError('unauthenticated', 'Wrong e-mail or password');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const actorCtx: Ctx = {
    ...ctx,
    actor: { kind: 'user', userId: user.id, orgId: user.org_id, orgKind: 'state', role: user.role, email: input.email },
  };
  const passwordResetByAdminAt = await db.transaction().execute(async (trx) => {
    await q.releaseSignInFailure(trx, reservation.failureId);
    // A fresh session id at every sign-in: a session planted before sign-in is dropped.
    if (previousTokenHash) await q.deleteSession(trx, previousTokenHash);
    await q.insertSession(trx, {
      token_hash: sha256(token),
      user_id: user.id,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + config.sessionAbsoluteHours * 3_600_000),
    });
    await recordAudit(trx, actorCtx, { action: 'auth.sign_in', entity: 'app_user', entityId: user.id });
    // Shown at every sign-in until the user sets their own password (changeOwnPassword).
    return await passwordResetNoticeOf(trx, user.id);
  });
  return { token, csrfToken, passwordResetByAdminAt };
}

/**
 * A signed-in user sets their own password, giving the current one: after an admin's reset
 * the admin no longer knows it. Wrong current passwords count against the same limits as
 * sign-in (per account and per client address, reserved before the check), so this route
 * is no faster way to guess. The new password is hashed with argon2id, every other session
 * of the user ends (this one stays), the admin's reset notice is cleared, and it is audited
 * (without either password or the hash).
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  config: Config,
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string; clientAddress: string; tokenHash: string },
): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  const account = await ownPasswordOf(db, ctx);
  if (!account || account.disabled) throw new AppError('unauthenticated', 'Sign in first');
  const since = new Date(Date.now() - config.loginWindowMinutes * 60_000);
  const reservation = await db.transaction().execute((trx) =>
    q.reserveSignInFailure(trx, {
      email: account.email,
      clientAddress: input.clientAddress,
      since,
      maxPerAccount: config.loginMaxFailures,
      maxPerAddress: config.loginMaxFailuresPerAddress,
    }),
  );
  if (!reservation.reserved) throw tooManyAttempts(reservation.limitedBy, reservation.oldestFailure, config.loginWindowMinutes);
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
    await db.transaction().execute(async (trx) => {
      await recordAudit(trx, ctx, {
        action: 'auth.password_change_failed',
        entity: 'app_user',
        entityId: actor.userId,
        after: { clientAddress: input.clientAddress },
      });
    });
    throw invalid('body.currentPassword', 'this is not your current password');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await q.releaseSignInFailure(trx, reservation.failureId);
    await setOwnPasswordHashIn(trx, ctx, passwordHash);
    const sessionsEnded = await q.endOtherSessions(trx, actor.userId, input.tokenHash);
    await recordAudit(trx, ctx, { action: 'auth.password_change', entity: 'app_user', entityId: actor.userId, after: { sessionsEnded } });
  });
}

/**
 * Ends every session of `userId` inside the caller's transaction; returns how many ended. For
 * the users module: an admin's password reset or a disabled account ends the sessions that
 * exist, in the same transaction as the change. No policy of its own: the caller checked its
 * own (users' manage) and writes the audit event.
 */
export async function endSessionsOfIn(trx: Db, userId: string): Promise<number> {
  return await q.endSessionsOfUser(trx, userId);
}

export async function signOut(db: Kysely<Database>, ctx: Ctx, tokenHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ended = await q.deleteSession(trx, tokenHash);
    if (ended) await recordAudit(trx, ctx, { action: 'auth.sign_out', entity: 'app_user', entityId: ended.user_id });
  });
}

export async function purgeExpiredSessions(db: Kysely<Database>, config: Config): Promise<void> {
  const now = new Date();
  await q.deleteExpiredSessions(db, now, new Date(now.getTime() - config.sessionIdleMinutes * 60_000));
}

/** Failures older than the window no longer count for any limit: they are deleted, not kept forever. */
export async function purgeOldSignInFailures(db: Kysely<Database>, config: Config, now = new Date()): Promise<number> {
  return await q.deleteSignInFailuresBefore(db, new Date(now.getTime() - config.loginWindowMinutes * 60_000));
}

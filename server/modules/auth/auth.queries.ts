import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function findSessionWithUser(db: Db, tokenHash: string) {
  return await db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.org_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.locale',
      'u.disabled',
      'u.org_id',
      'o.kind as org_kind',
      'o.name as org_name',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string) {
  await db.updateTable('session').set({ last_seen_at: new Date() }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string) {
  return await db.deleteFrom('session').where('token_hash', '=', tokenHash).returning('user_id').executeTakeFirst();
}

export async function insertSession(db: Db, row: { token_hash: string; user_id: string; csrf_token: string; expires_at: Date }) {
  await db.insertInto('session').values(row).execute();
}

export async function findUserForSignIn(db: Db, email: string) {
  return await db.selectFrom('app_user').select(['id', 'org_id', 'password_hash', 'disabled', 'role']).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export type SignInReservation = { reserved: true; failureId: string } | { reserved: false; limitedBy: 'account' | 'address'; oldestFailure: Date };

/**
 * Counts the recent failures of the account and of the client address and, when both are
 * under their limits, records one failure in advance for the attempt about to be checked.
 * Must run in a transaction: the advisory locks (account first, then address, always in
 * that order so two attempts never wait on each other crosswise) make the count and the
 * insert one step, so parallel attempts cannot all read the same count.
 */
export async function reserveSignInFailure(
  trx: Db,
  a: { email: string; clientAddress: string; since: Date; maxPerAccount: number; maxPerAddress: number },
): Promise<SignInReservation> {
  const email = a.email.toLowerCase();
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`sign_in:account:${email}`}, 0))`.execute(trx);
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`sign_in:address:${a.clientAddress}`}, 0))`.execute(trx);
  const account = await trx
    .selectFrom('sign_in_failure')
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.min('failed_at').as('oldest')])
    .where(sql`lower(email)`, '=', email)
    .where('failed_at', '>', a.since)
    .executeTakeFirstOrThrow();
  if (Number(account.count) >= a.maxPerAccount) return { reserved: false, limitedBy: 'account', oldestFailure: account.oldest as Date };
  const address = await trx
    .selectFrom('sign_in_failure')
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.min('failed_at').as('oldest')])
    .where('client_address', '=', a.clientAddress)
    .where('failed_at', '>', a.since)
    .executeTakeFirstOrThrow();
  if (Number(address.count) >= a.maxPerAddress) return { reserved: false, limitedBy: 'address', oldestFailure: address.oldest as Date };
  const row = await trx.insertInto('sign_in_failure').values({ email, client_address: a.clientAddress }).returning('id').executeTakeFirstOrThrow();
  return { reserved: true, failureId: row.id };
}

/** A sign-in that succeeded gives back the failure reserved for it. */
export async function releaseSignInFailure(db: Db, failureId: string) {
  await db.deleteFrom('sign_in_failure').where('id', '=', failureId).execute();
}

export async function deleteSignInFailuresBefore(db: Db, cutoff: Date) {
  const result = await db.deleteFrom('sign_in_failure').where('failed_at', '<=', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * When an admin last set this user's password, or null. Only read: the flag stays until the
 * user sets a password of their own (setOwnPassword), so an admin who signs in as the user
 * first cannot use the notice up.
 */
export async function findPasswordResetNotice(db: Db, userId: string) {
  const row = await db.selectFrom('app_user').select('password_reset_by_admin_at').where('id', '=', userId).executeTakeFirst();
  return row?.password_reset_by_admin_at ?? null;
}

export async function findUserPassword(db: Db, userId: string) {
  return await db.selectFrom('app_user').select(['email', 'password_hash', 'disabled']).where('id', '=', userId).executeTakeFirst();
}

/** The user's own new password: the admin's reset notice is answered, so it is cleared. */
export async function setOwnPassword(db: Db, userId: string, passwordHash: string) {
  await db.updateTable('app_user').set({ password_hash: passwordHash, password_reset_by_admin_at: null }).where('id', '=', userId).execute();
}

/** Ends every session of the user but the one named; returns how many ended. */
export async function endOtherSessions(db: Db, userId: string, keepTokenHash: string) {
  const result = await db.deleteFrom('session').where('user_id', '=', userId).where('token_hash', '<>', keepTokenHash).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: Date, idleCutoff: Date) {
  await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}

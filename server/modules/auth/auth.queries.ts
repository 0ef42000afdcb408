import { sql } from 'kysely';
import type { LOCALES, Role } from '../../../common/enums.ts';
import type { Db } from '../../db/database.ts';
import { PREPARED } from '../../db/kysely.ts';
import { organisationsAs } from '../members/members.sql.ts';
import { usersAs } from '../users/users.sql.ts';

/** A row of findSessionWithUser. */
export interface SessionWithUser {
  token_hash: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  locale: (typeof LOCALES)[number];
  disabled: boolean;
  org_id: string;
  org_kind: 'state' | 'organisation' | 'secretariat' | 'partner';
  org_name: string;
}

/**
 * The session and its user and organisation in one statement: the hook runs it for every
 * request (ADR 0011), so it is prepared once per connection (ADR 0027: its text is fixed).
 */
export async function findSessionWithUser(db: Db, tokenHash: string): Promise<SessionWithUser | undefined> {
  const { rows } = await sql<SessionWithUser>`${sql.raw(PREPARED)}
    SELECT s.token_hash, s.csrf_token, s.last_seen_at, s.expires_at, u.id AS user_id, u.email, u.display_name, u.role, u.locale,
           u.disabled, u.org_id, o.kind AS org_kind, o.name AS org_name
    FROM session s
    JOIN ${usersAs('u')} ON u.id = s.user_id
    JOIN ${organisationsAs('o')} ON o.id = u.org_id
    WHERE s.token_hash = ${tokenHash}`.execute(db);
  return rows[0];
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

/** Ends every session of the user but the one named; returns how many ended. */
export async function endOtherSessions(db: Db, userId: string, keepTokenHash: string) {
  const result = await db.deleteFrom('session').where('user_id', '=', userId).where('token_hash', '<>', keepTokenHash).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of the user; returns how many ended. */
export async function endSessionsOfUser(db: Db, userId: string) {
  const result = await db.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: Date, idleCutoff: Date) {
  await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}

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

export async function insertSession(
  db: Db,
  row: { token_hash: string; user_id: string; csrf_token: string; expires_at: Date },
) {
  await db.insertInto('session').values(row).execute();
}

export async function findUserForSignIn(db: Db, email: string) {
  return await db
    .selectFrom('app_user')
    .select(['id', 'org_id', 'password_hash', 'disabled', 'role'])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function countRecentFailures(db: Db, email: string, since: Date) {
  const row = await db
    .selectFrom('sign_in_failure')
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.min('failed_at').as('oldest')])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('failed_at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest as Date | null };
}

export async function insertFailure(db: Db, email: string) {
  await db.insertInto('sign_in_failure').values({ email: email.toLowerCase() }).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date, idleCutoff: Date) {
  await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}

import { type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { likePattern } from '../../infra/sql-text.ts';
import { organisationsAs } from '../members/members.sql.ts';
import type { AppUserTable } from './users.table.ts';

const userColumns = ['u.id', 'u.email', 'u.display_name', 'u.org_id', 'o.name as org_name', 'u.role', 'u.locale', 'u.disabled'] as const;

/** `matchEmail`: whether `q` may match e-mail addresses, which only admins may read. */
export async function listUsers(db: Db, f: { q?: string; orgId?: string; cursor?: string; limit: number }, matchEmail: boolean) {
  const after = decodeCursor(f.cursor, ['text', 'uuid']);
  let query = db.selectFrom('app_user as u').innerJoin(organisationsAs('o'), 'o.id', 'u.org_id').select(userColumns);
  if (f.q) {
    const p = likePattern(f.q);
    query = matchEmail ? query.where((eb) => eb.or([eb('u.display_name', 'ilike', p), eb('u.email', 'ilike', p)])) : query.where('u.display_name', 'ilike', p);
  }
  if (f.orgId) query = query.where('u.org_id', '=', f.orgId);
  if (after) query = query.where(sql`(u.display_name, u.id)`, '>', sql`(${after[0]}, ${after[1]}::uuid)`);
  return await query
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(f.limit + 1)
    .execute();
}

export async function findUser(db: Db, id: string) {
  return await db.selectFrom('app_user as u').innerJoin(organisationsAs('o'), 'o.id', 'u.org_id').select(userColumns).where('u.id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Db, values: Insertable<AppUserTable>) {
  return await db.insertInto('app_user').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateUser(db: Db, id: string, values: Updateable<AppUserTable>) {
  await db
    .updateTable('app_user')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function findSignInAccount(db: Db, email: string) {
  return await db.selectFrom('app_user').select(['id', 'org_id', 'password_hash', 'disabled', 'role']).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export async function findPassword(db: Db, userId: string) {
  return await db.selectFrom('app_user').select(['email', 'password_hash', 'disabled']).where('id', '=', userId).executeTakeFirst();
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

/** The user's own new password: the admin's reset notice is answered, so it is cleared. */
export async function setOwnPassword(db: Db, userId: string, passwordHash: string) {
  await db.updateTable('app_user').set({ password_hash: passwordHash, password_reset_by_admin_at: null }).where('id', '=', userId).execute();
}

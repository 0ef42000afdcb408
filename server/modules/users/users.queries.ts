import { type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { likePattern } from '../../infra/sql-text.ts';
import type { AppUserTable } from './users.table.ts';

const userColumns = ['u.id', 'u.email', 'u.display_name', 'u.org_id', 'o.name as org_name', 'u.role', 'u.locale', 'u.disabled'] as const;

/** `matchEmail`: whether `q` may match e-mail addresses, which only admins may read. */
export async function listUsers(db: Db, f: { q?: string; orgId?: string; cursor?: string; limit: number }, matchEmail: boolean) {
  const after = decodeCursor(f.cursor, ['text', 'uuid']);
  let query = db.selectFrom('app_user as u').innerJoin('organisation as o', 'o.id', 'u.org_id').select(userColumns);
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
  return await db.selectFrom('app_user as u').innerJoin('organisation as o', 'o.id', 'u.org_id').select(userColumns).where('u.id', '=', id).executeTakeFirst();
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

export async function endSessionsOfUser(db: Db, userId: string) {
  const result = await db.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

// Kysely only. Every statement names the owner: a view is read and changed by its owner only.
import type { Db } from '../../db/database.ts';
import type { SavedViewPage } from './saved-views.schema.ts';

const columns = ['id', 'page', 'name', 'query', 'created_at', 'updated_at'] as const;

export async function listSavedViews(db: Db, ownerUserId: string, page: SavedViewPage | undefined) {
  let q = db.selectFrom('saved_view').select(columns).where('owner_user_id', '=', ownerUserId);
  if (page) q = q.where('page', '=', page);
  return await q.orderBy('page').orderBy('name').orderBy('id').execute();
}

export async function insertSavedView(db: Db, values: { owner_user_id: string; page: SavedViewPage; name: string; query: string }) {
  return await db.insertInto('saved_view').values(values).returning(columns).executeTakeFirstOrThrow();
}

export async function findSavedView(db: Db, id: string, ownerUserId: string) {
  return await db.selectFrom('saved_view').select(columns).where('id', '=', id).where('owner_user_id', '=', ownerUserId).forUpdate().executeTakeFirst();
}

export async function renameSavedView(db: Db, id: string, ownerUserId: string, name: string) {
  return await db
    .updateTable('saved_view')
    .set({ name, updated_at: new Date() })
    .where('id', '=', id)
    .where('owner_user_id', '=', ownerUserId)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function deleteSavedView(db: Db, id: string, ownerUserId: string) {
  return await db.deleteFrom('saved_view').where('id', '=', id).where('owner_user_id', '=', ownerUserId).returning(columns).executeTakeFirst();
}

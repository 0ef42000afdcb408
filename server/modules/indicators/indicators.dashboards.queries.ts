// The dashboard's tiles: each read and change scoped to its owner in SQL.
import type { Db } from '../../db/database.ts';
import type { TileChart } from './indicators.dashboards.table.ts';

export async function listTiles(db: Db, ownerUserId: string) {
  return await db
    .selectFrom('indicator_dashboard_tile')
    .select(['id', 'title', 'chart', 'query', 'position', 'created_at'])
    .where('owner_user_id', '=', ownerUserId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertTile(db: Db, row: { owner_user_id: string; title: string; chart: TileChart; query: Record<string, string>; position: number }) {
  return await db
    .insertInto('indicator_dashboard_tile')
    .values({ ...row, query: JSON.stringify(row.query) })
    .returning(['id', 'title', 'chart', 'query', 'position', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function deleteTile(db: Db, id: string, ownerUserId: string) {
  return await db
    .deleteFrom('indicator_dashboard_tile')
    .where('id', '=', id)
    .where('owner_user_id', '=', ownerUserId)
    .returning(['id', 'title', 'chart', 'query'])
    .executeTakeFirst();
}

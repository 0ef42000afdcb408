// The dashboard's tiles: each read and change scoped to its owner in SQL; what a tile draws
// beside the pivot's figures (its indicators' baselines, its places).
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { placesAs } from '../locations/locations.sql.ts';
import { exportableBy, visibleTo } from '../sharing/sharing.sql.ts';
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

export async function findTile(db: Db, id: string, ownerUserId: string) {
  return await db.selectFrom('indicator_dashboard_tile').select(['id', 'title', 'chart', 'query']).where('id', '=', id).where('owner_user_id', '=', ownerUserId).executeTakeFirst();
}

/**
 * The indicators of a tile's cells with their baselines, under the reader's rule (what they see
 * on the page, or what they may pass on in a file): the ids come from the pivot, which applied
 * the same rule to the indicators, so this rule here only keeps the read honest on its own.
 */
export async function tileIndicators(db: Db, actor: Actor, ids: string[], rule: 'read' | 'export') {
  if (!ids.length) return [];
  const allowed = rule === 'export' ? exportableBy(actor, 'indicator', 'i') : visibleTo(actor, 'indicator', 'i');
  const { rows } = await sql<{ id: string; code: string; name: string; unit: string; baseline_value: string | null; baseline_date: string | null }>`
    SELECT i.id, i.code, i.name, i.unit, i.baseline_value::text AS baseline_value, i.baseline_date::text AS baseline_date
    FROM indicator i
    WHERE i.id = ANY(${ids}::uuid[]) AND ${allowed}
    ORDER BY i.code, i.id`.execute(db);
  return rows;
}

/** The places of a map tile's cells: their codes (ISO3 for a country) and points. */
export async function tilePlaces(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return await db.selectFrom(placesAs('l')).select(['l.id', 'l.code', 'l.level', 'l.latitude', 'l.longitude']).where('l.id', 'in', ids).orderBy('l.code').orderBy('l.id').execute();
}

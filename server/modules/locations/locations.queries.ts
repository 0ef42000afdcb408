import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { likePattern } from '../../infra/sql-text.ts';
import type { LocationTable } from './locations.table.ts';

export async function listLocations(db: Db, f: { parentId?: string; level?: LocationTable['level']; q?: string; cursor?: string; limit: number }) {
  const after = decodeCursor(f.cursor, ['text', 'uuid']);
  let query = db
    .selectFrom('location as l')
    .selectAll('l')
    .select((eb) => eb.selectFrom('location as c').whereRef('c.parent_id', '=', 'l.id').select(eb.fn.countAll<string>().as('n')).as('child_count'));
  if (f.parentId) query = query.where('l.parent_id', '=', f.parentId);
  if (f.level) query = query.where('l.level', '=', f.level);
  if (f.q) {
    const p = likePattern(f.q);
    query = query.where((eb) => eb.or([eb('l.name', 'ilike', p), eb('l.name_fr', 'ilike', p), eb('l.name_ar', 'ilike', p), eb('l.code', 'ilike', p)]));
  }
  if (after) query = query.where(sql`(l.name, l.id)`, '>', sql`(${after[0]}, ${after[1]}::uuid)`);
  return await query
    .orderBy('l.name')
    .orderBy('l.id')
    .limit(f.limit + 1)
    .execute();
}

export async function findLocation(db: Db, id: string) {
  return await db
    .selectFrom('location as l')
    .selectAll('l')
    .select((eb) => eb.selectFrom('location as c').whereRef('c.parent_id', '=', 'l.id').select(eb.fn.countAll<string>().as('n')).as('child_count'))
    .where('l.id', '=', id)
    .executeTakeFirst();
}

/** From the country down to the parent, for breadcrumbs. */
export async function ancestorsOf(db: Db, id: string) {
  const result = await sql<{ id: string; code: string; name: string; level: LocationTable['level']; depth: number }>`
    WITH RECURSIVE up AS (
      SELECT p.id, p.code, p.name, p.level, p.parent_id, 1 AS depth
        FROM location l JOIN location p ON p.id = l.parent_id WHERE l.id = ${id}
      UNION ALL
      SELECT p.id, p.code, p.name, p.level, p.parent_id, up.depth + 1
        FROM up JOIN location p ON p.id = up.parent_id
    )
    SELECT id, code, name, level, depth FROM up ORDER BY depth DESC`.execute(db);
  return result.rows.map(({ depth: _d, ...a }) => a);
}

export async function insertLocations(db: Db, rows: Insertable<LocationTable>[]) {
  if (!rows.length) return [];
  return await db.insertInto('location').values(rows).returning(['id', 'code']).execute();
}

export async function locationIdsByCode(db: Db, codes: string[]) {
  if (!codes.length) return new Map<string, string>();
  const rows = await db.selectFrom('location').select(['id', 'code']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { likePattern } from '../../infra/sql-text.ts';
import type { LocationAliasTable, LocationTable } from './locations.table.ts';

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
    query = query.where((eb) =>
      eb.or([
        eb('l.name', 'ilike', p),
        eb('l.name_fr', 'ilike', p),
        eb('l.name_ar', 'ilike', p),
        eb('l.code', 'ilike', p),
        eb('l.pcode', 'ilike', p),
        eb.exists(eb.selectFrom('location_alias as a').select('a.location_id').whereRef('a.location_id', '=', 'l.id').where('a.name', 'ilike', p)),
      ]),
    );
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

/** A place as the gazetteer matches it: its names, its P-code and its other spellings. */
export interface GazetteerPlaceRow {
  id: string;
  parent_id: string | null;
  level: LocationTable['level'];
  code: string;
  pcode: string | null;
  name: string;
  name_fr: string | null;
  name_ar: string | null;
  aliases: string[];
}

/** Every place under `countryId` (not itself), with its other spellings. */
export async function placesUnder(db: Db, countryId: string) {
  const { rows } = await sql<GazetteerPlaceRow>`
    WITH RECURSIVE sub AS (
      SELECT id FROM location WHERE parent_id = ${countryId}
      UNION ALL SELECT l.id FROM location l JOIN sub ON l.parent_id = sub.id
    )
    SELECT l.id, l.parent_id, l.level, l.code, l.pcode, l.name, l.name_fr, l.name_ar,
           coalesce((SELECT array_agg(a.name ORDER BY a.name) FROM location_alias a WHERE a.location_id = l.id), '{}') AS aliases
    FROM sub JOIN location l ON l.id = sub.id`.execute(db);
  return rows;
}

/** The places anywhere whose code or P-code is one of `codes` (upper case): a P-code is unique in the whole tree. */
export async function placesByCodeOrPcode(db: Db, codes: string[]) {
  if (!codes.length) return [];
  return await db
    .selectFrom('location')
    .select(['id', 'parent_id', 'level', 'code', 'pcode', 'name'])
    .where((eb) => eb.or([eb('pcode', 'in', codes), eb(sql<string>`upper(code)`, 'in', codes)]))
    .execute();
}

export async function findCountryByCode(db: Db, code: string) {
  return await db.selectFrom('location').select(['id', 'code', 'name']).where('level', '=', 'country').where('code', '=', code).executeTakeFirst();
}

/** Serialises gazetteer loads: two at once would both add the same new places. */
export async function lockGazetteer(db: Db) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('location.gazetteer'))`.execute(db);
}

export async function setGazetteerFields(db: Db, id: string, values: { pcode?: string; name_fr?: string; name_ar?: string }) {
  await db
    .updateTable('location')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertLocationAliases(db: Db, rows: Insertable<LocationAliasTable>[]) {
  if (!rows.length) return 0;
  const inserted = await db
    .insertInto('location_alias')
    .values(rows)
    .onConflict((oc) => oc.columns(['location_id', 'name']).doNothing())
    .returning('location_id')
    .execute();
  return inserted.length;
}

export async function aliasesOfLocation(db: Db, id: string) {
  return await db.selectFrom('location_alias').select(['name', 'lang']).where('location_id', '=', id).orderBy('name').execute();
}

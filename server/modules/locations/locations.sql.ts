// SQL fragments of locations (the place tree) that other modules embed (ADR 0010): the
// location table is read elsewhere only through these. They build SQL; they run nothing.
import { type AliasedRawBuilder, type Expression, type RawBuilder, sql } from 'kysely';
import { type JoinKind, joinWord } from '../../infra/sql-join.ts';
import { type NameLang, localName } from '../../infra/sql-local-name.ts';
import type { LocationTable } from './locations.table.ts';

/** `JOIN location <alias> ON <alias>.id = <locationId>`: a place a row names, its columns (id, parent_id, code, name, level, latitude, longitude) under `alias`. */
export function joinLocation(alias: string, locationId: Expression<unknown>, kind: JoinKind = 'JOIN'): RawBuilder<unknown> {
  return sql`${joinWord(kind)} location ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${locationId}`;
}

/** Every place, as a FROM item aliased `alias`. */
export function places(alias: string): RawBuilder<unknown> {
  return sql`location ${sql.id(alias)}`;
}

/** The place and every place under it: a parenthesised SELECT of ids, for `x IN …`. */
export function subtreeOf(locationId: string): RawBuilder<unknown> {
  return sql`(
  WITH RECURSIVE sub AS (
    SELECT id FROM location WHERE id = ${locationId}
    UNION ALL SELECT l.id FROM location l JOIN sub ON l.parent_id = sub.id
  ) SELECT id FROM sub)`;
}

/** The places aliased `alias` (joined by joinLocation) as one JSON array of {id, code, name}, by name: an aggregate. */
export function placesJson(alias: string): RawBuilder<{ id: string; code: string; name: string }[]> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return sql`coalesce(json_agg(json_build_object('id', ${col('id')}, 'code', ${col('code')}, 'name', ${col('name')}) ORDER BY ${col('name')}, ${col('id')}), '[]'::json)`;
}

/** The codes of the places aliased `alias`, joined by '|' in code order: an aggregate, for files. */
export function placeCodes(alias: string): RawBuilder<string | null> {
  return sql<string | null>`string_agg(${sql.ref(`${alias}.code`)}, '|' ORDER BY ${sql.ref(`${alias}.code`)})`;
}

/** The name in `lang` of the place aliased `alias` (joined by joinLocation): its French or Arabic name where it has one, else its name. */
export function placeName(alias: string, lang: NameLang): RawBuilder<string> {
  return localName(alias, lang);
}

/** The names in `lang` of the places aliased `alias`, joined by '|' in code order (placeCodes' order, cell for cell): an aggregate, for files. */
export function placeNames(alias: string, lang: NameLang): RawBuilder<string | null> {
  return sql<string | null>`string_agg(${localName(alias, lang)}, '|' ORDER BY ${sql.ref(`${alias}.code`)})`;
}

/** What another module may read of a place. */
export type PlaceRef = Omit<LocationTable, 'id' | 'created_at' | 'updated_at'> & { id: string };

/** Every place as a FROM item for the query builder, aliased `alias` (PlaceRef's columns). */
export function placesAs<A extends string>(alias: A): AliasedRawBuilder<PlaceRef, A> {
  return sql<PlaceRef>`location`.as(alias);
}

/** The other spellings of places (location_id, name, lang), as a FROM item for the query builder, aliased `alias`: for matching names in files. */
export function placeAliasesAs<A extends string>(alias: A): AliasedRawBuilder<{ location_id: string; name: string; lang: 'en' | 'fr' | 'ar' | null }, A> {
  return sql<{ location_id: string; name: string; lang: 'en' | 'fr' | 'ar' | null }>`location_alias`.as(alias);
}

import type { ColumnType, Generated } from 'kysely';

export interface LocationTable {
  id: Generated<string>;
  parent_id: string | null;
  level: 'country' | 'adm1' | 'adm2' | 'adm3' | 'community';
  code: string;
  name: string;
  name_fr: string | null;
  name_ar: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The OCHA P-code (IQG15), upper case, unique; null until a gazetteer or a person gives one. */
  pcode: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

/** Another spelling of a place ("Ninewa", "Al-Anbar"), with its language when known. */
export interface LocationAliasTable {
  location_id: string;
  name: string;
  lang: 'en' | 'fr' | 'ar' | null;
  created_at: ColumnType<Date, never, never>;
}

export interface LocationsTables {
  location: LocationTable;
  location_alias: LocationAliasTable;
}

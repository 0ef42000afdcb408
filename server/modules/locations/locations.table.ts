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
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface LocationsTables {
  location: LocationTable;
}

import type { ColumnType, Generated } from 'kysely';
import type { SavedViewPage } from './saved-views.schema.ts';

/** A user's named view of a list page: the page's query string (migration 0038). Its owner's only. */
export interface SavedViewTable {
  id: Generated<string>;
  owner_user_id: string;
  page: SavedViewPage;
  name: string;
  query: string;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface SavedViewsTables {
  saved_view: SavedViewTable;
}

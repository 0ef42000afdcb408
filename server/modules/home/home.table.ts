import type { ColumnType } from 'kysely';

/** When a user last read their home, and when the visit before that one began: the "since" of what changed. */
export interface HomeVisitTable {
  user_id: string;
  last_seen_at: ColumnType<Date, Date, Date>;
  previous_seen_at: ColumnType<Date | null, Date | null, Date | null>;
}

export interface HomeTables {
  home_visit: HomeVisitTable;
}

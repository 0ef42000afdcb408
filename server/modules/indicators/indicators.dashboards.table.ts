import type { ColumnType, Generated } from 'kysely';

export type TileChart = 'series' | 'bar' | 'heatmap' | 'table';

/** A pivot pinned to its owner's dashboard (migration 0029). */
export interface IndicatorDashboardTileTable {
  id: Generated<string>;
  owner_user_id: string;
  title: string;
  chart: TileChart;
  query: ColumnType<Record<string, string>, string, string>;
  position: Generated<number>;
  created_at: ColumnType<Date, never, never>;
}

export interface IndicatorDashboardTables {
  indicator_dashboard_tile: IndicatorDashboardTileTable;
}

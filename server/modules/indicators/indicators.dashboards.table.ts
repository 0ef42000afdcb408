import type { ColumnType, Generated } from 'kysely';
import type { TileChartKind } from '../../../common/indicator-tiles.ts';

export type TileChart = TileChartKind;

/** A pivot pinned to its owner's dashboard (migration 0029; progress and map charts: 0035). */
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

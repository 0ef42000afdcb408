import type { ColumnType, Generated } from 'kysely';
import type { Marking } from '../../../common/sharing.ts';

type Timestamps = { created_at: ColumnType<Date, never, never>; updated_at: ColumnType<Date, never, Date> };
/** numeric comes back from pg as a string; it is parsed deliberately. */
type Numeric = ColumnType<string, string | number, string | number>;
type NullableNumeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;
type DateCol = ColumnType<string, string, string>;

export type SpaceAggregation = 'sum' | 'mean' | 'max' | 'latest';
export type TimeAggregation = 'sum' | 'latest' | 'cumulative';
export type PeriodType = 'month' | 'quarter' | 'year';
export type ValueStatus = 'draft' | 'submitted' | 'approved' | 'returned';

export interface IndicatorTable extends Timestamps {
  id: Generated<string>;
  owner_org_id: string;
  marking: Marking;
  created_by: string;
  framework_node_id: string;
  line_id: string;
  code: string;
  name: string;
  definition: Generated<string>;
  unit: string;
  space_aggregation: SpaceAggregation;
  time_aggregation: TimeAggregation;
  period_type: PeriodType;
  baseline_value: NullableNumeric;
  baseline_date: ColumnType<string | null, string | null | undefined, string | null>;
  category_options: Generated<string[]>;
}

export interface IndicatorTargetTable {
  id: Generated<string>;
  indicator_id: string;
  target_date: DateCol;
  value: Numeric;
  note: Generated<string>;
}

export interface IndicatorValueTable extends Timestamps {
  id: Generated<string>;
  indicator_id: string;
  period: string;
  period_start: DateCol;
  period_end: DateCol;
  location_id: string | null;
  owner_org_id: string;
  category_option: string | null;
  value: Numeric;
  comment: Generated<string>;
  source_document_id: string | null;
  source_url: string | null;
  status: Generated<ValueStatus>;
  status_reason: string | null;
  status_changed_by: string | null;
  status_changed_at: Date | null;
  external_id: string | null;
  marking: Marking;
  created_by: string;
}

export interface IndicatorPeriodClosureTable {
  id: Generated<string>;
  indicator_id: string | null;
  period: string;
  period_start: DateCol;
  period_end: DateCol;
  closed_by: string;
  closed_at: ColumnType<Date, never, never>;
}

/**
 * The pivot's rollup (migration 0028, ADR 0025): kept by triggers on indicator_value in the
 * writing transaction, read by indicators.rollup.ts; never written by the app's code.
 */
export interface IndicatorRollupTable {
  indicator_id: string;
  owner_org_id: string;
  level: 'quarter' | 'year';
  bucket: string;
  bucket_end: DateCol;
  depth: number;
  place_id: string | null;
  own: boolean;
  marking: Marking;
  red_author: string | null;
  mixed: boolean;
  total: Numeric;
  n_leaves: number;
  leaf_sum: Numeric;
  leaf_max: Numeric;
  /** [days since 2000-01-01 of the latest period, epoch of its last change, its figure]. */
  latest: ColumnType<string[], never, never>;
}

export interface IndicatorsTables {
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  indicator_value: IndicatorValueTable;
  indicator_period_closure: IndicatorPeriodClosureTable;
  indicator_rollup: IndicatorRollupTable;
}

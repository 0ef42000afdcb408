import type { ColumnType, Generated } from 'kysely';
import type { ContributionStatus, ContributionType } from '../../../common/enums.ts';
import type { Marking } from '../../../common/sharing.ts';

type Timestamps = { created_at: ColumnType<Date, never, never>; updated_at: ColumnType<Date, never, Date> };
/** numeric and bigint come back from pg as strings; they are parsed deliberately. */
type Numeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;
type DateCol = ColumnType<string | null, string | null | undefined, string | null>;

export interface ContributionTable extends Timestamps {
  id: Generated<string>;
  owner_org_id: string;
  framework_node_id: string;
  line_id: string;
  type: ContributionType;
  description: Generated<string>;
  quantity: Numeric;
  unit: string | null;
  amount_minor: Numeric;
  currency: string | null;
  start_date: DateCol;
  end_date: DateCol;
  status: ContributionStatus;
  external_id: string | null;
  marking: Marking;
  created_by: string;
}

export interface ContributionLocationTable {
  contribution_id: string;
  location_id: string;
}

export interface ContributionStatusChangeTable {
  id: Generated<string>;
  contribution_id: string;
  from_status: ContributionStatus | null;
  to_status: ContributionStatus;
  changed_by: string | null;
  changed_at: ColumnType<Date, Date | undefined, never>;
  note: Generated<string>;
}

/** The coverage summaries (migration 0031, ADR 0026): kept by the tables' triggers, read through contributions.sql.ts. */
type Summed = ColumnType<string, string | number, string | number>;
interface CoverageGroupKey {
  owner_org_id: string;
  line_id: string;
  type: ContributionType;
  status: ContributionStatus;
  marking: Marking;
  /** The author, for RED rows only. */
  created_by: string | null;
  contributions: Summed;
}
export interface ContributionCoverageLineTable extends CoverageGroupKey {
  currency: string | null;
  amount_minor: Numeric;
}
export interface ContributionCoveragePlaceTable extends CoverageGroupKey {
  location_id: string;
  first_day: ColumnType<string, string, string>;
  last_day: ColumnType<string, string, string>;
}

export interface ContributionsTables {
  contribution: ContributionTable;
  contribution_location: ContributionLocationTable;
  contribution_status_change: ContributionStatusChangeTable;
  contribution_coverage_line: ContributionCoverageLineTable;
  contribution_coverage_place: ContributionCoveragePlaceTable;
}

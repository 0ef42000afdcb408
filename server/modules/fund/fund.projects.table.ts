// The tables of the fund's project details, progress reports and IATI publisher (migration 0020, ADR 0017).
import type { ColumnType, Generated } from 'kysely';
import type { Marking } from '../../../common/sharing.ts';

type DateCol = ColumnType<string, string, string>;
type DateOrNull = ColumnType<string | null, string | null | undefined, string | null>;

export interface FundIatiTable {
  fund_id: string;
  reporting_org_ref: string;
  reporting_org_type: string;
  activity_identifier: string;
  recipient_country: string;
  updated_at: ColumnType<Date, never, Date>;
}

/** One row per project, its id the project's: a shared row (entity 'fund_project'). */
export interface FundProjectDetailTable {
  id: string;
  owner_org_id: string;
  marking: Marking;
  created_by: string;
  iati_identifier: string;
  description: Generated<string>;
  sector: string;
  location_id: string | null;
  status: Generated<number>;
  planned_start: DateCol;
  planned_end: DateCol;
  actual_start: DateOrNull;
  actual_end: DateOrNull;
  updated_at: ColumnType<Date, never, Date>;
}

export interface FundProjectReportTable {
  id: Generated<string>;
  project_id: string;
  reported_on: DateCol;
  body: string;
  women: number;
  men: number;
  girls: number;
  boys: number;
  org_id: string;
  created_by: string;
  created_at: ColumnType<Date, never, never>;
}

export interface FundProjectsTables {
  fund_iati: FundIatiTable;
  fund_project_detail: FundProjectDetailTable;
  fund_project_report: FundProjectReportTable;
}

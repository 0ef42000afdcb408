// The fund's report summary (migration 0022, ADR 0019): sums of entries by month, kind and
// dimension up to a watermark; the reports add the ledger's live tail to them.
import type { ColumnType } from 'kysely';

type Sum = ColumnType<string, string | number | bigint, string | number | bigint>;
type Uuid = string | null;

export interface FundStatusMonthTable {
  fund_id: string;
  month: ColumnType<string, string, string>;
  kind: string;
  donor_org_id: Uuid;
  window_id: Uuid;
  project_id: Uuid;
  partner_org_id: Uuid;
  pledged: Sum;
  committed: Sum;
  donor: Sum;
  interest_fund: Sum;
  interest_partner: Sum;
  aa_project: Sum;
  partner: Sum;
  fee_aa: Sum;
  fee_other: Sum;
  expenditure: Sum;
  aa: Sum;
}

export interface FundStatusDayTable {
  fund_id: string;
  day: ColumnType<string, string, string>;
  kind: string;
  donor_org_id: Uuid;
  window_id: Uuid;
  project_id: Uuid;
  partner_org_id: Uuid;
  pledged: Sum;
  committed: Sum;
  donor: Sum;
  interest_fund: Sum;
  interest_partner: Sum;
  aa_project: Sum;
  partner: Sum;
  fee_aa: Sum;
  fee_other: Sum;
  expenditure: Sum;
  aa: Sum;
}

export interface FundStatusWatermarkTable {
  singleton: ColumnType<boolean, boolean | undefined, never>;
  seq: ColumnType<string, string | number | bigint, string | number | bigint>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface FundReportsTables {
  fund_status_month: FundStatusMonthTable;
  fund_status_day: FundStatusDayTable;
  fund_status_watermark: FundStatusWatermarkTable;
}

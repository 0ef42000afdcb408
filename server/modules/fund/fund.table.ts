// The pooled fund's tables (migration 0018, ADR 0015). bigint and numeric come back from pg
// as strings: amounts are parsed deliberately (BigInt), never as floats.
import type { ColumnType, Generated } from 'kysely';
import type { FundKind } from '../../../common/fund-kinds.ts';
import type { Marking } from '../../../common/sharing.ts';

type CreatedAt = ColumnType<Date, never, never>;
/** bigint: read as a string, written as a number, a bigint or a string. */
type Minor = ColumnType<string, number | bigint | string, never>;
type MinorOrNull = ColumnType<string | null, number | bigint | string | null | undefined, never>;
type DateCol = ColumnType<string, string, never>;

// The kinds are shared with the web app, which names them in its three languages.
export { FUND_KINDS, type FundKind } from '../../../common/fund-kinds.ts';

export interface FundTable {
  id: Generated<string>;
  /** The administrative agent's organisation. */
  owner_org_id: string;
  name: string;
  base_currency: string;
  aa_fee_bp: number;
  indirect_cost_bp: number;
  launched_on: ColumnType<string | null, string | null | undefined, string | null>;
  marking: Marking;
  created_by: string;
  created_at: CreatedAt;
}

export interface FundWindowTable {
  id: Generated<string>;
  fund_id: string;
  code: string;
  name: string;
  purpose: Generated<string>;
  sectors: Generated<string[]>;
  created_at: CreatedAt;
}

export interface FundProjectTable {
  id: Generated<string>;
  fund_id: string;
  window_id: string | null;
  partner_org_id: string;
  title: string;
  budget_minor: Minor;
  currency: string;
  created_by: string;
  created_at: CreatedAt;
}

/** Append-only (a trigger refuses UPDATE and DELETE): every column is written once. */
export interface FundTransactionTable {
  id: Generated<string>;
  seq: ColumnType<string, never, never>;
  fund_id: string;
  kind: FundKind;
  value_date: DateCol;
  donor_org_id: string | null;
  window_id: string | null;
  project_id: string | null;
  partner_org_id: string | null;
  fee_kind: string | null;
  amount_minor: Minor;
  original_amount_minor: MinorOrNull;
  original_currency: string | null;
  rate: string | null;
  reverses_id: string | null;
  description: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** Append-only; debit > 0, credit < 0; each transaction's entries sum to zero per currency (checked at commit). */
export interface FundEntryTable {
  id: ColumnType<string, never, never>;
  transaction_id: string;
  fund_id: string;
  account: string;
  currency: string;
  amount_minor: Minor;
}

/**
 * The running balance of an account, spread over slot rows (migration 0021): the balance is
 * their sum, which `entente fund check` verifies against the entries. Slot 0 takes the
 * changes towards the account's limit, under its row lock; slots 1–63 the others.
 */
export interface FundBalanceTable {
  fund_id: string;
  account: string;
  currency: string;
  slot: ColumnType<number, number | undefined, number>;
  balance_minor: ColumnType<string, string | number | bigint | undefined, string | number | bigint>;
}

export interface FundTables {
  fund: FundTable;
  fund_window: FundWindowTable;
  fund_project: FundProjectTable;
  fund_transaction: FundTransactionTable;
  fund_entry: FundEntryTable;
  fund_balance: FundBalanceTable;
}

import type { ColumnType, Generated } from 'kysely';

/** One rate: one unit of `currency` is worth `rate` units of `base_currency` from `valid_from` on (migration 0037, ADR 0031). */
export interface ExchangeRateTable {
  id: Generated<string>;
  currency: string;
  base_currency: string;
  /** numeric: an exact decimal, read and written as a string. */
  rate: ColumnType<string, string, string>;
  valid_from: ColumnType<string, string, string>;
  source: Generated<string>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
}

export interface ExchangeRatesTables {
  exchange_rate: ExchangeRateTable;
}

import type { ColumnType, Generated } from 'kysely';

export interface JobTable {
  id: Generated<string>;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  params: ColumnType<unknown, string, string>;
  progress_done: ColumnType<string, number | undefined, number>;
  progress_total: ColumnType<string | null, number | null | undefined, number | null>;
  rows_read: ColumnType<string, number | undefined, number>;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  error: string | null;
  created_by: string;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface JobsTables {
  job: JobTable;
}

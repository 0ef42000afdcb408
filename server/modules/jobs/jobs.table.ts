import type { ColumnType, Generated } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobTable {
  id: Generated<string>;
  kind: string;
  status: JobStatus;
  params: ColumnType<unknown, string, string>;
  progress_done: ColumnType<string, number | undefined, number>;
  progress_total: ColumnType<string | null, number | null | undefined, number | null>;
  rows_read: ColumnType<string, number | undefined, number>;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  /** Why the job failed, for its owner: an AppError's message, or a generic one. */
  error: string | null;
  created_by: string;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
  /** Claims so far; the current one is the fencing token that finishing must present. */
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  /** A queued job waits until then (a retry's backoff). */
  run_after: ColumnType<Date, Date | undefined, Date>;
  /** Which process holds the lease (host:pid:random), for the log and the tests. */
  lease_owner: string | null;
  /** A running job whose lease has passed may be taken over by any process. */
  lease_until: Date | null;
  /** The last attempt's error while the job waits for a retry (internal: not shown). */
  last_error: string | null;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** A result that is a file: its download name, media type and size (stored under DATA_DIR/jobs). */
  file_name: string | null;
  file_type: string | null;
  file_size: ColumnType<string | null, number | null | undefined, number | null>;
}

export interface JobsTables {
  job: JobTable;
}

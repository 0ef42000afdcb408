import type { ColumnType } from 'kysely';

/** The first answer to a request sent with an Idempotency-Key, kept for its sender (ADR 0016). */
export interface IdempotencyKeyTable {
  /** Keys belong to their sender: one user can neither replay nor block another's. */
  user_id: string;
  key: string;
  /** SHA-256 (hex) of the method, the path and the canonical JSON of the body. */
  request_hash: string;
  status: number;
  /** The answer's JSON as the handler returned it; null for an answer without a body. */
  body: string | null;
  created_at: ColumnType<Date, never, Date>;
}

export interface IdempotencyTables {
  idempotency_key: IdempotencyKeyTable;
}

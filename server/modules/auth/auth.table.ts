import type { ColumnType, Generated } from 'kysely';

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: ColumnType<Date, never, never>;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
}

export interface SignInFailureTable {
  id: Generated<string>;
  email: string;
  /** Where the attempt came from; null for failures recorded before addresses were kept. */
  client_address: string | null;
  failed_at: ColumnType<Date, never, never>;
}

export interface AuthTables {
  session: SessionTable;
  sign_in_failure: SignInFailureTable;
}

import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string | null, never>;

export interface AuditEventTable {
  seq: ColumnType<string, number | string, never>;
  occurred_at: ColumnType<Date, Date, never>;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditTables {
  audit_event: AuditEventTable;
}

import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | null, never>;

export interface AuditEventTable {
  id: Generated<string>;
  occurred_at: ColumnType<Date, Date, never>;
  actor_user_id: ColumnType<string | null, string | null, never>;
  actor_org_id: ColumnType<string | null, string | null, never>;
  action: ColumnType<string, string, never>;
  entity: ColumnType<string, string, never>;
  entity_id: ColumnType<string | null, string | null, never>;
  before: Json;
  after: Json;
  request_id: ColumnType<string | null, string | null, never>;
  /** Other shared rows the event is about ([{entity, id}, …]): its content is shown only to readers of all of them. */
  related: Json;
  /** Filled in by the sealer; null while the event waits for its place in the chain. */
  seq: ColumnType<string | null, never, string>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
}

export interface AuditChainHeadTable {
  singleton: Generated<boolean>;
  seq: string;
  hash: string;
}

export interface AuditTables {
  audit_event: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
}

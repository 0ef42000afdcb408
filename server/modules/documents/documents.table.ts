import type { ColumnType, Generated } from 'kysely';
import type { Marking } from '../../../common/sharing.ts';

export interface DocumentTable {
  id: Generated<string>;
  title: string;
  kind: 'statement' | 'communique' | 'minutes' | 'report' | 'other';
  document_date: ColumnType<string, string, string>;
  body: string;
  file_name: string | null;
  file_type: string | null;
  file_size: ColumnType<string | null, number | null, number | null>;
  file_sha256: string | null;
  owner_org_id: string;
  marking: Marking;
  created_by: string;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
  search: ColumnType<string, never, never>;
}

export interface DocumentsTables {
  document: DocumentTable;
}

import type { ColumnType, Generated } from 'kysely';

export interface FrameworkNodeTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: 'line' | 'objective' | 'sub_objective';
  code: string;
  name: string;
  /** The name in French and in Arabic; null when there is none (the name is shown). */
  name_fr: ColumnType<string | null, string | null | undefined, string | null>;
  name_ar: ColumnType<string | null, string | null | undefined, string | null>;
  description: Generated<string>;
  position: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface WorkingGroupTable {
  id: Generated<string>;
  name: string;
  name_fr: ColumnType<string | null, string | null | undefined, string | null>;
  name_ar: ColumnType<string | null, string | null | undefined, string | null>;
  line_id: string;
  membership_group_id: string;
  formed_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface WorkingGroupCoLeadTable {
  working_group_id: string;
  org_id: string;
}

export interface FrameworkTables {
  framework_node: FrameworkNodeTable;
  working_group: WorkingGroupTable;
  working_group_co_lead: WorkingGroupCoLeadTable;
}

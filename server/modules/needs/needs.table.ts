import type { ColumnType, Generated } from 'kysely';
import type { ContributionType } from '../../../common/enums.ts';
import type { Marking } from '../../../common/sharing.ts';

type Timestamps = { created_at: ColumnType<Date, never, never>; updated_at: ColumnType<Date, never, Date> };
/** numeric and bigint come back from pg as strings; they are parsed deliberately. */
type Numeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;
type DateCol = ColumnType<string | null, string | null | undefined, string | null>;

/** The links live with needs: a link is how much of a need a contribution meets, part of the need's gap. */
export interface NeedTable extends Timestamps {
  id: Generated<string>;
  owner_org_id: string;
  framework_node_id: string;
  line_id: string;
  location_id: string | null;
  /** Stated on behalf of this working group, by a co-lead or the secretariat. */
  working_group_id: string | null;
  type: ContributionType;
  description: Generated<string>;
  quantity: Numeric;
  unit: string | null;
  amount_minor: Numeric;
  currency: string | null;
  period_start: DateCol;
  period_end: DateCol;
  priority: Generated<'low' | 'medium' | 'high' | 'critical'>;
  external_id: string | null;
  marking: Marking;
  created_by: string;
}

export interface ContributionNeedTable {
  contribution_id: string;
  need_id: string;
  quantity: Numeric;
  amount_minor: Numeric;
  /** The currency amount_minor is in (migration 0037): the need's, or the contribution's own, converted for the gap at the rate in force. */
  currency: string | null;
}

export interface NeedsTables {
  need: NeedTable;
  contribution_need: ContributionNeedTable;
}

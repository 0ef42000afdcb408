import type { ColumnType, Generated } from 'kysely';

type Timestamps = {
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
};

export interface OrganisationTable extends Timestamps {
  id: Generated<string>;
  name: string;
  short_name: string | null;
  kind: 'state' | 'organisation' | 'secretariat' | 'partner';
  iso3: string | null;
  membership_status: 'member' | 'observer' | 'left' | 'none';
  joined_on: ColumnType<string | null, string | null | undefined, string | null>;
  left_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OrgGroupTable extends Timestamps {
  id: Generated<string>;
  name: string;
  /** The name in French and in Arabic; null when there is none (the name is shown). */
  name_fr: ColumnType<string | null, string | null | undefined, string | null>;
  name_ar: ColumnType<string | null, string | null | undefined, string | null>;
  kind: 'all_members' | 'small_group' | 'working_group' | 'custom';
  description: Generated<string>;
}

export interface OrgGroupMemberTable {
  group_id: string;
  org_id: string;
}

/** Another name an organisation goes by: its name in French or Arabic, an acronym, a former name. */
export interface OrganisationAliasTable {
  org_id: string;
  name: string;
  lang: 'en' | 'fr' | 'ar' | null;
  created_at: ColumnType<Date, never, never>;
}

export interface MembersTables {
  organisation: OrganisationTable;
  organisation_alias: OrganisationAliasTable;
  org_group: OrgGroupTable;
  org_group_member: OrgGroupMemberTable;
}

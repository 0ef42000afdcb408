export interface ShareAudienceTable {
  entity: string;
  row_id: string;
  group_id: string | null;
  org_id: string | null;
}

export interface ShareRecipientTable {
  entity: string;
  row_id: string;
  user_id: string;
}

/** The shared entities the database knows (migration 0015): each has the clean-up trigger on its table. */
export interface SharedEntityTable {
  entity: string;
  table_name: string;
}

export interface SharingTables {
  share_audience: ShareAudienceTable;
  share_recipient: ShareRecipientTable;
  shared_entity: SharedEntityTable;
}

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

export interface SharingTables {
  share_audience: ShareAudienceTable;
  share_recipient: ShareRecipientTable;
}

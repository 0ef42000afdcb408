import type { ColumnType, Generated } from 'kysely';

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  org_id: string;
  role: 'admin' | 'coordinator' | 'focal_point' | 'viewer';
  password_hash: string;
  locale: Generated<'en' | 'fr' | 'ar'>;
  disabled: Generated<boolean>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface UsersTables {
  app_user: AppUserTable;
}

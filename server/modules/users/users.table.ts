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
  /** Set when an admin sets this user's password; shown to the user at every sign-in until they set their own (POST /api/auth/password). */
  password_reset_by_admin_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface UsersTables {
  app_user: AppUserTable;
}

// The one migration path, used by the server at start, `entente migrate` and the tests.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_contributions.ts';
import * as m0003 from './migrations/0003_jobs.ts';
import * as m0004 from './migrations/0004_share_lookup.ts';
import * as m0005 from './migrations/0005_need_working_group.ts';
import * as m0006 from './migrations/0006_export_order.ts';
import * as m0007 from './migrations/0007_app_role.ts';
import * as m0008 from './migrations/0008_sign_in_limits.ts';
import * as m0011 from './migrations/0011_amount_maximum.ts';
import * as m0013 from './migrations/0013_job_leases.ts';
import * as m0015 from './migrations/0015_shared_entities.ts';
import * as m0016 from './migrations/0016_audit_related.ts';
import * as m0017 from './migrations/0017_quantity_maximum.ts';
import * as m0018 from './migrations/0018_fund_ledger.ts';
import * as m0019 from './migrations/0019_idempotency_keys.ts';
import * as m0020 from './migrations/0020_fund_project_details.ts';
import * as m0021 from './migrations/0021_fund_ledger_speed.ts';
import * as m0022 from './migrations/0022_fund_status_summary.ts';
import * as m0023 from './migrations/0023_indicators.ts';
import * as m0024 from './migrations/0024_indicator_pivot.ts';
import * as m0025 from './migrations/0025_meetings.ts';
import * as m0026 from './migrations/0026_meeting_calendars.ts';
import * as m0027 from './migrations/0027_meeting_minutes.ts';
import * as m0028 from './migrations/0028_indicator_rollup.ts';
import * as m0029 from './migrations/0029_indicator_dashboard_tiles.ts';
import * as m0030 from './migrations/0030_fund_balance_check_one_query.ts';
import * as m0031 from './migrations/0031_coverage_summary.ts';
import * as m0032 from './migrations/0032_agenda_item_indicator.ts';
import * as m0033 from './migrations/0033_action_item_list_order.ts';
import * as m0034 from './migrations/0034_home_visits.ts';
import * as m0035 from './migrations/0035_indicator_tile_charts.ts';
import * as m0036 from './migrations/0036_gazetteer.ts';
import * as m0037 from './migrations/0037_exchange_rates.ts';
import * as m0038 from './migrations/0038_saved_views.ts';
import * as m0039 from './migrations/0039_names_i18n.ts';
import * as m0040 from './migrations/0040_one_statement_posting.ts';
import * as m0041 from './migrations/0041_audit_chain_partial_indexes.ts';

// Listed explicitly (not read from a folder) so the order is reviewed like code.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_contributions': m0002,
  '0003_jobs': m0003,
  '0004_share_lookup': m0004,
  '0005_need_working_group': m0005,
  '0006_export_order': m0006,
  '0007_app_role': m0007,
  '0008_sign_in_limits': m0008,
  '0011_amount_maximum': m0011,
  '0013_job_leases': m0013,
  '0015_shared_entities': m0015,
  '0016_audit_related': m0016,
  '0017_quantity_maximum': m0017,
  '0018_fund_ledger': m0018,
  '0019_idempotency_keys': m0019,
  '0020_fund_project_details': m0020,
  '0021_fund_ledger_speed': m0021,
  '0022_fund_status_summary': m0022,
  '0023_indicators': m0023,
  '0024_indicator_pivot': m0024,
  '0025_meetings': m0025,
  '0026_meeting_calendars': m0026,
  '0027_meeting_minutes': m0027,
  '0028_indicator_rollup': m0028,
  '0029_indicator_dashboard_tiles': m0029,
  '0030_fund_balance_check_one_query': m0030,
  '0031_coverage_summary': m0031,
  '0032_agenda_item_indicator': m0032,
  '0033_action_item_list_order': m0033,
  '0034_home_visits': m0034,
  '0035_indicator_tile_charts': m0035,
  '0036_gazetteer': m0036,
  '0037_exchange_rates': m0037,
  '0038_saved_views': m0038,
  '0039_names_i18n': m0039,
  '0040_one_statement_posting': m0040,
  '0041_audit_chain_partial_indexes': m0041,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the Database type describes the schema.
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Numbers are reserved by changes made side by side, so one can land after a higher number
  // has already run on a database (0028 after 0030): it still runs, later. Each migration
  // therefore depends only on migrations numbered below it that landed before it.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

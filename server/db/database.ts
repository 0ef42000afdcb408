// The Database type, assembled from each module's table file.
import type { Kysely, Transaction } from 'kysely';
import type { AuditTables } from '../modules/audit/audit.table.ts';
import type { AuthTables } from '../modules/auth/auth.table.ts';
import type { ContributionsTables } from '../modules/contributions/contributions.table.ts';
import type { DocumentsTables } from '../modules/documents/documents.table.ts';
import type { ExchangeRatesTables } from '../modules/exchange-rates/exchange-rates.table.ts';
import type { FrameworkTables } from '../modules/framework/framework.table.ts';
import type { FundTables } from '../modules/fund/fund.table.ts';
import type { FundProjectsTables } from '../modules/fund/fund.projects.table.ts';
import type { FundReportsTables } from '../modules/fund/fund.reports.table.ts';
import type { HomeTables } from '../modules/home/home.table.ts';
import type { SavedViewsTables } from '../modules/saved-views/saved-views.table.ts';
import type { IdempotencyTables } from '../modules/idempotency/idempotency.table.ts';
import type { IndicatorDashboardTables } from '../modules/indicators/indicators.dashboards.table.ts';
import type { IndicatorsTables } from '../modules/indicators/indicators.table.ts';
import type { JobsTables } from '../modules/jobs/jobs.table.ts';
import type { LocationsTables } from '../modules/locations/locations.table.ts';
import type { MeetingsTables } from '../modules/meetings/meetings.table.ts';
import type { MembersTables } from '../modules/members/members.table.ts';
import type { NeedsTables } from '../modules/needs/needs.table.ts';
import type { SharingTables } from '../modules/sharing/sharing.table.ts';
import type { UsersTables } from '../modules/users/users.table.ts';

export interface Database
  extends MembersTables,
    UsersTables,
    AuthTables,
    FrameworkTables,
    LocationsTables,
    SharingTables,
    DocumentsTables,
    ContributionsTables,
    NeedsTables,
    ExchangeRatesTables,
    MeetingsTables,
    FundTables,
    FundProjectsTables,
    FundReportsTables,
    IdempotencyTables,
    IndicatorsTables,
    IndicatorDashboardTables,
    JobsTables,
    HomeTables,
    SavedViewsTables,
    AuditTables {}

/** What every query function takes first: the pool or an open transaction, the caller's choice. */
export type Db = Kysely<Database> | Transaction<Database>;

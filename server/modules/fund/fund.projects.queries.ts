// Kysely only: the fund's project details, progress reports, IATI publisher, and what its
// IATI and FTS files are read from. A file leaves the platform, so every read for one puts
// exportableBy inside its SQL — on the fund and on each project's own row: a RED project (or
// another organisation's AMBER+STRICT one) is left out with its transactions.
import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { joinLocation, places } from '../locations/locations.sql.ts';
import { organisationName } from '../members/members.sql.ts';
import { exportableBy, visibleTo } from '../sharing/sharing.sql.ts';
import type { FundKind } from './fund.table.ts';
import type { FundIatiTable, FundProjectDetailTable } from './fund.projects.table.ts';

/** The fund, with its publisher (null when not set), if `actor` may export it. */
export async function findExportableFund(db: Db, actor: Actor, fundId: string) {
  const { rows } = await sql<{
    id: string;
    name: string;
    base_currency: string;
    launched_on: string | null;
    owner_org_id: string;
    owner_org_name: string;
    reporting_org_ref: string | null;
    reporting_org_type: string | null;
    activity_identifier: string | null;
    recipient_country: string | null;
  }>`
    SELECT f.id, f.name, f.base_currency, f.launched_on, f.owner_org_id, ${organisationName(sql.ref('f.owner_org_id'))} AS owner_org_name,
      i.reporting_org_ref, i.reporting_org_type, i.activity_identifier, i.recipient_country
    FROM fund f LEFT JOIN fund_iati i ON i.fund_id = f.id
    WHERE f.id = ${fundId} AND ${exportableBy(actor, 'fund', 'f')}`.execute(db);
  return rows[0];
}

/** Projects `actor` may export: the fund is (checked first), and the project's own row is, or it has none yet. */
const exportableProject = (actor: Actor) => sql`(d.id IS NULL OR ${exportableBy(actor, 'fund_project', 'd')})`;

export interface ExportProjectRow {
  id: string;
  window_id: string | null;
  partner_org_id: string;
  partner_name: string;
  title: string;
  budget_minor: string;
  currency: string;
  has_details: boolean;
  iati_identifier: string | null;
  description: string | null;
  sector: string | null;
  status: number | null;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  location_code: string | null;
  location_name: string | null;
  latitude: number | null;
  longitude: number | null;
}

export async function exportableProjects(db: Db, actor: Actor, fundId: string) {
  const { rows } = await sql<ExportProjectRow>`
    SELECT p.id, p.window_id, p.partner_org_id, ${organisationName(sql.ref('p.partner_org_id'))} AS partner_name, p.title, p.budget_minor, p.currency,
      d.id IS NOT NULL AS has_details, d.iati_identifier, d.description, d.sector, d.status, d.planned_start, d.planned_end, d.actual_start, d.actual_end,
      l.code AS location_code, l.name AS location_name, l.latitude, l.longitude
    FROM fund_project p
    LEFT JOIN fund_project_detail d ON d.id = p.id
    ${joinLocation('l', sql.ref('d.location_id'), 'LEFT JOIN')}
    WHERE p.fund_id = ${fundId} AND ${exportableProject(actor)}
    ORDER BY p.title, p.id`.execute(db);
  return rows;
}

export interface ExportTransactionRow {
  id: string;
  kind: FundKind;
  /** A reversal: the kind it reverses. */
  reversed_kind: Exclude<FundKind, 'reversal'> | null;
  reverses_id: string | null;
  /** Whether a later reversal undoes this one. */
  reversed: boolean;
  value_date: string;
  amount_minor: string;
  /** The administrative agent's fee this transaction posted (a deposit's, negated in its reversal), or null. */
  aa_fee_minor: string | null;
  original_amount_minor: string | null;
  original_currency: string | null;
  window_id: string | null;
  project_id: string | null;
  donor_org_id: string | null;
  donor_name: string | null;
  partner_org_id: string | null;
  partner_name: string | null;
  description: string;
}

/**
 * The fund's transactions in posting order, each reversal with the dimensions of what it
 * reverses; those naming a project `actor` may not export are left out in the SQL.
 */
export async function exportableTransactions(db: Db, actor: Actor, fundId: string) {
  const { rows } = await sql<ExportTransactionRow>`
    SELECT t.id, t.kind, o.kind AS reversed_kind, t.reverses_id,
      EXISTS (SELECT 1 FROM fund_transaction r WHERE r.reverses_id = t.id) AS reversed,
      t.value_date, t.amount_minor,
      (SELECT sum(e.amount_minor)::text FROM fund_entry e WHERE e.transaction_id = t.id AND e.account = 'fee:aa') AS aa_fee_minor,
      coalesce(t.original_amount_minor, o.original_amount_minor) AS original_amount_minor,
      coalesce(t.original_currency, o.original_currency) AS original_currency,
      x.window_id, x.project_id, x.donor_org_id, ${organisationName(sql.ref('x.donor_org_id'))} AS donor_name,
      x.partner_org_id, ${organisationName(sql.ref('x.partner_org_id'))} AS partner_name, t.description
    FROM fund f
    JOIN fund_transaction t ON t.fund_id = f.id
    LEFT JOIN fund_transaction o ON o.id = t.reverses_id
    CROSS JOIN LATERAL (SELECT coalesce(t.window_id, o.window_id) AS window_id, coalesce(t.project_id, o.project_id) AS project_id,
      coalesce(t.donor_org_id, o.donor_org_id) AS donor_org_id, coalesce(t.partner_org_id, o.partner_org_id) AS partner_org_id) x
    WHERE f.id = ${fundId} AND ${exportableBy(actor, 'fund', 'f')}
      AND (x.project_id IS NULL OR x.project_id IN (
        SELECT p.id FROM fund_project p LEFT JOIN fund_project_detail d ON d.id = p.id WHERE p.fund_id = ${fundId} AND ${exportableProject(actor)}))
    ORDER BY t.seq`.execute(db);
  return rows;
}

/** The donors who pledged, committed or paid into the fund, by name. */
export async function fundDonors(db: Db, fundId: string) {
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT DISTINCT t.donor_org_id AS id, ${organisationName(sql.ref('t.donor_org_id'))} AS name
    FROM fund_transaction t WHERE t.fund_id = ${fundId} AND t.donor_org_id IS NOT NULL
    ORDER BY name, id`.execute(db);
  return rows;
}

/** Organisations' names by id (a donor's or partner's row of the funding status), read through members' fragment. */
export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { rows } = await sql<{ id: string; name: string | null }>`
    SELECT x.id, ${organisationName(sql.ref('x.id'))} AS name FROM unnest(${ids}::uuid[]) AS x (id)`.execute(db);
  return new Map(rows.flatMap((r) => (r.name === null ? [] : [[r.id, r.name] as const])));
}

export async function upsertPublisher(db: Db, values: Omit<FundIatiTable, 'updated_at'>) {
  await db
    .insertInto('fund_iati')
    .values(values)
    .onConflict((oc) =>
      oc.column('fund_id').doUpdateSet({
        reporting_org_ref: values.reporting_org_ref,
        reporting_org_type: values.reporting_org_type,
        activity_identifier: values.activity_identifier,
        recipient_country: values.recipient_country,
        updated_at: new Date(),
      }),
    )
    .execute();
}

/** A project's details, if it has them and `actor` may see them (the fund was read under visibleTo first). */
export async function findVisibleDetails(db: Db, actor: Actor, projectId: string) {
  const { rows } = await sql<Selectable<FundProjectDetailTable> & { location_name: string | null }>`
    SELECT d.*, l.name AS location_name FROM fund_project_detail d ${joinLocation('l', sql.ref('d.location_id'), 'LEFT JOIN')}
    WHERE d.id = ${projectId} AND ${visibleTo(actor, 'fund_project', 'd')}`.execute(db);
  return rows[0];
}

/** Whether the project has details at all, whoever may see them. */
export async function detailsExist(db: Db, projectId: string) {
  return (await db.selectFrom('fund_project_detail').select('id').where('id', '=', projectId).executeTakeFirst()) !== undefined;
}

export type DetailValues = Required<Omit<Insertable<FundProjectDetailTable>, 'updated_at'>>;

export async function upsertDetails(db: Db, values: DetailValues) {
  const { id, owner_org_id, created_by, ...changes } = values;
  await db
    .insertInto('fund_project_detail')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...changes, updated_at: new Date() }))
    .execute();
}

export async function locationExists(db: Db, id: string) {
  const { rows } = await sql<{ id: string }>`SELECT l.id FROM ${places('l')} WHERE l.id = ${id}`.execute(db);
  return rows.length > 0;
}

export async function insertReport(
  db: Db,
  values: { project_id: string; reported_on: string; body: string; women: number; men: number; girls: number; boys: number; org_id: string; created_by: string },
) {
  return await db.insertInto('fund_project_report').values(values).returning(['id', 'created_at']).executeTakeFirstOrThrow();
}

/** A project's reports, newest first (the project was read under visibleTo first). */
export async function listReports(db: Db, projectId: string) {
  return await db
    .selectFrom('fund_project_report')
    .select(['id', 'reported_on', 'body', 'women', 'men', 'girls', 'boys', 'org_id', 'created_at'])
    .where('project_id', '=', projectId)
    .orderBy('reported_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

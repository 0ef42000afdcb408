// A fund's projects described for publication, their progress reports, and the fund's two
// files: IATI 2.03 activities (fund.iati.ts) and FTS-style flows (fund.fts.ts). A fund the
// reader may not see is a 404, like a missing one; one they see but may not pass on (RED, or
// another organisation's AMBER+STRICT) is a 403 saying so. What a file holds is read under
// exportableBy, in the SQL (fund.projects.queries.ts).
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { AppError, forbidden, invalid, notFound } from '../../infra/errors.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { FetchBatch } from '../interchange/interchange.service.ts';
import { FTS_COLUMNS, ftsCells, ftsFlows } from './fund.fts.ts';
import { type IatiProject, iatiActivitiesXml } from './fund.iati.ts';
import * as fq from './fund.queries.ts';
import { fundProjectsPolicy, projectAbilities } from './fund.projects.policy.ts';
import * as q from './fund.projects.queries.ts';
import type { DetailsInput, DetailsOut, PublisherInput, ReportInput } from './fund.projects.schema.ts';
import { DAC_SECTORS } from './fund.projects.sectors.ts';
import { sharedFundProjects } from './fund.projects.sharing.ts';

async function visibleFund(db: Db, ctx: Ctx, fundId: string) {
  const fund = await fq.findVisibleFund(db, ctx.actor, fundId);
  if (!fund) throw notFound('Fund');
  return fund;
}

/** The fund for a file: 404 when invisible, 403 when visible but not to be passed on. */
async function exportableFund(db: Db, ctx: Ctx, fundId: string) {
  authorizeUser(ctx.actor, fundProjectsPolicy, 'export');
  const fund = await q.findExportableFund(db, ctx.actor, fundId);
  if (fund) return fund;
  await visibleFund(db, ctx, fundId);
  throw forbidden('This fund is marked RED or AMBER+STRICT for its recipients: it is not exported');
}

/** Sets the fund's IATI publisher inside `trx` (the caller's transaction): policy → checks → upsert → audit. */
export async function setPublisherIn(trx: Db, ctx: Ctx, fundId: string, input: PublisherInput): Promise<PublisherInput> {
  authorizeUser(ctx.actor, fundProjectsPolicy, 'export');
  const actor = ctx.actor;
  const fund = await visibleFund(trx, ctx, fundId);
  fundProjectsPolicy.publish(actor, fund);
  if (!input.activityIdentifier.startsWith(`${input.reportingOrgRef}-`))
    throw invalid('body.activityIdentifier', `must start with the reporting organisation's identifier and a dash (${input.reportingOrgRef}-…)`);
  await q.upsertPublisher(trx, {
    fund_id: fundId,
    reporting_org_ref: input.reportingOrgRef,
    reporting_org_type: input.reportingOrgType,
    activity_identifier: input.activityIdentifier,
    recipient_country: input.recipientCountry,
  });
  await recordAudit(trx, ctx, { action: 'fund.publish', entity: 'fund', entityId: fundId, after: input });
  return input;
}

export async function setPublisher(db: Kysely<Database>, ctx: Ctx, fundId: string, input: PublisherInput) {
  return await db.transaction().execute((trx) => setPublisherIn(trx, ctx, fundId, input));
}

async function visibleProject(db: Db, ctx: Ctx, fundId: string, projectId: string) {
  const fund = await visibleFund(db, ctx, fundId);
  // A project whose details the reader may not see (RED, say) is missing, like one that does not exist.
  const project = await fq.findProject(db, ctx.actor, fundId, projectId);
  if (!project) throw notFound('Project');
  return { fund, project };
}

export async function getDetails(db: Db, ctx: Ctx, fundId: string, projectId: string): Promise<DetailsOut> {
  const { fund, project } = await visibleProject(db, ctx, fundId, projectId);
  const d = await q.findVisibleDetails(db, ctx.actor, projectId);
  if (!d) throw notFound('Project details');
  const latest = (await q.listReports(db, projectId))[0];
  return {
    projectId,
    iatiIdentifier: d.iati_identifier,
    description: d.description,
    sector: d.sector,
    sectorName: DAC_SECTORS.get(d.sector) ?? d.sector,
    locationId: d.location_id,
    locationName: d.location_name,
    status: d.status,
    plannedStart: d.planned_start,
    plannedEnd: d.planned_end,
    actualStart: d.actual_start,
    actualEnd: d.actual_end,
    marking: d.marking,
    beneficiaries: latest ? { women: latest.women, men: latest.men, girls: latest.girls, boys: latest.boys, asOf: latest.reported_on } : null,
    abilities: projectAbilities(ctx.actor, fund, { partnerOrgId: project.partner_org_id }),
  };
}

/** Describes a project inside `trx` (the caller's transaction): policy → checks → upsert → audit. */
export async function setDetailsIn(trx: Db, ctx: Ctx, fundId: string, projectId: string, input: DetailsInput): Promise<void> {
  authorizeUser(ctx.actor, fundProjectsPolicy, 'export');
  const actor = ctx.actor;
  const { fund } = await visibleProject(trx, ctx, fundId, projectId);
  fundProjectsPolicy.describe(actor, fund);
  // Details the describer may not see (RED, for others) are not theirs to overwrite: as missing.
  if (!(await q.findVisibleDetails(trx, actor, projectId)) && (await q.detailsExist(trx, projectId))) throw notFound('Project');
  if (input.plannedEnd < input.plannedStart) throw invalid('body.plannedEnd', 'must not be before plannedStart');
  if (input.actualEnd !== null && input.actualStart === null) throw invalid('body.actualStart', 'is needed when actualEnd is given');
  if (input.actualEnd !== null && input.actualStart !== null && input.actualEnd < input.actualStart) throw invalid('body.actualEnd', 'must not be before actualStart');
  if (input.locationId !== null && !(await q.locationExists(trx, input.locationId))) throw invalid('body.locationId', 'no such place');
  const created = !(await q.detailsExist(trx, projectId));
  try {
    await q.upsertDetails(trx, {
      id: projectId,
      owner_org_id: fund.owner_org_id,
      created_by: actor.userId,
      marking: input.marking ?? fund.marking,
      iati_identifier: input.iatiIdentifier,
      description: input.description,
      sector: input.sector,
      location_id: input.locationId,
      status: input.status,
      planned_start: input.plannedStart,
      planned_end: input.plannedEnd,
      actual_start: input.actualStart,
      actual_end: input.actualEnd,
    });
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new AppError('conflict', 'body.iatiIdentifier: another project has this identifier');
    throw e;
  }
  // New details are shared as their fund is (its audience, its recipients): the project's
  // partner, who reads the fund, reads its project's details too.
  if (created) {
    const audience = await fq.describeSharing(trx, fundId);
    await sharedFundProjects.create(trx, projectId, {
      marking: input.marking ?? fund.marking,
      audienceGroupIds: audience.audienceGroups.map((g) => g.id),
      audienceOrgIds: audience.audienceOrgs.map((o) => o.id),
      recipientUserIds: audience.recipients.map((u) => u.id),
    });
  }
  await recordAudit(trx, ctx, { action: 'fund.project.describe', entity: 'fund_project', entityId: projectId, after: input });
}

export async function setDetails(db: Kysely<Database>, ctx: Ctx, fundId: string, projectId: string, input: DetailsInput): Promise<DetailsOut> {
  await db.transaction().execute((trx) => setDetailsIn(trx, ctx, fundId, projectId, input));
  return await getDetails(db, ctx, fundId, projectId);
}

/** A partner's progress report inside `trx` (the caller's transaction): policy → insert → audit. */
export async function addReportIn(trx: Db, ctx: Ctx, fundId: string, projectId: string, input: ReportInput) {
  authorizeUser(ctx.actor, fundProjectsPolicy, 'export');
  const actor = ctx.actor;
  const { project } = await visibleProject(trx, ctx, fundId, projectId);
  fundProjectsPolicy.report(actor, { partnerOrgId: project.partner_org_id });
  const row = await q.insertReport(trx, {
    project_id: projectId,
    reported_on: input.reportedOn,
    body: input.body,
    women: input.women,
    men: input.men,
    girls: input.girls,
    boys: input.boys,
    org_id: actor.orgId,
    created_by: actor.userId,
  });
  await recordAudit(trx, ctx, { action: 'fund.project.report', entity: 'fund_project', entityId: projectId, after: input });
  return { id: row.id, ...input, orgId: actor.orgId, createdAt: row.created_at.toISOString() };
}

export async function addReport(db: Kysely<Database>, ctx: Ctx, fundId: string, projectId: string, input: ReportInput) {
  return await db.transaction().execute((trx) => addReportIn(trx, ctx, fundId, projectId, input));
}

export async function listReports(db: Db, ctx: Ctx, fundId: string, projectId: string) {
  await visibleProject(db, ctx, fundId, projectId);
  return (await q.listReports(db, projectId)).map((r) => ({
    id: r.id,
    reportedOn: r.reported_on,
    body: r.body,
    women: r.women,
    men: r.men,
    girls: r.girls,
    boys: r.boys,
    orgId: r.org_id,
    createdAt: r.created_at.toISOString(),
  }));
}

/**
 * The fund's IATI 2.03 file. Projects without details (sector, dates, identifier) are not
 * publishable yet and are left out with their transactions; a fund without a publisher
 * (PUT /api/funds/:id/iati) cannot be published: 409.
 */
export async function iatiFile(db: Db, ctx: Ctx, fundId: string): Promise<string> {
  const fund = await exportableFund(db, ctx, fundId);
  if (!fund.reporting_org_ref || !fund.reporting_org_type || !fund.activity_identifier || !fund.recipient_country)
    throw new AppError('conflict', "The fund's IATI publisher is not set: PUT /api/funds/{id}/iati first");
  const projects: IatiProject[] = (await q.exportableProjects(db, ctx.actor, fundId))
    .filter((p) => p.has_details)
    .map((p) => ({
      id: p.id,
      iatiIdentifier: p.iati_identifier!,
      title: p.title,
      description: p.description ?? '',
      sector: p.sector!,
      status: p.status!,
      plannedStart: p.planned_start!,
      plannedEnd: p.planned_end!,
      actualStart: p.actual_start,
      actualEnd: p.actual_end,
      budgetMinor: p.budget_minor,
      currency: p.currency,
      partner: { id: p.partner_org_id, name: p.partner_name },
      location: p.location_code ? { code: p.location_code, name: p.location_name!, latitude: p.latitude, longitude: p.longitude } : null,
    }));
  const transactions = (await q.exportableTransactions(db, ctx.actor, fundId)).map((t) => ({
    id: t.id,
    kind: t.kind,
    reversedKind: t.reversed_kind,
    valueDate: t.value_date,
    amountMinor: t.amount_minor,
    aaFeeMinor: t.aa_fee_minor,
    originalAmountMinor: t.original_amount_minor,
    originalCurrency: t.original_currency,
    projectId: t.project_id,
    donor: t.donor_org_id ? { id: t.donor_org_id, name: t.donor_name ?? '' } : null,
    partner: t.partner_org_id ? { id: t.partner_org_id, name: t.partner_name ?? '' } : null,
    description: t.description,
  }));
  return iatiActivitiesXml({
    generatedAt: new Date(),
    publisher: {
      reportingOrgRef: fund.reporting_org_ref,
      reportingOrgType: fund.reporting_org_type,
      activityIdentifier: fund.activity_identifier,
      recipientCountry: fund.recipient_country,
    },
    fund: { id: fund.id, name: fund.name, baseCurrency: fund.base_currency, launchedOn: fund.launched_on, agent: { id: fund.owner_org_id, name: fund.owner_org_name } },
    donors: await q.fundDonors(db, fundId),
    projects,
    transactions,
  });
}

/** The fund's flows as a table ready for the CSV writer, read before the answer starts. */
export async function ftsTable(db: Db, ctx: Ctx, fundId: string): Promise<{ columns: typeof FTS_COLUMNS; fetch: FetchBatch }> {
  const fund = await exportableFund(db, ctx, fundId);
  const projects = new Map((await q.exportableProjects(db, ctx.actor, fundId)).map((p) => [p.id, { title: p.title, windowId: p.window_id }]));
  const flows = ftsFlows({ name: fund.name, baseCurrency: fund.base_currency }, await q.exportableTransactions(db, ctx.actor, fundId), projects);
  let done = false;
  return {
    columns: FTS_COLUMNS,
    fetch: async () => {
      if (done) return [];
      done = true;
      return flows.map((f, index) => ({ key: { created_at: '', id: String(index) }, cells: ftsCells(f, fund.base_currency) }));
    },
  };
}

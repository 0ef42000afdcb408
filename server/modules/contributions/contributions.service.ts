// Who does what where: contributions, needs, the links between them and the coverage
// views. Reads apply the sharing rule in SQL (contributions.queries.ts); writes are the
// owner organisation's, in one transaction with their audit event.
import type { Kysely } from 'kysely';
import type { ContributionStatus } from '../../../common/enums.ts';
import { MAX_AMOUNT_MINOR } from '../../../common/money.ts';
import { MAX_QUANTITY_TEXT } from '../../../common/quantity.ts';
import type { Database, Db } from '../../db/database.ts';
import type { Actor, Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { toPage } from '../../infra/pagination.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { sizeColumns, toSafeInteger } from '../../infra/sizes.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assertFrameworkNode } from '../framework/framework.service.ts';
import { assertLocations } from '../locations/locations.service.ts';
import type { SharingOutput } from '../sharing/sharing.schema.ts';
import { sharingBlock } from '../sharing/sharing.sql.ts';
import { contributionAbilities, contributionsPolicy } from './contributions.policy.ts';
import * as q from './contributions.queries.ts';
import { NEXT_STATUS } from './contributions.rules.ts';
import { sharedContributions } from './contributions.sharing.ts';
import type { ContributionInput, ContributionPatch } from './contributions.schema.ts';

const CONSTRAINTS: ConstraintFields = {
  // The one place where a row the caller may not read makes itself felt: external ids are
  // unique per organisation, so a hidden row's id is taken. The answer is the same whether
  // or not the caller can read that row, and says nothing but "taken" (SECURITY.md).
  contribution_external_id_unique: ['body.externalId', 'this external id is already taken in your organisation'],
  contribution_location_location_id_fkey: ['body.locationIds', 'no such location'],
  contribution_amount_at_most: ['body.money.amountMinor', `must be at most ${MAX_AMOUNT_MINOR} minor units`],
  contribution_quantity_at_most: ['body.quantity.value', `must be at most ${MAX_QUANTITY_TEXT}`],
};

function toContribution(
  actor: Actor,
  r: q.ContributionRow,
  sharing: SharingOutput,
  /** This contribution's places. */
  locations: { id: string; code: string; name: string }[],
) {
  return {
    id: r.id,
    organisation: { id: r.owner_org_id, name: r.org_name },
    frameworkNode: { id: r.framework_node_id, name: r.node_name },
    line: { id: r.line_id, name: r.line_name },
    type: r.type,
    description: r.description,
    quantity: r.quantity === null ? null : { value: Number(r.quantity), unit: r.unit ?? '' },
    money: r.amount_minor === null ? null : { amountMinor: toSafeInteger(r.amount_minor), currency: r.currency as 'USD' },
    locations: locations.map(({ id, code, name }) => ({ id, code, name })),
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status,
    externalId: r.external_id,
    sharing,
    abilities: contributionAbilities(actor, r),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listContributions(db: Db, ctx: Ctx, filter: q.ContributionListPage) {
  authorizeUser(ctx.actor, contributionsPolicy, 'read');
  // One statement: the page, its places and its sharing (the session was the only other).
  const rows = await q.listVisibleContributions(db, ctx.actor, filter);
  return toPage(
    rows,
    filter.limit,
    (r) => [r.sort_key, r.id],
    (r) => toContribution(ctx.actor, r, sharingBlock(r, r.org_name, r.sharing), r.locations),
  );
}

export async function getContribution(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, contributionsPolicy, 'read');
  const row = await q.findVisibleContribution(db, ctx.actor, id);
  if (!row) throw notFound('Contribution');
  const [sharing, locations, history, needs] = await Promise.all([
    sharedContributions.load(db, [row]),
    q.locationsOf(db, [id]),
    q.historyOf(db, id),
    q.linkedNeedsOf(db, ctx.actor, id),
  ]);
  return {
    ...toContribution(ctx.actor, row, sharing.get(id)!, locations),
    history: history.map((h) => ({
      fromStatus: h.from_status,
      toStatus: h.to_status,
      changedBy: h.changed_by,
      changedAt: h.changed_at.toISOString(),
      note: h.note,
    })),
    needs: needs.map((n) => ({
      needId: n.need_id,
      description: n.description,
      line: n.line,
      quantity: n.quantity === null ? null : Number(n.quantity),
      unit: n.unit,
      amountMinor: n.amount_minor === null ? null : toSafeInteger(n.amount_minor),
      currency: n.currency,
    })),
  };
}

/**
 * The contribution a caller links to a need or unlinks from it, read under visibleTo and
 * checked against its policy (`linkNeed`): needs/ owns the link, this module the rule of
 * who may speak for a contribution. Inside the caller's transaction.
 */
export async function contributionToLinkIn(trx: Db, ctx: Ctx, id: string) {
  const contribution = await q.findVisibleContribution(trx, ctx.actor, id);
  if (!contribution) throw notFound('Contribution');
  authorizeUser(ctx.actor, contributionsPolicy, 'linkNeed', contribution);
  return contribution;
}

/** Inside a caller's transaction: used by the route and by the HXL import. */
export async function createContributionIn(trx: Db, ctx: Ctx, input: ContributionInput): Promise<string> {
  authorizeUser(ctx.actor, contributionsPolicy, 'create');
  const actor = ctx.actor;
  const lineId = await assertFrameworkNode(trx, input.frameworkNodeId, 'body.frameworkNodeId');
  await assertLocations(trx, input.locationIds, 'body.locationIds');
  await sharedContributions.assertMayCreate(trx, actor, actor.orgId, input.sharing);
  const { id } = await q
    .insertContribution(trx, {
      owner_org_id: actor.orgId,
      framework_node_id: input.frameworkNodeId,
      line_id: lineId,
      type: input.type,
      description: input.description,
      ...sizeColumns(input),
      start_date: input.startDate,
      end_date: input.endDate,
      status: input.status,
      external_id: input.externalId,
      marking: input.sharing.marking,
      created_by: actor.userId,
    })
    .catch((e) => translateDbError(e, CONSTRAINTS));
  await q.replaceLocations(trx, id, input.locationIds);
  await sharedContributions.create(trx, id, input.sharing);
  await q.insertStatusChange(trx, { contribution_id: id, from_status: null, to_status: input.status, changed_by: actor.userId });
  await recordAudit(trx, ctx, { action: 'contribution.create', entity: 'contribution', entityId: id, after: input });
  return id;
}

// Each write reads its answer inside its own transaction: once it has committed, nothing
// is left that could fail and answer 500 for a change that was saved.
export async function createContribution(db: Kysely<Database>, ctx: Ctx, input: ContributionInput) {
  return await db.transaction().execute(async (trx) => getContribution(trx, ctx, await createContributionIn(trx, ctx, input)));
}

export async function updateContributionIn(trx: Db, ctx: Ctx, id: string, patch: ContributionPatch) {
  const before = await q.findVisibleContribution(trx, ctx.actor, id);
  if (!before) throw notFound('Contribution');
  authorizeUser(ctx.actor, contributionsPolicy, 'update', before);
  const lineId = patch.frameworkNodeId ? await assertFrameworkNode(trx, patch.frameworkNodeId, 'body.frameworkNodeId') : undefined;
  if (patch.locationIds) await assertLocations(trx, patch.locationIds, 'body.locationIds');
  await sharedContributions.update(trx, ctx.actor, before, patch.sharing);
  const startDate = patch.startDate === undefined ? before.start_date : patch.startDate;
  const endDate = patch.endDate === undefined ? before.end_date : patch.endDate;
  if (startDate && endDate && endDate < startDate) throw invalid('body.endDate', 'must not be before startDate');
  await q
    .updateContribution(trx, id, {
      framework_node_id: patch.frameworkNodeId,
      line_id: lineId,
      type: patch.type,
      description: patch.description,
      ...sizeColumns(patch),
      start_date: patch.startDate,
      end_date: patch.endDate,
      external_id: patch.externalId,
      marking: patch.sharing?.marking,
    })
    .catch((e) => translateDbError(e, CONSTRAINTS));
  if (patch.locationIds) await q.replaceLocations(trx, id, patch.locationIds);
  await recordAudit(trx, ctx, { action: 'contribution.update', entity: 'contribution', entityId: id, before, after: patch });
}

export async function updateContribution(db: Kysely<Database>, ctx: Ctx, id: string, patch: ContributionPatch) {
  await db.transaction().execute((trx) => updateContributionIn(trx, ctx, id, patch));
  return await getContribution(db, ctx, id);
}

export async function changeContributionStatus(db: Kysely<Database>, ctx: Ctx, id: string, input: { status: ContributionStatus; note: string }) {
  return await db.transaction().execute(async (trx) => {
    // FOR UPDATE: two simultaneous changes of one contribution must not both pass the check.
    const locked = await trx.selectFrom('contribution').select(['id']).where('id', '=', id).forUpdate().executeTakeFirst();
    const before = locked && (await q.findVisibleContribution(trx, ctx.actor, id));
    if (!before) throw notFound('Contribution');
    authorizeUser(ctx.actor, contributionsPolicy, 'changeStatus', before);
    if (!NEXT_STATUS[before.status].includes(input.status))
      throw new AppError('conflict', `body.status: a ${before.status} contribution cannot become ${input.status}`, [
        { path: 'body.status', message: `allowed from ${before.status}: ${NEXT_STATUS[before.status].join(', ') || 'none'}` },
      ]);
    await q.updateContribution(trx, id, { status: input.status });
    await q.insertStatusChange(trx, {
      contribution_id: id,
      from_status: before.status,
      to_status: input.status,
      changed_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      note: input.note,
    });
    await recordAudit(trx, ctx, {
      action: 'contribution.status',
      entity: 'contribution',
      entityId: id,
      before: { status: before.status },
      after: input,
    });
    return await getContribution(trx, ctx, id);
  });
}

export async function deleteContribution(db: Kysely<Database>, ctx: Ctx, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await q.findVisibleContribution(trx, ctx.actor, id);
    if (!before) throw notFound('Contribution');
    authorizeUser(ctx.actor, contributionsPolicy, 'delete', before);
    // Deletes the row; the database deletes its audience and recipients (migration 0015).
    await sharedContributions.remove(trx, ctx.actor, before);
    await recordAudit(trx, ctx, { action: 'contribution.delete', entity: 'contribution', entityId: id, before });
  });
}

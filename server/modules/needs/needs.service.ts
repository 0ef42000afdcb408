// Needs and the contribution↔need links: policy → one transaction → change → audit.
// The link belongs here: it is a part of a need's gap (what meets it), written in the
// need's units and currency and checked against the need; contributions' service only
// says whether the caller may speak for the contribution (contributionToLinkIn).
import type { Kysely } from 'kysely';
import type { ContributionStatus } from '../../../common/enums.ts';
import { MAX_AMOUNT_MINOR } from '../../../common/money.ts';
import { MAX_QUANTITY_TEXT, trimDecimal } from '../../../common/quantity.ts';
import type { Database, Db } from '../../db/database.ts';
import type { Actor, Ctx, UserActor } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { invalid, notFound } from '../../infra/errors.ts';
import { toPage } from '../../infra/pagination.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { sizeColumns, toSafeInteger } from '../../infra/sizes.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contributionToLinkIn } from '../contributions/contributions.service.ts';
import { assertFrameworkNode } from '../framework/framework.service.ts';
import { assertLocations } from '../locations/locations.service.ts';
import type { SharingOutput } from '../sharing/sharing.schema.ts';
import { sharingBlock } from '../sharing/sharing.sql.ts';
import { needAbilities, needsPolicy } from './needs.policy.ts';
import * as q from './needs.queries.ts';
import type { NeedRow } from './needs.sql.ts';
import { NEED_HAS_A_SIZE } from './needs.rules.ts';
import type { LinkInput, NeedInput, NeedPatch } from './needs.schema.ts';
import { sharedNeeds } from './needs.sharing.ts';

const CONSTRAINTS: ConstraintFields = {
  // External ids are unique per organisation: a hidden row's id is taken, and the answer
  // says nothing but "taken" (SECURITY.md).
  need_external_id_unique: ['body.externalId', 'this external id is already taken in your organisation'],
  need_location_id_fkey: ['body.locationId', 'no such location'],
  need_amount_at_most: ['body.money.amountMinor', `must be at most ${MAX_AMOUNT_MINOR} minor units`],
  contribution_need_amount_at_most: ['body.amountMinor', `must be at most ${MAX_AMOUNT_MINOR} minor units`],
  need_quantity_at_most: ['body.quantity.value', `must be at most ${MAX_QUANTITY_TEXT}`],
  contribution_need_quantity_at_most: ['body.quantity', `must be at most ${MAX_QUANTITY_TEXT}`],
};

const toNumber = (value: string | null | undefined) => (value === null || value === undefined ? 0 : Number(value));

/** A need speaks for a working group only when one of its co-leads, or the secretariat, states it. */
async function assertMayStateFor(db: Db, actor: UserActor, workingGroupId: string) {
  const group = await q.workingGroupCoLead(db, workingGroupId, actor.orgId);
  if (!group) throw invalid('body.workingGroupId', 'no such working group');
  needsPolicy.stateForWorkingGroup(actor, { coLead: group.co_lead });
}

function toNeed(actor: Actor, r: NeedRow, sharing: SharingOutput) {
  const needQuantity = toNumber(r.quantity);
  const needAmount = toSafeInteger(r.amount_minor);
  return {
    id: r.id,
    organisation: { id: r.owner_org_id, name: r.org_name },
    frameworkNode: { id: r.framework_node_id, name: r.node_name },
    line: { id: r.line_id, name: r.line_name },
    location: r.location_id ? { id: r.location_id, code: r.location_code ?? '', name: r.location_name ?? '' } : null,
    workingGroup: r.working_group_id ? { id: r.working_group_id, name: r.working_group_name ?? '' } : null,
    type: r.type,
    description: r.description,
    quantity: r.quantity === null ? null : { value: needQuantity, unit: r.unit ?? '' },
    money: r.amount_minor === null ? null : { amountMinor: needAmount, currency: r.currency as 'USD' },
    periodStart: r.period_start,
    periodEnd: r.period_end,
    priority: r.priority,
    externalId: r.external_id,
    sharing,
    abilities: needAbilities(actor, r),
    // Every part is summed and subtracted in SQL (numeric): quantities and money stay exact
    // decimal strings however large the sums, so no answer can fail or round on its size.
    gap: {
      committed: { quantity: trimDecimal(r.committed_quantity), amountMinor: r.committed_amount },
      delivered: { quantity: trimDecimal(r.delivered_quantity), amountMinor: r.delivered_amount },
      unmet: { quantity: trimDecimal(r.unmet_quantity), amountMinor: r.unmet_amount },
      oversubscribed: { quantity: trimDecimal(r.oversubscribed_quantity), amountMinor: r.oversubscribed_amount },
      notConverted: Number(r.not_converted),
    },
  };
}

export async function listNeeds(db: Db, ctx: Ctx, filter: q.NeedListPage) {
  authorizeUser(ctx.actor, needsPolicy, 'read');
  const rows = await q.listVisibleNeeds(db, ctx.actor, filter);
  return toPage(
    rows,
    filter.limit,
    (r) => [...r.sort_key, r.id],
    (r) => toNeed(ctx.actor, r, sharingBlock(r, r.org_name, r.sharing)),
  );
}

export async function getNeed(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, needsPolicy, 'read');
  const row = await q.findVisibleNeed(db, ctx.actor, id);
  if (!row) throw notFound('Need');
  const sharing = await sharedNeeds.load(db, [row]);
  return toNeed(ctx.actor, row, sharing.get(id)!);
}

/** The contributions that meet part of the need `id`, as `ctx` may see them; a hidden need is a 404 like a missing one. */
export async function listNeedContributions(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, needsPolicy, 'read');
  if (!(await q.findVisibleNeed(db, ctx.actor, id))) throw notFound('Need');
  const rows = await q.listLinkedContributions(db, ctx.actor, id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      organisation: { id: r.owner_org_id, name: r.org_name },
      description: r.description,
      type: r.type,
      status: r.status as ContributionStatus,
      meets: { quantity: trimDecimal(r.quantity), amountMinor: r.amount_minor },
      original: r.original_amount === null || r.original_currency === null ? null : { amountMinor: r.original_amount, currency: r.original_currency as 'USD' },
      conversion: r.rate === null || r.rate_date === null ? null : { rate: r.rate, rateDate: r.rate_date, day: r.conversion_day },
      notConverted: r.original_amount !== null && r.amount_minor === null,
    })),
  };
}

export async function createNeedIn(trx: Db, ctx: Ctx, input: NeedInput): Promise<string> {
  authorizeUser(ctx.actor, needsPolicy, 'create');
  const actor = ctx.actor;
  const lineId = await assertFrameworkNode(trx, input.frameworkNodeId, 'body.frameworkNodeId');
  if (input.locationId) await assertLocations(trx, input.locationId, 'body.locationId');
  if (input.workingGroupId) await assertMayStateFor(trx, actor, input.workingGroupId);
  await sharedNeeds.assertMayCreate(trx, actor, actor.orgId, input.sharing);
  const { id } = await q
    .insertNeed(trx, {
      owner_org_id: actor.orgId,
      framework_node_id: input.frameworkNodeId,
      line_id: lineId,
      location_id: input.locationId,
      working_group_id: input.workingGroupId,
      type: input.type,
      description: input.description,
      ...sizeColumns(input),
      period_start: input.periodStart,
      period_end: input.periodEnd,
      priority: input.priority,
      external_id: input.externalId,
      marking: input.sharing.marking,
      created_by: actor.userId,
    })
    .catch((e) => translateDbError(e, CONSTRAINTS));
  await sharedNeeds.create(trx, id, input.sharing);
  await recordAudit(trx, ctx, { action: 'need.create', entity: 'need', entityId: id, after: input });
  return id;
}

export async function createNeed(db: Kysely<Database>, ctx: Ctx, input: NeedInput) {
  return await db.transaction().execute(async (trx) => getNeed(trx, ctx, await createNeedIn(trx, ctx, input)));
}

export async function updateNeed(db: Kysely<Database>, ctx: Ctx, id: string, patch: NeedPatch) {
  await db.transaction().execute(async (trx) => {
    const before = await q.findVisibleNeed(trx, ctx.actor, id);
    if (!before) throw notFound('Need');
    authorizeUser(ctx.actor, needsPolicy, 'update', before);
    const lineId = patch.frameworkNodeId ? await assertFrameworkNode(trx, patch.frameworkNodeId, 'body.frameworkNodeId') : undefined;
    if (patch.locationId) await assertLocations(trx, patch.locationId, 'body.locationId');
    if (patch.workingGroupId) await assertMayStateFor(trx, ctx.actor, patch.workingGroupId);
    await sharedNeeds.update(trx, ctx.actor, before, patch.sharing);
    const quantity = patch.quantity === undefined ? before.quantity : patch.quantity;
    const money = patch.money === undefined ? before.amount_minor : patch.money;
    if (!NEED_HAS_A_SIZE.holds(quantity, money)) throw invalid('body.quantity', NEED_HAS_A_SIZE.message);
    const start = patch.periodStart === undefined ? before.period_start : patch.periodStart;
    const end = patch.periodEnd === undefined ? before.period_end : patch.periodEnd;
    if (start && end && end < start) throw invalid('body.periodEnd', 'must not be before periodStart');
    await q
      .updateNeed(trx, id, {
        framework_node_id: patch.frameworkNodeId,
        line_id: lineId,
        location_id: patch.locationId,
        working_group_id: patch.workingGroupId,
        type: patch.type,
        description: patch.description,
        ...sizeColumns(patch),
        period_start: patch.periodStart,
        period_end: patch.periodEnd,
        priority: patch.priority,
        external_id: patch.externalId,
        marking: patch.sharing?.marking,
      })
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'need.update', entity: 'need', entityId: id, before, after: patch });
  });
  return await getNeed(db, ctx, id);
}

/** Deleting a need removes its links too: the contributions stay, meeting no need. */
export async function deleteNeed(db: Kysely<Database>, ctx: Ctx, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await q.findVisibleNeed(trx, ctx.actor, id);
    if (!before) throw notFound('Need');
    authorizeUser(ctx.actor, needsPolicy, 'delete', before);
    // Deletes the row; the database deletes its audience and recipients (migration 0015).
    await sharedNeeds.remove(trx, ctx.actor, before);
    await recordAudit(trx, ctx, { action: 'need.delete', entity: 'need', entityId: id, before });
  });
}

/** Records how much of a need a contribution meets, in the need's own units and currency. */
export async function linkContributionToNeed(db: Kysely<Database>, ctx: Ctx, contributionId: string, input: LinkInput) {
  return await db.transaction().execute(async (trx) => {
    const contribution = await contributionToLinkIn(trx, ctx, contributionId);
    const need = await q.findVisibleNeed(trx, ctx.actor, input.needId);
    if (!need) throw invalid('body.needId', 'no such need');
    if (input.amountMinor !== null && need.amount_minor === null) throw invalid('body.amountMinor', 'this need asks for no money');
    // The money is given in the need's currency or the contribution's own (kept as given; the
    // gap converts it at the rate in force, ADR 0031).
    const currency = input.currency ?? need.currency;
    if (input.currency !== null && input.currency !== need.currency && input.currency !== contribution.currency)
      throw invalid('body.currency', "must be the need's currency or the contribution's");
    if (input.quantity !== null && need.quantity === null) throw invalid('body.quantity', 'this need asks for no quantity');
    await q.upsertLink(trx, {
      contribution_id: contributionId,
      need_id: input.needId,
      quantity: input.quantity,
      amount_minor: input.amountMinor,
      currency: input.amountMinor === null ? null : currency,
    });
    // The event names the need too: its content is shown only to readers of both rows.
    await recordAudit(trx, ctx, {
      action: 'contribution.link_need',
      entity: 'contribution',
      entityId: contributionId,
      after: input,
      related: [{ entity: 'need', id: input.needId }],
    });
    // The answer is read before the commit (a failure then saves nothing).
    return await getNeed(trx, ctx, input.needId);
  });
}

export async function unlinkContributionFromNeed(db: Kysely<Database>, ctx: Ctx, contributionId: string, needId: string) {
  await db.transaction().execute(async (trx) => {
    await contributionToLinkIn(trx, ctx, contributionId);
    // A need hidden from the caller (or gone) answers as a link that never existed, and its link stays.
    if (!(await q.deleteVisibleLink(trx, ctx.actor, contributionId, needId))) throw notFound('Link');
    await recordAudit(trx, ctx, {
      action: 'contribution.unlink_need',
      entity: 'contribution',
      entityId: contributionId,
      before: { needId },
      related: [{ entity: 'need', id: needId }],
    });
  });
}

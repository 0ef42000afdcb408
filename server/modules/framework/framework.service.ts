// Lines of effort (a tree: line → objective → sub-objective) and the working groups
// attached to lines. Everybody signed in reads; admins change.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { translatedNamesOf } from '../../infra/translated-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createGroupIn, getGroup, updateGroupIn } from '../members/members.service.ts';
import { frameworkPolicy } from './framework.policy.ts';
import * as q from './framework.queries.ts';
import type { FrameworkNodeInput, FrameworkNodeOut, FrameworkNodePatch, WorkingGroupInput, WorkingGroupPatch } from './framework.schema.ts';

const NODE_CONSTRAINTS: ConstraintFields = {
  framework_node_code_key: ['body.code', 'another framework element has this code'],
};
const WG_CONSTRAINTS: ConstraintFields = {
  working_group_name_key: ['body.name', 'another working group has this name'],
  working_group_co_lead_org_id_fkey: ['body.coLeadOrgIds', 'no such organisation'],
};

const PARENT_KIND = { line: null, objective: 'line', sub_objective: 'objective' } as const;

type NodeRow = NonNullable<Awaited<ReturnType<typeof q.findNode>>>;
const toNode = (n: NodeRow) => ({
  id: n.id,
  parentId: n.parent_id,
  kind: n.kind,
  code: n.code,
  name: n.name,
  ...translatedNamesOf(n),
  description: n.description,
  position: n.position,
});

/**
 * The line of effort of node `nodeId`, or a 400 naming `path` when there is no such node:
 * the check every module storing a reference to the framework (contributions, needs) makes
 * inside its own transaction. No policy of its own: the caller's service asked its own.
 */
export async function assertFrameworkNode(db: Db, nodeId: string, path: string): Promise<string> {
  const lineId = await q.lineOfNode(db, nodeId);
  if (!lineId) throw invalid(path, 'no such line of effort or objective');
  return lineId;
}

export async function getFrameworkTree(db: Db, ctx: Ctx): Promise<FrameworkNodeOut[]> {
  frameworkPolicy.read(ctx.actor);
  const rows = await q.allNodes(db);
  const byId = new Map<string, FrameworkNodeOut>(rows.map((r) => [r.id, { ...toNode(r), children: [] }]));
  const roots: FrameworkNodeOut[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function createFrameworkNodeIn(trx: Db, ctx: Ctx, input: FrameworkNodeInput) {
  frameworkPolicy.manage(ctx.actor);
  const wantedParentKind = PARENT_KIND[input.kind];
  if (wantedParentKind === null && input.parentId) throw invalid('body.parentId', 'a line of effort has no parent');
  if (wantedParentKind !== null) {
    if (!input.parentId) throw invalid('body.parentId', `a ${input.kind} needs a parent ${wantedParentKind}`);
    const parent = await q.findNode(trx, input.parentId);
    if (!parent) throw invalid('body.parentId', 'no such framework element');
    if (parent.kind !== wantedParentKind) throw invalid('body.parentId', `the parent of a ${input.kind} must be a ${wantedParentKind}`);
  }
  const row = await q
    .insertNode(trx, {
      parent_id: input.parentId,
      kind: input.kind,
      code: input.code,
      name: input.name,
      name_fr: input.nameFr ?? null,
      name_ar: input.nameAr ?? null,
      description: input.description,
      position: input.position,
    })
    .catch((e) => translateDbError(e, NODE_CONSTRAINTS));
  await recordAudit(trx, ctx, { action: 'framework.create', entity: 'framework_node', entityId: row.id, after: toNode(row) });
  return toNode(row);
}

export async function createFrameworkNode(db: Kysely<Database>, ctx: Ctx, input: FrameworkNodeInput) {
  frameworkPolicy.manage(ctx.actor);
  return await db.transaction().execute((trx) => createFrameworkNodeIn(trx, ctx, input));
}

export async function updateFrameworkNode(db: Kysely<Database>, ctx: Ctx, id: string, patch: FrameworkNodePatch) {
  frameworkPolicy.manage(ctx.actor);
  return await db.transaction().execute(async (trx) => {
    const before = await q.findNode(trx, id);
    if (!before) throw notFound('Framework element');
    const row = await q.updateNode(trx, id, {
      name: patch.name,
      name_fr: patch.nameFr,
      name_ar: patch.nameAr,
      description: patch.description,
      position: patch.position,
    });
    await recordAudit(trx, ctx, {
      action: 'framework.update',
      entity: 'framework_node',
      entityId: id,
      before: toNode(before),
      after: toNode(row),
    });
    return toNode(row);
  });
}

/**
 * Deletes a framework element added by mistake: only one with nothing under it and nothing
 * recorded against it (contributions, needs, indicators, agenda items, working groups refer to
 * elements by foreign keys, which PostgreSQL checks: this module names none of their tables).
 * There is no archive: an element in use stays.
 */
export async function deleteFrameworkNode(db: Kysely<Database>, ctx: Ctx, id: string) {
  frameworkPolicy.manage(ctx.actor);
  await db.transaction().execute(async (trx) => {
    const before = await q.findNode(trx, id);
    if (!before) throw notFound('Framework element');
    if ((await q.countChildren(trx, id)) > 0) throw new AppError('conflict', 'This framework element has elements under it: delete or keep those first');
    await q.deleteNode(trx, id).catch((e: { code?: string }) => {
      if (e?.code === '23503') throw new AppError('conflict', 'Records refer to this framework element: it cannot be deleted');
      throw e;
    });
    await recordAudit(trx, ctx, { action: 'framework.delete', entity: 'framework_node', entityId: id, before: toNode(before) });
  });
}

export async function listWorkingGroups(db: Db, ctx: Ctx, filter: { lineId?: string; orgId?: string } = {}) {
  frameworkPolicy.read(ctx.actor);
  const rows = await q.listWorkingGroups(db, filter);
  const coLeads = await q.coLeadsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    ...translatedNamesOf(w),
    lineId: w.line_id,
    lineName: w.line_name,
    formedOn: w.formed_on,
    membershipGroupId: w.membership_group_id,
    coLeads: coLeads.filter((c) => c.working_group_id === w.id).map(({ id, name }) => ({ id, name })),
    memberCount: Number(w.member_count ?? 0),
  }));
}

export async function getWorkingGroup(db: Db, ctx: Ctx, id: string) {
  frameworkPolicy.read(ctx.actor);
  const found = (await listWorkingGroups(db, ctx)).find((w) => w.id === id);
  if (!found) throw notFound('Working group');
  const group = await getGroup(db, ctx, found.membershipGroupId);
  return { ...found, members: group.members };
}

async function assertLine(trx: Db, lineId: string) {
  const line = await q.findNode(trx, lineId);
  if (line?.kind !== 'line') throw invalid('body.lineId', 'no such line of effort');
}

/** A working group's membership group is named after it, "<name> (members)" in each language; a group's name is at most 200 characters (org_group's check). */
const MEMBERS_SUFFIX = { name: ' (members)', nameFr: ' (membres)', nameAr: ' (الأعضاء)' } as const;
const WG_NAME_MAX = 200 - MEMBERS_SUFFIX.name.length;
type GroupPatch = Parameters<typeof updateGroupIn>[3];

/**
 * The membership group's names for the working group's names given (a name left out stays as it
 * is, null clears a translation); a 400 naming body.name when the group's name would be too long
 * (a 500 from org_group's check before: issue 9 review).
 */
function membershipGroupNames(names: { name?: string; nameFr?: string | null; nameAr?: string | null }) {
  if (names.name !== undefined && names.name.length > WG_NAME_MAX) {
    const message = `at most ${WG_NAME_MAX} characters: the working group's membership group is named after it`;
    throw new AppError('validation_failed', `body.name: ${message}`, [{ path: 'body.name', message, rule: 'too_big', limit: WG_NAME_MAX, origin: 'string' }]);
  }
  const translated = (value: string | null | undefined, suffix: string) => (value == null ? value : `${value}${suffix}`);
  const out: { name?: string; nameFr?: string | null; nameAr?: string | null } = {};
  if (names.name !== undefined) out.name = `${names.name}${MEMBERS_SUFFIX.name}`;
  if (names.nameFr !== undefined) out.nameFr = translated(names.nameFr, MEMBERS_SUFFIX.nameFr);
  if (names.nameAr !== undefined) out.nameAr = translated(names.nameAr, MEMBERS_SUFFIX.nameAr);
  return out;
}

export async function createWorkingGroupIn(trx: Db, ctx: Ctx, input: WorkingGroupInput) {
  frameworkPolicy.manage(ctx.actor);
  await assertLine(trx, input.lineId);
  const names = membershipGroupNames(input);
  const membershipGroupId = await createGroupIn(trx, ctx, {
    name: names.name!,
    nameFr: names.nameFr ?? null,
    nameAr: names.nameAr ?? null,
    kind: 'working_group',
    description: `Membership of the working group ${input.name}`,
    memberOrgIds: [...input.coLeadOrgIds, ...input.memberOrgIds],
  });
  const row = await q
    .insertWorkingGroup(trx, {
      name: input.name,
      name_fr: input.nameFr ?? null,
      name_ar: input.nameAr ?? null,
      line_id: input.lineId,
      membership_group_id: membershipGroupId,
      formed_on: input.formedOn,
    })
    .catch((e) => translateDbError(e, WG_CONSTRAINTS));
  await q.replaceCoLeads(trx, row.id, input.coLeadOrgIds).catch((e) => translateDbError(e, WG_CONSTRAINTS));
  await recordAudit(trx, ctx, { action: 'working_group.create', entity: 'working_group', entityId: row.id, after: input });
  return row.id;
}

export async function createWorkingGroup(db: Kysely<Database>, ctx: Ctx, input: WorkingGroupInput) {
  frameworkPolicy.manage(ctx.actor);
  const id = await db.transaction().execute((trx) => createWorkingGroupIn(trx, ctx, input));
  return await getWorkingGroup(db, ctx, id);
}

export async function updateWorkingGroup(db: Kysely<Database>, ctx: Ctx, id: string, patch: WorkingGroupPatch) {
  frameworkPolicy.manage(ctx.actor);
  await db.transaction().execute(async (trx) => {
    const before = await q.findWorkingGroup(trx, id);
    if (!before) throw notFound('Working group');
    const beforeCoLeads = (await q.coLeadsOf(trx, [id])).map((c) => c.id);
    // A name that changes renames the membership group with it (it was left with the old name:
    // issue 9 review). Only a change: the web sends every field on each save, and a name kept as
    // it is must not be refused or overwrite the group's.
    const renamed = {
      name: patch.name !== undefined && patch.name !== before.name ? patch.name : undefined,
      nameFr: patch.nameFr !== undefined && patch.nameFr !== before.name_fr ? patch.nameFr : undefined,
      nameAr: patch.nameAr !== undefined && patch.nameAr !== before.name_ar ? patch.nameAr : undefined,
    };
    const groupPatch: GroupPatch = membershipGroupNames(renamed);
    if (renamed.name !== undefined) groupPatch.description = `Membership of the working group ${renamed.name}`;
    await q
      .updateWorkingGroup(trx, id, { name: patch.name, name_fr: patch.nameFr, name_ar: patch.nameAr, formed_on: patch.formedOn })
      .catch((e) => translateDbError(e, WG_CONSTRAINTS));
    const coLeads = patch.coLeadOrgIds ?? beforeCoLeads;
    if (patch.coLeadOrgIds) await q.replaceCoLeads(trx, id, coLeads).catch((e) => translateDbError(e, WG_CONSTRAINTS));
    if (patch.memberOrgIds) {
      groupPatch.memberOrgIds = [...coLeads, ...patch.memberOrgIds];
    } else if (patch.coLeadOrgIds) {
      // Co-leads are always members: a new co-lead joins the members, who otherwise stay.
      const members = (await getGroup(trx, ctx, before.membership_group_id)).members.map((m) => m.id);
      if (coLeads.some((id) => !members.includes(id))) groupPatch.memberOrgIds = [...members, ...coLeads];
    }
    // The membership group's names and members in one change (one audit event).
    if (Object.keys(groupPatch).length > 0) await updateGroupIn(trx, ctx, before.membership_group_id, groupPatch);
    await recordAudit(trx, ctx, {
      action: 'working_group.update',
      entity: 'working_group',
      entityId: id,
      before: { name: before.name, nameFr: before.name_fr, nameAr: before.name_ar, formedOn: before.formed_on, coLeadOrgIds: beforeCoLeads },
      after: patch,
    });
  });
  return await getWorkingGroup(db, ctx, id);
}

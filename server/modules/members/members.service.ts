import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { nameKey } from '../../infra/names.ts';
import { translatedNamesOf } from '../../infra/translated-names.ts';
import { toPage } from '../../infra/pagination.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { membersPolicy } from './members.policy.ts';
import * as q from './members.queries.ts';
import type { GroupInput, GroupPatch, OrganisationInput, OrganisationPatch } from './members.schema.ts';

const ORG_CONSTRAINTS: ConstraintFields = {
  organisation_name_key: ['body.name', 'another organisation has this name'],
  organisation_iso3_key: ['body.iso3', 'another organisation has this ISO code'],
};
const GROUP_CONSTRAINTS: ConstraintFields = { org_group_name_key: ['body.name', 'another group has this name'] };

type OrgRow = NonNullable<Awaited<ReturnType<typeof q.findOrganisation>>>;

export const toOrganisation = (o: Pick<OrgRow, 'id' | 'name' | 'short_name' | 'kind' | 'iso3' | 'membership_status' | 'joined_on' | 'left_on'>) => ({
  id: o.id,
  name: o.name,
  shortName: o.short_name,
  kind: o.kind,
  iso3: o.iso3,
  membershipStatus: o.membership_status,
  joinedOn: o.joined_on,
  leftOn: o.left_on,
});

export async function listOrganisations(db: Db, ctx: Ctx, filter: Parameters<typeof q.listOrganisations>[1]) {
  membersPolicy.read(ctx.actor);
  const rows = await q.listOrganisations(db, filter);
  const total = rows[0] ? Number(rows[0].total) : filter.cursor ? await q.countOrganisations(db, filter) : 0;
  return { ...toPage(rows, filter.limit, (r) => [r.name, r.id], toOrganisation), total };
}

export async function getOrganisation(db: Db, ctx: Ctx, id: string) {
  membersPolicy.read(ctx.actor);
  const org = await q.findOrganisation(db, id);
  if (!org) throw notFound('Organisation');
  const [groups, userCount, aliases] = await Promise.all([q.groupsOfOrganisation(db, id), q.countUsersOfOrganisation(db, id), q.aliasesOfOrganisation(db, id)]);
  // Its working groups are the framework's (framework.service.ts, which itself uses this module's
  // groups): the route adds them, so that neither service imports the other.
  return { ...toOrganisation(org), groups: groups.map((g) => ({ id: g.id, name: g.name, ...translatedNamesOf(g), kind: g.kind })), userCount, aliases };
}

export async function createOrganisation(db: Kysely<Database>, ctx: Ctx, input: OrganisationInput) {
  membersPolicy.manage(ctx.actor);
  return await db.transaction().execute(async (trx) => {
    const row = await q
      .insertOrganisation(trx, {
        name: input.name,
        short_name: input.shortName,
        kind: input.kind,
        iso3: input.iso3,
        membership_status: input.membershipStatus,
        joined_on: input.joinedOn,
        left_on: input.leftOn,
      })
      .catch((e) => translateDbError(e, ORG_CONSTRAINTS));
    const out = toOrganisation(row);
    await recordAudit(trx, ctx, { action: 'organisation.create', entity: 'organisation', entityId: row.id, after: out });
    return out;
  });
}

export async function updateOrganisation(db: Kysely<Database>, ctx: Ctx, id: string, patch: OrganisationPatch) {
  membersPolicy.manage(ctx.actor);
  return await db.transaction().execute(async (trx) => {
    const before = await q.findOrganisation(trx, id);
    if (!before) throw notFound('Organisation');
    const kind = patch.kind ?? before.kind;
    const iso3 = patch.iso3 === undefined ? before.iso3 : patch.iso3;
    if (iso3 !== null && kind !== 'state')
      throw new AppError('validation_failed', 'iso3: only states have an ISO 3166-1 code', [{ path: 'body.iso3', message: 'only states have an ISO 3166-1 code' }]);
    const aliasesBefore = await q.aliasesOfOrganisation(trx, id);
    if (patch.aliases) {
      await assertAliasesFree(trx, id, patch.aliases);
      await q.replaceOrganisationAliases(trx, id, patch.aliases);
    }
    const aliases = patch.aliases ?? aliasesBefore;
    const row = await q
      .updateOrganisation(trx, id, {
        name: patch.name,
        short_name: patch.shortName,
        kind: patch.kind,
        iso3: patch.iso3,
        membership_status: patch.membershipStatus,
        joined_on: patch.joinedOn,
        left_on: patch.leftOn,
      })
      .catch((e) => translateDbError(e, ORG_CONSTRAINTS));
    const out = { ...toOrganisation(row), aliases };
    await recordAudit(trx, ctx, {
      action: 'organisation.update',
      entity: 'organisation',
      entityId: id,
      before: { ...toOrganisation(before), aliases: aliasesBefore },
      after: out,
    });
    return out;
  });
}

/**
 * An alias names one organisation: refused (400 naming `body.aliases.N`) when given twice or
 * when another organisation goes by it already (its name, short name, ISO code or an alias),
 * as an import would then not know which is meant. Names compare as imports compare them.
 */
async function assertAliasesFree(trx: Db, orgId: string, aliases: { name: string }[]) {
  const taken = new Map((await q.namesOfOtherOrganisations(trx, orgId)).map((n) => [nameKey(n.name), n.org_name]));
  const seen = new Set<string>();
  for (const [i, a] of aliases.entries()) {
    const key = nameKey(a.name);
    if (!key) throw invalid(`body.aliases.${i}.name`, 'a name needs letters or digits', { rule: 'alias_no_letters' });
    if (seen.has(key)) throw invalid(`body.aliases.${i}.name`, 'given twice', { rule: 'alias_twice' });
    seen.add(key);
    const other = taken.get(key);
    if (other) throw invalid(`body.aliases.${i}.name`, `${other} goes by this name already`, { rule: 'alias_taken', params: { organisation: other } });
  }
}

async function assertOrganisationsExist(db: Db, ids: string[], path: string) {
  const known = await q.existingOrganisationIds(db, ids);
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) throw new AppError('validation_failed', `${path}.${missing}: no such organisation`, [{ path: `${path}.${missing}`, message: 'no such organisation' }]);
}

export async function listGroups(db: Db, ctx: Ctx, filter: Parameters<typeof q.listGroups>[1]) {
  membersPolicy.read(ctx.actor);
  const rows = await q.listGroups(db, filter);
  return toPage(
    rows,
    filter.limit,
    (r) => [r.name, r.id],
    (g) => ({
      id: g.id,
      name: g.name,
      ...translatedNamesOf(g),
      kind: g.kind,
      description: g.description,
      memberCount: Number(g.member_count ?? 0),
    }),
  );
}

export async function getGroup(db: Db, ctx: Ctx, id: string) {
  membersPolicy.read(ctx.actor);
  const g = await q.findGroup(db, id);
  if (!g) throw notFound('Group');
  const members = await q.membersOfGroup(db, id);
  return { id: g.id, name: g.name, ...translatedNamesOf(g), kind: g.kind, description: g.description, memberCount: members.length, members };
}

/** Used inside other commands' transactions (working groups, the demo) as well as by the route. */
export async function createGroupIn(trx: Db, ctx: Ctx, input: GroupInput) {
  membersPolicy.manage(ctx.actor);
  await assertOrganisationsExist(trx, input.memberOrgIds, 'body.memberOrgIds');
  const row = await q
    .insertGroup(trx, { name: input.name, name_fr: input.nameFr ?? null, name_ar: input.nameAr ?? null, kind: input.kind, description: input.description })
    .catch((e) => translateDbError(e, GROUP_CONSTRAINTS));
  await q.replaceGroupMembers(trx, row.id, input.memberOrgIds);
  await recordAudit(trx, ctx, {
    action: 'group.create',
    entity: 'org_group',
    entityId: row.id,
    after: { ...input, memberOrgIds: [...new Set(input.memberOrgIds)].sort() },
  });
  return row.id;
}

export async function createGroup(db: Kysely<Database>, ctx: Ctx, input: GroupInput) {
  membersPolicy.manage(ctx.actor);
  const id = await db.transaction().execute((trx) => createGroupIn(trx, ctx, input));
  return await getGroup(db, ctx, id);
}

export async function updateGroupIn(trx: Db, ctx: Ctx, id: string, patch: GroupPatch) {
  membersPolicy.manage(ctx.actor);
  const before = await q.findGroup(trx, id);
  if (!before) throw notFound('Group');
  const beforeMembers = (await q.membersOfGroup(trx, id)).map((m) => m.id).sort();
  if (patch.name !== undefined || patch.nameFr !== undefined || patch.nameAr !== undefined || patch.description !== undefined)
    await q
      .updateGroup(trx, id, { name: patch.name, name_fr: patch.nameFr, name_ar: patch.nameAr, description: patch.description })
      .catch((e) => translateDbError(e, GROUP_CONSTRAINTS));
  if (patch.memberOrgIds) {
    await assertOrganisationsExist(trx, patch.memberOrgIds, 'body.memberOrgIds');
    await q.replaceGroupMembers(trx, id, patch.memberOrgIds);
  }
  await recordAudit(trx, ctx, {
    action: 'group.update',
    entity: 'org_group',
    entityId: id,
    before: { name: before.name, nameFr: before.name_fr, nameAr: before.name_ar, description: before.description, memberOrgIds: beforeMembers },
    after: { ...patch, memberOrgIds: patch.memberOrgIds ? [...new Set(patch.memberOrgIds)].sort() : undefined },
  });
}

export async function updateGroup(db: Kysely<Database>, ctx: Ctx, id: string, patch: GroupPatch) {
  membersPolicy.manage(ctx.actor);
  await db.transaction().execute((trx) => updateGroupIn(trx, ctx, id, patch));
  return await getGroup(db, ctx, id);
}

// The write side of sharing, one handle per shared entity: `sharedEntity('need')` creates,
// updates and removes a row's audience and recipients in the caller's transaction, loads
// the sharing block of answers, and shares an import's new rows in bulk. The edit rule
// (the owner organisation, not a viewer) is sharing.policy.ts's, applied here. Clean-up on delete is the
// database's (migration 0015's trigger), so `remove` only deletes the row. ADR 0012.
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor, UserActor } from '../../infra/actor.ts';
import { AppError } from '../../infra/errors.ts';
import { can } from '../../infra/policy.ts';
import { organisationsAs, orgGroupsAs } from '../members/members.sql.ts';
import { usersAs } from '../users/users.sql.ts';
import { type SharedEntitySpec, registerSharedEntity, registeredSharedEntities, sharedEntitySpec } from './sharing.registry.ts';
import { sharedRowsPolicy } from './sharing.policy.ts';
import type { SharingInput, SharingOutput } from './sharing.schema.ts';

export { registerSharedEntity, registeredSharedEntities } from './sharing.registry.ts';
export type { SharedEntitySpec } from './sharing.registry.ts';

/** A row as the handle needs it: its id, owner organisation and marking (owner's name if the query joined it). */
export interface SharedRow {
  id: string;
  owner_org_id: string;
  marking: SharingOutput['marking'];
  owner_org_name?: string;
}

/** The edit rule (sharing.policy.ts): the owner organisation, not a viewer; the system (CLI, demo) may. */
export function mayEditShared(actor: Actor, row: { owner_org_id: string }): boolean {
  return can(actor, sharedRowsPolicy, 'edit', row);
}

export function assertCanEditShared(actor: Actor, row: { owner_org_id: string }): asserts actor is UserActor {
  sharedRowsPolicy.edit(actor, row);
}

/** `at` is where the sharing block sits in the request, for the error's field path. */
export async function assertAudienceExists(db: Db, input: SharingInput, at = 'body.sharing'): Promise<void> {
  const check = async (table: 'org_group' | 'organisation' | 'app_user', ids: string[], path: string) => {
    if (!ids.length) return;
    const found = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
    const known = new Set(found.map((r) => r.id));
    const missing = ids.findIndex((id) => !known.has(id));
    if (missing >= 0) throw new AppError('validation_failed', `${at}.${path}.${missing}: no such record`, [{ path: `${at}.${path}.${missing}`, message: 'no such record' }]);
  };
  await check('org_group', input.audienceGroupIds, 'audienceGroupIds');
  await check('organisation', input.audienceOrgIds, 'audienceOrgIds');
  await check('app_user', input.recipientUserIds, 'recipientUserIds');
}

async function writeAudience(db: Db, entity: string, rowId: string, input: SharingInput) {
  const audience = [
    ...[...new Set(input.audienceGroupIds)].map((g) => ({ entity, row_id: rowId, group_id: g, org_id: null })),
    ...[...new Set(input.audienceOrgIds)].map((o) => ({ entity, row_id: rowId, group_id: null, org_id: o })),
  ];
  if (audience.length) await db.insertInto('share_audience').values(audience).execute();
  const recipients = [...new Set(input.recipientUserIds)].map((u) => ({ entity, row_id: rowId, user_id: u }));
  if (recipients.length) await db.insertInto('share_recipient').values(recipients).execute();
}

async function clearAudience(db: Db, entity: string, rowId: string) {
  await db.deleteFrom('share_audience').where('entity', '=', entity).where('row_id', '=', rowId).execute();
  await db.deleteFrom('share_recipient').where('entity', '=', entity).where('row_id', '=', rowId).execute();
}

/** The sharing block of several rows at once, for list and detail answers; owners' names from the rows where they carry them. */
async function loadSharingOf(db: Db, entity: string, rows: SharedRow[]): Promise<Map<string, SharingOutput>> {
  const out = new Map<string, SharingOutput>();
  if (!rows.length) return out;
  const ids = rows.map((r) => r.id);
  const unnamed = [...new Set(rows.filter((r) => r.owner_org_name === undefined).map((r) => r.owner_org_id))];
  const [owners, groups, orgs, users] = await Promise.all([
    unnamed.length ? db.selectFrom(organisationsAs('o')).select(['o.id', 'o.name']).where('o.id', 'in', unnamed).execute() : [],
    db
      .selectFrom('share_audience as a')
      .innerJoin(orgGroupsAs('g'), 'g.id', 'a.group_id')
      .select(['a.row_id', 'g.id', 'g.name'])
      .where('a.entity', '=', entity)
      .where('a.row_id', 'in', ids)
      .orderBy('g.name')
      .orderBy('g.id')
      .execute(),
    db
      .selectFrom('share_audience as a')
      .innerJoin(organisationsAs('o'), 'o.id', 'a.org_id')
      .select(['a.row_id', 'o.id', 'o.name'])
      .where('a.entity', '=', entity)
      .where('a.row_id', 'in', ids)
      .orderBy('o.name')
      .orderBy('o.id')
      .execute(),
    db
      .selectFrom('share_recipient as r')
      .innerJoin(usersAs('u'), 'u.id', 'r.user_id')
      .select(['r.row_id', 'u.id', 'u.display_name as name'])
      .where('r.entity', '=', entity)
      .where('r.row_id', 'in', ids)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .execute(),
  ]);
  const ownerName = new Map(owners.map((o) => [o.id, o.name]));
  for (const r of rows) {
    out.set(r.id, {
      ownerOrgId: r.owner_org_id,
      ownerOrgName: r.owner_org_name ?? ownerName.get(r.owner_org_id) ?? '',
      marking: r.marking,
      audienceGroups: groups.filter((g) => g.row_id === r.id).map(({ id, name }) => ({ id, name })),
      audienceOrgs: orgs.filter((o) => o.row_id === r.id).map(({ id, name }) => ({ id, name })),
      recipients: users.filter((u) => u.row_id === r.id).map(({ id, name }) => ({ id, name })),
    });
  }
  return out;
}

export interface SharedEntityHandle {
  readonly spec: SharedEntitySpec;
  readonly entity: string;
  /** Whether `actor` may change `row` (for answers' `canEdit`). */
  mayEdit(actor: Actor, row: { owner_org_id: string }): boolean;
  /** The edit rule as a check: 401 for no user, 403 for a viewer or another organisation. */
  assertMayEdit(actor: Actor, row: { owner_org_id: string }): asserts actor is UserActor;
  /** Before inserting a row: the actor may create one for `ownerOrgId`, and the audience exists. */
  assertMayCreate(db: Db, actor: Actor, ownerOrgId: string, sharing: SharingInput, at?: string): Promise<void>;
  /** After inserting the row (same transaction): its audience and recipients. */
  create(db: Db, rowId: string, sharing: SharingInput): Promise<void>;
  /** Before changing `before`: the edit rule, and the new audience exists; then replaces it (when given). */
  update(db: Db, actor: Actor, before: { id: string; owner_org_id: string }, sharing: SharingInput | undefined, at?: string): Promise<void>;
  /** The edit rule, then deletes the row from the entity's table; the database forgets its audience. */
  remove(db: Db, actor: Actor, before: { id: string; owner_org_id: string }): Promise<void>;
  /** The sharing block of each row (owners' names taken from the rows when they carry them). */
  load(db: Db, rows: SharedRow[]): Promise<Map<string, SharingOutput>>;
  /** An import's form: the audience checked once, then given to every new row at once. */
  bulk: {
    assertAudience(db: Db, sharing: SharingInput, at: string): Promise<void>;
    /** `rowIds` is a `SELECT <id>` of the rows just created: they get the audience and recipients of `sharing`. */
    share(db: Db, rowIds: RawBuilder<unknown>, sharing: SharingInput): Promise<void>;
  };
}

/** The write handle of a registered shared entity. */
export function sharedEntity(entity: string): SharedEntityHandle {
  const spec = sharedEntitySpec(entity);
  return {
    spec,
    entity,
    mayEdit: mayEditShared,
    assertMayEdit: assertCanEditShared,
    async assertMayCreate(db, actor, ownerOrgId, sharing, at = 'body.sharing') {
      assertCanEditShared(actor, { owner_org_id: ownerOrgId });
      await assertAudienceExists(db, sharing, at);
    },
    async create(db, rowId, sharing) {
      await writeAudience(db, entity, rowId, sharing);
    },
    async update(db, actor, before, sharing, at = 'body.sharing') {
      assertCanEditShared(actor, before);
      if (!sharing) return;
      await assertAudienceExists(db, sharing, at);
      await clearAudience(db, entity, before.id);
      await writeAudience(db, entity, before.id, sharing);
    },
    async remove(db, actor, before) {
      assertCanEditShared(actor, before);
      await sql`DELETE FROM ${sql.table(spec.table)} WHERE id = ${before.id}`.execute(db);
    },
    load: (db, rows) => loadSharingOf(db, entity, rows),
    bulk: {
      assertAudience: (db, sharing, at) => assertAudienceExists(db, sharing, at),
      async share(db, rowIds, sharing) {
        const ids = sql`(${rowIds})`;
        const groups = [...new Set(sharing.audienceGroupIds)];
        const orgs = [...new Set(sharing.audienceOrgIds)];
        const users = [...new Set(sharing.recipientUserIds)];
        if (groups.length)
          await sql`INSERT INTO share_audience (entity, row_id, group_id)
            SELECT ${entity}, r.id, g.id FROM ${ids} AS r (id) CROSS JOIN unnest(${groups}::uuid[]) AS g (id)`.execute(db);
        if (orgs.length)
          await sql`INSERT INTO share_audience (entity, row_id, org_id)
            SELECT ${entity}, r.id, o.id FROM ${ids} AS r (id) CROSS JOIN unnest(${orgs}::uuid[]) AS o (id)`.execute(db);
        if (users.length)
          await sql`INSERT INTO share_recipient (entity, row_id, user_id)
            SELECT ${entity}, r.id, u.id FROM ${ids} AS r (id) CROSS JOIN unnest(${users}::uuid[]) AS u (id)`.execute(db);
      },
    },
  };
}

/** Registers `spec` and returns its handle: what a module's own code calls once. */
export function defineSharedEntity(spec: SharedEntitySpec): SharedEntityHandle {
  registerSharedEntity(spec);
  return sharedEntity(spec.entity);
}

/**
 * At start: every entity registered in code is known to the database (its migration called
 * `installSharedEntity`), so its clean-up trigger exists. A module that forgot it fails here,
 * not by leaving orphans.
 */
export async function assertSharedEntitiesInstalled(db: Db): Promise<void> {
  const known = await db.selectFrom('shared_entity').select(['entity', 'table_name']).execute();
  const installed = new Map(known.map((k) => [k.entity, k.table_name]));
  for (const spec of registeredSharedEntities()) {
    const table = installed.get(spec.entity);
    if (table !== spec.table)
      throw new Error(`shared entity ${spec.entity}: its migration must call installSharedEntity(db, '${spec.entity}', '${spec.table}') (found ${table ?? 'nothing'})`);
  }
}

/** The demo loader's form (it writes rows of several modules as the system): a new row's audience, unchecked. */
export const replaceAudience = async (db: Db, entity: string, rowId: string, input: SharingInput) => {
  await clearAudience(db, entity, rowId);
  await writeAudience(db, entity, rowId, input);
};

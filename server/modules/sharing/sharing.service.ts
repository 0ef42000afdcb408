// Audience and recipients of shared rows, and the edit rule every module applies.
import type { Db } from '../../db/database.ts';
import type { Actor, UserActor } from '../../infra/actor.ts';
import { AppError, forbidden } from '../../infra/errors.ts';
import type { SharingInput, SharingOutput } from './sharing.schema.ts';
import type { SharedEntity } from './sharing.sql.ts';

/** Only users of the owner organisation who are not mere viewers change a shared row. */
export function assertCanEditShared(actor: Actor, row: { owner_org_id: string }): asserts actor is UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in to change this');
  if (actor.role === 'viewer') throw forbidden('Viewers cannot change shared information');
  if (row.owner_org_id !== actor.orgId) throw forbidden('Only the owner organisation changes this');
}

/** `at` is where the sharing block sits in the request, for the error's field path. */
export async function assertAudienceExists(db: Db, input: SharingInput, at = 'body.sharing'): Promise<void> {
  const check = async (table: 'org_group' | 'organisation' | 'app_user', ids: string[], path: string) => {
    if (!ids.length) return;
    const found = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
    const known = new Set(found.map((r) => r.id));
    const missing = ids.findIndex((id) => !known.has(id));
    if (missing >= 0)
      throw new AppError('validation_failed', `${at}.${path}.${missing}: no such record`, [
        { path: `${at}.${path}.${missing}`, message: 'no such record' },
      ]);
  };
  await check('org_group', input.audienceGroupIds, 'audienceGroupIds');
  await check('organisation', input.audienceOrgIds, 'audienceOrgIds');
  await check('app_user', input.recipientUserIds, 'recipientUserIds');
}

export async function replaceAudience(db: Db, entity: SharedEntity, rowId: string, input: SharingInput) {
  await db.deleteFrom('share_audience').where('entity', '=', entity).where('row_id', '=', rowId).execute();
  await db.deleteFrom('share_recipient').where('entity', '=', entity).where('row_id', '=', rowId).execute();
  const audience = [
    ...[...new Set(input.audienceGroupIds)].map((g) => ({ entity, row_id: rowId, group_id: g, org_id: null })),
    ...[...new Set(input.audienceOrgIds)].map((o) => ({ entity, row_id: rowId, group_id: null, org_id: o })),
  ];
  if (audience.length) await db.insertInto('share_audience').values(audience).execute();
  const recipients = [...new Set(input.recipientUserIds)].map((u) => ({ entity, row_id: rowId, user_id: u }));
  if (recipients.length) await db.insertInto('share_recipient').values(recipients).execute();
}

/** The sharing block of several rows at once, for list and detail responses. */
export async function loadSharing(
  db: Db,
  entity: SharedEntity,
  rows: { id: string; owner_org_id: string; marking: SharingOutput['marking'] }[],
): Promise<Map<string, SharingOutput>> {
  const out = new Map<string, SharingOutput>();
  if (!rows.length) return out;
  const ids = rows.map((r) => r.id);
  const [owners, groups, orgs, users] = await Promise.all([
    db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', [...new Set(rows.map((r) => r.owner_org_id))]).execute(),
    db
      .selectFrom('share_audience as a')
      .innerJoin('org_group as g', 'g.id', 'a.group_id')
      .select(['a.row_id', 'g.id', 'g.name'])
      .where('a.entity', '=', entity)
      .where('a.row_id', 'in', ids)
      .orderBy('g.name')
      .execute(),
    db
      .selectFrom('share_audience as a')
      .innerJoin('organisation as o', 'o.id', 'a.org_id')
      .select(['a.row_id', 'o.id', 'o.name'])
      .where('a.entity', '=', entity)
      .where('a.row_id', 'in', ids)
      .orderBy('o.name')
      .execute(),
    db
      .selectFrom('share_recipient as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select(['r.row_id', 'u.id', 'u.display_name as name'])
      .where('r.entity', '=', entity)
      .where('r.row_id', 'in', ids)
      .orderBy('u.display_name')
      .execute(),
  ]);
  const ownerName = new Map(owners.map((o) => [o.id, o.name]));
  for (const r of rows) {
    out.set(r.id, {
      ownerOrgId: r.owner_org_id,
      ownerOrgName: ownerName.get(r.owner_org_id) ?? '',
      marking: r.marking,
      audienceGroups: groups.filter((g) => g.row_id === r.id).map(({ id, name }) => ({ id, name })),
      audienceOrgs: orgs.filter((o) => o.row_id === r.id).map(({ id, name }) => ({ id, name })),
      recipients: users.filter((u) => u.row_id === r.id).map(({ id, name }) => ({ id, name })),
    });
  }
  return out;
}

export async function removeSharing(db: Db, entity: SharedEntity, rowId: string) {
  await db.deleteFrom('share_audience').where('entity', '=', entity).where('row_id', '=', rowId).execute();
  await db.deleteFrom('share_recipient').where('entity', '=', entity).where('row_id', '=', rowId).execute();
}

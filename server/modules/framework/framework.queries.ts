import { type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { groupMembershipsAs, organisationsAs } from '../members/members.sql.ts';
import type { FrameworkNodeTable, WorkingGroupTable } from './framework.table.ts';

export async function allNodes(db: Db) {
  return await db.selectFrom('framework_node').selectAll().orderBy('position').orderBy('name').execute();
}

export async function findNode(db: Db, id: string) {
  return await db.selectFrom('framework_node').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertNode(db: Db, values: Insertable<FrameworkNodeTable>) {
  return await db.insertInto('framework_node').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateNode(db: Db, id: string, values: Updateable<FrameworkNodeTable>) {
  return await db
    .updateTable('framework_node')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countChildren(db: Db, id: string) {
  const row = await db
    .selectFrom('framework_node')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteNode(db: Db, id: string) {
  await db.deleteFrom('framework_node').where('id', '=', id).execute();
}

export async function listWorkingGroups(db: Db, filter: { lineId?: string; orgId?: string } = {}) {
  let query = db
    .selectFrom('working_group as w')
    .innerJoin('framework_node as l', 'l.id', 'w.line_id')
    .select(['w.id', 'w.name', 'w.name_fr', 'w.name_ar', 'w.line_id', 'l.name as line_name', 'w.formed_on', 'w.membership_group_id'])
    .select((eb) => eb.selectFrom(groupMembershipsAs('m')).whereRef('m.group_id', '=', 'w.membership_group_id').select(eb.fn.countAll<string>().as('n')).as('member_count'));
  if (filter.lineId) query = query.where('w.line_id', '=', filter.lineId);
  if (filter.orgId) {
    const orgId = filter.orgId;
    query = query.where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('working_group_co_lead as c').whereRef('c.working_group_id', '=', 'w.id').where('c.org_id', '=', orgId)),
        eb.exists(eb.selectFrom(groupMembershipsAs('m')).whereRef('m.group_id', '=', 'w.membership_group_id').where('m.org_id', '=', orgId)),
      ]),
    );
  }
  return await query.orderBy('w.name').execute();
}

export async function coLeadsOf(db: Db, workingGroupIds: string[]) {
  if (!workingGroupIds.length) return [];
  return await db
    .selectFrom('working_group_co_lead as c')
    .innerJoin(organisationsAs('o'), 'o.id', 'c.org_id')
    .select(['c.working_group_id', 'o.id', 'o.name'])
    .where('c.working_group_id', 'in', workingGroupIds)
    .orderBy('o.name')
    .execute();
}

export async function findWorkingGroup(db: Db, id: string) {
  return await db.selectFrom('working_group').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertWorkingGroup(db: Db, values: Insertable<WorkingGroupTable>) {
  return await db.insertInto('working_group').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateWorkingGroup(db: Db, id: string, values: Updateable<WorkingGroupTable>) {
  await db
    .updateTable('working_group')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function replaceCoLeads(db: Db, workingGroupId: string, orgIds: string[]) {
  await db.deleteFrom('working_group_co_lead').where('working_group_id', '=', workingGroupId).execute();
  const unique = [...new Set(orgIds)];
  if (unique.length)
    await db
      .insertInto('working_group_co_lead')
      .values(unique.map((org_id) => ({ working_group_id: workingGroupId, org_id })))
      .execute();
}

/** The line of effort node `nodeId` belongs to (the root above it, or itself); undefined when there is no such node. */
export async function lineOfNode(db: Db, nodeId: string) {
  const { rows } = await sql<{ line_id: string }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM framework_node WHERE id = ${nodeId}
      UNION ALL SELECT p.id, p.parent_id FROM framework_node p JOIN up ON p.id = up.parent_id
    ) SELECT id AS line_id FROM up WHERE parent_id IS NULL`.execute(db);
  return rows[0]?.line_id;
}

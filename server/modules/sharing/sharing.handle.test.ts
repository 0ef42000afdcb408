// The write side of sharing: the database forgets a deleted row's audience whoever deletes
// it, refuses sharing under a name no module registered, and an entity registered later
// (its table, its migration helper, its handle) gets the same guarantees.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { buildGroup, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import '../documents/documents.sharing.ts';
import { installSharedEntity } from './sharing.migration.ts';
import { assertSharedEntitiesInstalled, defineSharedEntity, sharedEntity } from './sharing.service.ts';
import { visibleTo } from './sharing.sql.ts';

let t: TestApp;
let orgId = '';
let userId = '';
let groupId = '';

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db);
  orgId = org.id;
  userId = (await buildUser(t.db, org.id)).id;
  groupId = (await buildGroup(t.db, [org.id])).id;
});
afterAll(async () => t?.close());

async function sharedDocument(marking = 'AMBER') {
  const doc = await t.db
    .insertInto('document')
    .values({ title: 'Minutes', kind: 'minutes', document_date: '2015-03-01', body: '', owner_org_id: orgId, marking, created_by: userId } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await sharedEntity('document').create(t.appDb, doc.id, { marking: 'AMBER', audienceGroupIds: [groupId], audienceOrgIds: [orgId], recipientUserIds: [userId] });
  return doc.id;
}

const sharingRowsOf = async (rowId: string) =>
  Number(
    (
      await sql<{ n: string }>`SELECT (SELECT count(*) FROM share_audience WHERE row_id = ${rowId}) + (SELECT count(*) FROM share_recipient WHERE row_id = ${rowId}) AS n`.execute(
        t.db,
      )
    ).rows[0]!.n,
  );

describe('sharing clean-up is the database’s', () => {
  it('a row deleted by plain SQL, as the app’s role, takes its audience and recipients with it', async () => {
    const kept = await sharedDocument();
    const gone = await sharedDocument();
    expect(await sharingRowsOf(gone)).toBe(3);
    await sql`DELETE FROM document WHERE id = ${gone}`.execute(t.appDb);
    expect(await sharingRowsOf(gone)).toBe(0);
    expect(await sharingRowsOf(kept)).toBe(3);
  });

  it('one statement deleting many rows cleans up all of them', async () => {
    const ids = [await sharedDocument(), await sharedDocument(), await sharedDocument()];
    await sql`DELETE FROM document WHERE id = ANY(${ids}::uuid[])`.execute(t.appDb);
    for (const id of ids) expect(await sharingRowsOf(id)).toBe(0);
  });

  it('nothing can be shared under a name no module registered', async () => {
    await expect(sql`INSERT INTO share_audience (entity, row_id, org_id) VALUES ('no_such_entity', gen_random_uuid(), ${orgId})`.execute(t.appDb)).rejects.toThrow(/foreign key/);
    await expect(sql`INSERT INTO share_recipient (entity, row_id, user_id) VALUES ('no_such_entity', gen_random_uuid(), ${userId})`.execute(t.appDb)).rejects.toThrow(
      /foreign key/,
    );
  });

  it('the built-in entities are installed, as the app checks at start', async () => {
    await expect(assertSharedEntitiesInstalled(t.appDb)).resolves.toBeUndefined();
  });
});

describe('the handle', () => {
  it('update checks the edit rule and the audience, then replaces; load names the owner from the row', async () => {
    const id = await sharedDocument();
    const handle = sharedEntity('document');
    const actor = { kind: 'user' as const, userId, orgId, orgKind: 'state' as const, role: 'focal_point' as const, email: 'x@test.example' };
    const stranger = { ...actor, orgId: (await buildOrganisation(t.db)).id };
    await expect(handle.update(t.appDb, stranger, { id, owner_org_id: orgId }, undefined)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      handle.update(t.appDb, actor, { id, owner_org_id: orgId }, { marking: 'AMBER', audienceGroupIds: [crypto.randomUUID()], audienceOrgIds: [], recipientUserIds: [] }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await sharingRowsOf(id)).toBe(3);
    await handle.update(t.appDb, actor, { id, owner_org_id: orgId }, { marking: 'AMBER', audienceGroupIds: [], audienceOrgIds: [orgId], recipientUserIds: [] });
    const loaded = await handle.load(t.appDb, [{ id, owner_org_id: orgId, owner_org_name: 'Named by the row', marking: 'AMBER' }]);
    expect(loaded.get(id)).toMatchObject({ ownerOrgName: 'Named by the row', audienceGroups: [], audienceOrgs: [{ id: orgId }], recipients: [] });
    await handle.remove(t.appDb, actor, { id, owner_org_id: orgId });
    expect(await sharingRowsOf(id)).toBe(0);
    expect(await t.db.selectFrom('document').where('id', '=', id).select('id').executeTakeFirst()).toBeUndefined();
  });

  it('an entity registered after the fact — its table, its migration helper, its handle — gets the same clean-up, in bulk too', async () => {
    await sql`CREATE TABLE handle_probe (id uuid PRIMARY KEY, owner_org_id uuid NOT NULL, marking text NOT NULL, created_by uuid NOT NULL)`.execute(t.db);
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON handle_probe TO ${sql.id(new URL(t.appUrl).username)}`.execute(t.db);
    const probe = defineSharedEntity({ entity: 'handle_probe', table: 'handle_probe' });
    await expect(assertSharedEntitiesInstalled(t.appDb)).rejects.toThrow(/installSharedEntity/);
    await installSharedEntity(t.db, 'handle_probe', 'handle_probe');
    await assertSharedEntitiesInstalled(t.appDb);

    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    await sql`INSERT INTO handle_probe SELECT id, ${orgId}::uuid, 'AMBER', ${userId}::uuid FROM unnest(${ids}::uuid[]) id`.execute(t.appDb);
    const before = await countRows(t.db, 'share_audience');
    await probe.bulk.share(t.appDb, sql`SELECT id FROM handle_probe`, { marking: 'AMBER', audienceGroupIds: [groupId], audienceOrgIds: [orgId], recipientUserIds: [userId] });
    expect(await countRows(t.db, 'share_audience')).toBe(before + 4);
    for (const id of ids) expect(await sharingRowsOf(id)).toBe(3);
    await sql`DELETE FROM handle_probe`.execute(t.appDb);
    for (const id of ids) expect(await sharingRowsOf(id)).toBe(0);
  });

  it('an entity may bring its own RED audience (the people present at a meeting), read by the one rule', async () => {
    await sql`CREATE TABLE handle_meeting (id uuid PRIMARY KEY, owner_org_id uuid NOT NULL, marking text NOT NULL, created_by uuid NOT NULL)`.execute(t.db);
    await sql`CREATE TABLE handle_present (meeting_id uuid NOT NULL, user_id uuid NOT NULL)`.execute(t.db);
    await installSharedEntity(t.db, 'handle_meeting', 'handle_meeting');
    defineSharedEntity({
      entity: 'handle_meeting',
      table: 'handle_meeting',
      audience: { redRowIds: (reader) => sql`SELECT p.meeting_id FROM handle_present p WHERE p.user_id = ${reader}` },
    });
    const present = await buildUser(t.db, orgId);
    const absent = await buildUser(t.db, orgId);
    const meeting = crypto.randomUUID();
    await sql`INSERT INTO handle_meeting VALUES (${meeting}, ${orgId}, 'RED', ${userId})`.execute(t.db);
    await sql`INSERT INTO handle_present VALUES (${meeting}, ${present.id})`.execute(t.db);
    const reads = async (u: { id: string; email: string }) => {
      const actor = { kind: 'user' as const, userId: u.id, orgId, orgKind: 'state' as const, role: 'focal_point' as const, email: u.email };
      return (await sql<{ id: string }>`SELECT m.id FROM handle_meeting m WHERE ${visibleTo(actor, 'handle_meeting', 'm')}`.execute(t.db)).rows.length;
    };
    expect(await reads(present)).toBe(1);
    expect(await reads(absent)).toBe(0);
  });
});

// Factories: the smallest valid rows, with names unique within a test database.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { hashPassword } from '../modules/auth/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const short = () => randomUUID().slice(0, 8);

export async function buildOrganisation(
  db: Kysely<Database>,
  over: Partial<{ name: string; kind: 'state' | 'organisation' | 'secretariat' | 'partner'; iso3: string | null }> = {},
) {
  return await db
    .insertInto('organisation')
    .values({
      name: over.name ?? `Org ${short()}`,
      kind: over.kind ?? 'state',
      iso3: over.iso3 ?? null,
      membership_status: over.kind === 'secretariat' || over.kind === 'partner' ? 'none' : 'member',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUser(db: Kysely<Database>, orgId: string, role: 'admin' | 'coordinator' | 'focal_point' | 'viewer' = 'focal_point') {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return await db
    .insertInto('app_user')
    .values({
      email: `${role}-${short()}@test.example`,
      display_name: `${role} ${short()}`,
      org_id: orgId,
      role,
      password_hash: await passwordHash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildGroup(db: Kysely<Database>, orgIds: string[], name = `Group ${short()}`) {
  const group = await db.insertInto('org_group').values({ name, kind: 'custom' }).returningAll().executeTakeFirstOrThrow();
  if (orgIds.length)
    await db
      .insertInto('org_group_member')
      .values(orgIds.map((org_id) => ({ group_id: group.id, org_id })))
      .execute();
  return group;
}

export async function countRows(db: Kysely<Database>, table: keyof Database) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
